import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NS, type Translate } from "../../i18n/namespace"
import { useCurationAction } from "../../lib/curation-api"
import { actionButtonLabels } from "../../lib/labels"
import type { CurationActionPath } from "../../lib/types"
import { ErrorAlert } from "./error-alert"
import { ReasonPrompt } from "./reason-prompt"
import { Section } from "./section"

type ReasonAction = Exclude<CurationActionPath, "approve">

const promptText = (t: Translate): Record<ReasonAction, { title: string; description: string }> => ({
  "request-changes": { title: t("curation.decision.requestChangesTitle"), description: t("curation.decision.requestChangesDescription") },
  reject: { title: t("curation.decision.rejectTitle"), description: t("curation.decision.rejectDescription") },
  revoke: { title: t("curation.decision.revokeTitle"), description: t("curation.decision.revokeDescription") },
})

const successText = (t: Translate): Record<CurationActionPath, string> => ({
  approve: t("curation.decision.approved"),
  "request-changes": t("curation.decision.changesRequested"),
  reject: t("curation.decision.rejected"),
  revoke: t("curation.decision.revoked"),
})

/** Only the actions the lifecycle allows now are offered; the server still has the last word. */
export const ActionBar = ({ productId, actions }: { productId: string; actions: CurationActionPath[] }) => {
  const { t } = useTranslation(NS)
  const mutation = useCurationAction(productId)
  const [prompt, setPrompt] = useState<ReasonAction | null>(null)
  const labels = actionButtonLabels(t)

  const run = (action: CurationActionPath, reason?: string) =>
    mutation.mutate(
      { action, reason },
      {
        onSuccess: () => {
          toast.success(successText(t)[action])
          setPrompt(null)
        },
      }
    )

  const open = (action: ReasonAction) => {
    mutation.reset()
    setPrompt(action)
  }

  return (
    <Section title={t("curation.decision.title")}>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {actions.length === 0 ? (
          <span className="txt-small text-ui-fg-subtle">{t("curation.decision.noActions")}</span>
        ) : (
          <div className="flex flex-wrap gap-2">
            {actions.includes("approve") ? (
              <Button size="small" isLoading={mutation.isPending && !prompt} disabled={mutation.isPending} onClick={() => run("approve")}>
                {labels.approve}
              </Button>
            ) : null}
            {(["request-changes", "reject", "revoke"] as const)
              .filter((action) => actions.includes(action))
              .map((action) => (
                <Button
                  key={action}
                  size="small"
                  variant={action === "request-changes" ? "secondary" : "danger"}
                  disabled={mutation.isPending}
                  onClick={() => open(action)}
                >
                  {labels[action]}
                </Button>
              ))}
          </div>
        )}
        {/* Errors of reason actions are shown inside the prompt instead. */}
        {!prompt ? <ErrorAlert error={mutation.error} /> : null}
      </div>
      {prompt ? (
        <ReasonPrompt
          open
          title={promptText(t)[prompt].title}
          description={promptText(t)[prompt].description}
          confirmLabel={labels[prompt]}
          isPending={mutation.isPending}
          error={mutation.error}
          onConfirm={(reason) => run(prompt, reason)}
          onClose={() => {
            setPrompt(null)
            mutation.reset()
          }}
        />
      ) : null}
    </Section>
  )
}
