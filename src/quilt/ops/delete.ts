/**
 * `delete` (spec §10): remove revision pointers, never manifests or data. The whole package, or
 * only the pointers to one revision (a full top hash or a unique prefix of 6 to 63 characters);
 * `latest` stays valid as quilt3 keeps it: when it pointed to the removed revision and other
 * revisions remain, it is re-created from the newest remaining timestamp pointer.
 */
import { QuiltError, pyRepr, validatePackageName } from '../names.js'
import { type Pointer, type Registry } from '../registry.js'

/** A retention policy: which revisions a cleanup removes (spec of issue 7). */
export interface RetentionPolicy {
  /** Keep the N newest revisions (timestamp pointers). */
  keepLast?: number
  /** Remove only revisions older than this many seconds. */
  olderThanSeconds?: number
}

export interface DeleteRequest {
  name: string
  registry: Registry
  /** A full top hash or a unique prefix; absent: every revision of the package. */
  topHash?: string
  /** Remove only the revisions the policy selects (never the one `latest` names). */
  policy?: RetentionPolicy
  /** Say what would be removed; remove nothing. */
  dryRun?: boolean
  /** The time ages are measured from (default: now). */
  now?: Date
}

export interface DeleteResult {
  /** Top hashes whose pointers were removed (each once). */
  deleted: string[]
  /** Timestamp pointers kept by a policy (for the summary). */
  kept: Pointer[]
  /** Timestamp pointers removed (or, in a dry run, to be removed). */
  removed: Pointer[]
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
  if (req.policy && req.topHash !== undefined) {
    // A policy would otherwise silently win over the revision asked for.
    throw new QuiltError(
      'A top hash cannot be combined with a retention policy: use one or the other.'
    )
  }
  const registry = req.registry
  const target = req.topHash === undefined ? undefined : await resolveTopHash(registry, req.topHash)
  const pointers = await registry.listPointers(req.name)
  const currentLatest = pointers.find((p) => p.name === 'latest')?.topHash ?? null
  const timestamps = (list: Pointer[]): Pointer[] => list.filter((p) => p.name !== 'latest')
  if (pointers.length === 0) {
    if (target !== undefined) {
      throw new QuiltError(
        `No such package version exists in the given directory: package ${req.name} has no revisions in ${registry.display}.`
      )
    }
    return { deleted: [], kept: [], removed: [], pointersRemoved: [], latest: null, existed: false }
  }

  // The plan: which pointers go, and what latest becomes.
  const doomed = req.policy
    ? selectByPolicy(pointers, req.policy, req.now ?? new Date())
    : target === undefined
      ? pointers
      : pointers.filter((p) => p.topHash === target)
  if (doomed.length === 0 && target !== undefined) {
    throw new QuiltError(
      `No such package version exists in the given directory: no revision of ${req.name} has the top hash ${target}.`
    )
  }
  const remaining = pointers.filter((p) => !doomed.includes(p) && p.name !== 'latest')
  const latestDoomed = doomed.some((p) => p.name === 'latest')
  // quilt3 re-creates latest from the newest remaining timestamp pointer.
  const successor = latestDoomed ? newest(remaining) : undefined
  const latest = latestDoomed ? (successor?.topHash ?? null) : currentLatest
  const result: DeleteResult = {
    deleted: [...new Set(doomed.map((p) => p.topHash))],
    kept: timestamps(pointers).filter((p) => !doomed.includes(p)),
    removed: timestamps(doomed),
    pointersRemoved: doomed.map((p) => p.name),
    latest,
    existed: true
  }
  if (req.dryRun || doomed.length === 0) return result

  // Re-point latest first, so that it is never missing while other revisions remain.
  if (successor) await registry.putPointer(req.name, 'latest', successor.topHash)
  const names = doomed.filter((p) => !(successor && p.name === 'latest')).map((p) => p.name)
  await registry.deletePointers(req.name, names)
  return result
}

/**
 * The timestamp pointers a policy removes: outside the newest `keepLast` AND older than
 * `olderThanSeconds` (each condition alone when only one is given). Never `latest`, never a
 * pointer to the revision `latest` names, never a pointer whose name is not a timestamp.
 */
export function selectByPolicy(pointers: Pointer[], policy: RetentionPolicy, now: Date): Pointer[] {
  const latest = pointers.find((p) => p.name === 'latest')?.topHash
  const revisions = pointers
    .filter((p) => /^\d+$/.test(p.name))
    .sort((a, b) => Number(b.name) - Number(a.name))
  const nowSeconds = Math.floor(now.getTime() / 1000)
  return revisions.filter((p, i) => {
    if (p.topHash === latest) return false
    const beyondKeep = policy.keepLast === undefined || i >= policy.keepLast
    const old =
      policy.olderThanSeconds === undefined || nowSeconds - Number(p.name) > policy.olderThanSeconds
    return beyondKeep && old
  })
}
