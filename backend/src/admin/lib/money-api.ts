import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type PaymentMethod = "bank_transfer" | "cash_on_delivery"

export type OrderMoney = { due: number; received: number; outstanding: number; to_return: number; paid: boolean; canceled: boolean }

export type Confirmation = {
  id: string
  method: PaymentMethod
  amount: number
  received_on: string
  collected_by: string | null
  note: string | null
  confirmed_by: string
  confirmed_by_name?: string
  created_at: string
  order_id?: string
  order_display_id?: number
}

export type OrderMoneyView = {
  order: { id: string; display_id: number; email: string | null; total: number; status: string; created_at: string }
  payment: { id: string; method: PaymentMethod; amount: number; reference: string | null; captured: boolean; canceled: boolean } | null
  money: OrderMoney | null
  confirmations: Confirmation[]
  receipts: Array<{ id: string; created_at: string }>
  message?: string | null
}

export type ConfirmPaymentBody = { amount: number; received_on: string; collected_by?: string; note?: string; request_key: string }

type Paged<Key extends string, Row> = { [key in Key]: Row[] } & { count: number; limit: number; offset: number }

export type CashList = {
  date: string
  collectors: Array<{
    collected_by: string
    total: number
    orders: Array<{ order_id: string; order_display_id: number; amount: number; due: number; received: number; outstanding: number; to_return: number }>
  }>
  total: number
  unsettled: number
}

const moneyKeys = {
  all: ["ok-oce-money"] as const,
  order: (orderId: string) => [...moneyKeys.all, "order", orderId] as const,
  transfers: (q: string, offset: number) => [...moneyKeys.all, "transfers", q, offset] as const,
  history: (method: string, offset: number) => [...moneyKeys.all, "history", method, offset] as const,
  cash: (date: string) => [...moneyKeys.all, "cash", date] as const,
}

export const TRANSFER_PAGE_SIZE = 20
export const HISTORY_PAGE_SIZE = 20

/**
 * A fresh key for one confirmation form. getRandomValues, not randomUUID:
 * the admin may be opened over plain http on the centre's network, where
 * browsers offer randomUUID only to secure pages.
 */
export const newRequestKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("")

/** Today in Pacitan (WIB), the day a coordinator means by "today". */

export const useOrderMoney = (orderId: string) =>
  useQuery({
    queryKey: moneyKeys.order(orderId),
    queryFn: () => sdk.client.fetch<OrderMoneyView>(`/admin/orders/${orderId}/payment-confirmations`, { method: "GET" }),
  })

export const useIncomingTransfers = (q: string, offset: number) =>
  useQuery({
    queryKey: moneyKeys.transfers(q, offset),
    queryFn: () =>
      sdk.client.fetch<Paged<"transfers", OrderMoneyView>>("/admin/incoming-transfers", {
        method: "GET",
        query: { ...(q ? { q } : {}), limit: TRANSFER_PAGE_SIZE, offset },
      }),
    placeholderData: (previous) => previous,
  })

export const useConfirmationHistory = (method: PaymentMethod | "", offset: number) =>
  useQuery({
    queryKey: moneyKeys.history(method, offset),
    queryFn: () =>
      sdk.client.fetch<Paged<"confirmations", Confirmation>>("/admin/payment-confirmations", {
        method: "GET",
        query: { ...(method ? { method } : {}), limit: HISTORY_PAGE_SIZE, offset },
      }),
    placeholderData: (previous) => previous,
  })

export const useCashList = (date: string) =>
  useQuery({ queryKey: moneyKeys.cash(date), queryFn: () => sdk.client.fetch<CashList>("/admin/cash-list", { method: "GET", query: { date } }) })

/** Records money received for an order; every money view refreshes after, and Medusa's order page too (its payment may now be captured). */
export function useConfirmPayment(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ConfirmPaymentBody) => sdk.client.fetch<OrderMoneyView>(`/admin/orders/${orderId}/payment-confirmations`, { method: "POST", body }),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: moneyKeys.all }), queryClient.invalidateQueries({ queryKey: ["orders"] })])
    },
  })
}

export type PayoutAccount = { bank: string; number: string; holder: string; confirmed: boolean }

export type ProducerBalance = {
  producer: { id: string; handle: string; business_name: string; status: string; desa?: { name: string } | null }
  balance: number
  account: PayoutAccount | null
}

export const BALANCE_PAGE_SIZE = 25

const balanceKeys = {
  all: ["ok-oce-balances"] as const,
  list: (kecamatanId: string, offset: number) => [...balanceKeys.all, kecamatanId, offset] as const,
  fee: ["ok-oce-settlement-fee"] as const,
  me: ["ok-oce-coordinator-me"] as const,
}

/** What the centre owes each producer the coordinator works with, with the account payouts go to. */
export const useBalances = (kecamatanId: string, offset: number) =>
  useQuery({
    queryKey: balanceKeys.list(kecamatanId, offset),
    queryFn: () =>
      sdk.client.fetch<Paged<"balances", ProducerBalance>>("/admin/settlement/balances", {
        method: "GET",
        query: { ...(kecamatanId ? { kecamatan_id: kecamatanId } : {}), limit: BALANCE_PAGE_SIZE, offset },
      }),
    placeholderData: (previous) => previous,
  })

export const useSettlementFee = () =>
  useQuery({ queryKey: balanceKeys.fee, queryFn: () => sdk.client.fetch<{ fee: { percent: number } }>("/admin/settlement/fee", { method: "GET" }) })

/** The signed-in coordinator's role (the head sets the fee and confirms transfers) and their kecamatan. */
export const useCoordinatorRole = () =>
  useQuery({
    queryKey: balanceKeys.me,
    queryFn: () =>
      sdk.client.fetch<{ coordinator: { role: "head" | "kecamatan"; kecamatan: Array<{ id: string; name: string }> } }>("/admin/coordinators/me", {
        method: "GET",
      }),
    staleTime: 5 * 60 * 1000,
  })

function useBalanceChange<Body>(send: (body: Body) => Promise<unknown>) {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: balanceKeys.all }) })
}

export const useConfirmPayoutAccount = (producerId: string) =>
  useBalanceChange(() => sdk.client.fetch(`/admin/producers/${producerId}/payout-account/confirm`, { method: "POST", body: {} }))

export const useRecordPayout = (producerId: string) =>
  useBalanceChange((body: { amount: number; reference: string; paid_on: string }) =>
    sdk.client.fetch(`/admin/producers/${producerId}/payouts`, { method: "POST", body })
  )

export function useSetSettlementFee() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (percent: number) => sdk.client.fetch<{ fee: { percent: number } }>("/admin/settlement/fee", { method: "POST", body: { percent } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: balanceKeys.fee }),
  })
}
