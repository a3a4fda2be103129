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
import { FileChangedError } from '../errors.js'
import {
  checkFilesUnchanged,
  identityDifference,
  sourceError,
  type FileIdentity
} from '../sources/file.js'
import {
  hashRequestHandler,
  workerSource,
  type FileFailure,
  type HashRequest,
  type HashResponse,
  type SmallFile
} from './worker.js'

/** A file to hash: where it is and the size recorded for it. */
export interface FileToHash {
  path: string
  size: number
  /** An open descriptor of `path` to read through (large files only; not closed here). */
  fd?: number
  /**
   * What the listing saw of the file: when given, the file is checked to still be that file
   * (same inode, size and modification time) once it is read, and its hash refused otherwise
   * (FileChangedError naming it).
   */
  identity?: FileIdentity
}

export interface HashPoolOptions {
  /** Worker threads (default: the number of cores). */
  workers?: number
  /** Called with the bytes hashed, and the files finished, since the last call. */
  onBytes?: (bytes: number, files: number) => void
  /**
   * Start threads only as the work waiting calls for them (default: one per request until
   * `workers`): one worker first, another only while more than `SPAWN_BACKLOG` of work waits;
   * and the calling thread, waiting in `hashFiles`, hashes batches of small files too. A few
   * thousand small files then cost no second thread start (~40 ms of CPU each).
   */
  adaptive?: boolean
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

/** What opening, checking and closing one file costs, counted as bytes hashed. */
const FILE_COST = 8 * 1024
/** The largest request (in bytes, see FILE_COST) the calling thread of an adaptive pool hashes. */
const HELP_COST = BATCH_FILES * FILE_COST + MiB

/** Adaptive pools start another worker while more than this much work (in bytes) waits. */
const SPAWN_BACKLOG = 256 * MiB

/** The work of a request, in bytes hashed (see FILE_COST). */
function requestCost(req: HashRequest): number {
  if (req.kind === 'files') {
    let n = 0
    for (const f of req.files) n += f.size + FILE_COST
    return n
  }
  return (req.kind === 'part' ? req.length : req.size) + FILE_COST
}

interface Queued {
  req: HashRequest
  pending: Pending
  cost: number
}

/**
 * A pool of hashing threads. `hashFiles` hashes many files at once with every worker busy;
 * `close()` ends the threads (always call it, e.g. in `finally`).
 */
export class HashPool {
  private readonly workers: Worker[] = []
  private queue: (Queued | undefined)[] = []
  private queueHead = 0
  /** The cost of the requests queued, not yet sent to a worker. */
  private backlog = 0
  private readonly inflight = new Map<Worker, Map<number, Pending>>()
  private nextId = 1
  private closed = false
  private inline: ((msg: HashRequest) => HashResponse) | undefined
  private readonly size: number
  private readonly onBytes: ((bytes: number, files: number) => void) | undefined
  private readonly adaptive: boolean

  constructor(options: HashPoolOptions = {}) {
    this.size = Math.max(1, options.workers ?? defaultHashThreads())
    this.onBytes = options.onBytes
    this.adaptive = options.adaptive ?? false
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
      const { req, pending, cost } = this.queue[this.queueHead]!
      this.queue[this.queueHead++] = undefined
      this.backlog -= cost
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
    const cost = requestCost(full)
    const promise = new Promise<HashResponse>((resolve, reject) => {
      this.queue.push({ req: full, pending: { resolve, reject }, cost })
    })
    this.backlog += cost
    for (const w of this.workers) this.feed(w)
    if (
      this.workers.length < this.size &&
      (!this.adaptive || this.workers.length === 0 || this.backlog > SPAWN_BACKLOG)
    ) {
      this.feed(this.spawn())
    }
    return promise
  }

