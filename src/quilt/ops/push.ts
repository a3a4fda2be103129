/**
 * `push` (spec §9): copy a package's data to `dest` in the registry bucket, then write its
 * manifest, its timestamp pointer and `latest`, in that order, so that no pointer ever names a
 * manifest whose data is incomplete.
 *
 * Nothing is uploaded twice: an entry equal (key, size, hash) to the parent revision's reuses
 * the parent's versioned object with no request at all; a destination key that already holds the
 * same bytes (HEAD with checksum mode, or its ETag where the store keeps no checksum) is reused;
 * everything else is uploaded (local files) or copied server side (objects in other buckets).
 * Objects already in the registry bucket keep their place, as with quilt3's default selector.
 *
 * Files are taken a few at a time (no work queued per file ahead: memory stays flat), each open
 * once: hashed and uploaded through the same descriptor, and checked unchanged (size, mtime,
 * inode) before S3 makes its bytes an object, and once more before the commit. The first
 * failure stops the rest and is the one reported, with the file it concerns.
 *
 * The parent is `latest` as read at the start. Just before the pointers are written it is read
 * again: if it moved, the push fails with a conflict (unless `force`); `latest` itself is then
 * moved with a compare-and-swap (see `commitRevision`).
 */
import { createHash } from 'node:crypto'
import { forEachLimit, resolveConcurrency, type Concurrency } from '../concurrency.js'
import { ConflictError, EntryError, QuiltError } from '../errors.js'
import { HashPool } from '../hashing/pool.js'
import {
  HASH_TYPES,
  hashBytes,
  MiB,
  MULTIPART_THRESHOLD,
  SHA256_CHUNKED,
  type HashType
} from '../format/hash.js'
import { checksumHints, S3Hasher } from '../hashing/s3-objects.js'
import { S3_PERMISSIONS } from '../s3/errors.js'
import { HeapKeeper } from '../memory.js'
import { type PyValue } from '../py/json.js'
import {
  setNewHash,
  maxRecordSizeFromEnv,
  readHash,
  type Entry,
  type Package
} from '../format/manifest.js'
import { computeMissingHashes } from '../hashing/missing.js'
import { type PhysicalKey, validatePackageName } from '../format/names.js'
import { commitRevision, type LatestState } from '../registry/registry.js'
import { type S3Registry } from '../registry/s3.js'
import { checkFilesUnchanged, SourceFile, type FileIdentity } from '../sources/file.js'
import { type Source } from '../sources/local.js'
import { type Progress } from './build.js'
import { Placement, resolveDest } from './placement.js'
import {
  prepareRevision,
  readParent,
  type PackageRequest,
  type Parent,
  type PreparedRevision
} from './prepare.js'
import { Transfer } from '../s3/transfer.js'

export { ConflictError }

export interface PushRequest {
  name: string
  source: Source
  registry: S3Registry
  /** `s3://bucket/prefix` in the registry bucket; default `s3://<bucket>/<name>`. */
  dest?: string
  message: string | null
  /** Package metadata; undefined writes `"user_meta": null` like `set_dir`. */
  userMeta?: PyValue
  force?: boolean
  dedupe?: boolean
  /** The registry's workflows and which one (spec §11); absent: no check. */
  workflow?: PackageRequest['workflow']
  /** Compute the top hash and the diff against latest; upload and write nothing. */
  dryRun?: boolean
  /** The hash new entries get (default `sha2-256-chunked`, as quilt3). */
  hashType?: HashType
}

export interface PushProgress extends Progress {
  phase: 'hashing' | 'uploading'
}

export interface PushOptions {
  /** S3 requests in flight and hashing threads (default: resolveConcurrency()). */
  concurrency?: Concurrency
  onProgress?: (p: PushProgress) => void
  onWarning?: (message: string) => void
  onInfo?: (message: string) => void
  now?: Date
  maxRecordSize?: number
}

