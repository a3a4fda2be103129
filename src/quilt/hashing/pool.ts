/**
 * The one place that hashes file contents (the arithmetic is format/hash.ts).
 *
 * Local files are hashed by a pool of worker threads (one per core by default): small files go in
 * batches, large files are cut into their quilt parts and the parts are hashed in parallel, each
 * read with positional reads into one fixed buffer per worker. Memory stays bounded (8 MiB per
 * worker) whatever the file sizes, and the main thread stays free to walk and schedule.
 */
import { createHash } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import { defaultHashThreads } from '../concurrency.js'
import {
  chunkSize,
  combineParts,
  MiB,
  MULTIPART_THRESHOLD,
  SHA256_CHUNKED,
  type HashType,
  type PartDigest
} from '../format/hash.js'
import { crc64nvmeKernel } from '../format/crc64.js'
import { hashRequestHandler, workerSource, type HashRequest, type HashResponse } from './worker.js'

/** A file to hash: where it is and the size recorded for it. */
export interface FileToHash {
  path: string
  size: number
  /** An open descriptor of `path` to read through (large files only; not closed here). */
  fd?: number
}

export interface HashPoolOptions {
  /** Worker threads (default: the number of cores). */
  workers?: number
  /** Called with the bytes hashed, and the files finished, since the last call. */
  onBytes?: (bytes: number, files: number) => void
}

interface Pending {
  resolve: (r: HashResponse) => void
  reject: (e: Error) => void
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

/** Jobs this small are hashed on the main thread (files no larger than one part). */
function isSmallJob(files: readonly FileToHash[]): boolean {
  let bytes = 0
  for (const f of files) {
    if (f.size > MULTIPART_THRESHOLD) return false
    bytes += f.size
  }
  return files.length <= 256 && bytes <= 16 * MiB
}

/** Batch small files up to this many bytes or files per worker request. */
const BATCH_BYTES = 4 * MiB
const BATCH_FILES = 256

/**
 * A pool of hashing threads. `hashFiles` hashes many files at once with every worker busy;
 * `close()` ends the threads (always call it, e.g. in `finally`).
 */
export class HashPool {
  private readonly workers: Worker[] = []
  private queue: { req: HashRequest; pending: Pending }[] = []
  private queueHead = 0
  private readonly inflight = new Map<Worker, Map<number, Pending>>()
  private nextId = 1
  private closed = false
  private inline: ((msg: HashRequest) => HashResponse) | undefined
  private readonly size: number
  private readonly onBytes: ((bytes: number, files: number) => void) | undefined

  constructor(options: HashPoolOptions = {}) {
    this.size = Math.max(1, options.workers ?? defaultHashThreads())
    this.onBytes = options.onBytes
  }

  private spawn(): Worker {
    const w = new Worker(workerSource(), { eval: true })
    this.inflight.set(w, new Map())
    w.on('message', (res: HashResponse) => {
      const pending = this.inflight.get(w)!.get(res.id)
      this.inflight.get(w)!.delete(res.id)
      this.feed(w)
      pending?.resolve(res)
    })
    w.on('error', (e) => this.fail(w, e))
    w.on('exit', (code) => {
      if (!this.closed) this.fail(w, new Error(`hash worker exited with code ${code}`))
    })
    this.workers.push(w)
    return w
  }

  private fail(w: Worker, e: Error): void {
    for (const p of this.inflight.get(w)?.values() ?? []) p.reject(e)
    this.inflight.get(w)?.clear()
  }

  /** Keep up to two requests in flight per worker so it never waits for the main thread. */
  private feed(w: Worker): void {
    const mine = this.inflight.get(w)!
    while (mine.size < 2 && this.queueHead < this.queue.length) {
      const { req, pending } = this.queue[this.queueHead]!
      this.queue[this.queueHead++] = undefined as never
      mine.set(req.id, pending)
      w.postMessage(req)
    }
    if (this.queueHead === this.queue.length) {
      this.queue = []
      this.queueHead = 0
    }
  }

  private request(req: WithoutId<HashRequest>): Promise<HashResponse> {
    if (this.closed) return Promise.reject(new Error('hash pool is closed'))
    const full: HashRequest = { ...req, id: this.nextId++ }
    const promise = new Promise<HashResponse>((resolve, reject) => {
      this.queue.push({ req: full, pending: { resolve, reject } })
    })
    if (this.workers.length < this.size) this.spawn()
    for (const w of this.workers) this.feed(w)
    return promise
  }

