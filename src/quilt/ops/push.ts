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
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import { forEachLimit, resolveConcurrency, type Concurrency } from '../concurrency.js'
import { ConflictError, DestinationError, EntryError, QuiltError } from '../errors.js'
import { HashPool } from '../hashing/pool.js'
import { hashBytes, MiB, MULTIPART_THRESHOLD } from '../format/hash.js'
import { S3Hasher } from '../hashing/s3-objects.js'
import { S3_PERMISSIONS } from '../s3/errors.js'
import { HeapKeeper } from '../memory.js'
import { type PyValue } from '../py/json.js'
import {
  chunkedHash,
  maxRecordSizeFromEnv,
  Package,
  readHash,
  type Entry
} from '../format/manifest.js'
import { computeMissingHashes } from '../hashing/missing.js'
import { PhysicalKey, validatePackageName } from '../format/names.js'
import { pyRepr } from '../py/repr.js'
import { commitRevision, type LatestState } from '../registry/registry.js'
import { type S3Registry } from '../registry/s3.js'
import { checkFilesUnchanged, SourceFile, type FileIdentity } from '../sources/file.js'
import { type Source } from '../sources/local.js'
import { type Progress } from './build.js'
import { preparePackage, type PackageRequest } from './prepare.js'
import { Transfer, type Destination } from '../s3/transfer.js'

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

/** A version id that names immutable bytes (unversioned buckets list objects as "null"). */
function isFixedVersion(pk: PhysicalKey): boolean {
  return pk.versionId !== null && pk.versionId !== 'null'
}

/** The destination prefix (bucket, key prefix) as quilt3 resolves `dest`. */
export function resolveDest(registryBucket: string, name: string, dest?: string): PhysicalKey {
  if (dest === undefined || dest === '') return PhysicalKey.s3(registryBucket, '').join(name)
  const pk = PhysicalKey.fromUrl(dest)
  if (pk.isLocal() || pk.bucket !== registryBucket) {
    throw new DestinationError(
      `Invalid package destination path ${pyRepr(dest)}. 'dest', if set, must be a path in the ${pyRepr('s3://' + registryBucket)} package registry specified by 'registry'.`
    )
  }
  if (pk.versionId !== null)
    throw new DestinationError(`'dest' must not include a versionId: ${dest}`)
  return pk
}

/**
 * What is already under the destination prefix: key -> size. One request per 1,000 keys instead
 * of a HEAD per file. A prefix holding far more than the package (e.g. `dest` at the root of a
 * big bucket) is not listed to the end: `complete` is then false and any key may exist.
 */
async function listSizes(
  s3: S3Client,
  bucket: string,
  prefix: string,
  maxKeys: number
): Promise<{ sizes: Map<string, number>; complete: boolean }> {
  const sizes = new Map<string, number>()
  let token: string | undefined
  do {
    const r = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })
    )
    for (const o of r.Contents ?? []) if (o.Key !== undefined) sizes.set(o.Key, o.Size ?? 0)
    token = r.IsTruncated ? r.NextContinuationToken : undefined
    if (token && sizes.size >= maxKeys) return { sizes, complete: false }
  } while (token)
  return { sizes, complete: true }
}

