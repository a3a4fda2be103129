/**
 * The registry interface (spec §6, layout V1): manifests under `.quilt/packages/<top hash>`,
 * revision pointers under `.quilt/named_packages/<name>/<unix seconds>` and `latest`.
 */

import { parsePyJson } from '../py/json.js'
import { CommitUnknownError, ConflictError } from '../errors.js'
import { isUnclearOutcome } from '../s3/errors.js'
import type { PhysicalKey } from '../format/names.js'
import type { Package } from '../format/manifest.js'

/** A revision pointer of a package: its name (`latest` or Unix seconds) and the top hash. */
export interface Pointer {
  name: string
  topHash: string
}

/** `latest` as read: its top hash, and what a conditional replacement is made on. */
export interface LatestState {
  topHash: string | null
  /** The store's tag for the object read (an S3 ETag), null when `latest` does not exist. */
  tag: string | null
}

/**
 * How a conditional replacement of `latest` ended: `written` (it held our hash, perhaps only
 * until another writer's newer revision), `lost` (another writer moved it first; ours was never
 * applied), `unknown` (an answer was lost and `latest` moved on: whether ours was applied in
 * between cannot be told, e.g. in an unversioned bucket).
 */
export type LatestOutcome = 'written' | 'lost' | 'unknown'

export interface Registry {
  readonly kind: 'local' | 's3'
  /** How the registry is shown to people (a folder path or `s3://bucket`). */
  readonly display: string
  /** The top hash a pointer holds, or null when the pointer does not exist. */
  readPointer(name: string, pointer: string): Promise<string | null>
  /** `latest` with the tag a conditional replacement needs. */
  readLatest(name: string): Promise<LatestState>
  /** A manifest's bytes, or null when absent. */
  readManifest(topHash: string): Promise<Buffer | null>
  /**
   * A manifest read as `Package.fromManifestBytes` reads its bytes (a ManifestError when quilt3
   * could not load it), or null when absent.
   */
  readPackage(topHash: string): Promise<Package | null>
  /** Where a manifest is, as shown to people (a file path, or `s3://bucket/.quilt/packages/...`). */
  manifestLocation(topHash: string): string
  /** Every pointer of a package (empty when the package does not exist). */
  listPointers(name: string): Promise<Pointer[]>
  /** The first bytes of a manifest (its package line), or null when absent. */
  readManifestHead(topHash: string, bytes: number): Promise<Buffer | null>
  /** Write a manifest under `.quilt/packages/<top hash>`. */
  putManifest(topHash: string, manifest: Uint8Array): Promise<void>
  /**
   * Create a timestamp pointer to `topHash` that no other writer has: named `seconds`, or the
   * first free second after it. Never replaces an existing pointer. Returns the name.
   */
  createRevisionPointer(name: string, topHash: string, seconds: number): Promise<string>
  /**
   * Replace `latest` with `topHash` only if it is still `expected` (compare-and-swap where the
   * store has conditional writes). An unclear outcome (a lost answer) is settled by reading
   * `latest` back, and, when it moved on since, by its version history.
   */
  replaceLatest(name: string, topHash: string, expected: LatestState): Promise<LatestOutcome>
  /** Remove `latest` only if it is still `expected`; false when another writer moved it. */
  removeLatest(name: string, expected: LatestState): Promise<boolean>
  /** Write `latest` whatever it holds (push with `force`). */
  forceLatest(name: string, topHash: string): Promise<void>
  /** Remove timestamp pointers of a package (never `latest`, a manifest or data), in batches. */
  deletePointers(name: string, pointers: string[]): Promise<void>
  /** Every package name (`namespace/package`) with at least one pointer. */
  listPackages(): Promise<string[]>
  /** Top hashes of the manifests whose hash starts with `prefix`. */
  listManifestHashes(prefix: string): Promise<string[]>
  /** Where the registry's workflows config is (`.quilt/workflows/config.yml`). */
  workflowConfigKey(): PhysicalKey
  /** Tidy up after a package lost all its pointers (local folders); a no-op on S3. */
  removePackageIfEmpty(name: string): Promise<void>
}

/** quilt3's timestamp pointer name: `str(int(time.time()))`. */
export function timestampPointerName(now: Date = new Date()): string {
  return String(Math.floor(now.getTime() / 1000))
}

export const TOP_HASH_RE = /^[0-9a-f]{64}$/

/** Whether a pointer name is a timestamp (Unix seconds), as opposed to `latest`. */
export function isTimestampPointer(pointer: string): boolean {
  return /^\d+$/.test(pointer)
}

export interface CommitRequest {
  name: string
  topHash: string
  manifest: Uint8Array
  /** `latest` as this run read it: the revision it builds on. */
  parent: LatestState
  /** Replace `latest` whatever it became (push's `force`). */
  force?: boolean
  /** What publishes, for the conflict's message (only push has `force`). */
  operation: 'build' | 'push'
  /** The time the timestamp pointer is named after (default: now). */
  now?: Date
}

/**
 * Publish a revision as quilt3 `push_manifest` does, each step safe against other writers: the
 * manifest (content-addressed: any writer writes the same bytes), then a timestamp pointer no
 * other revision has, then `latest`, moved only from `parent` to this revision. When another
 * writer moved `latest` first, our timestamp pointer is taken back and a `ConflictError` names
 * both hashes. Returns the timestamp pointer's name.
 */
export async function commitRevision(registry: Registry, req: CommitRequest): Promise<string> {
  const { name, topHash } = req
  await registry.putManifest(topHash, req.manifest)
  const seconds = Math.floor((req.now ?? new Date()).getTime() / 1000)
  const revision = await registry.createRevisionPointer(name, topHash, seconds)
  if (req.force) {
    await registry.forceLatest(name, topHash)
    return revision
  }
  let outcome: LatestOutcome
  try {
    outcome = await registry.replaceLatest(name, topHash, req.parent)
  } catch (e) {
    // A refusal (e.g. AccessDenied) means latest is not ours: the pointer goes. After a lost
    // answer the write may still land: the pointer stays (it names a complete revision).
    if (!isUnclearOutcome(e)) await takeBack(registry, name, revision)
    throw e
  }
  if (outcome === 'written') return revision
  if (outcome === 'unknown') throw new CommitUnknownError(name, topHash, revision)
  // Lost: our pointer goes (its name is ours alone), so a failed run adds no revision...
  await takeBack(registry, name, revision)
  const found = await registry.readLatest(name)
  // ...unless a delete made latest this revision meanwhile (the newest one it saw): it is then
  // published, and gets a pointer again.
  if (found.topHash === topHash) return registry.createRevisionPointer(name, topHash, seconds)
  throw new ConflictError(name, req.parent.topHash, found.topHash, req.operation)
}

/** Remove the timestamp pointer this run created (best effort: a failure is already reported). */
async function takeBack(registry: Registry, name: string, revision: string): Promise<void> {
  await registry.deletePointers(name, [revision]).catch(() => undefined)
}

/**
 * A revision's commit message, from the package line at the head of its manifest (null when
 * absent, or when the line is longer than what was read).
 */
export async function readRevisionMessage(
  registry: Registry,
  topHash: string
): Promise<string | null> {
  const head = await registry.readManifestHead(topHash, 64 * 1024)
  if (head === null) return null
  const end = head.indexOf(0x0a)
  if (end < 0) return null
  try {
    const meta = parsePyJson(head.subarray(0, end).toString('utf-8'))
    const message = meta instanceof Map ? meta.get('message') : undefined
    return typeof message === 'string' ? message : null
  } catch {
    return null
  }
}
