/**
 * Fixtures for the cleanup tests against moto: packages with many revisions written directly
 * (manifest, timestamp pointers with synthetic times, `latest`), and the bucket's full
 * object-version listing (versions and delete markers) to prove what a run wrote or did not.
 */
import { type S3Client } from '@aws-sdk/client-s3'
import { pyObject } from '../../src/quilt/py/json.js'
import { Package } from '../../src/quilt/format/manifest.js'
import { type Registry } from '../../src/quilt/registry/registry.js'
import { mapLimit } from '../../src/quilt/concurrency.js'
import { versionPages } from './s3-objects.js'

export const DAY = 86_400

/** One revision of a seeded package. */
export interface Seeded {
  /** Timestamp pointer name (Unix seconds). */
  name: string
  topHash: string
  /** Age in days at seeding time. */
  ageDays: number
}

/** A small, valid manifest (no entries) unique to `label`. */
export function tinyManifest(label: string): { topHash: string; manifest: Buffer } {
  const p = new Package()
  p.setMessage(label)
  p.setUserMeta(pyObject([['label', label]]))
  return { topHash: p.topHash(), manifest: p.toManifest() }
}

/**
 * Write revisions of `name` aged `ageDays` (relative to `now`, in days; the fraction keeps
 * pointer names distinct), their manifests, and `latest` naming the newest one, or the revision
 * at index `latestIndex`. Revisions are returned newest first.
 */
export async function seedPackage(
  registry: Registry,
  name: string,
  ageDays: number[],
  opts: { now?: Date; latestIndex?: number; shareManifests?: boolean } = {}
): Promise<{ revisions: Seeded[]; latest: string }> {
  const nowS = Math.floor((opts.now ?? new Date()).getTime() / 1000)
  const revisions = ageDays
    .map((age, i) => {
      const m = tinyManifest(opts.shareManifests ? `rev ${i}` : `${name} rev ${i}`)
      return { name: String(nowS - Math.round(age * DAY)), topHash: m.topHash, ageDays: age, m }
    })
    .sort((a, b) => Number(b.name) - Number(a.name))
  await mapLimit(revisions, 16, async (r) => {
    await registry.putManifest(r.topHash, r.m.manifest)
    const made = await registry.createRevisionPointer(name, r.topHash, Number(r.name))
    if (made !== r.name) throw new Error(`pointer ${r.name} of ${name} exists already`)
  })
  const latest = revisions[opts.latestIndex ?? 0]!.topHash
  await registry.forceLatest(name, latest)
  return {
    revisions: revisions.map(({ name: n, topHash, ageDays: a }) => ({
      name: n,
      topHash,
      ageDays: a
    })),
    latest
  }
}

/** One row of ListObjectVersions: an object version or a delete marker. */
export interface VersionRow {
  key: string
  versionId: string
  deleteMarker: boolean
  isLatest: boolean
}

/** The bucket's whole ListObjectVersions (every page), sorted by key then version id. */
export async function objectVersions(s3: S3Client, bucket: string): Promise<VersionRow[]> {
  const out: VersionRow[] = []
  const row = (
    v: { Key?: string; VersionId?: string; IsLatest?: boolean },
    deleteMarker: boolean
  ): VersionRow => ({
    key: v.Key!,
    versionId: v.VersionId ?? 'null',
    deleteMarker,
    isLatest: v.IsLatest ?? false
  })
  for await (const r of versionPages(s3, bucket)) {
    for (const v of r.Versions ?? []) out.push(row(v, false))
    for (const d of r.DeleteMarkers ?? []) out.push(row(d, true))
  }
  return out.sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.versionId < b.versionId ? -1 : 1
  )
}

/**
 * What changed between two listings: rows added (`added`), rows gone (`gone`), ignoring
 * `isLatest` (a delete marker makes the version under it non-current).
 */
export function versionDiff(
  before: VersionRow[],
  after: VersionRow[]
): { added: VersionRow[]; gone: VersionRow[] } {
  const id = (r: VersionRow): string => `${r.key}\u0000${r.versionId}\u0000${r.deleteMarker}`
  const b = new Set(before.map(id))
  const a = new Set(after.map(id))
  return { added: after.filter((r) => !b.has(id(r))), gone: before.filter((r) => !a.has(id(r))) }
}

export const pointerKey = (name: string, pointer: string): string =>
  `.quilt/named_packages/${name}/${pointer}`
