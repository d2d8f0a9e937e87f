import { IMPORT_LIMITS } from "../../../../../../lib/product-import/sheet-columns"
import { csvUpload } from "../../../../../plumbing/csv-upload"

/** The CSV of a producer's products: one file named `file`, at most 1 MB. */
export const productSheetUpload = csvUpload({ field: "file", maxBytes: IMPORT_LIMITS.bytes })
