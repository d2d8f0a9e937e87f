import { Button, Drawer, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { HALAL_KIND_LABELS } from "../../lib/labels"
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
  const [initial] = useState(() => licenceFormValues(producer))
  const [values, setValues] = useState<LicenceFormValues>(initial)
  const [formError, setFormError] = useState<string | null>(null)
  const mutation = useUpdateProducer(producer.id)

  const set = (key: keyof LicenceFormValues) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }))

  const submit = () => {
    const result = licenceUpdate(initial, values)
    setFormError(result.error ?? null)
    if (!result.update) {
      return
    }
    mutation.mutate(result.update, {
      onSuccess: () => {
        toast.success(`Izin ${producer.business_name} disimpan`)
        onDone()
      },
    })
  }

  return (
    <>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <FormField id="pirt-number" label="Nomor P-IRT" hint="13 digit, tanda '-', 2 digit tahun. Contoh: 2063501010123-28">
          <Input id="pirt-number" value={values.pirt_number} onChange={set("pirt_number")} placeholder="2063501010123-28" />
        </FormField>
        <FormField id="pirt-expires" label="P-IRT berlaku sampai">
          <Input id="pirt-expires" type="date" value={values.pirt_expires_on} onChange={set("pirt_expires_on")} />
        </FormField>
        <FormField id="bpom-number" label="Nomor BPOM" hint="MD atau ML, spasi, 12 digit. Contoh: MD 123456789012">
          <Input id="bpom-number" value={values.bpom_number} onChange={set("bpom_number")} placeholder="MD 123456789012" />
        </FormField>
        <FormField id="halal-kind" label="Jenis halal">
          <Select value={values.halal_kind} onValueChange={(kind) => setValues((current) => ({ ...current, halal_kind: kind as HalalKind }))}>
            <Select.Trigger id="halal-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(HALAL_KIND_LABELS) as HalalKind[]).map((kind) => (
                <Select.Item key={kind} value={kind}>
                  {HALAL_KIND_LABELS[kind]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
        <FormField id="halal-number" label="Nomor sertifikat halal" hint="'ID' lalu 14-17 digit">
          <Input id="halal-number" value={values.halal_number} onChange={set("halal_number")} placeholder="ID35110000123450123" />
        </FormField>
        <FormField id="halal-expires" label="Halal berlaku sampai (boleh kosong)">
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
            Batal
          </Button>
        </Drawer.Close>
        <Button size="small" isLoading={mutation.isPending} onClick={submit}>
          Simpan izin
        </Button>
      </Drawer.Footer>
    </>
  )
}
