import { spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import path from "node:path"

const BACKEND_DIR = path.resolve(import.meta.dirname, "..")
const medusaCli = createRequire(path.join(BACKEND_DIR, "package.json")).resolve("@medusajs/cli/cli.js")

function startInProduction(secrets: Record<string, string>) {
  return spawnSync(process.execPath, [medusaCli, "start", "--port", "0"], {
    cwd: BACKEND_DIR,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      DATABASE_URL: "postgres://postgres@localhost:5432/not-used",
      ...secrets,
    },
    encoding: "utf8",
    timeout: 60_000,
  })
}

describe("the backend in production", () => {
  it("refuses to start with the default JWT secret and names JWT_SECRET", () => {
    const result = startInProduction({ JWT_SECRET: "supersecret", COOKIE_SECRET: "c".repeat(40) })
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/JWT_SECRET is a well-known default/)
  })

  it("refuses to start without a cookie secret and names COOKIE_SECRET", () => {
    const result = startInProduction({ JWT_SECRET: "j".repeat(40) })
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/COOKIE_SECRET is missing/)
  })
})
