/**
 * The hash arithmetic of the spec (§5): `sha2-256-chunked` (quilt3 8 writes only this), `CRC64NVME`
 * (quilt3 8 reads and verifies it; the catalog and quilt-rs write it) and legacy `SHA256`: part
 * sizes, the combination of the parts' digests, and S3's checksums read as quilt hashes.
 */
import { createHash, hash as cryptoHash } from 'node:crypto'
import { crc64nvmeKernel, type Crc64Kernel } from './crc64.js'

export const MiB = 1024 * 1024
/** quilt3 `CHECKSUM_MULTIPART_THRESHOLD`: from this size on, pushes use multipart uploads. */
export const MULTIPART_THRESHOLD = 8 * MiB
const MIN_CHUNK = 8 * MiB
const MAX_PARTS = 10_000

export const SHA256_CHUNKED = 'sha2-256-chunked'
export const CRC64NVME = 'CRC64NVME'
export const SHA256_LEGACY = 'SHA256'

/** The hash types this tool writes (the `checksum` input): quilt3's default, or CRC-64/NVME. */
export type HashType = typeof SHA256_CHUNKED | typeof CRC64NVME
export const HASH_TYPES: readonly HashType[] = [SHA256_CHUNKED, CRC64NVME]

/** The hash types quilt3 8.0.0 reads (`SUPPORTED_HASH_TYPES`). */
export const READABLE_HASH_TYPES: readonly string[] = [SHA256_LEGACY, SHA256_CHUNKED, CRC64NVME]

/** A part's raw digest (sha256: 32 bytes; CRC-64/NVME: 8 bytes big-endian) and its length. */
export interface PartDigest {
  digest: Uint8Array
  size: number
}

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

/**
 * SHA-256 of bytes, or of a text's UTF-8: one call where Node has `crypto.hash` (>= 20.12), no
 * Hash object per digest.
 */
export function sha256(data: Uint8Array | string): Buffer
export function sha256(data: Uint8Array | string, encoding: 'base64' | 'hex'): string
export function sha256(data: Uint8Array | string, encoding?: 'base64' | 'hex'): Buffer | string {
  if (oneShot) return oneShot('sha256', data, encoding ?? 'buffer')
  const h = createHash('sha256').update(data)
  return encoding === undefined ? h.digest() : h.digest(encoding)
}
const oneShot = typeof cryptoHash === 'function' ? cryptoHash : undefined

/** `b64(sha256(d1 ‖ d2 ‖ … ‖ dn))`; with no parts, `b64(sha256(""))`. */
export function combinePartDigests(digests: readonly Uint8Array[]): string {
  if (digests.length === 1) return sha256(digests[0]!, 'base64')
  const h = createHash('sha256')
  for (const d of digests) h.update(d)
  return h.digest('base64')
}

/** The quilt hash of bytes held in memory (manifests, tests, small objects). */
export function hashBytes(data: Uint8Array, type: HashType = SHA256_CHUNKED): string {
  if (type === CRC64NVME) return crc64Base64(data)
  const size = data.length
  // One part (`combinePartDigests` of one digest), without a list.
  if (size > 0 && size <= MULTIPART_THRESHOLD) return sha256(sha256(data), 'base64')
  const chunk = chunkSize(size)
  const digests: Buffer[] = []
  for (let off = 0; off < size; off += chunk) digests.push(sha256(data.subarray(off, off + chunk)))
  return combinePartDigests(digests)
}

/** The hash of a file from its parts' digests, in order (an empty file has no part). */
export function combineParts(type: HashType, parts: readonly PartDigest[]): string {
  if (type === SHA256_CHUNKED) return combinePartDigests(parts.map((p) => p.digest))
  let crc = 0n
  let opSize = -1
  let op = 0n
  parts.forEach((p, i) => {
    const value = BigInt('0x' + Buffer.from(p.digest).toString('hex'))
    if (i === 0) {
      crc = value
      return
    }
    if (p.size !== opSize) {
      op = xPow8nModP(p.size)
      opSize = p.size
    }
    crc = multModP(op, crc) ^ value
  })
  return crc64ToBase64(crc)
}

let kernel: Crc64Kernel | undefined

/** `CRC64NVME` of bytes in memory: base64 of the 8-byte big-endian CRC-64/NVME (quilt3, S3). */
export function crc64Base64(data: Uint8Array): string {
  kernel ??= crc64nvmeKernel()
  const s = kernel.start()
  kernel.update(s, data)
  return Buffer.from(kernel.digest(s)).toString('base64')
}

function crc64ToBase64(crc: bigint): string {
  return Buffer.from(crc.toString(16).padStart(16, '0'), 'hex').toString('base64')
}

// CRC combination (as zlib's crc32_combine, for CRC-64/NVME): CRC(A ‖ B) = x^(8|B|)·CRC(A) ⊕
// CRC(B) modulo the polynomial, in the reflected bit order. Part CRCs computed in parallel are
// combined into the whole file's CRC, the value S3 gives for a full-object CRC64NVME.
const POLY = 0x9a6c9329ac4bc9b5n
const TOP = 1n << 63n

/** a·b modulo the polynomial (reflected: bit 63 is x^0). */
function multModP(a: bigint, b: bigint): bigint {
  let m = TOP
  let p = 0n
  for (;;) {
    if (a & m) {
      p ^= b
      if ((a & (m - 1n)) === 0n) break
    }
    m >>= 1n
    b = b & 1n ? (b >> 1n) ^ POLY : b >> 1n
  }
  return p
}

/** x^(8n) modulo the polynomial: the operator that appends n zero bytes. */
function xPow8nModP(n: number): bigint {
  let p = TOP // x^0
  let square = TOP >> 8n // x^8 (one byte)
  for (let k = n; k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) p = multModP(square, p)
    square = multModP(square, square)
  }
  return p
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