export interface PushResult {
  topHash: string
  /** The timestamp pointer written; null when nothing was written (dedupe). */
  revision: string | null
  /** Whether the top hash differs from `latest` before the push. */
  changed: boolean
  /** Whether anything was written (false for a dedupe skip). */
  written: boolean
  previousTopHash: string | null
  /** The parent revision, when its manifest could be read (for a diff). */
  previous: Package | null
  files: number
  bytes: number
  uploadedBytes: number
  /** Entries whose data was uploaded or copied. */
  transferred: number
  /** Entries that reused an object already in S3. */
  reused: number
  versioned: boolean
  package: Package
}

/** Copy the package's data to its destination, then write its manifest and its pointers. */
export async function push(req: PushRequest, options: PushOptions = {}): Promise<PushResult> {
  validatePackageName(req.name)
  const root = resolveDest(req.registry.bucket, req.name, req.dest)
  const maxRecordSize = options.maxRecordSize ?? maxRecordSizeFromEnv()
  const prepared = await prepareRevision(req, maxRecordSize)
  // The parent: latest as read now.
  const parent = await readParent(req.registry, req.name, options.onWarning)
  const counters = new PushCounters(options.onProgress)
  // Every entry hashed and its data at the destination (a dry run only hashes).
  await placeData({ req, options, root, prepared, parent, counters })

  const { pkg, entries } = prepared
  const topHash = pkg.topHash(entries)
  const start = parent.latest
  const base = summarize(prepared, parent, counters, topHash)
  // A dry run stops here: the top hash and the diff are known, the manifest could be made
  // (a record over the size limit fails it as it fails the push), nothing was written.
  if (req.dryRun) {
    pkg.toManifest({ entries, withDirMeta: false, maxRecordSize })
    return { ...base, revision: null, written: false }
  }
  if (req.dedupe && (await isStillLatest(req, topHash, start, options))) {
    return { ...base, revision: null, written: false }
  }
  // The files are still what was read: the package records what is in S3 and on disk. Their
  // records are not needed after that: let them go before the manifest is made.
  checkFilesUnchanged(prepared.localFiles.values())
  prepared.localFiles.clear()
  const manifest = pkg.toManifest({ entries, withDirMeta: false, maxRecordSize })
  const before = await checkNoConflict(req, start)
  // The manifest, a timestamp pointer, then latest by compare-and-swap.
  const revision = await commitRevision(req.registry, {
    name: req.name,
    topHash,
    manifest,
    parent: before,
    force: req.force,
    operation: 'push',
    now: options.now
  })
  return { ...base, revision, written: true }
}

/** The result of a push but for what was written. */
function summarize(
  prepared: PreparedRevision,
  parent: Parent,
  counters: PushCounters,
  topHash: string
): Omit<PushResult, 'revision' | 'written'> {
  return {
    topHash,
    previousTopHash: parent.latest.topHash,
    previous: parent.previous,
    changed: topHash !== parent.latest.topHash,
    files: prepared.entries.length,
    bytes: prepared.bytes,
    uploadedBytes: counters.uploadedBytes,
    transferred: counters.transferred,
    reused: counters.reused,
    versioned: counters.versioned,
    package: prepared.pkg
  }
}

/** How far each phase is, and what was moved or reused, reported as they advance. */
class PushCounters {
  /** The two phases; their totals are set when each phase knows its work. */
  readonly hashing: PushProgress = newPhase('hashing')
  readonly sending: PushProgress = newPhase('uploading')
  uploadedBytes = 0
  /** Entries whose data was uploaded or copied. */
  transferred = 0
  /** Entries that reused an object already in S3. */
  reused = 0
  /** False once an object was written without a versionId. */
  versioned = true

  constructor(private readonly onProgress?: (p: PushProgress) => void) {}

  /** A phase is to process these entries. */
  expect(phase: PushProgress, entries: readonly Entry[]): void {
    phase.filesTotal = entries.length
    phase.bytesTotal = entries.reduce((n, e) => n + e.size, 0)
  }

