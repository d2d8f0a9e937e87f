import Redis from "ioredis"

/** Medusa's Redis event bus keeps its jobs as BullMQ does, under its class name and queue name. */
const QUEUE = "RedisEventBusService:events-queue"

/**
 * Reads how many events wait in the Redis event bus, for the metrics: jobs
 * waiting, prioritised and delayed. One connection, made on the first read;
 * undefined when Redis does not answer (the metric is then left out).
 */
export function eventBusBacklogReader(redisUrl: string) {
  let redis: Redis | undefined
  return async (): Promise<number | undefined> => {
    redis ??= new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    try {
      if (redis.status === "wait") await redis.connect()
      const [waiting, prioritized, delayed] = await Promise.all([
        redis.llen(`${QUEUE}:wait`),
        redis.zcard(`${QUEUE}:prioritized`),
        redis.zcard(`${QUEUE}:delayed`),
      ])
      return waiting + prioritized + delayed
    } catch {
      return undefined
    }
  }
}
