import { describe, expect, it } from "vitest"
import { InvalidEnvironmentError, readBackendEnv } from "./env"

const strongSecret = "f".repeat(16) + "0123456789abcdef0123"
const base = { DATABASE_URL: "postgres://postgres@localhost:5432/pasar" }

function problemsOf(source: NodeJS.ProcessEnv) {
  try {
    readBackendEnv(source)
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      return error.problems
    }
    throw error
  }
  return []
}

describe("readBackendEnv", () => {
  it("names DATABASE_URL when it is missing", () => {
    expect(problemsOf({})).toEqual([expect.stringContaining("DATABASE_URL is required")])
  })

  it("refuses a default JWT secret in production, naming the variable", () => {
    const problems = problemsOf({ ...base, NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: strongSecret })
    expect(problems).toEqual([expect.stringMatching(/^JWT_SECRET is a well-known default/)])
  })

  it("refuses missing and short cookie secrets in production", () => {
    expect(problemsOf({ ...base, NODE_ENV: "production", JWT_SECRET: strongSecret })).toEqual([
      expect.stringMatching(/^COOKIE_SECRET is missing/),
    ])
    expect(problemsOf({ ...base, NODE_ENV: "production", JWT_SECRET: strongSecret, COOKIE_SECRET: "short" })).toEqual([
      expect.stringMatching(/^COOKIE_SECRET is too short/),
    ])
  })

  it("accepts strong secrets in production and turns on the Redis-backed settings only with REDIS_URL", () => {
    const env = readBackendEnv({ ...base, NODE_ENV: "production", JWT_SECRET: strongSecret, COOKIE_SECRET: strongSecret, REDIS_URL: "" })
    expect(env).toMatchObject({ JWT_SECRET: strongSecret, REDIS_URL: undefined, MEDUSA_WORKER_MODE: "shared" })
  })

  it("rejects an unknown worker mode", () => {
    expect(problemsOf({ ...base, MEDUSA_WORKER_MODE: "both" })).toEqual([expect.stringContaining("MEDUSA_WORKER_MODE")])
  })
})
