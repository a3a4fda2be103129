/**
 * Cleanup across packages: a name pattern (`team/*`, `*\/raw-*`) selects packages of the
 * registry, and each is handed to `deletePackage` with the same retention policy, top hash or
 * dry-run. Pointers only, as always; packages are processed a few at a time.
 */
import { mapLimit } from '../concurrency.js'
import { PackageNotFoundError, QuiltError, RevisionNotFoundError } from '../errors.js'
import { type Registry } from '../registry/registry.js'
import { deletePackage, resolveTopHash, type DeleteResult, type RetentionPolicy } from './delete.js'

/** Whether a name is a pattern (has `*`, `?` or `[`). */
export function isNamePattern(name: string): boolean {
  return /[*?[]/.test(name)
}

/** A package-name pattern: `*` and `?` within one part of the name (they never match `/`). */
export function namePatternRegExp(pattern: string): RegExp {
  let re = ''
  for (const ch of pattern) {
    if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`, 'u')
}

export interface CleanupRequest {
  /** A package name or a pattern. */
  pattern: string
  registry: Registry
  policy?: RetentionPolicy
  /** Remove this revision wherever it is among the matching packages. */
  topHash?: string
  dryRun?: boolean
  now?: Date
}

/** Each matching package and what was (or would be) removed from it, in name order. */
export async function cleanup(req: CleanupRequest): Promise<Map<string, DeleteResult>> {
  if (req.policy && req.topHash !== undefined) {
    throw new QuiltError(
      'A top hash cannot be combined with a retention policy: use one or the other.'
    )
  }
  const re = namePatternRegExp(req.pattern)
  // A bad hash fails here, once; a good one need not be in every matching package.
  const topHash =
    req.topHash === undefined ? undefined : await resolveTopHash(req.registry, req.topHash)
  const names = (await req.registry.listPackages()).filter((n) => re.test(n))
  const results = await mapLimit(names, 8, async (name) => {
    try {
      return await deletePackage({
        name,
        registry: req.registry,
        topHash,
        policy: req.policy,
        dryRun: req.dryRun,
        now: req.now
      })
    } catch (e) {
      // The revision is not in this package, or the package went away since the listing.
      if (e instanceof RevisionNotFoundError || e instanceof PackageNotFoundError) return null
      throw e
    }
  })
  const out = new Map<string, DeleteResult>()
  names.forEach((n, i) => {
    const r = results[i]
    if (r) out.set(n, r)
  })
  return out
}
