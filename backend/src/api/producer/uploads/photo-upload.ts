import { PRODUCT_PHOTO_MAX_BYTES, PRODUCT_PHOTOS_PER_UPLOAD } from "../../../lib/files/product-photo"
import { photoUpload } from "../../plumbing/photo-upload"

/** Up to six phone photos of at most 10 MB each, and the product they are of. */
export const productPhotoUpload = photoUpload({ field: "photos", maxBytes: PRODUCT_PHOTO_MAX_BYTES, maxFiles: PRODUCT_PHOTOS_PER_UPLOAD, fields: 2 })
