/**
 * `push` (spec §9): copy a package's data to `dest` in the registry bucket, then write its
 * manifest, its timestamp pointer and `latest`, in that order, so that no pointer ever names a
 * manifest whose data is incomplete.
 *
 * Nothing is uploaded twice: an entry equal (key, size, hash) to the parent revision's reuses
 * the parent's versioned object with no request at all; a destination key that already holds the
 * same bytes (HEAD with checksum mode) is reused; everything else is uploaded (local files) or
 * copied server side (objects in other buckets). Objects already in the registry bucket keep
 * their place, as with quilt3's default selector.
 *
 * The parent is `latest` as read at the start. Just before the pointers are written it is read
 * again: if it moved, the push fails with a conflict (unless `force`), and `latest` itself is
 * replaced with a conditional write where the store supports it.
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { HashPool } from '../hash.js'
import { S3Hasher } from '../hash-s3.js'
import { type PyValue } from '../json.js'
import {
  chunkedHash,
  computeMissingHashes,
  maxRecordSizeFromEnv,
  Package,
  readHash,
  type Entry
} from '../manifest.js'
import { PhysicalKey, QuiltError, pyRepr, validatePackageName } from '../names.js'
import { timestampPointerName } from '../registry.js'
import { type LatestState, type S3Registry } from '../registry-s3.js'
import { type Source } from '../sources.js'
import { type Progress } from './build.js'
import { preparePackage, type PackageRequest } from './prepare.js'
import { Transfer, type Destination } from '../transfer.js'
import { DEFAULT_CONCURRENCY } from '../concurrency.js'

/** Another writer moved `latest` since this push read it. */
export class ConflictError extends QuiltError {
  constructor(
    readonly packageName: string,
    readonly expected: string | null,
    readonly found: string | null
  ) {
    super(
      `Conflict: package '${packageName}' was changed by someone else during this push: latest is now ${found ?? 'absent'}, ` +
        `but this push started from ${expected ?? 'no revision'}. Nothing was overwritten. ` +
        'Re-run to build on the new latest, or set force: true to replace it.'
    )
    this.name = 'ConflictError'
  }
}

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
  concurrency?: number
  hashThreads?: number
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

function isAbort(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'AbortSignal')
}

/** The destination prefix (bucket, key prefix) as quilt3 resolves `dest`. */
export function resolveDest(registryBucket: string, name: string, dest?: string): PhysicalKey {
  if (dest === undefined || dest === '') return PhysicalKey.s3(registryBucket, '').join(name)
  const pk = PhysicalKey.fromUrl(dest)
  if (pk.isLocal() || pk.bucket !== registryBucket) {
    throw new QuiltError(
      `Invalid package destination path ${pyRepr(dest)}. 'dest', if set, must be a path in the ${pyRepr('s3://' + registryBucket)} package registry specified by 'registry'.`
    )
  }
  if (pk.versionId !== null) throw new QuiltError(`'dest' must not include a versionId: ${dest}`)
  return pk
}

