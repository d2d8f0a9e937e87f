import { CheckCircleSolid, XCircleSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import type { ChecklistFailure } from "../../lib/types"
import { Section } from "./section"

/**
 * The server lists only failed checks, each in Indonesian and English; an empty list means the
 * product may be approved. The admin's language comes first, the other in small print (English
 * kept for the programme's auditors).
 */
export const ChecklistSection = ({ checklist }: { checklist: ChecklistFailure[] }) => {
  const { t, i18n } = useTranslation(NS)
  // Any admin language but Indonesian shows the extensions in English (Medusa falls back to it).
  const english = !i18n.language?.startsWith("id")
  return (
    <Section title={t("curation.checklist.title")}>
      {checklist.length === 0 ? (
        <div className="flex items-center gap-x-2 px-6 py-4">
          <CheckCircleSolid className="text-ui-tag-green-icon" />
          <Text size="small" weight="plus" className="text-ui-tag-green-text">
            {t("curation.checklist.allPassed")}
          </Text>
        </div>
      ) : (
        <ul className="flex flex-col gap-y-3 px-6 py-4">
          {checklist.map((failure) => (
            <li key={failure.code} className="flex items-start gap-x-2">
              <XCircleSolid className="text-ui-tag-red-icon mt-0.5 shrink-0" />
              <div className="flex flex-col">
                <Text size="small" weight="plus">
                  {english ? failure.en : failure.id}
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {english ? failure.id : failure.en}
                </Text>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
