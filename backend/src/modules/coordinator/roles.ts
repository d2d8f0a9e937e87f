/**
 * A head (kabupaten) coordinator works everywhere and is the only one who
 * changes coordinators' roles and territories; a kecamatan coordinator works
 * only on producers in their kecamatan. A user without a role counts as a
 * kecamatan coordinator with no kecamatan: an admin invited through Medusa
 * sees no producer until a head gives them a territory.
 */
export const COORDINATOR_ROLES = ["head", "kecamatan"] as const
export type CoordinatorRole = (typeof COORDINATOR_ROLES)[number]
