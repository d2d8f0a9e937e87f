import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCurationAction } from "../../lib/curation-api"
import { ACTION_BUTTON_LABELS } from "../../lib/labels"
import type { CurationActionPath } from "../../lib/types"
import { ErrorAlert } from "./error-alert"
import { ReasonPrompt } from "./reason-prompt"
import { Section } from "./section"

type ReasonAction = Exclude<CurationActionPath, "approve">

const PROMPT_TEXT: Record<ReasonAction, { title: string; description: string }> = {
  "request-changes": {
    title: "Minta perbaikan",
    description: "Produsen akan membaca alasan ini. Sebutkan apa yang perlu diperbaiki.",
  },
  reject: { title: "Tolak produk", description: "Produk ditolak dari kurasi OK OCE. Jelaskan alasannya kepada produsen." },
  revoke: {
    title: "Cabut persetujuan",
    description: "Lencana OK OCE dicabut dari produk ini. Jelaskan alasannya kepada produsen.",
  },
}

const SUCCESS_TEXT: Record<CurationActionPath, string> = {
  approve: "Produk disetujui",
  "request-changes": "Permintaan perbaikan dikirim",
  reject: "Produk ditolak",
  revoke: "Persetujuan dicabut",
}

/** Only the actions the lifecycle allows now are offered; the server still has the last word. */
export const ActionBar = ({ productId, actions }: { productId: string; actions: CurationActionPath[] }) => {
  const mutation = useCurationAction(productId)
  const [prompt, setPrompt] = useState<ReasonAction | null>(null)

  const run = (action: CurationActionPath, reason?: string) =>
    mutation.mutate(
      { action, reason },
      {
        onSuccess: () => {
          toast.success(SUCCESS_TEXT[action])
          setPrompt(null)
        },
      }
    )

  const open = (action: ReasonAction) => {
    mutation.reset()
    setPrompt(action)
  }

  return (
    <Section title="Keputusan">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {actions.length === 0 ? (
          <span className="txt-small text-ui-fg-subtle">Tidak ada aksi yang tersedia untuk status ini.</span>
        ) : (
          <div className="flex flex-wrap gap-2">
            {actions.includes("approve") ? (
              <Button size="small" isLoading={mutation.isPending && !prompt} disabled={mutation.isPending} onClick={() => run("approve")}>
                {ACTION_BUTTON_LABELS.approve}
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
                  {ACTION_BUTTON_LABELS[action]}
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
          title={PROMPT_TEXT[prompt].title}
          description={PROMPT_TEXT[prompt].description}
          confirmLabel={ACTION_BUTTON_LABELS[prompt]}
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
