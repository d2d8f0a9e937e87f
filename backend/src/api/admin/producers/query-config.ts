/** What coordinators see of a producer, in the list and on its own page. */
export const ADMIN_PRODUCER_FIELDS = ["*", "desa.id", "desa.name", "desa.handle", "desa.kecamatan_id", "stock_location.id", "stock_location.name"]

/** The list pages in the database: 50 a page unless `limit` says otherwise (1–200). */
export const listProducersConfig = { defaults: ADMIN_PRODUCER_FIELDS, isList: true, defaultLimit: 50 }
