const REPEAT_MS = 60_000
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN"])
let installed = false

/**
 * When Redis stops, each of Medusa's Redis clients (event bus and workflow
 * queues through BullMQ, locks, sessions) prints its connection error with a
 * stack trace on every reconnect attempt: hundreds of lines a minute that bury
 * the cause. Those errors are collapsed into one line naming Redis, repeated at
 * most once a minute while it stays down; everything else is printed as before.
 */
export function collapseRedisConnectionErrors(redisUrl: string) {
  if (installed) return
  installed = true
  const { hostname, port } = new URL(redisUrl)
  const where = `${hostname}:${port || "6379"}`
  const print = console.error.bind(console)
  let lastLine = 0
  // The error names the address it dialled (127.0.0.1 for "localhost"): match on the port.
  const text = (args: unknown[]) =>
    args.map((arg) => (arg instanceof Error ? `${(arg as Error & { code?: string }).code ?? ""} ${arg.message}` : String(arg))).join(" ")
  const isRedisConnectionError = (args: unknown[]) => {
    const line = text(args)
    const fromRedisClient = args.some((arg) => arg instanceof Error) || line.startsWith("[ioredis] Unhandled error event")
    return fromRedisClient && new RegExp(`\\b(${[...CONNECTION_CODES].join("|")})\\b`).test(line) && line.includes(`:${port || "6379"}`)
  }
  console.error = (...args: unknown[]) => {
    if (!isRedisConnectionError(args)) {
      print(...args)
      return
    }
    if (Date.now() - lastLine < REPEAT_MS) return
    lastLine = Date.now()
    const code = text(args).match(new RegExp(`\\b(${[...CONNECTION_CODES].join("|")})\\b`))?.[1]
    print(
      `[redis] Redis at ${where} is unreachable (${code}): Medusa keeps reconnecting; GET /health/ready answers 503 until it is back. (Repeats at most once a minute.)`
    )
  }
}
