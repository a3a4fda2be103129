/**
 * `build` (spec §8): a package made of exactly the files under a folder, its manifest written to
 * a registry with the two revision pointers; no data is copied. Equal, byte for byte, to
 *
 *   quilt3.Package().set_dir(".", path, meta=meta).build(name, registry, message=message)
 */
import type { S3Client } from '@aws-sdk/client-s3'
import { HashPool } from '../hashing/pool.js'
import type { S3Hasher } from '../hashing/s3-objects.js'
import { SHA256_CHUNKED, type HashType } from '../format/hash.js'
import { type PyValue } from '../py/json.js'
import { maxRecordSizeFromEnv, Package, setNewHash, type Entry } from '../format/manifest.js'
import { computeMissingHashes } from '../hashing/missing.js'
import { commitRevision, type Registry } from '../registry/registry.js'
import { localSource, type Source, type SourceEntry } from '../sources/local.js'
import {
  prepareRevision,
  readParent,
  type PackageRequest,
  type PreparedRevision
} from './prepare.js'
import { resolveConcurrency, type Concurrency } from '../concurrency.js'

export interface BuildRequest {
  /** `namespace/package`. */
  name: string
  /** The entries: a local folder's files or an S3 prefix's objects (see sources/). */
  source?: Source
  /** Shorthand for `source: localSource(folder, { hashType })` (absolute, symlink-resolved folder). */
  folder?: string
  registry: Registry
  /** The commit message; null writes `"message": null` as quilt3 does without one. */
  message: string | null
  /** Package metadata; `undefined` (not given) writes `"user_meta": null` like `set_dir`. */
  userMeta?: PyValue
  /** The registry's workflows and which one (spec §11); absent: no check. */
  workflow?: PackageRequest['workflow']
  /** The hash new entries get (default `sha2-256-chunked`, as quilt3). */
  hashType?: HashType
}

/** How far an operation is: bytes and files done of the totals. */
export interface Progress {
  bytesDone: number
  bytesTotal: number
  filesDone: number
  filesTotal: number
}

export interface BuildOptions {
  /** Hashing threads, and requests in flight when hashing S3 objects (default: resolveConcurrency()). */
  concurrency?: Concurrency
  /** Needed when the source is in S3. */
  s3?: S3Client
  /** Called as hashing advances. */
  onProgress?: (p: Progress) => void
  now?: Date
  maxRecordSize?: number
  /** Compute everything, write nothing. */
  dryRun?: boolean
  /** Warnings: a `latest` whose manifest is missing or cannot be read (no parent then). */
  onWarning?: (message: string) => void
}

export interface BuildResult {
  topHash: string
  /** The timestamp pointer written (Unix seconds); null for a dry run. */
  revision: string | null
  files: number
  bytes: number
  /** `latest` before this build (null when the package was new). */
  previousTopHash: string | null
  /** The revision `latest` named before, when its manifest could be read (for a diff). */
  previous: Package | null
  manifest: Buffer
  package: Package
}

/** The hasher of a source's S3 objects (loaded only when there are some), told what the listing said. */
async function s3Hasher(
  s3: S3Client,
  concurrency: Concurrency,
  onBytes: (bytes: number, files: number) => void,
  source: Source
): Promise<S3Hasher> {
  const { S3Hasher, checksumHints } = await import('../hashing/s3-objects.js')
  return new S3Hasher(s3, concurrency.s3Requests, onBytes, checksumHints(source.entries))
}

/** Give `entries` the hashes of the `listed` entries hashed (`values`, in their order). */
function setHashes(
  entries: readonly Entry[],
  listed: readonly SourceEntry[],
  values: readonly string[],
  type: HashType
): void {
  // The package's walk order is mostly the listing's (sources/local.ts): then entry i is listed i.
  const same =
    entries.length === listed.length &&
    entries.every((e, i) => e.logicalKey === listed[i]!.logicalKey)
  if (same) {
    for (let i = 0; i < entries.length; i++) setNewHash(entries[i]!, values[i]!, type)
    return
  }
  const byKey = new Map<string, string>()
  listed.forEach((e, i) => byKey.set(e.logicalKey, values[i]!))
  for (const e of entries) {
    const value = byKey.get(e.logicalKey)
    if (value !== undefined) setNewHash(e, value, type)
  }
}

/** Make the package from the source and write it to the registry; no data is copied. */
export async function build(req: BuildRequest, options: BuildOptions = {}): Promise<BuildResult> {
  const maxRecordSize = options.maxRecordSize ?? maxRecordSizeFromEnv()
  const hashType = req.hashType ?? SHA256_CHUNKED
  const source =
    req.source ?? (req.folder !== undefined ? localSource(req.folder, { hashType }) : undefined)
  if (!source) throw new Error('build needs a source or a folder')
  const progress: Progress = {
    bytesDone: 0,
    bytesTotal: source.entries.reduce((n, e) => n + e.size, 0),
    filesDone: 0,
    filesTotal: source.entries.length
  }
  const onBytes = (bytes: number, files: number): void => {
    progress.bytesDone += bytes
    progress.filesDone += files
    options.onProgress?.(progress)
  }
  const concurrency = options.concurrency ?? resolveConcurrency()
  const pool = new HashPool({ workers: concurrency.hashThreads, onBytes, adaptive: true })
  let prepared: PreparedRevision
  try {
    // The local files are hashed from now on, while the package is made (a failure to make it
    // wins: the hashing's own error is then dropped). Each file is checked, once read, to still
    // be the file the listing saw: the hashes are of the files as listed.
    const local = source.entries.filter((e) => e.physicalKey.isLocal())
    // Small files the listing hashed as it opened them (sources/local.ts) are done already.
    const toHash = local.filter((e) => e.hash?.type !== hashType)
    if (toHash.length < local.length) {
      let bytes = 0
      for (const e of local) if (e.hash?.type === hashType) bytes += e.size
      onBytes(bytes, local.length - toHash.length)
    }
    const hashing =
      toHash.length > 0
        ? pool.hashFiles(
            toHash.map((e) => ({ path: e.physicalKey.path, size: e.size, identity: e.identity })),
            hashType
          )
        : null
    hashing?.catch(() => undefined)
    prepared = await prepareRevision({ ...req, source }, maxRecordSize)
    const hashed = hashing ? await hashing : []
    let next = 0
    const values = local.map((e) => (e.hash?.type === hashType ? e.hash.value : hashed[next++]!))
    setHashes(prepared.entries, local, values, hashType)
    // What is left: objects in S3.
    await computeMissingHashes(
      prepared.entries,
      {
        local: pool,
        s3: options.s3 ? await s3Hasher(options.s3, concurrency, onBytes, source) : undefined
      },
      hashType
    )
  } finally {
    await pool.close()
  }
  const { pkg, entries, bytes: totalBytes } = prepared
  const topHash = pkg.topHash(entries)
  const manifest = pkg.toManifest({ entries, maxRecordSize })
  const { latest: parent, previous } = await readParent(req.registry, req.name, options.onWarning)
  const previousTopHash = parent.topHash
  const revision = options.dryRun
    ? null
    : await commitRevision(req.registry, {
        name: req.name,
        topHash,
        manifest,
        parent,
        now: options.now,
        operation: 'build'
      })
  return {
    topHash,
    revision,
    files: entries.length,
    bytes: totalBytes,
    previousTopHash,
    previous,
    manifest,
    package: pkg
  }
}
