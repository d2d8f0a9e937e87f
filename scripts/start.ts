import { appendFileSync, mkdirSync } from "node:fs"
import path from "node:path"
import { scheduleDailyBackups } from "./backup/daily-backups.ts"
import { readStackConfig, StackError } from "./stack/config.ts"
import { startStack, stackFile } from "./stack/index.ts"

const started = Date.now()
const yesNo = (done: boolean) => (done ? "yes" : "no")
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

try {
  const config = readStackConfig()
  const stack = await startStack(config, (step) => console.log(`• ${step}…`), process.env.PASAR_VERBOSE === "1")
  const { info } = stack
  console.log(`
Pasar Desa is running (ready in ${elapsed()}; built: ${yesNo(stack.did.built)}, migrated: ${yesNo(stack.did.migrated)}, demo data loaded: ${yesNo(stack.did.seeded)}).

  Storefront   ${info.storefrontUrl}
  Admin        ${info.adminUrl}
  Store API    ${info.backendUrl}/store  (header x-publishable-api-key: ${info.publishableKey})
  Metrics      ${info.backendUrl}/metrics and ${info.storefrontUrl}/metrics  (header Authorization: Bearer <metricsToken in ${stackFile(config.dataDir)}>)

  Demo logins:
${info.accounts.map((account) => `    ${account.role.padEnd(12)} ${account.email}  ${account.password}`).join("\n")}

  Written to ${stackFile(config.dataDir)}. Logs in ${config.dataDir}/logs. Press Ctrl-C to stop.
`)
  const logsDir = path.join(config.dataDir, "logs")
  const stopBackups = scheduleDailyBackups(config, (line) => {
    console.log(`• ${line}`)
    mkdirSync(logsDir, { recursive: true })
    appendFileSync(path.join(logsDir, "backup.log"), `${new Date().toISOString()} ${line}\n`)
  })
  let stopping = false
  const shutdown = async () => {
    if (stopping) {
      return
    }
    stopping = true
    stopBackups()
    console.log("\nStopping Pasar Desa…")
    await stack.stop()
    console.log("Stopped.")
    process.exit(0)
  }
  stack.crashed.then(async (message) => {
    console.error(`✖ ${message}`)
    await stack.stop()
    process.exit(1)
  })
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
} catch (error) {
  if (error instanceof StackError) {
    console.error(`✖ ${error.message}`)
  } else {
    console.error("✖ Pasar Desa could not start:", error)
  }
  process.exit(1)
}
