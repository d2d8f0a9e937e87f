import type { BpomLicence, HalalLicence, NotifyChannel, PirtLicence } from "../../modules/producer/formats"

/** What a coordinator (or the seed) gives to create a producer; formats already validated. */
export type ProducerInput = {
  handle: string
  business_name: string
  owner_name: string
  desa_id: string
  whatsapp: string
  phone_public?: boolean
  notify_by?: NotifyChannel
  story: string
  photo_url?: string | null
  status?: "pending" | "active" | "suspended"
  pirt?: PirtLicence | null
  bpom?: BpomLicence | null
  halal?: HalalLicence | null
  is_demo?: boolean
}

export type ProducerUpdate = Partial<Omit<ProducerInput, "desa_id">> & { status_reason?: string | null }

/** The licence objects of the API become the model's flat columns. */
export function licenceColumns(input: Pick<ProducerInput, "pirt" | "bpom" | "halal">) {
  const columns: Record<string, unknown> = {}
  if (input.pirt !== undefined) {
    columns.pirt_number = input.pirt?.number ?? null
    columns.pirt_expires_on = input.pirt ? new Date(input.pirt.expires_on) : null
  }
  if (input.bpom !== undefined) {
    columns.bpom_number = input.bpom?.number ?? null
  }
  if (input.halal !== undefined) {
    columns.halal_kind = input.halal?.kind ?? null
    columns.halal_number = input.halal?.number ?? null
    columns.halal_expires_on = input.halal?.expires_on ? new Date(input.halal.expires_on) : null
  }
  return columns
}