  readonly hashed = (bytes: number, files: number): void => this.advance(this.hashing, bytes, files)
  readonly sent = (bytes: number, files: number): void => this.advance(this.sending, bytes, files)

  /** An entry reused an object already at its destination. */
  countReused(e: Entry): void {
    this.reused++
    this.sent(e.size, 1)
  }

  /** An entry's data was uploaded or copied to `physicalKey`. */
  countTransferred(e: Entry, physicalKey: PhysicalKey): void {
    if (physicalKey.versionId === null) this.versioned = false
    this.uploadedBytes += e.size
    this.transferred++
  }

  private advance(p: PushProgress, bytes: number, files: number): void {
    p.bytesDone += bytes
    p.filesDone += files
    this.onProgress?.(p)
  }
}

function newPhase(phase: PushProgress['phase']): PushProgress {
  return { phase, bytesDone: 0, bytesTotal: 0, filesDone: 0, filesTotal: 0 }
}

interface PlaceDataInput {
  req: PushRequest
  options: PushOptions
  root: PhysicalKey
  prepared: PreparedRevision
  parent: Parent
  counters: PushCounters
}

/**
 * Give every entry its hash and, unless a dry run, its data at the destination. The first
 * failure stops the rest (no request is left running after push() returns) and aborts the
 * multipart uploads this run opened.
 */
async function placeData(input: PlaceDataInput): Promise<void> {
  const { req, options, counters } = input
  const { entries } = input.prepared
  const s3 = req.registry.s3
  const { s3Requests, hashThreads } = options.concurrency ?? resolveConcurrency()
  const pool = new HashPool({ workers: hashThreads, onBytes: counters.hashed })
  const s3Hasher = new S3Hasher(s3, s3Requests, counters.hashed, checksumHints(req.source.entries))
  const stop = new AbortController()
  const hashType = req.hashType ?? SHA256_CHUNKED
  const transfer = new Transfer(s3, {
    concurrency: s3Requests,
    onBytes: counters.sent,
    signal: stop.signal,
    hashType
  })
  try {
    if (req.dryRun) {
      // Every hash is computed here (nothing is uploaded, so S3 computes none).
      counters.expect(counters.hashing, entries)
      await computeMissingHashes(entries, { local: pool, s3: s3Hasher }, hashType)
      return
    }
    const placement = await Placement.plan(s3, {
      bucket: req.registry.bucket,
      root: input.root,
      entries,
      parent: input.parent.previous ?? new Map<string, Entry>()
    })
    placement.adoptParentHashes()
    await abortStaleUploads(placement, transfer, options)
    const mover = new Mover({
      placement,
      transfer,
      pool,
      s3Hasher,
      counters,
      signal: stop.signal,
      localFiles: input.prepared.localFiles,
      hashType
    })
    await moveAll(placement, mover, s3Requests, stop)
    if (!counters.versioned) {
      options.onWarning?.(
        `The bucket s3://${req.registry.bucket} is not versioned: the manifest records objects without a versionId, so a later push of other data to the same keys changes this revision's content. Enable versioning on the bucket to make revisions immutable.`
      )
    }
    // Hashes still missing: objects in the registry bucket, copies without a checksum.
    await computeMissingHashes(entries, { local: pool, s3: s3Hasher }, hashType)
  } catch (e) {
    await transfer.abortOpenUploads()
    throw e
  } finally {
    await pool.close()
  }
}

