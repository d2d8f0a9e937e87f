/** The pickup list's shape, free of server imports so the admin extension shares it. */
export type PickupPart = {
  producer_order_id: string
  order_id: string
  order_display_id: number
  /** Handed over to the centre that day already; otherwise packed and waiting to be collected. */
  collected: boolean
  items: Array<{ title: string; variant_title: string | null; quantity: number }>
}
export type PickupProducer = { producer_id: string; business_name: string; whatsapp: string | null; parts: PickupPart[] }
export type PickupDesa = { desa: string; kecamatan: string | null; producers: PickupProducer[] }
export type PickupList = { date: string; desa: PickupDesa[]; parts: number }
