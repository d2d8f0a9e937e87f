import { act, type Context } from "./actions.server"
import { PanelError, producerApi } from "./api.server"
import { editProductBody, numberProblem } from "./product-form"

/** The edit page of one product: where a refusal comes back to, with the form as the producer left it. */
export const editPath = (productId: string) => `/panel/produk/${encodeURIComponent(productId)}`

/** Saves the edit form; the message says when the change sent an approved product back to the curator. */
export async function editProductAction(context: Context, token: string, productId: string) {
  const form = await context.request.formData().catch(() => new FormData())
  const body = editProductBody(form)
  const problem = numberProblem(form)
  return act<{ sent_back_to_review: boolean }>(
    context,
    editPath(productId),
    ({ sent_back_to_review }) =>
      sent_back_to_review ? "Perubahan disimpan. Produk dikirim kembali ke kurator dan tidak tampil di katalog sampai disetujui lagi." : "Perubahan disimpan.",
    () =>
      problem
        ? Promise.reject(new PanelError(problem, 400))
        : producerApi(token, `/producer/products/${encodeURIComponent(productId)}`, { method: "POST", body }),
    editPath(productId),
    form
  )
}

/** Deletes a draft after the confirmation page's button; the backend refuses anything but a draft. */
export async function deleteDraftAction(context: Context, token: string, productId: string) {
  return act(
    context,
    `${editPath(productId)}/hapus`,
    "Draf produk dihapus.",
    () => producerApi(token, `/producer/products/${encodeURIComponent(productId)}`, { method: "DELETE" }),
    "/panel/produk"
  )
}
