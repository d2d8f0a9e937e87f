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

/**
 * With DB_* set, a database of its own on that server for one suite; without
 * them undefined, and the code under test starts its embedded PostgreSQL.
 */
export async function externalDatabaseUrl(prefix: string): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  if (!process.env.DB_HOST) {
    return undefined
  }
  const { default: pg } = await import("pg")
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  const server = `postgres://${user}${password}@${process.env.DB_HOST}:${process.env.DB_PORT ?? "5432"}`
  const name = `${prefix}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: `${server}/postgres` })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  return {
    url: `${server}/${name}`,
    drop: async () => {
      const client = new pg.Client({ connectionString: `${server}/postgres` })
      await client.connect()
      await client.query(`drop database if exists "${name}" with (force)`)
      await client.end()
    },
  }
}