export async function push(req: PushRequest, options: PushOptions = {}): Promise<PushResult> {
  validatePackageName(req.name)
  const registry = req.registry
  const s3 = registry.s3
  const bucket = registry.bucket
  const destRoot = resolveDest(bucket, req.name, req.dest)
  const maxRecordSize = options.maxRecordSize ?? maxRecordSizeFromEnv()
  const { s3Requests, hashThreads } = options.concurrency ?? resolveConcurrency()

  const pkg = await preparePackage(
    {
      name: req.name,
      entries: req.source.entries,
      userMeta: req.userMeta,
      message: req.message,
      workflow: req.workflow
    },
    maxRecordSize
  )
  const entries = pkg.walk()
  const bytes = entries.reduce((n, e) => n + e.size, 0)
  /** Each local file and what the listing saw of it, by logical key. */
  const localFiles = new Map<string, { path: string; identity: FileIdentity }>()
  for (const e of req.source.entries) {
    if (e.identity && e.physicalKey.isLocal())
      localFiles.set(e.logicalKey, { path: e.physicalKey.path, identity: e.identity })
  }

  // The parent: latest as read now.
  const start: LatestState = await registry.readLatest(req.name)
  const parent = new Map<string, Entry>()
  let previous: Package | null = null
  if (start.topHash !== null) {
    const manifest = await registry.readManifest(start.topHash)
    if (manifest === null) {
      options.onWarning?.(
        `s3://${bucket}/.quilt/named_packages/${req.name}/latest names ${start.topHash}, but that manifest is missing: nothing can be re-used from it.`
      )
    } else {
      previous = Package.fromManifest(manifest.toString('utf-8'))
      for (const e of previous.walk()) parent.set(e.logicalKey, e)
    }
  }

  const destOf = (lk: string): Destination => ({ bucket, key: destRoot.join(lk).path })
  // Progress of the two phases; the totals are set when each phase knows its work.
  const hashing: PushProgress = {
    phase: 'hashing',
    bytesDone: 0,
    bytesTotal: 0,
    filesDone: 0,
    filesTotal: 0
  }
  const sending: PushProgress = {
    phase: 'uploading',
    bytesDone: 0,
    bytesTotal: 0,
    filesDone: 0,
    filesTotal: 0
  }
  const advance = (p: PushProgress, bytes: number, files: number): void => {
    p.bytesDone += bytes
    p.filesDone += files
    options.onProgress?.(p)
  }
  const pool = new HashPool({
    workers: hashThreads,
    onBytes: (b, f) => advance(hashing, b, f)
  })
  const s3Hasher = new S3Hasher(s3, s3Requests, (b, f) => advance(hashing, b, f))
  // The first file that fails stops the others: no request is left running after push() returns.
  const stop = new AbortController()
  const transfer = new Transfer(s3, {
    concurrency: s3Requests,
    onBytes: (b, f) => advance(sending, b, f),
    signal: stop.signal
  })

  let uploadedBytes = 0
  let transferred = 0
  let reused = 0
  let versioned = true
  try {
    if (req.dryRun) {
      // Every hash is computed here (nothing is uploaded, so S3 computes none).
      hashing.filesTotal = entries.length
      hashing.bytesTotal = bytes
      await computeMissingHashes(entries, { local: pool, s3: s3Hasher })
    } else {
      await transferAll()
    }
  } catch (e) {
    await transfer.abortOpenUploads()
    throw e
  } finally {
    await pool.close()
  }

  /** Steps 1-3: re-use, upload or copy every entry, then the hashes still missing. */
  async function transferAll(): Promise<void> {
    const toMove = entries.filter((e) => e.physicalKey.isLocal() || e.physicalKey.bucket !== bucket)
    // 1. What is already where it must be. A re-push whose every file has a same-size twin at
    //    its destination in the parent needs no listing (the twins are compared by hash);
    //    otherwise one listing replaces a HEAD per file.
    const listing = toMove.every(twinAtDest)
      ? { sizes: new Map<string, number>(), complete: true }
      : await listSizes(s3, bucket, destPrefix(), Math.max(10_000, entries.length * 4))
    /** Whether an object of this size may already be at `key`. */
    const mayExist = (key: string, size: number): boolean =>
      listing.complete ? listing.sizes.get(key) === size : true
    for (const e of entries) {
      const pk = e.physicalKey
      if (pk.isLocal() || pk.bucket !== bucket) continue
      const twin = parent.get(e.logicalKey)
      if (twin && twin.size === e.size && isFixedVersion(pk) && twin.physicalKey.equals(pk)) {
        if (readHash(twin.hash)) e.hash = twin.hash // the very same object version
      }
    }
    // Multipart uploads a killed run left open for these keys.
    if (toMove.some((e) => e.size >= MULTIPART_THRESHOLD)) {
      const keys = new Set(toMove.map((e) => destOf(e.logicalKey).key))
      const aborted = await transfer
        .abortStaleUploads(bucket, destPrefix(), keys)
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

    // 2. Reuse, upload or copy each entry not in the registry bucket, a few at a time. Those
    //    that may already be there are hashed first.
    const hashFirst = toMove.filter((e) => needsHashFirst(e, mayExist))
    hashing.filesTotal = hashFirst.length
    hashing.bytesTotal = hashFirst.reduce((n, e) => n + e.size, 0)
    sending.filesTotal = toMove.length
    sending.bytesTotal = toMove.reduce((n, e) => n + e.size, 0)
    const heap = new HeapKeeper()
    await forEachLimit(
      toMove,
      s3Requests,
      async (e) => {
        try {
          if (e.physicalKey.isLocal()) await moveFile(e, mayExist)
          else await moveObject(e, mayExist)
          heap.tick()
        } catch (err) {
          throw err instanceof QuiltError
            ? err
            : new EntryError(e.logicalKey, String(e.physicalKey), err)
        }
      },
      (err) => stop.abort(err)
    )
    if (!versioned) {
      options.onWarning?.(
        `The bucket s3://${bucket} is not versioned: the manifest records objects without a versionId, so a later push of other data to the same keys changes this revision's content. Enable versioning on the bucket to make revisions immutable.`
      )
    }
    // 3. Hashes still missing: objects in the registry bucket, copies without a checksum.
    await computeMissingHashes(entries, { local: pool, s3: s3Hasher })
  }

  function destPrefix(): string {
    return destRoot.path === '' ? '' : destRoot.path.replace(/\/?$/, '/')
  }

  /** Whether a copy of the entry may already be at its destination: then it is hashed first. */
  function needsHashFirst(e: Entry, mayExist: (key: string, size: number) => boolean): boolean {
    return (
      readHash(e.hash) === null &&
      (twinOf(e) !== undefined || mayExist(destOf(e.logicalKey).key, e.size))
    )
  }

  /** The parent's entry at the same destination, with the same size (a candidate for reuse). */
  function twinOf(e: Entry): Entry | undefined {
    const twin = parent.get(e.logicalKey)
    const tpk = twin?.physicalKey
    const dest = destOf(e.logicalKey)
    return twin !== undefined &&
      tpk !== undefined &&
      !tpk.isLocal() &&
      twin.size === e.size &&
      tpk.bucket === dest.bucket &&
      tpk.path === dest.key
      ? twin
      : undefined
  }

  function twinAtDest(e: Entry): boolean {
    const twin = twinOf(e)
    return twin !== undefined && isFixedVersion(twin.physicalKey)
  }

  /** Reuse what is already at the destination with this hash; true when reused. */
  async function reuse(
    e: Entry,
    hash: string,
    mayExist: (key: string, size: number) => boolean,
    localEtag?: () => Promise<string>
  ): Promise<boolean> {
    const dest = destOf(e.logicalKey)
    const twin = twinOf(e)
    // The parent's object is re-used only where this push would put the data anyway, so the
    // manifest is the one quilt3 writes (it HEADs the destination and re-uses it).
    if (twin && isFixedVersion(twin.physicalKey) && readHash(twin.hash)?.value === hash) {
      e.physicalKey = twin.physicalKey // immutable version: no request at all
    } else if (mayExist(dest.key, e.size)) {
      // Another object of this size is there (an unversioned twin may have been overwritten
      // since): the HEAD says whether it holds these bytes.
      const same = await transfer.findExisting(dest, e.size, hash, localEtag)
      if (!same) return false
      e.physicalKey = same
    } else {
      return false
    }
    e.hash = chunkedHash(hash)
    reused++
    advance(sending, e.size, 1)
    return true
  }

  function moved(e: Entry, r: { physicalKey: PhysicalKey; hash: string | null }): void {
    e.physicalKey = r.physicalKey
    if (r.hash !== null) e.hash = chunkedHash(r.hash)
    if (r.physicalKey.versionId === null) versioned = false
    uploadedBytes += e.size
    transferred++
  }

  /** A local file: open once, hashed if a copy may already exist, else uploaded. */
  async function moveFile(
    e: Entry,
    mayExist: (key: string, size: number) => boolean
  ): Promise<void> {
    stop.signal.throwIfAborted()
    const dest = destOf(e.logicalKey)
    const file = SourceFile.open(e.physicalKey.path, localFiles.get(e.logicalKey)?.identity)
    try {
      let hash = readHash(e.hash)?.value
      let body: Buffer | undefined
      if (needsHashFirst(e, mayExist)) {
        let etag: () => Promise<string>
        if (e.size < MiB) {
          // Small: read once and hashed here; the same bytes are uploaded if needed.
          const bytes = await file.read(0, e.size)
          file.checkUnchanged()
          body = bytes
          hash = hashBytes(bytes)
          advance(hashing, e.size, 1)
          etag = () => Promise.resolve(`"${createHash('md5').update(bytes).digest('hex')}"`)
        } else {
          const whole = { path: file.path, size: e.size, fd: file.fd }
          hash = await pool.hashFile(whole).catch((err: unknown) => {
            file.checkUnchanged() // a file that changed under the hashing says so
            throw err
          })
          etag = () => pool.s3Etag(whole)
        }
        if (await reuse(e, hash, mayExist, etag)) return
      }
      moved(e, await transfer.uploadFile(file, dest, hash, body))
    } finally {
      file.close()
    }
  }

  /** An object of another bucket: copied server side unless a copy is already there. */
  async function moveObject(
    e: Entry,
    mayExist: (key: string, size: number) => boolean
  ): Promise<void> {
    stop.signal.throwIfAborted()
    const dest = destOf(e.logicalKey)
    const pk = e.physicalKey
    let hash = readHash(e.hash)?.value
    if (needsHashFirst(e, mayExist)) {
      hash = await s3Hasher.hash({
        bucket: pk.bucket!,
        key: pk.path,
        versionId: pk.versionId,
        size: e.size
      })
      if (await reuse(e, hash, mayExist)) return
    }
    moved(e, await transfer.copyObject(pk, e.size, dest, hash))
  }

  const topHash = pkg.topHash(entries)
  const manifest = pkg.toManifest({ entries, withDirMeta: false, maxRecordSize })
  const base = {
    topHash,
    previousTopHash: start.topHash,
    previous,
    changed: topHash !== start.topHash,
    files: entries.length,
    bytes,
    uploadedBytes,
    transferred,
    reused,
    versioned,
    package: pkg
  }
  // A dry run stops here: the top hash and the diff are known, nothing was written.
  if (req.dryRun) return { ...base, revision: null, written: false }

  // dedupe: the same revision is already latest: write nothing.
  if (req.dedupe && topHash === start.topHash) {
    const again = await registry.readLatest(req.name)
    if (again.topHash === topHash) {
      options.onInfo?.(
        `Skipping since package with hash ${topHash} already exists at the destination and dedupe parameter is true.`
      )
      return { ...base, revision: null, written: false }
    }
  }

  // The files are still what was read: the package records what is in S3 and on disk.
  checkFilesUnchanged(localFiles.values())
  // Just before the pointers: latest must still be the parent.
  const before = await registry.readLatest(req.name)
  if (!req.force && before.topHash !== start.topHash) {
    throw new ConflictError(req.name, start.topHash, before.topHash)
  }
  const revision = await commitRevision(registry, {
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
