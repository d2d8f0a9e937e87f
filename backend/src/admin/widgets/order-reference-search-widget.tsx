import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Input, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { NS } from "../i18n/namespace"
import { sdk } from "../lib/sdk"

type Found = { order: { id: string } }

/**
 * Above Medusa's order list: finds an order by the transfer reference a
 * buyer wrote in their bank transfer (Medusa's own search does not look
 * inside payments), and opens it.
 */
const OrderReferenceSearchWidget = () => {
  const { t } = useTranslation(NS)
  const navigate = useNavigate()
  const [typed, setTyped] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function find(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const found = await sdk.client.fetch<Found>(`/admin/transfer-references/${encodeURIComponent(typed)}`, { method: "GET" })
      navigate(`/orders/${found.order.id}`)
    } catch (error) {
      setProblem((error as { message?: string }).message || t("transfers.searchFailed"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="px-6 py-4">
      <form onSubmit={find} className="flex flex-wrap items-center gap-2">
        <label htmlFor="transfer-reference" className="txt-compact-small text-ui-fg-subtle">
          {t("transfers.findReference")}
        </label>
        <Input id="transfer-reference" size="small" placeholder="PD-7KQ2XM" value={typed} onChange={(event) => setTyped(event.target.value)} className="w-40" />
        <Button type="submit" size="small" variant="secondary" isLoading={busy} disabled={!typed.trim()}>
          {t("common.search")}
        </Button>
        {problem ? (
          <Text size="small" className="text-ui-fg-error">
            {problem}
          </Text>
        ) : null}
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default OrderReferenceSearchWidget
