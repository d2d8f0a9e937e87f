import { useMutation, useQueryClient } from "@tanstack/react-query"
import { curationKeys } from "./curation-api"
import { sdk } from "./sdk"

export type ImportError = { column: string | null; message: string }
export type ImportRow = { line: number; title: string; ok: boolean; errors: ImportError[] }
export type ImportedProduct = {
  lines: number[]
  id: string
  title: string
  handle: string
  curation_state: string
  variants: Array<{ id: string; title: string }>
}
export type ImportReport = { rows: ImportRow[]; created: ImportedProduct[] }

/**
 * Checks (`dryRun`) or imports a CSV of a producer's products
 * (POST /admin/producers/:id/products/import). The file goes as multipart:
 * the SDK's JSON content type is taken off so the browser sets the boundary.
 */
export function useProductImport(producerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData()
      body.append("file", file)
      return sdk.client.fetch<ImportReport>(`/admin/producers/${producerId}/products/import`, {
        method: "POST",
        headers: { "content-type": null },
        query: dryRun ? { dry_run: "true" } : undefined,
        body,
      })
    },
    onSuccess: async (_report, { dryRun }) => {
      // New drafts join the producer's products the curation pages read.
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: curationKeys.all })
    },
  })
}
