import { Button, Drawer, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { NS } from "../../i18n/namespace"
import { HALAL_KINDS, halalKindLabels } from "../../lib/labels"
import { licenceFormValues, licenceUpdate, type LicenceFormValues } from "../../lib/licence-form"
import { useUpdateProducer } from "../../lib/producer-api"
import type { HalalKind, Producer } from "../../lib/types"
import { ErrorAlert } from "../curation/error-alert"

const FormField = ({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint ? (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    ) : null}
  </div>
)

type Props = { producer: Producer; onDone: () => void }

/** Edits P-IRT, BPOM and halal in one drawer; an empty number removes that licence. */
export const LicenceForm = ({ producer, onDone }: Props) => {
  const { t } = useTranslation(NS)
  const [initial] = useState(() => licenceFormValues(producer))
  const [values, setValues] = useState<LicenceFormValues>(initial)
  const [formError, setFormError] = useState<string | null>(null)
  const mutation = useUpdateProducer(producer.id)

  const set = (key: keyof LicenceFormValues) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }))

  const submit = () => {
    const result = licenceUpdate(t, initial, values)
    setFormError(result.error ?? null)
    if (!result.update) {
      return
    }
    mutation.mutate(result.update, {
      onSuccess: () => {
        toast.success(t("licenceForm.saved", { name: producer.business_name }))
        onDone()
      },
    })
  }

  return (
    <>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <FormField id="pirt-number" label={t("licenceForm.pirtNumber")} hint={t("licenceForm.pirtNumberHint")}>
          <Input id="pirt-number" value={values.pirt_number} onChange={set("pirt_number")} placeholder="2063501010123-28" />
        </FormField>
        <FormField id="pirt-expires" label={t("licenceForm.pirtExpires")}>
          <Input id="pirt-expires" type="date" value={values.pirt_expires_on} onChange={set("pirt_expires_on")} />
        </FormField>
        <FormField id="bpom-number" label={t("licenceForm.bpomNumber")} hint={t("licenceForm.bpomNumberHint")}>
          <Input id="bpom-number" value={values.bpom_number} onChange={set("bpom_number")} placeholder="MD 123456789012" />
        </FormField>
        <FormField id="halal-kind" label={t("licenceForm.halalKind")}>
          <Select value={values.halal_kind} onValueChange={(kind) => setValues((current) => ({ ...current, halal_kind: kind as HalalKind }))}>
            <Select.Trigger id="halal-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {HALAL_KINDS.map((kind) => (
                <Select.Item key={kind} value={kind}>
                  {halalKindLabels(t)[kind]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id="halal-number" label={t("licenceForm.halalNumber")} hint={t("licenceForm.halalNumberHint")}>
          <Input id="halal-number" value={values.halal_number} onChange={set("halal_number")} placeholder="ID35110000123450123" />
        </FormField>
        <FormField id="halal-expires" label={t("licenceForm.halalExpires")}>
          <Input id="halal-expires" type="date" value={values.halal_expires_on} onChange={set("halal_expires_on")} />
        </FormField>
        {formError ? (
          <Text size="small" className="text-ui-fg-error">
            {formError}
          </Text>
        ) : null}
        <ErrorAlert error={mutation.error} />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button variant="secondary" size="small" disabled={mutation.isPending}>
            {t("common.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" isLoading={mutation.isPending} onClick={submit}>
          {t("licenceForm.save")}
        </Button>
      </Drawer.Footer>
    </>
  )
}
