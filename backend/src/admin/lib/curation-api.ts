import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { CurationActionPath, CurationQueueFilters, CurationQueueResponse, CurationReview, CurationState, Kecamatan } from "./types"

/** One root key so an action can refresh the queue, the review and the product widget together. */
export const curationKeys = {
  all: ["ok-oce-curation"] as const,
  queue: (filters: CurationQueueFilters) => [...curationKeys.all, "queue", filters] as const,
  review: (id: string) => [...curationKeys.all, "review", id] as const,
}

export function useCurationQueue(filters: CurationQueueFilters) {
  return useQuery({
    queryKey: curationKeys.queue(filters),
    queryFn: () =>
      sdk.client.fetch<CurationQueueResponse>("/admin/curation/products", {
        method: "GET",
        // Empty filters are left out: the API reads a missing parameter as "any".
        query: {
          status: filters.status,
          kecamatan: filters.kecamatan,
          producer: filters.producer,
          limit: filters.limit,
          offset: filters.offset,
        },
      }),
    // Keeps the old page on screen while the next one loads, so the table does not flash.
    placeholderData: (previous) => previous,
  })
}

/**
 * `retry` is off because a 404 (product without producer/curation) or 403
 * (outside the coordinator's kecamatan) is an answer, not a hiccup.
 */
export function useCurationReview(id: string) {
  return useQuery({
    queryKey: curationKeys.review(id),
    queryFn: () => sdk.client.fetch<CurationReview>(`/admin/curation/products/${id}`, { method: "GET" }),
    retry: false,
    enabled: !!id,
  })
}

export type CurationActionInput = { action: CurationActionPath; reason?: string }

export function useCurationAction(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, reason }: CurationActionInput) =>
      sdk.client.fetch<{ curation: { state: CurationState } }>(`/admin/curation/products/${id}/${action}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: curationKeys.all }),
  })
}

export function useKecamatanList() {
  return useQuery({
    queryKey: ["ok-oce-places", "kecamatan"],
    queryFn: () => sdk.client.fetch<{ kecamatan: Kecamatan[] }>("/admin/places/kecamatan", { method: "GET" }),
    // Kecamatan in Pacitan change once in a generation; no need to refetch on every visit.
    staleTime: 60 * 60 * 1000,
  })
}
