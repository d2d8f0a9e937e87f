import { CheckCircleSolid, XCircleSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import type { ChecklistFailure } from "../../lib/types"
import { Section } from "./section"

/**
 * The server lists only failed checks; an empty list means the product may be
 * approved. English is kept in small print for the programme's auditors.
 */
export const ChecklistSection = ({ checklist }: { checklist: ChecklistFailure[] }) => (
  <Section title="Pemeriksaan">
    {checklist.length === 0 ? (
      <div className="flex items-center gap-x-2 px-6 py-4">
        <CheckCircleSolid className="text-ui-tag-green-icon" />
        <Text size="small" weight="plus" className="text-ui-tag-green-text">
          Semua pemeriksaan lolos
        </Text>
      </div>
    ) : (
      <ul className="flex flex-col gap-y-3 px-6 py-4">
        {checklist.map((failure) => (
          <li key={failure.code} className="flex items-start gap-x-2">
            <XCircleSolid className="text-ui-tag-red-icon mt-0.5 shrink-0" />
            <div className="flex flex-col">
              <Text size="small" weight="plus">
                {failure.id}
              </Text>
              <Text size="xsmall" className="text-ui-fg-muted">
                {failure.en}
              </Text>
            </div>
          </li>
        ))}
      </ul>
    )}
  </Section>
)
