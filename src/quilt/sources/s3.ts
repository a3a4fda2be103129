/**
 * Packages made of objects under an S3 prefix, listed as quilt3's `set_dir` lists them.
 */
import { pages } from '../pages.js'
import { ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3'
import { PhysicalKey } from '../format/names.js'
import { QuiltError } from '../errors.js'
import { type SourceEntry } from './local.js'

/**
 * The latest version of every object under an S3 prefix, as quilt3's `set_dir` lists it
 * (ListObjectVersions, `IsLatest` only, keys ending in `/` skipped, the version id recorded as S3
 * gives it). Returns the entries and the keys skipped.
 */
export async function listS3Prefix(
  s3: S3Client,
  url: string
): Promise<{ entries: SourceEntry[]; skipped: string[]; display: string }> {
  const pk = PhysicalKey.fromUrl(url)
  if (pk.isLocal()) throw new QuiltError(`Not an S3 URL: ${url}`)
  if (pk.versionId !== null) throw new QuiltError('Directories cannot have versions')
  let prefix = pk.path
  if (prefix !== '' && !prefix.endsWith('/')) prefix += '/'
  const bucket = pk.bucket!
  const entries: SourceEntry[] = []
  const skipped: string[] = []
  // Whether the store lists checksum algorithms at all (AWS does, for every object that has
  // one): only then does a missing one prove the object has none.
  let listsChecksums = false
  const listing = pages(
    (marker: { key?: string; version?: string } | undefined) =>
      s3.send(
        new ListObjectVersionsCommand({
          Bucket: bucket,
          Prefix: prefix,
          KeyMarker: marker?.key,
          VersionIdMarker: marker?.version
        })
      ),
    (r) =>
      r.IsTruncated && r.NextKeyMarker !== undefined
        ? { key: r.NextKeyMarker, version: r.NextVersionIdMarker }
        : undefined
  )
  for await (const r of listing) {
    for (const v of r.Versions ?? []) {
      if (!v.IsLatest || v.Key === undefined) continue
      if (v.Key.endsWith('/')) {
        if ((v.Size ?? 0) !== 0) skipped.push(v.Key)
        continue
      }
      if (v.ChecksumAlgorithm !== undefined) listsChecksums = true
      entries.push({
        logicalKey: v.Key.slice(prefix.length),
        physicalKey: PhysicalKey.s3(bucket, v.Key, v.VersionId ?? null),
        size: v.Size ?? 0,
        checksumAlgorithms: v.ChecksumAlgorithm
      })
    }
  }
  if (listsChecksums) for (const e of entries) e.checksumAlgorithms ??= []
  return { entries, skipped, display: `s3://${bucket}/${prefix}` }
}
