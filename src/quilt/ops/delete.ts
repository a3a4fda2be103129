/**
 * `delete` (spec §10): remove revision pointers, never manifests or data. The whole package, or
 * only the pointers to one revision (a full top hash or a unique prefix of 6 to 63 characters);
 * `latest` stays valid as quilt3 keeps it: when it pointed to the removed revision and other
 * revisions remain, it is re-created from the newest remaining timestamp pointer. A plain name
 * that is not a package is an error naming the closest names (a typo must not pass as success).
 */
import {
  DeleteConflictError,
  PackageNotFoundError,
  QuiltError,
  RevisionNotFoundError
} from '../errors.js'
import { validatePackageName } from '../format/names.js'
import { pyRepr } from '../py/repr.js'
import { isTimestampPointer, type Pointer, type Registry } from '../registry/registry.js'
import { closestNames } from '../closest.js'

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
  /** What the run should tell (e.g. the package moved during the delete). */
  warnings: string[]
}

/** quilt3 `resolve_top_hash`: a full hash as is, or a 6-63 character prefix matching one manifest. */
export async function resolveTopHash(registry: Registry, hashOrPrefix: string): Promise<string> {
  if (!/^[0-9a-f]+$/.test(hashOrPrefix))
    throw new RevisionNotFoundError(`Invalid hash: ${pyRepr(hashOrPrefix)}`)
  if (hashOrPrefix.length === 64) return hashOrPrefix
  if (hashOrPrefix.length < 6 || hashOrPrefix.length > 64) {
    throw new RevisionNotFoundError(`Invalid hash: ${pyRepr(hashOrPrefix)}`)
  }
  const matches = await registry.listManifestHashes(hashOrPrefix)
  if (matches.length === 0)
    throw new RevisionNotFoundError(`Found zero matches for ${pyRepr(hashOrPrefix)}`)
  if (matches.length > 1)
    throw new RevisionNotFoundError(`Found multiple matches: ${pyRepr(hashOrPrefix)}`)
  return matches[0]!
}

/** The newest timestamp pointer (quilt3 takes the greatest name). */
function newest(pointers: Pointer[]): Pointer | undefined {
  return pointers.reduce<Pointer | undefined>(
    (a, p) => (a === undefined || p.name > a.name ? p : a),
    undefined
  )
}

/** Plans made again, at most, when the package moved between the plan and its writes. */
const MAX_ROUNDS = 5

/** Up to three package names of the registry closest to `name`. */
export async function closestPackages(registry: Registry, name: string): Promise<string[]> {
  return closestNames(await registry.listPackages(), name)
}

/** What a round removes: the pointers, and what `latest` becomes. */
interface Plan {
  doomed: Pointer[]
  successor: Pointer | undefined
  latestDoomed: boolean
}

