import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { startEmbeddedPostgres } from "../../scripts/stack/postgres.ts"

export type DatabaseSettings = { DB_HOST: string; DB_PORT: string; DB_USERNAME: string; DB_PASSWORD: string }

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * The PostgreSQL the tests use: the server named by DB_* when set, otherwise an
 * embedded one in a temporary folder, removed when the tests end.
 */
export async function provideTestDatabase(): Promise<{ settings: DatabaseSettings; stop: () => Promise<void> }> {
  if (process.env.DB_HOST) {
    return {
      settings: {
        // Medusa's test utils turn on SSL for any host that is not literally "localhost".
        DB_HOST: process.env.DB_HOST === "127.0.0.1" ? "localhost" : process.env.DB_HOST,
        DB_PORT: process.env.DB_PORT ?? "5432",
        DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
        DB_PASSWORD: process.env.DB_PASSWORD ?? "",
      },
      stop: async () => {},
    }
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-test-pg-"))
  chmodSync(dataDir, 0o755)
  const password = "test-only-password"
  const port = await freePort()
  const postgres = await startEmbeddedPostgres({ dataDir, port, password })
  return {
    settings: { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: "postgres", DB_PASSWORD: password },
    stop: async () => {
      await postgres.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
