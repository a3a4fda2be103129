/**
 * The hash arithmetic of the spec (§5): `sha2-256-chunked` (quilt3 8 writes only this) and legacy
 * `SHA256`: part sizes, the digest of the parts' digests, and S3's checksums read as quilt hashes.
 */
import { createHash } from 'node:crypto'

export const MiB = 1024 * 1024
/** quilt3 `CHECKSUM_MULTIPART_THRESHOLD`: from this size on, pushes use multipart uploads. */
export const MULTIPART_THRESHOLD = 8 * MiB
const MIN_CHUNK = 8 * MiB
const MAX_PARTS = 10_000

export const SHA256_CHUNKED = 'sha2-256-chunked'
export const SHA256_LEGACY = 'SHA256'

/** A quilt hash object, `{"type": ..., "value": ...}`. */
export interface QuiltHash {
  type: string
  value: string
}

/** quilt3 `get_checksum_chunksize`: 8 MiB, doubled until the file has at most 10,000 parts. */
export function chunkSize(size: number): number {
  let chunk = MIN_CHUNK
  while (Math.ceil(size / chunk) > MAX_PARTS) chunk *= 2
  return chunk
}

/** Number of parts of the quilt hash (and of a quilt multipart upload); 0 for an empty file. */
export function partCount(size: number): number {
  return Math.ceil(size / chunkSize(size))
}

/** `b64(sha256(d1 ‖ d2 ‖ … ‖ dn))`; with no parts, `b64(sha256(""))`. */
export function combinePartDigests(digests: readonly Uint8Array[]): string {
  const h = createHash('sha256')
  for (const d of digests) h.update(d)
  return h.digest('base64')
}

/** The quilt hash of bytes held in memory (manifests, tests, small objects). */
export function hashBytes(data: Uint8Array): string {
  const size = data.length
  const chunk = chunkSize(size)
  const digests: Buffer[] = []
  for (let off = 0; off < size; off += chunk) {
    digests.push(
      createHash('sha256')
        .update(data.subarray(off, off + chunk))
        .digest()
    )
  }
  return combinePartDigests(digests)
}

/** Legacy `SHA256`: lower-case hex sha256 of the whole content. */
export function legacySha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * quilt3 `_simple_s3_to_quilt_checksum`: S3's single-request `ChecksumSHA256` (sha256 of the
 * whole object) as a quilt hash: hashed once more, except for the empty object.
 */
export function quiltHashFromSinglePartChecksum(checksumB64: string): string {
  const digest = Buffer.from(checksumB64, 'base64')
  if (digest.equals(createHash('sha256').digest())) return checksumB64
  return createHash('sha256').update(digest).digest('base64')
}