/** Keys and sizes under a prefix (all pages). */
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
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY

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
    workers: options.hashThreads,
    onBytes: (b, f) => advance(hashing, b, f)
  })
  const s3Hasher = new S3Hasher(s3, concurrency, (b, f) => advance(hashing, b, f))
  // The first file that fails stops the others: no request is left running after push() returns.
  const stop = new AbortController()
  const transfer = new Transfer(s3, {
    concurrency,
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
  } finally {
    await pool.close()
  }
  /** Steps 1-3: re-use, upload or copy every entry, then the hashes still missing. */
  async function transferAll(): Promise<void> {
    // 1. What is already where it must be: entries in the registry bucket stay; entries whose
    //    parent twin has the same size need their hash to be compared.
    // A re-push whose every file has a same-size twin at its destination in the parent needs
    // no listing (the twins are compared by hash); otherwise one listing replaces a HEAD per file.
    const twinAtDest = (e: Entry): boolean => {
      const twin = parent.get(e.logicalKey)
      const tpk = twin?.physicalKey
      const dest = destOf(e.logicalKey)
      return (
        twin !== undefined &&
        tpk !== undefined &&
        twin.size === e.size &&
        isFixedVersion(tpk) &&
        tpk.bucket === dest.bucket &&
        tpk.path === dest.key
      )
    }
    const toMove = entries.filter((e) => e.physicalKey.isLocal() || e.physicalKey.bucket !== bucket)
    const listing = toMove.every(twinAtDest)
      ? { sizes: new Map<string, number>(), complete: true }
      : await listSizes(
          s3,
          bucket,
          destRoot.path === '' ? '' : destRoot.path.replace(/\/?$/, '/'),
          Math.max(10_000, entries.length * 4)
        )
    /** Whether an object of this size may already be at `key`. */
    const mayExist = (key: string, size: number): boolean =>
      listing.complete ? listing.sizes.get(key) === size : true
    const needHashFirst: Entry[] = []
    for (const e of entries) {
      const pk = e.physicalKey
      if (!pk.isLocal() && pk.bucket === bucket) {
        const twin = parent.get(e.logicalKey)
        if (
          twin &&
          twin.size === e.size &&
          isFixedVersion(pk) &&
          twin.physicalKey.equals(pk) &&
          readHash(twin.hash)
        ) {
          e.hash = twin.hash // the very same object version: same bytes, same hash
        }
        continue
      }
      const twin = parent.get(e.logicalKey)
      const dest = destOf(e.logicalKey)
      if ((twin && twin.size === e.size) || mayExist(dest.key, e.size)) needHashFirst.push(e)
    }
    hashing.filesTotal = needHashFirst.length
    hashing.bytesTotal = needHashFirst.reduce((n, e) => n + e.size, 0)
    await computeMissingHashes(needHashFirst, { local: pool, s3: s3Hasher })

    // 2. Reuse, upload or copy each entry not in the registry bucket.
    const moves = entries.filter((e) => e.physicalKey.isLocal() || e.physicalKey.bucket !== bucket)
    sending.filesTotal = moves.length
    sending.bytesTotal = moves.reduce((n, e) => n + e.size, 0)
    const settled = await Promise.allSettled(
      moves
        .map(async (e) => {
          stop.signal.throwIfAborted()
          const dest = destOf(e.logicalKey)
          const hash = readHash(e.hash)?.value
          const twin = parent.get(e.logicalKey)
          const tpk = twin?.physicalKey
          // The parent's object is re-used only where this push would put the data anyway, so
          // the manifest is the one quilt3 writes (it HEADs the destination and re-uses it).
          if (
            hash !== undefined &&
            twin &&
            tpk &&
            !tpk.isLocal() &&
            tpk.bucket === dest.bucket &&
            tpk.path === dest.key &&
            twin.size === e.size &&
            readHash(twin.hash)?.value === hash
          ) {
            if (isFixedVersion(tpk)) {
              e.physicalKey = tpk // immutable version: no request at all
              reused++
              advance(sending, e.size, 1)
              return
            }
            // Unversioned: the object may have been overwritten since; the HEAD below confirms.
          }
          if (hash !== undefined && mayExist(dest.key, e.size)) {
            const same = await transfer.findExisting(dest, e.size, hash)
            if (same) {
              e.physicalKey = same
              reused++
              advance(sending, e.size, 1)
              return
            }
          }
          const pk = e.physicalKey
          const moved = pk.isLocal()
            ? await transfer.uploadFile(pk.path, e.size, dest, hash)
            : await transfer.copyObject(pk, e.size, dest, hash)
          e.physicalKey = moved.physicalKey
          if (moved.hash !== null) e.hash = chunkedHash(moved.hash)
          if (moved.physicalKey.versionId === null) versioned = false
          uploadedBytes += e.size
          transferred++
        })
        .map((p) =>
          p.catch((e: unknown) => {
            stop.abort(e)
            throw e
          })
        )
    )
    const failures = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failures.length > 0) {
      // Report the cause, not the requests stopped because of it.
      const cause = failures.find((f) => f.reason !== stop.signal.reason && !isAbort(f.reason))
      throw (cause ?? failures[0]!).reason
    }
    if (!versioned) {
      options.onWarning?.(
        `The bucket s3://${bucket} is not versioned: the manifest records objects without a versionId, so a later push of other data to the same keys changes this revision's content. Enable versioning on the bucket to make revisions immutable.`
      )
    }
    // 3. Hashes still missing: objects in the registry bucket, copies without a checksum.
    await computeMissingHashes(entries, { local: pool, s3: s3Hasher })
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

  // Just before the pointers: latest must still be the parent.
  const before = await registry.readLatest(req.name)
  if (!req.force && before.topHash !== start.topHash) {
    throw new ConflictError(req.name, start.topHash, before.topHash)
  }
  const revision = timestampPointerName(options.now)
  await registry.putManifest(topHash, manifest)
  await registry.putPointer(req.name, revision, topHash)
  if (req.force) {
    await registry.putPointer(req.name, 'latest', topHash)
  } else if (!(await registry.putLatestIf(req.name, topHash, before))) {
    // Someone replaced latest between our read and our write: take our pointer back.
    await registry.deletePointer(req.name, revision).catch(() => undefined)
    const now = await registry.readLatest(req.name)
    throw new ConflictError(req.name, start.topHash, now.topHash)
  }
  return { ...base, revision, written: true }
}
