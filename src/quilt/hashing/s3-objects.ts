/**
 * Hashes of objects already in S3 (spec §5.5): from S3's own checksum when it is the quilt hash
 * by construction, else by reading the object in parts. Loaded only when S3 objects are hashed.
 */
import { pages } from '../pages.js'
import { GetObjectAttributesCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import {
  chunkSize,
  combinePartDigests,
  MULTIPART_THRESHOLD,
  quiltHashFromSinglePartChecksum
} from '../format/hash.js'
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
 * composite SHA-256 whose parts have quilt's part sizes, from GetObjectAttributes ObjectParts),
 * else by streaming each part with a ranged GET (never a whole object in memory).
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

  async hash(o: S3ObjectToHash): Promise<string> {
    if (o.size === 0) {
      this.onBytes?.(0, 1)
      return combinePartDigests([])
    }
    const fromS3 = this.attributesUsable
      ? await this.slots.use(1, () => this.fromAttributes(o))
      : null
    if (fromS3 !== null) {
      this.onBytes?.(o.size, 1)
      return fromS3
    }
    const value = await this.byReading(o)
    this.onBytes?.(0, 1)
    return value
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

  private async byReading(o: S3ObjectToHash): Promise<string> {
    const chunk = chunkSize(o.size)
    const n = Math.ceil(o.size / chunk)
    const digests = await Promise.all(
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
              const h = createHash('sha256')
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
              return h.digest()
            },
            { attempts: 4, baseMs: 200, retryable: isBrokenTransfer }
          )
        )
      )
    )
    return combinePartDigests(digests)
  }
}
