import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useKecamatanList } from "./curation-api"
import { useCoordinatorRole } from "./money-api"
import { sdk } from "./sdk"

export type CoordinatorRole = "head" | "kecamatan"
export type Coordinator = { id: string; email: string; name: string; role: CoordinatorRole; kecamatan: Array<{ id: string; name: string }> }
export type TerritoryChange = { role: CoordinatorRole; kecamatan_ids: string[] }

const coordinatorKeys = { all: ["ok-oce-coordinators"] as const }

/** Every admin account with its role and kecamatan (GET /admin/coordinators). */
export const useCoordinators = () =>
  useQuery({
    queryKey: coordinatorKeys.all,
    queryFn: () => sdk.client.fetch<{ coordinators: Coordinator[] }>("/admin/coordinators", { method: "GET" }),
  })

/** A head coordinator sets another's role and kecamatan; the server refuses anyone else. */
export function useSetTerritory(userId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: TerritoryChange) => sdk.client.fetch(`/admin/coordinators/${userId}/territory`, { method: "POST", body: change }),
    // Roles decide what every page shows: the signed-in coordinator's own may have changed too.
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

/**
 * The kecamatan a coordinator may pick in a filter: every one for the head, their own for a kecamatan
 * coordinator (the server keeps them to those whatever they ask; this keeps the choice honest).
 */
export function useTerritoryKecamatan(): Array<{ id: string; name: string }> {
  const role = useCoordinatorRole()
  const every = useKecamatanList()
  return role.data?.coordinator.role === "head" ? (every.data?.kecamatan ?? []) : (role.data?.coordinator.kecamatan ?? [])
}
