import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ErrorAlert } from "../../components/curation/error-alert"
import { ListPagination } from "../../components/list-pagination"
import { ReviewRow } from "../../components/reviews/review-row"
import { NS, type Translate } from "../../i18n/namespace"
import { REVIEW_PAGE_SIZE, useReviews, type ReviewStatus } from "../../lib/review-api"
import { usePageParams } from "../../lib/use-page-params"

const tabs = (t: Translate): Array<{ status: ReviewStatus; label: string; empty: string }> => [
  { status: "pending", label: t("reviews.pending"), empty: t("reviews.emptyPending") },
  { status: "approved", label: t("reviews.approved"), empty: t("reviews.emptyApproved") },
  { status: "rejected", label: t("reviews.rejected"), empty: t("reviews.emptyRejected") },
]

/**
 * Buyers' reviews, each from a buyer whose parcel was delivered or picked up:
 * a coordinator approves what buyers may read (the product's stars count only
 * those) or rejects it with a note. Oldest waiting first.
 */
const ReviewsPage = () => {
  const { t } = useTranslation(NS)
  const TABS = tabs(t)
  const [searchParams, go] = usePageParams()
  const status = (TABS.find((tab) => tab.status === searchParams.get("status"))?.status ?? "pending") as ReviewStatus
  const offset = Number(searchParams.get("offset")) || 0
  const reviews = useReviews(status, offset)
  const tab = TABS.find((entry) => entry.status === status)!

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("reviews.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("reviews.description")}
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
        <Text className="text-ui-fg-subtle px-6 py-4">{t("reviews.loading")}</Text>
      ) : reviews.data && reviews.data.reviews.length === 0 ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{tab.empty}</Text>
      ) : reviews.data ? (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("common.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("reviews.review")}</Table.HeaderCell>
                <Table.HeaderCell>{t("reviews.decision")}</Table.HeaderCell>
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
            noun={t("pagination.reviews")}
            onOffsetChange={(next) => go({ offset: next })}
          />
        </>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.reviews",
  translationNs: "pasarDesa",
  icon: Star,
})

export default ReviewsPage
