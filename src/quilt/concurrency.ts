/**
 * Bounded concurrency: a weighted semaphore (requests in flight, bytes held in memory) and a
 * jittered retry for operations the SDK cannot retry by itself.
 */

import { availableParallelism } from 'node:os'

/**
 * Requests in flight to S3 by default: real S3 is latency-bound (tens of ms a request), so many
 * small files need many requests at once; bytes held in memory are capped separately.
 */
export const DEFAULT_CONCURRENCY = 32

/** Threads hashing local files by default: one per core (hashing is CPU-bound). */
export function defaultHashThreads(): number {
  return availableParallelism()
}

/** How much an operation runs at once, passed the same way to every operation. */
export interface Concurrency {
  /** S3 requests in flight (uploads, copies, reads of S3 objects to hash). */
  s3Requests: number
  /** Worker threads hashing local files. */
  hashThreads: number
}

/**
 * The `concurrency` input: S3 requests in flight at that number, hashing threads too but at most
 * one per core (more threads than cores only cost memory: 8 MiB each); else the defaults.
 */
export function resolveConcurrency(n?: number): Concurrency {
  const cores = defaultHashThreads()
  return { s3Requests: n ?? DEFAULT_CONCURRENCY, hashThreads: Math.min(n ?? cores, cores) }
}

/** A counting semaphore whose permits may be taken several at a time (e.g. bytes). */
export class Semaphore {
  private available: number
  private readonly waiters: { n: number; resolve: () => void }[] = []

  constructor(readonly capacity: number) {
    this.available = capacity
  }

  /** Take `n` permits (at most the capacity), waiting until they are free. */
  async acquire(n = 1): Promise<void> {
    if (this.tryAcquire(n)) return
    await new Promise<void>((resolve) =>
      this.waiters.push({ n: Math.min(n, this.capacity), resolve })
    )
  }

  /** Take `n` permits if they are free now (and nobody waits before): whether it did. */
  tryAcquire(n = 1): boolean {
    const want = Math.min(n, this.capacity)
    if (this.waiters.length === 0 && this.available >= want) {
      this.available -= want
      return true
    }
    return false
  }

  release(n = 1): void {
    this.available += Math.min(n, this.capacity)
    while (this.waiters.length > 0 && this.available >= this.waiters[0]!.n) {
      const w = this.waiters.shift()!
      this.available -= w.n
      w.resolve()
    }
  }

  async use<T>(n: number, fn: () => Promise<T>): Promise<T> {
    // Free permits are taken without a turn of the event loop.
    if (!this.tryAcquire(n)) await this.acquire(n)
    try {
      return await fn()
    } finally {
      this.release(n)
    }
  }
}

/**
 * Run `fn` over `items`, at most `limit` at once, taking items only as workers free up (no
 * promise per item is made ahead: memory stays flat however many items). The first failure
 * stops the taking of new items, is passed to `onFailure` (e.g. to abort requests in flight),
 * and is the one thrown once the items already started have settled: never an error caused by
 * the stop itself.
 */
export async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
  onFailure?: (e: unknown) => void
): Promise<void> {
  let next = 0
  let failed = false
  let firstError: unknown = undefined
  const worker = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const i = next++
      try {
        await fn(items[i]!, i)
      } catch (e) {
        if (!failed) {
          failed = true
          firstError = e
          onFailure?.(e)
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failed) throw firstError instanceof Error ? firstError : new Error(String(firstError))
}

/** Run `fn` over `items` with at most `limit` at once; results in order (see `forEachLimit`). */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const out = new Array<R>(items.length)
  await forEachLimit(items, limit, async (item, i) => {
    out[i] = await fn(item, i)
  })
  return out
}

export interface RetryOptions {
  attempts?: number
  baseMs?: number
  maxMs?: number
  /** Whether an error is worth another attempt. */
  retryable?: (e: unknown) => boolean
  onRetry?: (attempt: number, e: unknown, delayMs: number) => void
  sleep?: (ms: number) => Promise<void>
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Retry with full-jitter exponential backoff (`random * min(max, base * 2^n)`). */
export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  o: RetryOptions = {}
): Promise<T> {
  const attempts = o.attempts ?? 5
  const sleep = o.sleep ?? defaultSleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt)
    } catch (e) {
      if (attempt >= attempts || !(o.retryable ?? (() => true))(e)) throw e
      const delay =
        Math.random() * Math.min(o.maxMs ?? 10_000, (o.baseMs ?? 200) * 2 ** (attempt - 1))
      o.onRetry?.(attempt, e, delay)
      await sleep(delay)
    }
  }
}
