import { ArrowLeft } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { ActionBar } from "../../../components/curation/action-bar"
import { ChecklistSection } from "../../../components/curation/checklist-section"
import { ComplianceSection } from "../../../components/curation/compliance-section"
import { ErrorAlert } from "../../../components/curation/error-alert"
import { HistorySection } from "../../../components/curation/history-section"
import { ProducerSection } from "../../../components/curation/producer-section"
import { ReviewSummary } from "../../../components/curation/review-summary"
import { VariantsSection } from "../../../components/curation/variants-section"
import { NS } from "../../../i18n/namespace"
import { useCurationReview } from "../../../lib/curation-api"

/**
 * One product's review. Decision, checklist and history sit in the narrow
 * column so a coordinator sees why a product can or cannot be approved next
 * to the buttons; the details it is judged on sit in the wide column.
 */
const CurationReviewPage = () => {
  const { t } = useTranslation(NS)
  const { id = "" } = useParams()
  const { data, error, isLoading } = useCurationReview(id)

  return (
    <div className="flex flex-col gap-y-3">
      {/* "-1" would leave the dashboard when the review was opened from a link; the queue is always a safe way back. */}
      <Link to="/kurasi" className="txt-compact-small text-ui-fg-subtle hover:text-ui-fg-base flex items-center gap-x-1">
        <ArrowLeft /> {t("curation.review.back")}
      </Link>
      {isLoading ? (
        <Container>
          <Text className="text-ui-fg-subtle">{t("curation.review.loading")}</Text>
        </Container>
      ) : error || !data ? (
        <Container>
          <ErrorAlert error={error ?? new Error(t("curation.review.notFound"))} />
        </Container>
      ) : (
        <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
          <div className="flex w-full flex-col gap-y-3">
            <ReviewSummary review={data} />
            <VariantsSection review={data} />
            <ProducerSection review={data} />
            <ComplianceSection compliance={data.compliance} />
          </div>
          <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
            <ActionBar productId={data.product.id} actions={data.actions} />
            <ChecklistSection checklist={data.checklist} />
            <HistorySection history={data.history} />
          </div>
        </div>
      )}
    </div>
  )
}

export default CurationReviewPage
