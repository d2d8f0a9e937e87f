import { Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ErrorAlert } from "../curation/error-alert"
import { ReasonPrompt } from "../curation/reason-prompt"
import { formatDateTime } from "../../lib/format"
import { useModerateReview, type AdminReview } from "../../lib/review-api"

const stars = (rating: number) => "★".repeat(rating) + "☆".repeat(5 - rating)

/** One review: the product and order it is about, the stars and words, and the coordinator's decision. */
export function ReviewRow({ review }: { review: AdminReview }) {
  const moderate = useModerateReview(review.id)
  const [rejecting, setRejecting] = useState(false)
  return (
    <Table.Row className="[&_td]:py-3 [&_td]:align-top">
      <Table.Cell>
        {review.product ? <Link to={`/products/${review.product.id}`}>{review.product.title}</Link> : "-"}
        <Text size="xsmall" className="text-ui-fg-subtle">
          <Link to={`/orders/${review.order_id}`}>Pesanan #{review.order_display_id ?? "?"}</Link> · {formatDateTime(review.created_at)}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <span aria-label={`${review.rating} dari 5 bintang`} className="text-ui-fg-interactive">
          {stars(review.rating)}
        </span>
        <Text size="small">{review.body ?? <span className="text-ui-fg-subtle">(tanpa tulisan)</span>}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {review.reviewer_name}
        </Text>
      </Table.Cell>
      <Table.Cell>
        {review.moderated_at ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {review.status === "approved" ? "Disetujui" : "Ditolak"} oleh {review.moderated_by_name ?? "-"}, {formatDateTime(review.moderated_at)}
            {review.moderation_note ? ` · ${review.moderation_note}` : ""}
          </Text>
        ) : null}
        <div className="mt-2 flex flex-wrap gap-2">
          {review.status !== "approved" ? (
            <Button size="small" variant="secondary" isLoading={moderate.isPending} onClick={() => moderate.mutate({ status: "approved" })}>
              Setujui
            </Button>
          ) : null}
          {review.status !== "rejected" ? (
            <Button size="small" variant="danger" disabled={moderate.isPending} onClick={() => setRejecting(true)}>
              Tolak
            </Button>
          ) : null}
        </div>
        {!rejecting ? <ErrorAlert error={moderate.error} /> : null}
        <ReasonPrompt
          open={rejecting}
          title="Tolak ulasan"
          description="Ulasan yang ditolak tidak tampil bagi pembeli. Alasannya disimpan sebagai catatan."
          confirmLabel="Tolak ulasan"
          isPending={moderate.isPending}
          error={moderate.error}
          onConfirm={(note) => moderate.mutate({ status: "rejected", note }, { onSuccess: () => setRejecting(false) })}
          onClose={() => setRejecting(false)}
        />
      </Table.Cell>
    </Table.Row>
  )
}
