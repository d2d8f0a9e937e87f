/** Where Medusa's local file provider serves uploads from: the backend's own `/static`. */
export function storeFileBaseUrl(backendUrl: string) {
  return `${backendUrl.replace(/\/+$/, "")}/static`
}

/**
 * Whether a picture's address points into the store's own file storage. A
 * product or profile picture is shown on buyers' pages: an outside address
 * would be a tracking pixel, and `javascript:` or `data:` no picture at all.
 */
export function isStoreFileUrl(value: string, backendUrl: string) {
  let url: URL
  let base: URL
  try {
    url = new URL(value)
    base = new URL(`${storeFileBaseUrl(backendUrl)}/`)
  } catch {
    return false
  }
  // Compared after URL parsing, so "/static/../x", credentials or another port cannot slip through.
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) && !url.username && !url.password
}

export const STORE_FILE_URL_MESSAGE = "harus gambar yang diunggah ke penyimpanan Pasar Desa (alamat dari situs lain, javascript: dan data: ditolak)"
