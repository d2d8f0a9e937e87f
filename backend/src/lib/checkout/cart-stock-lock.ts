import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Our stock and pre-order checks run in the completion's validate hook, before
 * Medusa reserves anything, so carts completed at once would all see the same
 * units (or forecast) left: every one of them would then build an order, and
 * Medusa's reservation would refuse all but a few, in English, or time out on
 * its own lock under load (a 500). Completions therefore take a lock per
 * product of the cart first, check under it, and keep it until their
 * reservations exist (the completion's orderCreated hook) or the completion
 * has failed (the validate hook's compensation). Completions of carts that
 * share no product still run side by side. With REDIS_URL the locks are shared
 * by every backend process; without it they are the process's own, like
 * Medusa's in-memory locks.
 */

/** Longer than a completion takes even on a busy machine; a crashed process frees its locks after this. */
const LOCK_EXPIRE_SECONDS = 120
/** How long a buyer waits behind other completions of the same products before being told to retry. */
const LOCK_WAIT_MS = 60_000

const lockKey = (productId: string) => `checkout-stock:${productId}`
/** One completion of a cart at a time (Medusa locks the cart), so the cart names the owner. */
const lockOwner = (cartId: string) => `checkout:${cartId}`

/** Waits for one key; gives it back if it arrives after the buyer was turned away. */
async function acquireOne(container: MedusaContainer, key: string, ownerId: string) {
  const locking = container.resolve(Modules.LOCKING)
  // Both providers (in-memory, Redis) queue on awaitQueue, as Medusa's own execute() does; the module's type leaves it out.
  const acquisition = locking.acquire(key, { ownerId, expire: LOCK_EXPIRE_SECONDS, awaitQueue: true } as Parameters<typeof locking.acquire>[1])
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), LOCK_WAIT_MS)
  })
  try {
    await Promise.race([acquisition, timeout])
  } catch (error) {
    void acquisition.then(
      () => locking.release(key, { ownerId }),
      () => undefined
    )
    throw error
  } finally {
    clearTimeout(timer)
  }
}

export const STOCK_BUSY_CODE = "stock_busy"
export const STOCK_BUSY_MESSAGE =
  "Banyak pembeli sedang membeli barang yang sama, silakan coba lagi sebentar lagi / many buyers are buying the same items right now, please try again"

/**
 * Locks the products of a cart being completed, one key at a time in sorted
 * order so that two carts never hold each other's keys. Returns the keys held.
 */
export async function lockCartStock(container: MedusaContainer, cartId: string, productIds: string[]): Promise<string[]> {
  const keys = [...new Set(productIds)].map(lockKey).sort()
  const ownerId = lockOwner(cartId)
  const held: string[] = []
  try {
    for (const key of keys) {
      await acquireOne(container, key, ownerId)
      held.push(key)
    }
  } catch {
    await releaseCartStock(container, cartId, held)
    // Nothing was done and trying again shortly is right: a conflict (409 with Retry-After), not a refusal.
    throw new MedusaError(MedusaError.Types.CONFLICT, STOCK_BUSY_MESSAGE, STOCK_BUSY_CODE)
  }
  return held
}

/** Gives back keys this cart's completion holds; keys held by someone else are left alone. */
export async function releaseCartStock(container: MedusaContainer, cartId: string, keys: string[]) {
  if (keys.length) await container.resolve(Modules.LOCKING).release(keys, { ownerId: lockOwner(cartId) })
}

/** After the order exists: the keys of every product of the cart. */
export async function releaseCompletedCartStock(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["items.product_id"], filters: { id: cartId } })
  const productIds = (data[0]?.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : []))
  await releaseCartStock(container, cartId, [...new Set(productIds)].map(lockKey))
}
