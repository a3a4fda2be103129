/**
 * The invariants of a registry bucket that no run, however it ends, may break (issue 10):
 *
 *  1. every pointer names a manifest that exists;
 *  2. every entry of such a manifest is at its versioned key, with the recorded size and hash
 *     (the bytes are read and hashed here), so `latest` is a complete revision;
 *  3. no data object version that existed before is gone, and no data key got a delete marker;
 *  4. no multipart upload is left open;
 *  5. given the runs that reported success: each one's revision is reachable by a pointer of its
 *     package, and `latest` names one of them.
 *
 * `checkRegistry` returns the violations found, one line each: tests expect none.
 */
import { GetObjectCommand, ListMultipartUploadsCommand, type S3Client } from '@aws-sdk/client-s3'
import { hashBytes } from '../../src/quilt/format/hash.js'
import { PhysicalKey } from '../../src/quilt/format/names.js'
import { objectVersions } from './cleanup-s3.js'

const NAMED = '.quilt/named_packages/'
const PACKAGES = '.quilt/packages/'

/** Every object version and delete marker of a bucket. */
export interface BucketSnapshot {
  /** key -> version ids. */
  versions: Map<string, Set<string>>
  /** key -> whether its current version is a delete marker. */
  currentIsMarker: Map<string, boolean>
  /** `key@version` of every delete marker. */
  markers: Set<string>
}

export async function snapshot(s3: S3Client, bucket: string): Promise<BucketSnapshot> {
  const out: BucketSnapshot = {
    versions: new Map(),
    currentIsMarker: new Map(),
    markers: new Set()
  }
  for (const v of await objectVersions(s3, bucket)) {
    if (v.isLatest) out.currentIsMarker.set(v.key, v.deleteMarker)
    if (v.deleteMarker) {
      out.markers.add(`${v.key}@${v.versionId}`)
      continue
    }
    const set = out.versions.get(v.key) ?? new Set<string>()
    set.add(v.versionId)
    out.versions.set(v.key, set)
  }
  return out
}

/** How many object versions and delete markers a bucket holds (a misreading changes neither). */
export function versionCount(s: BucketSnapshot): { versions: number; markers: number } {
  let versions = 0
  for (const set of s.versions.values()) versions += set.size
  return { versions, markers: s.markers.size }
}

async function getBytes(
  s3: S3Client,
  bucket: string,
  key: string,
  versionId?: string | null
): Promise<Buffer | null> {
  try {
    const r = await s3.send(
      new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ...(versionId && versionId !== 'null' ? { VersionId: versionId } : {})
      })
    )
    return Buffer.from(await r.Body!.transformToByteArray())
  } catch (e) {
    const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
    if (status === 404 || status === 405) return null
    throw e
  }
}

/** A run that reported success: its package and revision. */
export interface Success {
  name: string
  topHash: string
}

export interface CheckOptions {
  /** The bucket before the runs: none of its data versions may be gone. */
  before?: BucketSnapshot
  /** The runs that reported success. */
  successes?: Success[]
  /** Whether `latest` must name a successful run's revision (default: when successes given). */
  latestFromSuccesses?: boolean
  /** Between a kill and the re-run that aborts them, uploads may be open. */
  allowOpenUploads?: boolean
}

/** The violations of the invariants in `bucket`; [] when there is none. */
export async function checkRegistry(
  s3: S3Client,
  bucket: string,
  options: CheckOptions = {}
): Promise<string[]> {
  const violations: string[] = []
  const now = await snapshot(s3, bucket)
  const live = (key: string): boolean => now.currentIsMarker.get(key) === false

  // 1. Pointers name manifests that exist.
  const pointers = new Map<string, Map<string, string>>() // package -> pointer -> hash
  for (const key of now.versions.keys()) {
    if (!key.startsWith(NAMED) || !live(key)) continue
    const parts = key.slice(NAMED.length).split('/')
    if (parts.length !== 3) continue
    const name = `${parts[0]!}/${parts[1]!}`
    const hash = (await getBytes(s3, bucket, key))?.toString('utf-8').trim() ?? ''
    if (!/^[0-9a-f]{64}$/.test(hash)) {
      violations.push(`pointer ${key} does not hold a top hash: ${JSON.stringify(hash)}`)
      continue
    }
    const m = pointers.get(name) ?? new Map<string, string>()
    m.set(parts[2]!, hash)
    pointers.set(name, m)
  }
  const named = new Set([...pointers.values()].flatMap((m) => [...m.values()]))
  const checkedObjects = new Map<string, string | null>() // url -> problem
  for (const hash of named) {
    const manifest = live(PACKAGES + hash) ? await getBytes(s3, bucket, PACKAGES + hash) : null
    if (manifest === null) {
      violations.push(`a pointer names ${hash}, whose manifest is missing`)
      continue
    }
    // 2. Every entry is where the manifest says, with its size and hash.
    const lines = manifest.toString('utf-8').split('\n').filter(Boolean).slice(1)
    for (const line of lines) {
      const e = JSON.parse(line) as {
        logical_key: string
        physical_keys: string[]
        size: number
        hash: { type: string; value: string }
      }
      const url = e.physical_keys[0]!
      if (!checkedObjects.has(url)) {
        const pk = PhysicalKey.fromUrl(url)
        let problem: string | null = null
        if (pk.isLocal()) problem = `a local file (${url}) in an S3 registry`
        else if (pk.bucket === bucket) {
          const data = await getBytes(s3, bucket, pk.path, pk.versionId)
          if (data === null) problem = `${url} is missing`
          else if (data.length !== e.size)
            problem = `${url} has ${data.length} bytes, not ${e.size}`
          else if (e.hash.type === 'sha2-256-chunked' && hashBytes(data) !== e.hash.value)
            problem = `${url} does not hash to ${e.hash.value}`
        }
        checkedObjects.set(url, problem)
      }
      const problem = checkedObjects.get(url)
      if (problem) violations.push(`revision ${hash}, entry ${e.logical_key}: ${problem}`)
    }
  }

  // 3. No data version removed, no delete marker on data.
  if (options.before) {
    for (const [key, versions] of options.before.versions) {
      if (key.startsWith('.quilt/')) continue
      for (const v of versions) {
        if (!now.versions.get(key)?.has(v)) violations.push(`data version ${key}@${v} is gone`)
      }
    }
    for (const m of now.markers) {
      if (!m.startsWith('.quilt/') && !options.before.markers.has(m))
        violations.push(`data key got a delete marker: ${m}`)
    }
  }

  // 4. No multipart upload left open.
  if (!options.allowOpenUploads) {
    const uploads = await s3.send(new ListMultipartUploadsCommand({ Bucket: bucket }))
    for (const u of uploads.Uploads ?? []) {
      violations.push(`multipart upload left open: ${u.Key!} (${u.UploadId!})`)
    }
  }

  // 5. Successful runs are reachable; latest is one of them.
  const successes = options.successes ?? []
  for (const s of successes) {
    if (![...(pointers.get(s.name)?.values() ?? [])].includes(s.topHash)) {
      violations.push(`${s.name}@${s.topHash} reported success but no pointer names it`)
    }
  }
  if (options.latestFromSuccesses ?? successes.length > 0) {
    for (const [name, m] of pointers) {
      const latest = m.get('latest')
      const ours = successes.filter((s) => s.name === name)
      if (ours.length > 0 && !ours.some((s) => s.topHash === latest)) {
        violations.push(`${name}: latest is ${latest ?? 'absent'}, not a successful run's revision`)
      }
    }
  }
  return violations
}
