/**
 * The registry interface (spec §6, layout V1): manifests under `.quilt/packages/<top hash>`,
 * revision pointers under `.quilt/named_packages/<name>/<unix seconds>` and `latest`.
 */

import { parsePyJson } from './json.js'
import type { PhysicalKey } from './names.js'

/** A revision pointer of a package: its name (`latest` or Unix seconds) and the top hash. */
export interface Pointer {
  name: string
  topHash: string
}

export interface Registry {
  readonly kind: 'local' | 's3'
  /** How the registry is shown to people (a folder path or `s3://bucket`). */
  readonly display: string
  /** The top hash a pointer holds, or null when the pointer does not exist. */
  readPointer(name: string, pointer: string): Promise<string | null>
  /** A manifest's bytes, or null when absent. */
  readManifest(topHash: string): Promise<Buffer | null>
  /** Every pointer of a package (empty when the package does not exist). */
  listPointers(name: string): Promise<Pointer[]>
  /** The first bytes of a manifest (its package line), or null when absent. */
  readManifestHead(topHash: string, bytes: number): Promise<Buffer | null>
  /** Write a manifest under `.quilt/packages/<top hash>`. */
  putManifest(topHash: string, manifest: Uint8Array): Promise<void>
  /** Write one pointer. */
  putPointer(name: string, pointer: string, topHash: string): Promise<void>
  /** Remove one pointer (never a manifest or data). */
  deletePointer(name: string, pointer: string): Promise<void>
  /** Remove pointers of a package, in batches where the store has them. */
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

/**
 * Write a revision as quilt3 `push_manifest` does: the manifest, then the timestamp pointer, then
 * `latest`. Returns the timestamp pointer's name.
 */
export async function writeRevision(
  registry: Registry,
  name: string,
  topHash: string,
  manifest: Uint8Array,
  now?: Date
): Promise<string> {
  const revision = timestampPointerName(now)
  await registry.putManifest(topHash, manifest)
  await registry.putPointer(name, revision, topHash)
  await registry.putPointer(name, 'latest', topHash)
  return revision
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
