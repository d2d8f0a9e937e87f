import { Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorAlert } from "../curation/error-alert"
import { ReasonPrompt } from "../curation/reason-prompt"
import { NS } from "../../i18n/namespace"
import { formatDateTime } from "../../lib/format"
import { useModerateReview, type AdminReview } from "../../lib/review-api"

const stars = (rating: number) => "★".repeat(rating) + "☆".repeat(5 - rating)

/** One review: the product and order it is about, the stars and words, and the coordinator's decision. */
export function ReviewRow({ review }: { review: AdminReview }) {
  const { t } = useTranslation(NS)
  const moderate = useModerateReview(review.id)
  const [rejecting, setRejecting] = useState(false)
  return (
    <Table.Row className="[&_td]:py-3 [&_td]:align-top">
      <Table.Cell>
        {review.product ? <Link to={`/products/${review.product.id}`}>{review.product.title}</Link> : "-"}
        <Text size="xsmall" className="text-ui-fg-subtle">
          <Link to={`/orders/${review.order_id}`}>{t("common.orderNumber", { number: review.order_display_id ?? "?" })}</Link> ·{" "}
          {formatDateTime(review.created_at)}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <span aria-label={t("reviews.stars", { rating: review.rating })} className="text-ui-fg-interactive">
          {stars(review.rating)}
        </span>
        <Text size="small">{review.body ?? <span className="text-ui-fg-subtle">{t("reviews.noText")}</span>}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {review.reviewer_name}
        </Text>
      </Table.Cell>
      <Table.Cell>
        {review.moderated_at ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {review.status === "approved"
              ? t("reviews.approvedBy", { name: review.moderated_by_name ?? "-", when: formatDateTime(review.moderated_at) })
              : t("reviews.rejectedBy", { name: review.moderated_by_name ?? "-", when: formatDateTime(review.moderated_at) })}
            {review.moderation_note ? ` · ${review.moderation_note}` : ""}
          </Text>
        ) : null}
        <div className="mt-2 flex flex-wrap gap-2">
          {review.status !== "approved" ? (
            <Button size="small" variant="secondary" isLoading={moderate.isPending} onClick={() => moderate.mutate({ status: "approved" })}>
              {t("reviews.approve")}
            </Button>
          ) : null}
          {review.status !== "rejected" ? (
            <Button size="small" variant="danger" disabled={moderate.isPending} onClick={() => setRejecting(true)}>
              {t("reviews.reject")}
            </Button>
          ) : null}
        </div>
        {!rejecting ? <ErrorAlert error={moderate.error} /> : null}
        <ReasonPrompt
          open={rejecting}
          title={t("reviews.rejectTitle")}
          description={t("reviews.rejectDescription")}
          confirmLabel={t("reviews.rejectTitle")}
          isPending={moderate.isPending}
          error={moderate.error}
          onConfirm={(note) => moderate.mutate({ status: "rejected", note }, { onSuccess: () => setRejecting(false) })}
          onClose={() => setRejecting(false)}
        />
      </Table.Cell>
    </Table.Row>
  )
}
