/** The kinds of product and of licence a producer picks from, in the panel's words (the API's values first). */
export const PRODUCT_TYPES: Array<[string, string]> = [
  ["processed_food", "Olahan pangan"],
  ["fresh_produce", "Hasil bumi segar"],
  ["ready_to_eat", "Siap santap"],
  ["non_food", "Bukan pangan"],
]

export const LICENCES: Array<[string, string]> = [
  ["pirt", "P-IRT"],
  ["bpom", "BPOM"],
  ["none", "Tanpa izin (bukan olahan)"],
]
