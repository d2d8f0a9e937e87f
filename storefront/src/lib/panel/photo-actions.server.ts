import { act, type Context } from "./actions.server"
import { PanelError, producerApi, type PanelProduct } from "./api.server"
import { text } from "./form-fields"
import { arrangedPhotoIds, panelPhotos, photoProblem, type PhotoMove } from "./photos"
import { editPath } from "./product-actions.server"

/** Where the edit page shows the photos: a refusal or a success comes back to them. */
export const photosPath = (productId: string) => `${editPath(productId)}#foto`
export const photoFormPath = (productId: string) => `${editPath(productId)}/foto`

const ownPhotos = async (token: string, productId: string) =>
  panelPhotos((await producerApi<{ product: PanelProduct }>(token, `/producer/products/${encodeURIComponent(productId)}`)).product.images)

/**
 * POST /panel/produk/:id/foto, the edit page's photo forms (multipart, no
 * JavaScript needed): `aksi=unggah` sends the chosen photos on to the backend
 * as they came (it makes them upright, small and free of GPS); `aksi=utama`
 * or `aksi=hapus` with `image_id` makes a photo the main one or removes it.
 */
export async function photoAction(context: Context, token: string, productId: string) {
  const form = await context.request.formData().catch(() => new FormData())
  const back = photosPath(productId)
  if (text(form, "aksi") === "unggah") {
    const files = form.getAll("photos").filter((file): file is File => file instanceof File && file.size > 0)
    return act(context, back, files.length > 1 ? `${files.length} foto ditambahkan.` : "Foto ditambahkan.", async () => {
      const problem = photoProblem(files, (await ownPhotos(token, productId)).length)
      if (problem) throw new PanelError(problem, 400)
      const body = new FormData()
      body.append("product_id", productId)
      for (const file of files) body.append("photos", file, file.name || "foto.jpg")
      return producerApi(token, "/producer/uploads", { method: "POST", body })
    })
  }
  const move: PhotoMove = text(form, "aksi") === "hapus" ? "hapus" : "utama"
  return act(context, back, move === "hapus" ? "Foto dihapus." : "Foto utama diganti.", async () => {
    const ids = arrangedPhotoIds(
      (await ownPhotos(token, productId)).map((photo) => photo.id),
      text(form, "image_id"),
      move
    )
    if (!ids) throw new PanelError("Foto ini sudah tidak ada di produk. Muat ulang halaman.", 400)
    return producerApi(token, `/producer/products/${encodeURIComponent(productId)}/photos`, { method: "POST", body: { image_ids: ids } })
  })
}
