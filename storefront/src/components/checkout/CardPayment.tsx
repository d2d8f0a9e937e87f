import { useState, type FormEvent } from "react"
import { loadStripe } from "@stripe/stripe-js"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"

type Labels = { pay: string; loading: string; failed: string }
type Props = { publishableKey: string; clientSecret: string; completeUrl: string; locale: "id" | "en"; labels: Labels }

/**
 * Stripe's Payment Element: the card never touches our servers. Once Stripe
 * confirms it here, the plain form posts to the storefront, which completes
 * the cart; the backend checks the PaymentIntent's status again before the order exists.
 */
function CardForm({ completeUrl, labels }: Pick<Props, "completeUrl" | "labels">) {
  const stripe = useStripe()
  const elements = useElements()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function pay(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements) return
    const form = event.currentTarget
    setBusy(true)
    setProblem(null)
    const { error } = await stripe.confirmPayment({ elements, redirect: "if_required" })
    if (error) {
      setProblem(`${labels.failed} ${error.message ?? ""}`)
      setBusy(false)
      return
    }
    form.submit()
  }

  return (
    <form method="post" action={completeUrl} onSubmit={pay} className="card-form">
      <PaymentElement />
      {problem && (
        <p role="alert" className="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={!stripe || busy}>
        {busy ? labels.loading : labels.pay}
      </button>
    </form>
  )
}

export default function CardPayment({ publishableKey, clientSecret, completeUrl, locale, labels }: Props) {
  const [stripePromise] = useState(() => loadStripe(publishableKey, { locale }))
  return (
    <Elements stripe={stripePromise} options={{ clientSecret, locale }}>
      <CardForm completeUrl={completeUrl} labels={labels} />
    </Elements>
  )
}
