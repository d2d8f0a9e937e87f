/**
 * A CSV field as spreadsheets should read it: always quoted, quotes doubled,
 * and text starting with =, +, - or @ given a leading apostrophe, so a name or
 * a note a producer typed is shown as text, never run as a formula. Numbers
 * are left as they are: a debit of -15000 must stay a number to add up.
 * Plain code, no imports: the storefront bundles this file as it is.
 */
export const csvField = (value: string | number) => `"${(typeof value === "number" ? String(value) : value.replace(/^([=+\-@])/, "'$1")).replace(/"/g, '""')}"`

/** Rows of fields as CSV, with the CRLF line ends the format names and every spreadsheet reads. */
export const csvRows = (rows: Array<Array<string | number>>) => rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n"