/**
 * Remove a package's revisions (pointers only). Every write is conditional on what was read:
 * `latest` is re-pointed (or removed) only if it is still what the plan saw, so a revision a
 * concurrent push made `latest` is never moved back or removed. When the package moved, the
 * plan is made again from a fresh listing (at most MAX_ROUNDS times), still limited to the
 * revisions the first listing named: a revision written meanwhile is kept.
 */
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
  const now = req.now ?? new Date()
  /** Revisions (timestamp names, top hashes) the first listing saw: nothing newer is removed. */
  let seen: { names: Set<string>; hashes: Set<string> } | undefined
  const warnings: string[] = []
  /** Pointers removed by earlier rounds (a round that found the package moved stops halfway). */
  const removedBefore: Pointer[] = []
  /** A revision this delete made latest whose timestamp pointer then went away. */
  let orphan: string | null = null
  for (let round = 1; ; round++) {
    const latestState = await registry.readLatest(req.name)
    const listed = await registry.listPointers(req.name)
    const timestamps = listed.filter((p) => p.name !== 'latest')
    const pointers: Pointer[] =
      latestState.topHash === null
        ? timestamps
        : [...timestamps, { name: 'latest', topHash: latestState.topHash }]
    if (pointers.length === 0 && round === 1) {
      if (target !== undefined) {
        throw new RevisionNotFoundError(
          `No such package version exists in the given directory: package ${req.name} has no revisions in ${registry.display}.`
        )
      }
      throw new PackageNotFoundError(
        req.name,
        registry.display,
        await closestPackages(registry, req.name)
      )
    }
    seen ??= {
      names: new Set(timestamps.map((p) => p.name)),
      hashes: new Set(pointers.map((p) => p.topHash))
    }
    const plan = makePlan(pointers, req, target, seen, now, orphan)
    if (round === 1 && plan.doomed.length === 0 && target !== undefined) {
      throw new RevisionNotFoundError(
        `No such package version exists in the given directory: no revision of ${req.name} has the top hash ${target}.`
      )
    }
    const gone = [...removedBefore, ...plan.doomed]
    const result: DeleteResult = {
      deleted: [...new Set(gone.map((p) => p.topHash))],
      kept: timestamps.filter((p) => !plan.doomed.includes(p)),
      removed: gone.filter((p) => p.name !== 'latest'),
      pointersRemoved: gone.map((p) => p.name),
      latest: plan.latestDoomed ? (plan.successor?.topHash ?? null) : latestState.topHash,
      warnings
    }
    if (req.dryRun || plan.doomed.length === 0) return result

    // Re-point latest first (so it is never missing while revisions remain), conditionally.
    if (plan.successor) {
      const outcome = await registry.replaceLatest(req.name, plan.successor.topHash, latestState)
      // The successor may be the pointer of a push that lost its race and is taking it back:
      // latest must not stay on a revision without a pointer.
      const stays =
        outcome === 'written' &&
        (await registry.readPointer(req.name, plan.successor.name)) === plan.successor.topHash
      if (outcome === 'written' && !stays) orphan = plan.successor.topHash
      if (!stays) {
        if (round >= MAX_ROUNDS) throw new DeleteConflictError(req.name, round)
        if (!warnings.includes(movedWarning(req.name))) warnings.push(movedWarning(req.name))
        continue
      }
    }
    const stamps = plan.doomed.filter((p) => p.name !== 'latest')
    await registry.deletePointers(
      req.name,
      stamps.map((p) => p.name)
    )
    removedBefore.push(...stamps)
    if (plan.latestDoomed && !plan.successor) {
      if (!(await registry.removeLatest(req.name, latestState))) {
        if (round >= MAX_ROUNDS) throw new DeleteConflictError(req.name, round)
        if (!warnings.includes(movedWarning(req.name))) warnings.push(movedWarning(req.name))
        continue
      }
    }
    return result
  }
}

function movedWarning(name: string): string {
  return `${name} changed while this delete ran (another run wrote latest): the plan was made again from the new state; revisions written meanwhile are kept.`
}

/** Which pointers go in this round, among the revisions the first listing saw. */
function makePlan(
  pointers: Pointer[],
  req: DeleteRequest,
  target: string | undefined,
  seen: { names: Set<string>; hashes: Set<string> },
  now: Date,
  orphan: string | null
): Plan {
  const isSeen = (p: Pointer): boolean =>
    p.name === 'latest' ? seen.hashes.has(p.topHash) : seen.names.has(p.name)
  const doomed = req.policy
    ? selectByPolicy(pointers, req.policy, now)
    : target === undefined
      ? pointers.filter(isSeen)
      : pointers.filter((p) => p.topHash === target && isSeen(p))
  // latest on a revision this delete chose whose pointer went away: it moves on again.
  const latest = pointers.find((p) => p.name === 'latest')
  if (
    latest !== undefined &&
    latest.topHash === orphan &&
    !doomed.includes(latest) &&
    !pointers.some((p) => p.name !== 'latest' && p.topHash === orphan)
  ) {
    doomed.push(latest)
  }
  const latestDoomed = doomed.some((p) => p.name === 'latest')
  // quilt3 re-creates latest from the newest remaining timestamp pointer.
  const remaining = pointers.filter((p) => !doomed.includes(p) && p.name !== 'latest')
  return { doomed, latestDoomed, successor: latestDoomed ? newest(remaining) : undefined }
}

/**
 * The timestamp pointers a policy removes: outside the newest `keepLast` AND older than
 * `olderThanSeconds` (each condition alone when only one is given). Never `latest`, never a
 * pointer to the revision `latest` names, never a pointer whose name is not a timestamp.
 */
export function selectByPolicy(pointers: Pointer[], policy: RetentionPolicy, now: Date): Pointer[] {
  const latest = pointers.find((p) => p.name === 'latest')?.topHash
  const revisions = pointers
    .filter((p) => isTimestampPointer(p.name))
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

/** The time before which a policy's `olderThanSeconds` removes revisions. */
export function retentionCutoff(policy: RetentionPolicy, now: Date): Date | null {
  if (policy.olderThanSeconds === undefined) return null
  return new Date((Math.floor(now.getTime() / 1000) - policy.olderThanSeconds) * 1000)
}
