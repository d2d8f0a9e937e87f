import path from "node:path"
import type { BackendEnv } from "../env"
import { storeFileBaseUrl } from "./store-file-url"

type FileStorageEnv = Pick<
  BackendEnv,
  "MEDUSA_BACKEND_URL" | "PRIVATE_FILES_DIR" | "S3_BUCKET" | "S3_ENDPOINT" | "S3_REGION" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FILE_URL"
>

/**
 * The one provider of Medusa's file module: an S3-compatible bucket when
 * S3_BUCKET is set (MinIO in docker-compose.yml, so every server and worker
 * sees the same files), otherwise the backend's own disk, as `npm start` runs.
 */
export function fileStorageProvider(env: FileStorageEnv, workingDir = process.cwd()) {
  if (env.S3_BUCKET) {
    return {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        access_key_id: env.S3_ACCESS_KEY_ID,
        secret_access_key: env.S3_SECRET_ACCESS_KEY,
        file_url: storeFileBaseUrl(env),
        // MinIO and most S3-compatible stores name the bucket in the path, not in a subdomain.
        additional_client_config: { forcePathStyle: Boolean(env.S3_ENDPOINT) },
      },
    }
  }
  return {
    resolve: "@medusajs/medusa/file-local",
    id: "local",
    options: {
      backend_url: storeFileBaseUrl(env),
      // The provider's default puts "private" files in static/, which anyone can fetch.
      private_upload_dir: env.PRIVATE_FILES_DIR || path.join(workingDir, "private-files"),
    },
  }
}
