/** Hashes of the entries that have none yet: local files by the pool, S3 objects by the S3 hasher. */
import { forEachLimit } from '../concurrency.js'
import { setNewHash, type Entry } from '../format/manifest.js'
import { SHA256_CHUNKED, type HashType } from '../format/hash.js'
import type { HashPool } from './pool.js'
import type { S3Hasher } from './s3-objects.js'

/** Hashers for entries that have no hash yet: local files and S3 objects. */
export interface Hashers {
  local?: HashPool
  s3?: S3Hasher
}

/**
 * Compute every missing hash (quilt3 `_calculate_missing_hashes`), in place, of `type` (quilt3
 * writes `sha2-256-chunked`).
 */
export async function computeMissingHashes(
  entries: Entry[],
  hashers: Hashers,
  type: HashType = SHA256_CHUNKED
): Promise<void> {
  const missing = entries.filter((e) => e.hash === null)
  const local = missing.filter((e) => e.physicalKey.isLocal())
  const remote = missing.filter((e) => !e.physicalKey.isLocal())
  const jobs: Promise<void>[] = []
  if (local.length > 0) {
    if (!hashers.local) throw new Error('no hasher for local files')
    const pool = hashers.local
    jobs.push(
      pool
        .hashFiles(
          local.map((e) => ({ path: e.physicalKey.path, size: e.size })),
          type
        )
        .then((hs) => {
          local.forEach((e, i) => setNewHash(e, hs[i]!, type))
        })
    )
  }
  if (remote.length > 0) {
    if (!hashers.s3) throw new Error('no hasher for S3 objects')
    const s3 = hashers.s3
    // A few objects at a time (no promise per object made ahead); the hasher bounds requests.
    jobs.push(
      forEachLimit(remote, Math.max(1, s3.concurrency) * 2, async (e) => {
        const pk = e.physicalKey
        const o = { bucket: pk.bucket!, key: pk.path, versionId: pk.versionId, size: e.size }
        setNewHash(e, await s3.hash(o, type), type)
      })
    )
  }
  const settled = await Promise.allSettled(jobs)
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed) throw failed.reason
}
