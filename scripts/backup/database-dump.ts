import { spawn } from "node:child_process"
import pg from "pg"
import { StackError } from "../stack/config.ts"

/** Runs one of the server's client programs (pg_dump, pg_restore), failing with its own last words. */
function runClient(program: string, databaseUrl: string, args: string[]) {
  // The password goes in the environment, not on a command line every user of the machine can read.
  const url = new URL(databaseUrl)
  const password = decodeURIComponent(url.password)
  url.password = ""
  return new Promise<void>((resolve, reject) => {
    const child = spawn(program, [...args, `--dbname=${url}`], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, PGPASSWORD: password } })
    let errors = ""
    child.stderr.on("data", (chunk) => (errors += chunk))
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        new StackError(
          error.code === "ENOENT"
            ? `${program} was not found: install the PostgreSQL client of your database server's version (on Debian: apt install postgresql-client).`
            : `${program} could not run: ${error.message}`
        )
      )
    )
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new StackError(`${program} failed (exit ${code}): ${errors.trim().split("\n").slice(-3).join(" | ")}`))
    )
  })
}

/** A pg_dump of the user's own database in custom format, taken with the server's client binaries while the shop serves. */
export async function dumpDatabase(databaseUrl: string, file: string): Promise<{ postgresVersion: string }> {
  await runClient("pg_dump", databaseUrl, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`])
  return { postgresVersion: await serverVersion(databaseUrl) }
}

export async function restoreDump(databaseUrl: string, file: string) {
  await runClient("pg_restore", databaseUrl, ["--no-owner", "--no-privileges", "--exit-on-error", file])
}

async function withClient<T>(databaseUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

async function serverVersion(databaseUrl: string) {
  return withClient(databaseUrl, async (client) => String((await client.query("show server_version")).rows[0].server_version))
}

/** How many tables the database's public schema holds: a restore goes only into an empty one. */
export function tablesIn(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => Number((await client.query("select count(*) from pg_tables where schemaname = 'public'")).rows[0].count))
}
