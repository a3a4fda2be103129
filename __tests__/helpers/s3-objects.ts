/**
 * Looking at what a registry bucket holds, for the S3 tests: object versions per key, pointer
 * contents, checksums, and the version-id substitution that lets a manifest written against one
 * S3 (the vectors' fake S3, or quilt3's push) be compared byte for byte with one written against
 * another.
 */
import {
  CopyObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  type ListObjectVersionsCommandOutput,
  type S3Client
} from '@aws-sdk/client-s3'

export interface KeyVersions {
  /** Version ids of the key, oldest first (delete markers excluded). */
  versions: string[]
  /** Size of the current version (undefined when the key's current version is a delete marker). */
  size?: number
  /** Whether the current version is a delete marker. */
  deleted: boolean
}

/** Every page of a bucket's ListObjectVersions, in order. */
export async function* versionPages(
  s3: S3Client,
  bucket: string
): AsyncGenerator<ListObjectVersionsCommandOutput> {
  let keyMarker: string | undefined
  let versionMarker: string | undefined
  do {
    const r = await s3.send(
      new ListObjectVersionsCommand({
        Bucket: bucket,
        KeyMarker: keyMarker,
        VersionIdMarker: versionMarker
      })
    )
    yield r
    keyMarker = r.IsTruncated ? r.NextKeyMarker : undefined
    versionMarker = r.IsTruncated ? r.NextVersionIdMarker : undefined
  } while (keyMarker !== undefined)
}

/** Every key of a bucket with its versions (all pages of ListObjectVersions). */
export async function bucketVersions(
  s3: S3Client,
  bucket: string
): Promise<Map<string, KeyVersions>> {
  const out = new Map<string, KeyVersions>()
  const get = (key: string): KeyVersions => {
    let kv = out.get(key)
    if (!kv) out.set(key, (kv = { versions: [], deleted: false }))
    return kv
  }
  for await (const r of versionPages(s3, bucket)) {
    // S3 (and moto) list the versions of a key newest first.
    for (const v of r.Versions ?? []) {
      const kv = get(v.Key!)
      kv.versions.unshift(v.VersionId!)
      if (v.IsLatest) kv.size = v.Size ?? 0
    }
    for (const m of r.DeleteMarkers ?? []) if (m.IsLatest) get(m.Key!).deleted = true
  }
  return out
}

/** The keys whose current version is an object (not a delete marker), sorted. */
export function liveKeys(versions: Map<string, KeyVersions>): string[] {
  return [...versions.entries()]
    .filter(([, v]) => !v.deleted && v.versions.length > 0)
    .map(([k]) => k)
    .sort()
}

/** Copy the current version of every object of `from` into `to` (same keys). */
export async function copyBucket(s3: S3Client, from: string, to: string): Promise<void> {
  for (const key of liveKeys(await bucketVersions(s3, from))) {
    await s3.send(
      new CopyObjectCommand({
        Bucket: to,
        Key: key,
        CopySource: `${from}/${encodeURIComponent(key).replace(/%2F/g, '/')}`
      })
    )
  }
}

export async function getBytes(
  s3: S3Client,
  bucket: string,
  key: string,
  versionId?: string
): Promise<Buffer> {
  const r = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }))
  return Buffer.from(await r.Body!.transformToByteArray())
}

/** The top hash a package's `latest` pointer holds. */
export async function latestOf(s3: S3Client, bucket: string, name: string): Promise<string> {
  return (await getBytes(s3, bucket, `.quilt/named_packages/${name}/latest`)).toString('utf-8')
}

export async function getText(s3: S3Client, bucket: string, key: string): Promise<string> {
  return (await getBytes(s3, bucket, key)).toString('utf-8')
}

/** The SHA-256 checksum S3 keeps for an object (HEAD with checksum mode), if any. */
export async function s3Checksum(
  s3: S3Client,
  bucket: string,
  key: string
): Promise<string | undefined> {
  const r = await s3.send(
    new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' })
  )
  return r.ChecksumSHA256
}

/** Python `urllib.parse.quote_plus` (what quilt3 uses for `?versionId=` in physical keys). */
export function quotePlus(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%20/g, '+')
}

function unquotePlus(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '))
}

/** An `s3://` physical key as quilt3 writes it: bucket, decoded key, decoded version id. */
export function parseS3Url(url: string): { bucket: string; key: string; versionId: string | null } {
  const m = /^s3:\/\/([^/?]+)\/([^?]*)(?:\?versionId=(.*))?$/.exec(url)
  if (!m) throw new Error(`not an s3:// physical key: ${url}`)
  return {
    bucket: m[1]!,
    key: decodeURIComponent(m[2]!),
    versionId: m[3] === undefined ? null : unquotePlus(m[3])
  }
}

/** The physical keys of a manifest's entry lines, in order (directory lines have none). */
export function manifestPhysicalKeys(manifest: string): { logicalKey: string; url: string }[] {
  return manifest
    .split('\n')
    .filter((l) => l !== '')
    .slice(1)
    .map((l) => JSON.parse(l) as { logical_key: string; physical_keys?: string[] })
    .filter((e) => e.physical_keys !== undefined)
    .map((e) => ({ logicalKey: e.logical_key, url: e.physical_keys![0]! }))
}

/**
 * A manifest written against the vectors' fake S3 with its version ids replaced by the ones
 * another S3 gave the same objects. The fake S3's ids start with a per-key counter
 * (`01.…`, `02.…`): the n-th version of a key there is the n-th version of the same key here
 * (`versionsOf` returns them oldest first).
 */
export function substituteVectorVersionIds(
  manifest: string,
  versionsOf: (bucket: string, key: string) => string[]
): string {
  return manifest.replace(/"(s3:\/\/[^"?]+)\?versionId=([^"]*)"/g, (_all, base: string, enc) => {
    const { bucket, key, versionId } = parseS3Url(`${base}?versionId=${enc as string}`)
    const ordinal = Number(/^(\d+)\./.exec(versionId!)?.[1])
    if (!Number.isInteger(ordinal)) throw new Error(`unexpected vector version id ${versionId!}`)
    const ours = versionsOf(bucket, key)[ordinal - 1]
    if (ours === undefined) {
      throw new Error(
        `s3://${bucket}/${key} has no version #${ordinal} (it has ${versionsOf(bucket, key).length})`
      )
    }
    return `"${base}?versionId=${quotePlus(ours)}"`
  })
}

/**
 * `theirs` with the physical key of each entry replaced by the one `ours` records for the same
 * logical key (entry lines matched by logical key), so that two manifests of the same content
 * pushed to different places can be compared byte for byte.
 */
export function withPhysicalKeysOf(theirs: string, ours: string): string {
  const mine = new Map(manifestPhysicalKeys(ours).map((e) => [e.logicalKey, e.url]))
  const lines = theirs.split('\n')
  return lines
    .map((line, i) => {
      if (i === 0 || line === '') return line
      const e = JSON.parse(line) as { logical_key: string; physical_keys?: string[] }
      if (!e.physical_keys) return line
      const replacement = mine.get(e.logical_key)
      if (replacement === undefined) return line
      return line.replace(JSON.stringify(e.physical_keys[0]), () => JSON.stringify(replacement))
    })
    .join('\n')
}
