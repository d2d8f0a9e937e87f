import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { ErrorAlert } from "./error-alert"

type Props = {
  open: boolean
  title: string
  description: string
  confirmLabel: string
  isPending: boolean
  error: unknown
  onConfirm: (reason: string) => void
  onClose: () => void
}

/**
 * Asks why before a refusal: the producer reads the reason, so it may not be
 * empty. The confirm button is a plain Button (not Prompt.Action) so the
 * dialog stays open to show a missing reason or the server's refusal.
 */
export const ReasonPrompt = ({ open, title, description, confirmLabel, isPending, error, onConfirm, onClose }: Props) => {
  const { t } = useTranslation(NS)
  const [reason, setReason] = useState("")
  const [missing, setMissing] = useState(false)

  // Each opening starts empty. Reset while rendering, React's way for state that follows a prop:
  // an effect would first paint the last reason, then render again.
  const [wasOpen, setWasOpen] = useState(open)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setReason("")
      setMissing(false)
    }
  }

  const confirm = () => {
    if (!reason.trim()) {
      setMissing(true)
      return
    }
    onConfirm(reason.trim())
  }

  return (
    <Prompt open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{title}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-2 px-6 pb-4">
          <Label htmlFor="reason-prompt-text" size="small" weight="plus">
            {t("curation.reasonPrompt.label")}
          </Label>
          <Textarea
            id="reason-prompt-text"
            value={reason}
            rows={4}
            aria-invalid={missing}
            onChange={(event) => {
              setReason(event.target.value)
              setMissing(false)
            }}
          />
          {missing ? (
            <Text size="small" className="text-ui-fg-error">
              {t("curation.reasonPrompt.missing")}
            </Text>
          ) : null}
          <ErrorAlert error={error} />
        </div>
        <Prompt.Footer>
          <Prompt.Cancel disabled={isPending}>{t("common.cancel")}</Prompt.Cancel>
          <Button variant="danger" size="small" isLoading={isPending} onClick={confirm}>
            {confirmLabel}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
