import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { curationKeys } from "./curation-api"
import { sdk } from "./sdk"
import type { Producer, ProducerUpdate } from "./types"

const producerKeys = { all: ["ok-oce-producers"] as const }

export function useProducerList() {
  return useQuery({
    queryKey: producerKeys.all,
    queryFn: () => sdk.client.fetch<{ producers: Producer[]; count: number }>("/admin/producers", { method: "GET" }),
  })
}

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
