import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { PickupList } from "../../lib/order/pickup-list-types"

export type { PickupList }

/** The day's round of packed parts to collect, as GET /admin/pickup-list answers it. */
export const usePickupList = (date: string) =>
  useQuery({
    queryKey: ["pickup-list", date],
    queryFn: () => sdk.client.fetch<PickupList>("/admin/pickup-list", { method: "GET", query: { date } }),
  })