  /**
   * The hash values (of `type`, default `sha2-256-chunked`) of `files`, in order. A file that
   * cannot be read, or whose size is no longer the one given, rejects with a message naming it.
   */
  async hashFiles(
    files: readonly FileToHash[],
    type: HashType = SHA256_CHUNKED
  ): Promise<string[]> {
    if (this.workers.length === 0 && isSmallJob(files)) return this.hashHere(files, type)
    const out = new Array<string>(files.length)
    const jobs: Promise<void>[] = []
    let batch: { index: number; file: FileToHash }[] = []
    let batchBytes = 0
    const flush = (): void => {
      if (batch.length === 0) return
      const items = batch
      batch = []
      batchBytes = 0
      jobs.push(
        this.request({ kind: 'files', type, files: items.map((b) => b.file) }).then((res) => {
          if (res.error !== undefined) throw new Error(res.error)
          res.results!.forEach((r, i) => {
            if (r.error !== undefined) throw new Error(r.error)
            out[items[i]!.index] = r.value
          })
          this.onBytes?.(
            items.reduce((n, b) => n + b.file.size, 0),
            items.length
          )
        })
      )
    }
    files.forEach((file, index) => {
      const chunk = chunkSize(file.size)
      if (file.size <= chunk && file.size <= MULTIPART_THRESHOLD) {
        batch.push({ index, file })
        batchBytes += file.size
        if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) flush()
      } else {
        jobs.push(
          this.hashFile(file, type).then((v) => {
            out[index] = v
          })
        )
      }
    })
    flush()
    await settleAll(jobs)
    return out
  }

  /** A small job on the main thread: starting worker threads would cost more than it saves. */
  private hashHere(files: readonly FileToHash[], type: HashType): string[] {
    this.inline ??= hashRequestHandler(crc64nvmeKernel)
    const res = this.inline({
      id: 0,
      kind: 'files',
      type,
      files: files.map((f) => ({ path: f.path, size: f.size }))
    })
    if (res.error !== undefined) throw new Error(res.error)
    const out = res.results!.map((r) => {
      if (r.error !== undefined) throw new Error(r.error)
      return r.value
    })
    this.onBytes?.(
      files.reduce((n, f) => n + f.size, 0),
      files.length
    )
    return out
  }

  /** The digests of a file's quilt parts, each hashed by a worker. */
  private async partDigests(
    file: FileToHash,
    algorithm: 'sha256' | 'md5' | 'crc64nvme',
    report: boolean
  ): Promise<PartDigest[]> {
    const chunk = chunkSize(file.size)
    const n = Math.ceil(file.size / chunk)
    const parts: Promise<PartDigest>[] = []
    for (let i = 0; i < n; i++) {
      const offset = i * chunk
      const length = Math.min(chunk, file.size - offset)
      parts.push(
        this.request({
          kind: 'part',
          path: file.path,
          fd: file.fd,
          algorithm,
          offset,
          length,
          last: i === n - 1
        }).then((res) => {
          if (res.error !== undefined) throw new Error(res.error)
          if (report) this.onBytes?.(length, 0)
          return { digest: res.digest!, size: length }
        })
      )
    }
    return settleAll(parts)
  }

  /**
   * The hash value (of `type`, default `sha2-256-chunked`) of one file, its parts hashed in
   * parallel by the workers, read through `file.fd` when given.
   */
  async hashFile(file: FileToHash, type: HashType = SHA256_CHUNKED): Promise<string> {
    const algorithm = type === SHA256_CHUNKED ? 'sha256' : 'crc64nvme'
    const value = combineParts(type, await this.partDigests(file, algorithm, true))
    this.onBytes?.(0, 1)
    return value
  }

  /**
   * The ETag S3 gives the file uploaded with quilt's part sizes (quilt3 `_calculate_etag`): the
   * MD5 of the file below 8 MiB, else the MD5 of the parts' MD5s and `-N`; quoted.
   */
  async s3Etag(file: FileToHash): Promise<string> {
    const digests = file.size === 0 ? [] : await this.partDigests(file, 'md5', false)
    if (file.size < MULTIPART_THRESHOLD) {
      return `"${Buffer.from(digests[0]?.digest ?? createHash('md5').digest()).toString('hex')}"`
    }
    const md5 = createHash('md5')
    for (const d of digests) md5.update(d.digest)
    return `"${md5.digest('hex')}-${digests.length}"`
  }

  /** Legacy `SHA256` of a file (hex), for verifying old manifests. */
  async legacySha256File(file: FileToHash): Promise<string> {
    const res = await this.request({ kind: 'sha256', path: file.path, size: file.size })
    if (res.error !== undefined) throw new Error(res.error)
    this.onBytes?.(file.size, 1)
    return res.hex!
  }

  async close(): Promise<void> {
    this.closed = true
    for (const item of this.queue.slice(this.queueHead))
      item.pending.reject(new Error('hash pool closed'))
    this.queue = []
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

/** Like Promise.all, but waits for every promise before rejecting with the first error. */
async function settleAll<T>(promises: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(promises)
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (failed)
    throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason))
  return results.map((r) => (r as PromiseFulfilledResult<T>).value)
}
