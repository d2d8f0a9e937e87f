import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { curationKeys } from "./curation-api"
import { sdk } from "./sdk"
import type { Producer, ProducerInvite, ProducerListFilters, ProducerListResponse, ProducerUpdate } from "./types"

const producerKeys = {
  all: ["ok-oce-producers"] as const,
  list: (filters: ProducerListFilters) => [...producerKeys.all, "list", filters] as const,
}

/** One page of the producers the coordinator works with, by business name. */
export function useProducerList(filters: ProducerListFilters) {
  return useQuery({
    queryKey: producerKeys.list(filters),
    // Empty filters are left out: the API reads a missing parameter as "any".
    queryFn: () => sdk.client.fetch<ProducerListResponse>("/admin/producers", { method: "GET", query: { ...filters } }),
    // Keeps the old page on screen while the next one loads, so the table does not flash.
    placeholderData: (previous) => previous,
  })
}

/** The most a filter's list of producers offers; past that a coordinator searches the producer page instead. */
const PRODUCER_CHOICES = 200

/** Producers to choose from in a filter, by business name. */
export const useProducerChoices = () => useProducerList({ limit: PRODUCER_CHOICES, offset: 0 })

export function useUpdateProducer(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (update: ProducerUpdate) => sdk.client.fetch<{ producer: Producer }>(`/admin/producers/${id}`, { method: "POST", body: update }),
    onSuccess: async () => {
      // Producer status and licences feed the curation checklist, so refresh both.
      await Promise.all([queryClient.invalidateQueries({ queryKey: producerKeys.all }), queryClient.invalidateQueries({ queryKey: curationKeys.all })])
    },
  })
}

/** An invite link for a producer's owner (POST /admin/producers/:id/invite). */
export function useInviteProducer(id: string) {
  return useMutation({
    mutationFn: (body: { email: string }) => sdk.client.fetch<{ invite: ProducerInvite }>(`/admin/producers/${id}/invite`, { method: "POST", body }),
  })
}
