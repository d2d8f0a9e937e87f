import { mkdtempSync, readdirSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import S3rver from "s3rver"

const BUCKET = "pasar-desa"

/**
 * An S3-compatible bucket on this machine (s3rver speaks S3's REST API, path
 * style, as MinIO does in docker-compose.yml), and the environment that puts
 * the backend's file module on it. Medusa's test runner reads medusa-config.ts
 * before it applies its own `env` option, so a suite assigns `env` to
 * process.env before the runner boots.
 */
export async function startLocalBucket() {
  const directory = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-s3-"))
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET, configs: [] }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    env: {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FILE_URL: `${endpoint}/${BUCKET}`,
    },
    /** How many files the bucket holds. */
    objectCount: () => readdirSync(path.join(directory, BUCKET), { recursive: true }).filter((name) => String(name).endsWith("._S3rver_object")).length,
    close: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
