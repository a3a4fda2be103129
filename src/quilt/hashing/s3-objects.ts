/**
 * Hashes of objects already in S3 (spec §5.5): from S3's own checksum when it is the quilt hash
 * by construction, else by reading the object in parts. Loaded only when S3 objects are hashed.
 */
import { pages } from '../pages.js'
import {
  GetObjectAttributesCommand,
  GetObjectCommand,
  HeadObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import {
  chunkSize,
  combineParts,
  CRC64NVME,
  MULTIPART_THRESHOLD,
  quiltHashFromSinglePartChecksum,
  SHA256_CHUNKED,
  type HashType
} from '../format/hash.js'
import { crc64nvmeKernel, type Crc64Kernel } from '../format/crc64.js'
import { QuiltError } from '../errors.js'
import { retry, Semaphore } from '../concurrency.js'
import { isBrokenTransfer, isNotFound } from '../s3/errors.js'

/** An S3 object to hash: bucket, key, version and size. */
export interface S3ObjectToHash {
  bucket: string
  key: string
  versionId: string | null
  size: number
}

/**
 * Hashes objects already in S3 without downloading them when S3's own checksum is the quilt
 * hash by construction (spec §5.5: a single-request SHA-256 under 8 MiB, hashed once more; or a
 * composite SHA-256 whose parts have quilt's part sizes, from GetObjectAttributes ObjectParts;
 * for `CRC64NVME`, the full-object CRC64NVME S3 keeps, whatever the parts), else by streaming
 * each part with a ranged GET (never a whole object in memory).
 */
export class S3Hasher {
  /** Cleared when the store or the credentials refuse GetObjectAttributes. */
  private attributesUsable = true
  private readonly slots: Semaphore

  constructor(
    private readonly s3: S3Client,
    concurrency: number,
    private readonly onBytes?: (bytes: number, files: number) => void
  ) {
    this.slots = new Semaphore(Math.max(1, concurrency))
  }

  /** The object's hash of `type` (default `sha2-256-chunked`). */
  async hash(o: S3ObjectToHash, type: HashType = SHA256_CHUNKED): Promise<string> {
    if (o.size === 0) {
      this.onBytes?.(0, 1)
      return combineParts(type, [])
    }
    const fromS3 =
      type === CRC64NVME
        ? await this.slots.use(1, () => this.storedCrc64(o))
        : this.attributesUsable
          ? await this.slots.use(1, () => this.fromAttributes(o))
          : null
    if (fromS3 !== null) {
      this.onBytes?.(o.size, 1)
      return fromS3
    }
    const value = await this.byReading(o, type)
    this.onBytes?.(0, 1)
    return value
  }

  /**
   * The full-object CRC64NVME S3 keeps for the object (S3 computes one for every object
   * uploaded since 2025): one HEAD with checksum mode, no byte read.
   */
  private async storedCrc64(o: S3ObjectToHash): Promise<string | null> {
    try {
      const r = await this.s3.send(
        new HeadObjectCommand({
          Bucket: o.bucket,
          Key: o.key,
          ...(o.versionId ? { VersionId: o.versionId } : {}),
          ChecksumMode: 'ENABLED'
        })
      )
      if (r.ContentLength !== undefined && r.ContentLength !== o.size) return null
      return r.ChecksumCRC64NVME && r.ChecksumType !== 'COMPOSITE' ? r.ChecksumCRC64NVME : null
    } catch (e) {
      if (isNotFound(e)) throw new QuiltError(`s3://${o.bucket}/${o.key} does not exist`)
      throw e
    }
  }

  private async fromAttributes(o: S3ObjectToHash): Promise<string | null> {
    const chunk = chunkSize(o.size)
    const expectedParts = Math.ceil(o.size / chunk)
    let checksum: string | undefined
    const sizes: number[] = []
    let total: number | undefined
    try {
      const listing = pages(
        (marker: string | undefined) =>
          this.s3.send(
            new GetObjectAttributesCommand({
              Bucket: o.bucket,
              Key: o.key,
              ...(o.versionId ? { VersionId: o.versionId } : {}),
              // "Checksum" first: some S3 emulators only parse the first name of the list right.
              ObjectAttributes: ['Checksum', 'ObjectParts'],
              MaxParts: 1000,
              ...(marker ? { PartNumberMarker: marker } : {})
            })
          ),
        (r) =>
          r.ObjectParts?.IsTruncated ? r.ObjectParts.NextPartNumberMarker || undefined : undefined
      )
      for await (const r of listing) {
        checksum = r.Checksum?.ChecksumSHA256
        if (!checksum) return null
        const parts = r.ObjectParts
        total = parts?.TotalPartsCount
        for (const p of parts?.Parts ?? []) sizes.push(p.Size ?? -1)
      }
    } catch (e) {
      if (isNotFound(e)) throw new QuiltError(`s3://${o.bucket}/${o.key} does not exist`)
      // Refused (403: no s3:GetObjectAttributes), unsupported (501, 400) or unreadable (some
      // S3-compatible stores answer in a form the SDK rejects): read the data instead.
      this.attributesUsable = false
      return null
    }
    if (checksum === undefined) return null
    const value = checksum.split('-')[0]!
    if (total === undefined) {
      // Uploaded in one request: the whole object's SHA-256.
      return o.size < MULTIPART_THRESHOLD ? quiltHashFromSinglePartChecksum(value) : null
    }
    if (total !== expectedParts || sizes.length !== total) return null
    const quiltSizes = sizes.every(
      (s, i) => s === (i < total - 1 ? chunk : o.size - chunk * (total - 1))
    )
    return quiltSizes ? value : null
  }

  private async byReading(o: S3ObjectToHash, type: HashType): Promise<string> {
    const chunk = chunkSize(o.size)
    const n = Math.ceil(o.size / chunk)
    const parts = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        this.slots.use(1, () =>
          retry(
            async () => {
              const start = i * chunk
              const end = Math.min(o.size, start + chunk) - 1
              const r = await this.s3.send(
                new GetObjectCommand({
                  Bucket: o.bucket,
                  Key: o.key,
                  Range: `bytes=${start}-${end}`,
                  ...(o.versionId ? { VersionId: o.versionId } : {})
                })
              )
              const h = partDigester(type)
              let got = 0
              for await (const piece of r.Body as AsyncIterable<Uint8Array>) {
                h.update(piece)
                got += piece.length
                this.onBytes?.(piece.length, 0)
              }
              if (got !== end - start + 1) {
                throw new QuiltError(
                  `s3://${o.bucket}/${o.key}: read ${got} bytes of part ${i + 1}, expected ${end - start + 1}`
                )
              }
              return { digest: h.digest(), size: got }
            },
            { attempts: 4, baseMs: 200, retryable: isBrokenTransfer }
          )
        )
      )
    )
    return combineParts(type, parts)
  }
}

let crcKernel: Crc64Kernel | undefined

/** The digest of one part: raw sha256, or the 8-byte CRC-64/NVME. */
function partDigester(type: HashType): { update(b: Uint8Array): void; digest(): Uint8Array } {
  if (type === SHA256_CHUNKED) return createHash('sha256')
  crcKernel ??= crc64nvmeKernel()
  const k = crcKernel
  const s = k.start()
  return { update: (b) => k.update(s, b), digest: () => k.digest(s) }
}
