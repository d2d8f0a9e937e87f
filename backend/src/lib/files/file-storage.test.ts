import { describe, expect, it } from "vitest"
import { readBackendEnv } from "../env"
import { fileStorageProvider } from "./file-storage"
import { isStoreFileUrl, storeFileBaseUrl } from "./store-file-url"

const base = { DATABASE_URL: "postgres://postgres@localhost:5432/pasar", MEDUSA_BACKEND_URL: "https://pasardesa.example/" }
const bucket = {
  S3_BUCKET: "pasar-desa",
  S3_ENDPOINT: "http://minio:9000",
  S3_ACCESS_KEY_ID: "pasar",
  S3_SECRET_ACCESS_KEY: "a-long-minio-password",
  S3_FILE_URL: "https://pasardesa.example/files/pasar-desa/",
}

describe("where uploads are kept", () => {
  it("keeps them on the backend's disk, served from its /static, with private files outside it", () => {
    const env = readBackendEnv(base)
    expect(fileStorageProvider(env, "/srv/backend")).toEqual({
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { backend_url: "https://pasardesa.example/static", private_upload_dir: "/srv/backend/private-files" },
    })
  })

  it("puts them in the S3 bucket, path-style as MinIO wants, served from its public address", () => {
    const env = readBackendEnv({ ...base, ...bucket })
    expect(fileStorageProvider(env)).toEqual({
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: "pasar-desa",
        region: "us-east-1",
        endpoint: "http://minio:9000",
        access_key_id: "pasar",
        secret_access_key: "a-long-minio-password",
        file_url: "https://pasardesa.example/files/pasar-desa",
        additional_client_config: { forcePathStyle: true },
      },
    })
  })

  it("takes a picture's address as the store's own only from the storage in use", () => {
    const onDisk = storeFileBaseUrl(readBackendEnv(base))
    const inBucket = storeFileBaseUrl(readBackendEnv({ ...base, ...bucket }))
    const photo = "https://pasardesa.example/files/pasar-desa/keripik-01KB.jpg"
    expect(isStoreFileUrl(photo, inBucket)).toBe(true)
    expect(isStoreFileUrl(photo, onDisk)).toBe(false)
    expect(isStoreFileUrl("https://pasardesa.example/static/keripik-01KB.jpg", onDisk)).toBe(true)
    expect(isStoreFileUrl("https://pasardesa.example/files/pasar-desa/../../admin/x.jpg", inBucket)).toBe(false)
    expect(isStoreFileUrl("https://tracker.example/files/pasar-desa/x.gif", inBucket)).toBe(false)
  })
})
