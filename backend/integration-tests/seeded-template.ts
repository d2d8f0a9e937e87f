import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { pacitanDay } from "../src/lib/time/pacitan-day"

/**
 * Seeding the demo catalogue (228 products through Medusa's workflows) took
 * most of a suite's start. The first suite to seed keeps a copy of its
 * freshly seeded database as a PostgreSQL template; later suites start on a
 * clone of it (a file copy, about a second) and their seeding finds
 * everything there. The template's name carries a hash of what shapes the
 * data (backend sources, the seed, the lockfile, and the day in Pacitan: the
 * seed's harvests are due so many days from it), so a change makes a new one.
 * Only with a PostgreSQL server of the tests' own (DB_HOST) and pg_dump on PATH;
 * otherwise every suite seeds as before.
 */

const REPO = path.resolve(import.meta.dirname, "../..")
const INPUTS = ["backend/src", "backend/medusa-config.ts", "seed/src", "seed/data", "package-lock.json"]
const PREFIX = "pasar_desa_seeded_"

function filesUnder(entry: string): string[] {
  const stats = statSync(entry, { throwIfNoEntry: false })
  if (!stats) return []
  if (!stats.isDirectory()) return [entry]
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

let templateName: string | undefined
function seededTemplateName() {
  if (!templateName) {
    const hash = createHash("sha256").update(pacitanDay())
    for (const file of INPUTS.flatMap((entry) => filesUnder(path.join(REPO, entry)))) {
      hash.update(path.relative(REPO, file))
      hash.update(readFileSync(file))
    }
    templateName = `${PREFIX}${hash.digest("hex").slice(0, 16)}`
  }
  return templateName
}

const usable = () => Boolean(process.env.DB_HOST)

function serverUrl(database = "postgres") {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST}:${process.env.DB_PORT ?? "5432"}/${database}`
}

async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const exists = (client: pg.Client, name: string) => client.query("select 1 from pg_database where datname = $1", [name]).then((result) => result.rowCount === 1)

/** The database this suite's Medusa starts on, when it may start seeded; set by the test runner. */
let suiteDatabase: string | undefined
/** Whether this suite's database began as a clone of the seeded template. */
let startedSeeded = false
/** While this suite seeds the template's data: the connection holding the builder's lock, which suites starting meanwhile wait on. */
let building: pg.Client | undefined

export const seededDatabaseStarted = () => startedSeeded

/**
 * How long a suite starting while another seeds waits for that one's template before seeding itself: longer
 * than the builder can take (its start, a seeding hook of at most 600 s, the copy), since a builder lets go of
 * its lock once its setup is over, kept or not, and two suites seeding at once on a busy machine both ran out of time.
 */
export const LONGEST_TEMPLATE_WAIT_MS = 600_000
const builderLock = () => `pasar-desa-seeding-${seededTemplateName()}`

/**
 * Before Medusa creates `database`: a clone of the seeded template, when there is one.
 * When there is none yet, the first suite to get here seeds it (holding the builder's lock until
 * keepSeededTemplate has kept it); suites starting meanwhile wait for that template instead of
 * seeding the same catalogue beside it, which took each a minute or more of the two cores.
 */
export async function startFromSeededTemplate(database: string) {
  suiteDatabase = database
  if (!usable()) return
  const clone = (client: pg.Client) => client.query(`create database "${database}" template "${seededTemplateName()}"`).then(() => true)
  const client = new pg.Client({ connectionString: serverUrl() })
  // A builder's connection stays open through its seeding: a dropped one only ends its lock.
  client.on("error", () => {})
  let keepOpen = false
  try {
    await client.connect()
    const deadline = Date.now() + LONGEST_TEMPLATE_WAIT_MS
    for (;;) {
      if (await exists(client, seededTemplateName())) return (startedSeeded = await clone(client))
      const { rows } = await client.query("select pg_try_advisory_lock(hashtext($1)) as mine", [builderLock()])
      if (rows[0].mine) {
        // The template may have been kept between the look and the lock.
        if (await exists(client, seededTemplateName())) return (startedSeeded = await clone(client))
        building = client
        keepOpen = true
        return
      }
      if (Date.now() > deadline) return
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  } catch {
    startedSeeded = false
  } finally {
    if (!keepOpen) await client.end().catch(() => {})
  }
}

/** Lets the suites waiting for the template go on (they clone it, or, when this suite kept none, one of them seeds). */
export async function stopBuildingTemplate() {
  const client = building
  building = undefined
  await client?.end().catch(() => {})
}

function run(command: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, PGPASSWORD: process.env.DB_PASSWORD ?? "" } })
    let stderr = ""
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.slice(0, 500)}`))))
  })
}

/**
 * Right after a suite seeded its own database: keep it as the template, once
 * (an advisory lock makes a second suite seeding at the same moment wait, then skip).
 * pg_dump reads a consistent snapshot while Medusa keeps running on the database.
 */
export async function keepSeededTemplate() {
  if (!usable() || startedSeeded || !suiteDatabase) return
  const template = seededTemplateName()
  const connection = ["-h", process.env.DB_HOST!, "-p", process.env.DB_PORT ?? "5432", "-U", process.env.DB_USERNAME ?? "postgres"]
  await withServer(async (client) => {
    await client.query("select pg_advisory_lock(hashtext('pasar-desa-seeded-template'))")
    try {
      if (await exists(client, template)) return
      const building = `${template}_building`
      await client.query(`drop database if exists "${building}"`)
      await client.query(`create database "${building}"`)
      const dump = path.join(process.env.TMPDIR ?? "/tmp", `${building}-${process.pid}.dump`)
      await run("pg_dump", [...connection, "-Fc", "-f", dump, suiteDatabase!])
      try {
        await run("pg_restore", [...connection, "--no-owner", "-d", building, dump])
      } finally {
        rmSync(dump, { force: true })
      }
      // Templates of older sources are of no use any more.
      const { rows } = await client.query("select datname from pg_database where datname like $1 and datname <> $2", [`${PREFIX}%`, building])
      for (const row of rows) await client.query(`drop database if exists "${row.datname}" with (force)`)
      await client.query(`alter database "${building}" rename to "${template}"`)
    } finally {
      await client.query("select pg_advisory_unlock(hashtext('pasar-desa-seeded-template'))")
    }
  })
    .catch((error) => console.warn(`[seeded template] not kept: ${String(error)}`))
    .finally(stopBuildingTemplate)
}
