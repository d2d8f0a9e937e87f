export const ADMIN_PRODUCER_FIELDS = ["*", "desa.id", "desa.name", "desa.handle", "desa.kecamatan_id", "stock_location.id", "stock_location.name"]

export const listProducersConfig = { defaults: ADMIN_PRODUCER_FIELDS, isList: true, defaultLimit: 50 }