  /**
   * While small-file batches wait in the queue, hash them on this thread (an adaptive pool of
   * more than one thread): the last ones first, the workers take theirs from the front.
   */
  private async helpWhileWaiting(): Promise<void> {
    if (!this.adaptive || this.size < 2) return
    for (;;) {
      const last = this.queue.length - 1
      const item = last >= this.queueHead ? this.queue[last] : undefined
      // Batches of small files only: a large file read here would keep the workers' answers
      // (and their next requests) waiting.
      if (item === undefined || item.req.kind !== 'files' || item.cost > HELP_COST) return
      if (this.closed) return
      this.queue.pop()
      this.backlog -= item.cost
      this.inline ??= hashRequestHandler(crc64nvmeKernel)
      item.pending.resolve(this.inline(item.req))
      // Let the workers' answers in (and feed them) between batches.
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
  }

  /**
   * The hash values (of `type`, default `sha2-256-chunked`) of `files`, in order. A file that
   * cannot be read, or whose size is no longer the one given, or that is no longer what the
   * listing saw (`identity`), rejects with a message naming it.
   */
  async hashFiles(
    files: readonly FileToHash[],
    type: HashType = SHA256_CHUNKED
  ): Promise<string[]> {
    if (this.workers.length === 0 && isSmallJob(files)) return this.hashHere(files, type)
    const out = new Array<string>(files.length)
    const jobs: Promise<void>[] = []
    let batch: SmallFile[] = []
    let indexes: number[] = []
    let batchBytes = 0
    const flush = (): void => {
      if (batch.length === 0) return
      const items = batch
      const at = indexes
      const bytes = batchBytes
      batch = []
      indexes = []
      batchBytes = 0
      jobs.push(
        this.request({ kind: 'files', type, files: items }).then((res) => {
          const values = smallValues(res, items)
          for (let i = 0; i < values.length; i++) out[at[i]!] = values[i]!
          this.onBytes?.(bytes, items.length)
        })
      )
    }
    for (let index = 0; index < files.length; index++) {
      const file = files[index]!
      const chunk = chunkSize(file.size)
      if (file.size <= chunk && file.size <= MULTIPART_THRESHOLD) {
        batch.push(smallFile(file))
        indexes.push(index)
        batchBytes += file.size
        if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) flush()
      } else {
        jobs.push(
          this.hashFile(file, type).then((v) => {
            out[index] = v
          })
        )
      }
    }
    flush()
    // Every job's failure is handled before this thread helps (a job may fail meanwhile, and
    // a rejection nothing awaits yet would end the process).
    const all = settleAll(jobs)
    all.catch(() => undefined)
    await this.helpWhileWaiting()
    await all
    return out
  }

  /** A small job on the main thread: starting worker threads would cost more than it saves. */
  private hashHere(files: readonly FileToHash[], type: HashType): string[] {
    this.inline ??= hashRequestHandler(crc64nvmeKernel)
    const items = files.map(smallFile)
    const out = smallValues(this.inline({ id: 0, kind: 'files', type, files: items }), items)
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
    // Read whole: still the file the listing saw.
    if (file.identity) checkFilesUnchanged([{ path: file.path, identity: file.identity }])
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
      item?.pending.reject(new Error('hash pool closed'))
    this.queue = []
    // Requests a worker was given: their answers will not come.
    for (const pending of this.inflight.values()) {
      for (const p of pending.values()) p.reject(new Error('hash pool closed'))
      pending.clear()
    }
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}

/** What a worker is sent of a small file. */
function smallFile(f: FileToHash): SmallFile {
  return f.identity
    ? { path: f.path, size: f.size, ino: f.identity.ino, mtimeMs: f.identity.mtimeMs }
    : { path: f.path, size: f.size }
}

/** The hashes of a `files` answer, or the error of its first failure, naming the file. */
function smallValues(res: HashResponse, items: readonly SmallFile[]): string[] {
  if (res.error !== undefined) throw new Error(res.error)
  const failure = res.failures?.[0]
  if (failure !== undefined) throw failureError(failure, items[failure.index]!)
  return res.values!
}

/** A worker's failure to hash `file` as the user should read it. */
function failureError(f: FileFailure, file: SmallFile): Error {
  if (f.now !== undefined) {
    const was = { ino: file.ino!, size: file.size, mtimeMs: file.mtimeMs! }
    return new FileChangedError(file.path, identityDifference(was, f.now) ?? 'it changed')
  }
  if (f.changed !== undefined) {
    // Without the listing's view: the worker's words, as before.
    return file.ino === undefined
      ? new Error(
          `File ${file.path} changed while it was being hashed (expected ${file.size} bytes)`
        )
      : new FileChangedError(file.path, f.changed)
  }
  if (f.code !== undefined) {
    return sourceError(file.path, Object.assign(new Error(f.error), { code: f.code }))
  }
  return new Error(f.error)
}

/** Like Promise.all, but waits for every promise before rejecting with the first error. */
async function settleAll<T>(promises: Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(promises)
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (failed)
    throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason))
  return results.map((r) => (r as PromiseFulfilledResult<T>).value)
}
