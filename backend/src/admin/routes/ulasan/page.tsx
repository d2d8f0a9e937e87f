import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { ErrorAlert } from "../../components/curation/error-alert"
import { ListPagination } from "../../components/list-pagination"
import { ReviewRow } from "../../components/reviews/review-row"
import { REVIEW_PAGE_SIZE, useReviews, type ReviewStatus } from "../../lib/review-api"
import { usePageParams } from "../../lib/use-page-params"

const TABS: Array<{ status: ReviewStatus; label: string; empty: string }> = [
  { status: "pending", label: "Menunggu", empty: "Tidak ada ulasan yang menunggu." },
  { status: "approved", label: "Disetujui", empty: "Belum ada ulasan yang disetujui." },
  { status: "rejected", label: "Ditolak", empty: "Belum ada ulasan yang ditolak." },
]

/**
 * Buyers' reviews, each from a buyer whose parcel was delivered or picked up:
 * a coordinator approves what buyers may read (the product's stars count only
 * those) or rejects it with a note. Oldest waiting first.
 */
const ReviewsPage = () => {
  const [searchParams, go] = usePageParams()
  const status = (TABS.find((tab) => tab.status === searchParams.get("status"))?.status ?? "pending") as ReviewStatus
  const offset = Number(searchParams.get("offset")) || 0
  const reviews = useReviews(status, offset)
  const tab = TABS.find((entry) => entry.status === status)!

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Ulasan pembeli</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Hanya pembeli yang paketnya sudah sampai atau diambil yang bisa mengulas. Ulasan tampil di halaman produk setelah disetujui.
        </Text>
      </div>
      <Tabs value={status} onValueChange={(next) => go({ status: next, offset: 0 })} className="px-6 py-3">
        <Tabs.List>
          {TABS.map((entry) => (
            <Tabs.Trigger key={entry.status} value={entry.status}>
              {entry.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      {reviews.error ? (
        <div className="px-6 py-4">
          <ErrorAlert error={reviews.error} />
        </div>
      ) : null}
      {reviews.isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">Memuat ulasan…</Text>
      ) : reviews.data && reviews.data.reviews.length === 0 ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{tab.empty}</Text>
      ) : reviews.data ? (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Produk</Table.HeaderCell>
                <Table.HeaderCell>Ulasan</Table.HeaderCell>
                <Table.HeaderCell>Keputusan</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {reviews.data.reviews.map((review) => (
                <ReviewRow key={review.id} review={review} />
              ))}
            </Table.Body>
          </Table>
          <ListPagination
            count={reviews.data.count}
            pageSize={REVIEW_PAGE_SIZE}
            offset={offset}
            noun="ulasan"
            onOffsetChange={(next) => go({ offset: next })}
          />
        </>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Ulasan pembeli",
  icon: Star,
})

export default ReviewsPage
