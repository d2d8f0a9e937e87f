import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import type { CalculatedShippingOptionPrice, CalculateShippingOptionPriceDTO, CreateShippingOptionDTO, FulfillmentOption } from "@medusajs/framework/types"
import { DELIVERY_KINDS, deliveryFit, parcelGrams, readDeliveryRate } from "./tariff"

type PricingContext = CalculateShippingOptionPriceDTO["context"]
type PricedItem = { quantity: unknown; variant?: { weight?: number | null } | null }

/**
 * The OK OCE centre's own delivery: it prices each option from the tariff the
 * option carries (pickup, courier by kecamatan, expedition by weight). Parcels
 * are packed by producers and handed over by hand, so creating a fulfillment
 * records nothing outside Medusa.
 */
export default class PasarDesaDeliveryService extends AbstractFulfillmentProviderService {
  static identifier = "delivery"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return DELIVERY_KINDS.map((kind) => ({ id: kind, kind }))
  }

  async validateOption(data: Record<string, unknown>) {
    return readDeliveryRate(data) !== null
  }

  async validateFulfillmentData(optionData: Record<string, unknown>, data: Record<string, unknown>) {
    return { ...data, kind: readDeliveryRate(optionData)?.kind }
  }

  async canCalculate(data: CreateShippingOptionDTO) {
    return readDeliveryRate(data.data) !== null
  }

  async calculatePrice(optionData: Record<string, unknown>, _data: Record<string, unknown>, context: PricingContext): Promise<CalculatedShippingOptionPrice> {
    const rate = readDeliveryRate(optionData)
    if (!rate) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Opsi pengiriman tanpa tarif.")
    const items = ((context as { items?: PricedItem[] }).items ?? []).map((item) => ({ quantity: item.quantity, weight: item.variant?.weight }))
    // Perishability and other refusals are decided when the option is chosen; here an unfit option is priced as nothing rather than failing the whole list.
    const fit = deliveryFit(rate, { destination: context.shipping_address as never, grams: parcelGrams(items), perishables: [] })
    return { calculated_amount: fit.available ? fit.amount : 0, is_calculated_price_tax_inclusive: true }
  }

  async createFulfillment() {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment() {
    return {}
  }

  async createReturnFulfillment() {
    return { data: {}, labels: [] }
  }
}