/** Multipart uploads a killed run left open for the keys this push writes. */
async function abortStaleUploads(
  placement: Placement,
  transfer: Transfer,
  options: PushOptions
): Promise<void> {
  const toMove = placement.toMove
  if (!toMove.some((e) => e.size >= MULTIPART_THRESHOLD)) return
  // The keys this push writes, gathered only when an upload is open under the prefix.
  let keys: Set<string> | undefined
  const writes = (key: string): boolean =>
    (keys ??= new Set(toMove.map((e) => placement.destOf(e).key))).has(key)
  const aborted = await transfer
    .abortStaleUploads(placement.bucket, placement.prefix, writes)
    .catch((e: unknown) => {
      options.onWarning?.(
        `Could not look for multipart uploads left open by an earlier run (${(e as Error).name}: ${(e as Error).message}); the role needs ${[...S3_PERMISSIONS.ListMultipartUploads.actions, ...S3_PERMISSIONS.AbortMultipartUpload.actions].join(' and ')} for that. A bucket lifecycle rule that aborts incomplete multipart uploads cleans them too.`
      )
      return 0
    })
  if (aborted > 0) {
    options.onInfo?.(`Aborted ${aborted} multipart upload(s) left open by an earlier run.`)
  }
}

/** Reuse, upload or copy each entry to move, a few at a time; the first failure stops the rest. */
async function moveAll(
  placement: Placement,
  mover: Mover,
  s3Requests: number,
  stop: AbortController
): Promise<void> {
  const { toMove } = placement
  // Those that may already be there are hashed first.
  mover.counters.expect(
    mover.counters.hashing,
    toMove.filter((e) => placement.needsHashFirst(e))
  )
  mover.counters.expect(mover.counters.sending, toMove)
  const heap = new HeapKeeper()
  await forEachLimit(
    toMove,
    s3Requests,
    async (e) => {
      try {
        if (e.physicalKey.isLocal()) await mover.moveFile(e)
        else await mover.moveObject(e)
        heap.tick()
      } catch (err) {
        throw err instanceof QuiltError
          ? err
          : new EntryError(e.logicalKey, String(e.physicalKey), err)
      }
    },
    (err) => stop.abort(err)
  )
}

/** An entry's hashes by type: the run's type first, and the parent's type when it differs. */
type Hashes = Map<string, string>

/** Moves one entry's data to its destination, or reuses what is already there. */
class Mover {
  readonly counters: PushCounters
  constructor(
    private readonly ctx: {
      placement: Placement
      transfer: Transfer
      pool: HashPool
      s3Hasher: S3Hasher
      counters: PushCounters
      signal: AbortSignal
      localFiles: ReadonlyMap<string, { identity: FileIdentity }>
      hashType: HashType
    }
  ) {
    this.counters = ctx.counters
  }

  /**
   * The hash types to compute before looking for a copy: the run's, and the type of the
   * parent's object at the destination when it is another one this tool computes (a parent
   * hashed with CRC64NVME is compared in CRC64NVME, so an unchanged file is not sent again).
   */
  private typesToCompare(e: Entry): HashType[] {
    const twinType = readHash(this.ctx.placement.immutableParentObjectAt(e)?.hash ?? null)?.type
    const types = [this.ctx.hashType]
    const other = HASH_TYPES.find((t) => t === twinType && t !== this.ctx.hashType)
    if (other !== undefined) types.push(other)
    return types
  }

  /** A local file: open once, hashed if a copy may already exist, else uploaded. */
  async moveFile(e: Entry): Promise<void> {
    const { placement, pool, signal } = this.ctx
    signal.throwIfAborted()
    const dest = placement.destOf(e)
    const file = SourceFile.open(
      e.physicalKey.path,
      this.ctx.localFiles.get(e.logicalKey)?.identity
    )
    try {
      let hash = readHash(e.hash)?.value
      let body: Buffer | undefined
      if (placement.needsHashFirst(e)) {
        let etag: () => Promise<string>
        const hashes: Hashes = new Map()
        if (e.size < MiB) {
          // Small: read once and hashed here; the same bytes are uploaded if needed.
          const bytes = file.readNow(0, e.size)
          file.checkUnchanged()
          body = bytes
          for (const t of this.typesToCompare(e)) hashes.set(t, hashBytes(bytes, t))
          this.counters.hashed(e.size, 1)
          etag = () => Promise.resolve(`"${createHash('md5').update(bytes).digest('hex')}"`)
        } else {
          const whole = { path: file.path, size: e.size, fd: file.fd }
          for (const t of this.typesToCompare(e)) {
            hashes.set(
              t,
              await pool.hashFile(whole, t).catch((err: unknown) => {
                file.checkUnchanged() // a file that changed under the hashing says so
                throw err
              })
            )
          }
          etag = () => pool.s3Etag(whole)
        }
        hash = hashes.get(this.ctx.hashType)
        if (await this.reuse(e, hashes, etag)) return
      }
      this.moved(e, await this.ctx.transfer.uploadFile(file, dest, hash, body))
    } finally {
      file.close()
    }
  }

