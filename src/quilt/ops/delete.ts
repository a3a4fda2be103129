/**
 * `delete` (spec §10): remove revision pointers, never manifests or data. The whole package, or
 * only the pointers to one revision (a full top hash or a unique prefix of 6 to 63 characters);
 * `latest` stays valid as quilt3 keeps it: when it pointed to the removed revision and other
 * revisions remain, it is re-created from the newest remaining timestamp pointer.
 */
import { QuiltError, pyRepr, validatePackageName } from '../names.js'
import { type Pointer, type Registry } from '../registry.js'

export interface DeleteRequest {
  name: string
  registry: Registry
  /** A full top hash or a unique prefix; absent: every revision of the package. */
  topHash?: string
}

export interface DeleteResult {
  /** Top hashes whose pointers were removed (each once). */
  deleted: string[]
  /** Pointer names removed. */
  pointersRemoved: string[]
  /** `latest` after the delete (null when the package has no pointer left). */
  latest: string | null
  /** False when the package had no pointer at all. */
  existed: boolean
}

/** quilt3 `resolve_top_hash`: a full hash as is, or a 6-63 character prefix matching one manifest. */
export async function resolveTopHash(registry: Registry, hashOrPrefix: string): Promise<string> {
  if (!/^[0-9a-f]+$/.test(hashOrPrefix))
    throw new QuiltError(`Invalid hash: ${pyRepr(hashOrPrefix)}`)
  if (hashOrPrefix.length === 64) return hashOrPrefix
  if (hashOrPrefix.length < 6 || hashOrPrefix.length > 64) {
    throw new QuiltError(`Invalid hash: ${pyRepr(hashOrPrefix)}`)
  }
  const matches = await registry.listManifestHashes(hashOrPrefix)
  if (matches.length === 0) throw new QuiltError(`Found zero matches for ${pyRepr(hashOrPrefix)}`)
  if (matches.length > 1) throw new QuiltError(`Found multiple matches: ${pyRepr(hashOrPrefix)}`)
  return matches[0]!
}

/** The newest timestamp pointer (quilt3 takes the greatest name). */
function newest(pointers: Pointer[]): Pointer | undefined {
  return pointers.reduce<Pointer | undefined>(
    (a, p) => (a === undefined || p.name > a.name ? p : a),
    undefined
  )
}

export async function deletePackage(req: DeleteRequest): Promise<DeleteResult> {
  validatePackageName(req.name)
  const registry = req.registry
  const target = req.topHash === undefined ? undefined : await resolveTopHash(registry, req.topHash)
  const pointers = await registry.listPointers(req.name)
  if (pointers.length === 0) {
    if (target !== undefined) {
      throw new QuiltError(
        `No such package version exists in the given directory: package ${req.name} has no revisions in ${registry.display}.`
      )
    }
    return { deleted: [], pointersRemoved: [], latest: null, existed: false }
  }
  const doomed = target === undefined ? pointers : pointers.filter((p) => p.topHash === target)
  if (doomed.length === 0) {
    throw new QuiltError(
      `No such package version exists in the given directory: no revision of ${req.name} has the top hash ${target!}.`
    )
  }
  const remaining = pointers.filter((p) => !doomed.includes(p) && p.name !== 'latest')
  const latestDoomed = doomed.some((p) => p.name === 'latest')
  let latest = pointers.find((p) => p.name === 'latest')?.topHash ?? null
  // Re-point latest first, so that it is never missing while other revisions remain.
  const successor = latestDoomed ? newest(remaining) : undefined
  if (successor) {
    await registry.putPointer(req.name, 'latest', successor.topHash)
    latest = successor.topHash
  }
  const removed = doomed.filter((p) => !(successor && p.name === 'latest'))
  for (const p of removed) await registry.deletePointer(req.name, p.name)
  if (latestDoomed && !successor) latest = null
  if (remaining.length === 0 && latest === null) await registry.removePackageIfEmpty(req.name)
  return {
    deleted: [...new Set(doomed.map((p) => p.topHash))],
    pointersRemoved: doomed.map((p) => p.name),
    latest,
    existed: true
  }
}
