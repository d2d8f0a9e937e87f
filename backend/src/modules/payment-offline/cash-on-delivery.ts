import { OfflinePaymentProvider } from "./offline-payment"

/** Bayar di tempat: cash at the OK OCE centre or to the local courier. Which deliveries allow it is a checkout rule, not the provider's. */
export class CashOnDeliveryProvider extends OfflinePaymentProvider {
  static identifier = "cod"

  // Medusa constructs providers itself; the base constructor is protected.
  constructor(cradle: Record<string, unknown>, options: Record<string, unknown>) {
    super(cradle, options)
  }

  protected instructions() {
    return { method: "cash_on_delivery" }
  }
}