  /** An object of another bucket: copied server side unless a copy is already there. */
  async moveObject(e: Entry): Promise<void> {
    const { placement, signal } = this.ctx
    signal.throwIfAborted()
    const dest = placement.destOf(e)
    const pk = e.physicalKey
    let hash = readHash(e.hash)?.value
    if (placement.needsHashFirst(e)) {
      const hashes: Hashes = new Map()
      const o = { bucket: pk.bucket!, key: pk.path, versionId: pk.versionId, size: e.size }
      for (const t of this.typesToCompare(e)) hashes.set(t, await this.ctx.s3Hasher.hash(o, t))
      hash = hashes.get(this.ctx.hashType)
      if (await this.reuse(e, hashes)) return
    }
    this.moved(e, await this.ctx.transfer.copyObject(pk, e.size, dest, hash))
  }

  /** Reuse what is already at the destination with these hashes; true when reused. */
  private async reuse(
    e: Entry,
    hashes: Hashes,
    localEtag?: () => Promise<string>
  ): Promise<boolean> {
    const { placement, hashType } = this.ctx
    const hash = hashes.get(hashType)!
    const twin = readHash(placement.immutableParentObjectAt(e)?.hash ?? null)
    // The parent's object is re-used only where this push would put the data anyway, so the
    // manifest is the one quilt3 writes (it HEADs the destination and re-uses it).
    if (twin && hashes.get(twin.type) === twin.value) {
      e.physicalKey = placement.immutableParentObjectAt(e)!.physicalKey // no request at all
    } else if (placement.mayExist(e)) {
      // Another object of this size is there (an unversioned twin may have been overwritten
      // since): the HEAD says whether it holds these bytes.
      const same = await this.ctx.transfer.findExisting(
        placement.destOf(e),
        e.size,
        hash,
        localEtag
      )
      if (!same) return false
      e.physicalKey = same
    } else {
      return false
    }
    setNewHash(e, hash, hashType)
    this.counters.countReused(e)
    return true
  }

  private moved(e: Entry, r: { physicalKey: PhysicalKey; hash: string | null }): void {
    e.physicalKey = r.physicalKey
    if (r.hash !== null) setNewHash(e, r.hash, this.ctx.hashType)
    this.counters.countTransferred(e, r.physicalKey)
  }
}

/** dedupe: whether this revision is already latest, and still is (then nothing is written). */
async function isStillLatest(
  req: PushRequest,
  topHash: string,
  start: LatestState,
  options: PushOptions
): Promise<boolean> {
  if (topHash !== start.topHash) return false
  const again = await req.registry.readLatest(req.name)
  if (again.topHash !== topHash) return false
  options.onInfo?.(
    `Skipping since package with hash ${topHash} already exists at the destination and dedupe parameter is true.`
  )
  return true
}

/** Just before the pointers: latest must still be the parent (unless `force`). */
async function checkNoConflict(req: PushRequest, start: LatestState): Promise<LatestState> {
  const before = await req.registry.readLatest(req.name)
  if (!req.force && before.topHash !== start.topHash) {
    throw new ConflictError(req.name, start.topHash, before.topHash)
  }
  return before
}
