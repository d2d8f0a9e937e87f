import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { productPhotoRenditions } from "../../../lib/files/product-photo"
import { TEXT_LIMITS } from "../../../lib/input-limits"
import { addProductPhotosWorkflow } from "../../../workflows/product-photo/add-product-photos"
import { uploadedPhotos } from "../../plumbing/photo-upload"
import { retrieveOwnProduct } from "../products/own-products"

/**
 * POST /producer/uploads (multipart: `photos`, one or more files, and
 * `product_id`): photos of one of the producer's own products, added after
 * its others. Each is checked and made upright, small and free of EXIF/GPS
 * before anything is stored (addProductPhotosWorkflow). Answers the new
 * pictures as `{ files: [{ id, url }] }`: the product image's id (for
 * POST /producer/products/:id/photos) and its largest JPEG.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const productId = (req.body as { product_id?: unknown } | undefined)?.product_id
  if (typeof productId !== "string" || !productId || productId.length > TEXT_LIMITS.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "product_id: pilih produk yang difoto / name the product")
  }
  // Another producer's product is a 404 before a single byte is read as a picture.
  const product = await retrieveOwnProduct(req, productId)
  const files = uploadedPhotos(req)
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "photos: pilih foto produk / choose a photo")
  }
  const photos = []
  for (const file of files) {
    const renditions = await productPhotoRenditions(file.buffer)
    photos.push(renditions.map(({ content, ...rendition }) => ({ ...rendition, content: content.toString("base64") })))
  }
  const { result: urls } = await addProductPhotosWorkflow(req.scope).run({ input: { product_id: product.id, photos } })
  const images = (await retrieveOwnProduct(req, product.id)).images ?? []
  res.status(201).json({
    files: urls.map((url) => ({ id: images.find((image) => image?.url === url)?.id ?? null, url })),
  })
}
