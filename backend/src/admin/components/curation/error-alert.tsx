import { Alert } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { errorMessage } from "../../lib/format"

/**
 * Shows the server's message as is: an approval refusal lists every failed
 * check on its own line, so line breaks are kept.
 */
export const ErrorAlert = ({ error }: { error: unknown }) => {
  const { t } = useTranslation(NS)
  if (!error) {
    return null
  }
  return (
    <Alert variant="error" className="whitespace-pre-wrap">
      {errorMessage(error, t)}
    </Alert>
  )
}
