import { BPOM_NUMBER, HALAL_NUMBER, PIRT_NUMBER } from "../producer/formats"

export type ChecklistProducer = {
  status: string
  pirt_number: string | null
  pirt_expires_on: string | Date | null
  bpom_number: string | null
  halal_kind: string | null
  halal_number: string | null
  halal_expires_on: string | Date | null
}

export type ChecklistCompliance = {
  product_type: "fresh_produce" | "processed_food" | "ready_to_eat" | "non_food"
  net_quantity: string | null
  ingredients: string | null
  shelf_life_days: number | null
  licence: "pirt" | "bpom" | "none"
  halal: boolean
}

export type ChecklistInput = {
  producer: ChecklistProducer | null
  compliance: ChecklistCompliance | null
  /** Every variant has a price in rupiah. */
  hasPrice: boolean
  /** The producer has a stock location to sell from. */
  hasStockLocation: boolean
  today: Date
}

export type ChecklistFailure = { code: string; id: string; en: string }

const day = (value: string | Date) => new Date(value).toISOString().slice(0, 10)
const expired = (value: string | Date | null, today: Date) => value !== null && day(value) < day(today)

/**
 * Everything a product must satisfy before it carries the OK OCE badge.
 * Pure: the same answer for the same input, so each rule is unit-tested.
 * Returns every failed check, in Bahasa Indonesia and English.
 */
export function curationChecklist({ producer, compliance, hasPrice, hasStockLocation, today }: ChecklistInput): ChecklistFailure[] {
  const failures: ChecklistFailure[] = []
  const fail = (code: string, id: string, en: string) => failures.push({ code, id, en })

  if (!producer) {
    fail("no_producer", "Produk belum terhubung ke produsen", "The product has no producer")
  } else if (producer.status !== "active") {
    fail("producer_not_active", `Produsen belum aktif (status: ${producer.status})`, `The producer is not active (status: ${producer.status})`)
  }
  if (!hasPrice) {
    fail("no_price", "Ada varian tanpa harga rupiah", "A variant has no price in rupiah")
  }
  if (!hasStockLocation) {
    fail("no_stock_location", "Produsen belum punya lokasi stok", "The producer has no stock location")
  }
  if (!compliance) {
    fail("no_compliance", "Data kepatuhan pangan belum diisi", "The food compliance record is missing")
    return failures
  }

  const isFood = compliance.product_type !== "non_food"
  const isProcessed = compliance.product_type === "processed_food" || compliance.product_type === "ready_to_eat"
  if (isFood && !compliance.net_quantity) {
    fail("no_net_quantity", "Berat atau isi bersih belum diisi", "Net weight or volume is missing")
  }
  if (isProcessed && !compliance.ingredients) {
    fail("no_ingredients", "Komposisi belum diisi", "Ingredients are missing")
  }
  if (isFood && !compliance.shelf_life_days) {
    fail("no_shelf_life", "Masa simpan belum diisi", "Shelf life is missing")
  }

  if (isProcessed && producer) {
    const validPirt = compliance.licence === "pirt" && !!producer.pirt_number && PIRT_NUMBER.test(producer.pirt_number)
    const validBpom = compliance.licence === "bpom" && !!producer.bpom_number && BPOM_NUMBER.test(producer.bpom_number)
    if (!validPirt && !validBpom) {
      fail("no_food_licence", "Pangan olahan wajib punya nomor P-IRT atau BPOM MD/ML yang sah", "Processed food needs a valid P-IRT or BPOM MD/ML number")
    } else if (validPirt && expired(producer.pirt_expires_on, today)) {
      fail(
        "licence_expired",
        `Izin P-IRT kedaluwarsa sejak ${day(producer.pirt_expires_on!)}`,
        `The P-IRT licence expired on ${day(producer.pirt_expires_on!)}`
      )
    }
  }

  if (compliance.halal) {
    const certified = !!producer?.halal_number && HALAL_NUMBER.test(producer.halal_number)
    if (!certified) {
      fail("halal_unproven", "Klaim halal tanpa sertifikat halal yang sah", "Halal is claimed without a valid certificate")
    } else if (expired(producer!.halal_expires_on, today)) {
      fail(
        "halal_expired",
        `Sertifikat halal kedaluwarsa sejak ${day(producer!.halal_expires_on!)}`,
        `The halal certificate expired on ${day(producer!.halal_expires_on!)}`
      )
    }
  }
  return failures
}

/**
 * What a coordinator's approval asks beyond the checklist: at least one real
 * photo a producer uploaded (the demo's "Foto menyusul" picture is not one).
 * Kept out of curationChecklist on purpose: that list is re-run when licences
 * change, and a missing photo must not take a product off sale by itself.
 */
export function photoCheck(hasPhoto: boolean): ChecklistFailure[] {
  return hasPhoto
    ? []
    : [
        {
          code: "no_photo",
          id: "Belum ada foto asli produk; produsen mengunggahnya dari panel (gambar 'Foto menyusul' tidak dihitung)",
          en: "No real photo of the product yet; the producer uploads one in the panel (the 'photo to follow' picture does not count)",
        },
      ]
}
