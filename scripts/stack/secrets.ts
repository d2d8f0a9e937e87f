import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"

export type DemoAccount = { role: "coordinator" | "producer" | "buyer"; email: string; password: string }

export type StackSecrets = {
  jwtSecret: string
  cookieSecret: string
  postgresPassword: string
  /** The bearer token of both servers' /metrics (Prometheus). */
  metricsToken: string
  accounts: DemoAccount[]
}

const DEMO_EMAILS: Array<Pick<DemoAccount, "role" | "email">> = [
  { role: "coordinator", email: "koordinator@pasardesa.test" },
  { role: "producer", email: "produsen1@pasardesa.test" },
  { role: "producer", email: "produsen2@pasardesa.test" },
  { role: "producer", email: "produsen3@pasardesa.test" },
  { role: "buyer", email: "pembeli@pasardesa.test" },
]

function randomSecret(bytes: number) {
  return randomBytes(bytes).toString("base64url")
}

export function secretsFile(dataDir: string) {
  return path.join(dataDir, "secrets.json")
}

/**
 * Secrets and demo passwords are generated on the first start and kept in the
 * data folder (ignored by git), so every later start signs and logs in the same way.
 */
export function loadOrCreateSecrets(dataDir: string): StackSecrets {
  const file = secretsFile(dataDir)
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, "utf8")) as Partial<StackSecrets>
    if (kept.metricsToken) return kept as StackSecrets
    // A data folder from before metrics: the same secrets, with a token added.
    const upgraded = { ...kept, metricsToken: randomSecret(24) } as StackSecrets
    writeFileSync(file, JSON.stringify(upgraded, null, 2), { mode: 0o600 })
    return upgraded
  }
  const secrets: StackSecrets = {
    jwtSecret: randomSecret(48),
    cookieSecret: randomSecret(48),
    postgresPassword: randomSecret(24),
    metricsToken: randomSecret(24),
    accounts: DEMO_EMAILS.map((account) => ({ ...account, password: randomSecret(12) })),
  }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
