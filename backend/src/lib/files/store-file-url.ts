import type { BackendEnv } from "../env"

/**
 * Where buyers fetch uploads from: the S3 bucket's public address when the
 * files live in one (S3_FILE_URL), otherwise the backend's own `/static`,
 * where Medusa's local file provider serves them.
 */
export function storeFileBaseUrl(env: Pick<BackendEnv, "MEDUSA_BACKEND_URL" | "S3_FILE_URL">) {
  return env.S3_FILE_URL?.replace(/\/+$/, "") ?? `${env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")}/static`
}

/**
 * How private uploads (buyers' transfer receipts) are named. The local provider
 * keeps them outside the served folder; an S3 bucket keeps every file under one
 * address, so the proxy and the bucket's policy refuse this name to anyone.
 */
export const PRIVATE_FILE_PREFIX = "bukti-transfer-"

/**
 * Whether a picture's address points into the store's own file storage. A
 * product or profile picture is shown on buyers' pages: an outside address
 * would be a tracking pixel, and `javascript:` or `data:` no picture at all.
 */
export function isStoreFileUrl(value: string, fileBaseUrl: string) {
  let url: URL
  let base: URL
  try {
    url = new URL(value)
    base = new URL(`${fileBaseUrl}/`)
  } catch {
    return false
  }
  // Compared after URL parsing, so "/static/../x", credentials or another port cannot slip through.
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) && !url.username && !url.password
}

export const STORE_FILE_URL_MESSAGE = "harus gambar yang diunggah ke penyimpanan Pasar Desa (alamat dari situs lain, javascript: dan data: ditolak)"
