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
import { httpStatus, isBrokenTransfer, isNotFound } from '../s3/errors.js'
import type { SourceEntry } from '../sources/local.js'

/** An S3 object to hash: bucket, key, version and size. */
export interface S3ObjectToHash {
  bucket: string
  key: string
  versionId: string | null
  size: number
}

/** The checksum algorithms a listing gave for objects, by `hintKey` (see SourceEntry). */
export type ChecksumHints = ReadonlyMap<string, readonly string[]>

export function hintKey(o: { bucket: string; key: string; versionId: string | null }): string {
  return `${o.bucket}/${o.key}?${o.versionId ?? ''}`
}

/** The hints of a source's S3 objects whose listing said which checksums they have. */
export function checksumHints(entries: readonly SourceEntry[]): ChecksumHints {
  const hints = new Map<string, readonly string[]>()
  for (const e of entries) {
    const pk = e.physicalKey
    if (e.checksumAlgorithms === undefined || pk.isLocal()) continue
    hints.set(
      hintKey({ bucket: pk.bucket!, key: pk.path, versionId: pk.versionId }),
      e.checksumAlgorithms
    )
  }
  return hints
}

/** How a stored checksum is asked for: its answer, and whether the store refused the form. */
interface Asked {
  value: string | null
  refused: boolean
}

/**
 * Hashes objects already in S3 without downloading them when S3's own checksum is the quilt
 * hash by construction (spec §5.5: a single-request SHA-256 under 8 MiB, hashed once more; or a
 * composite SHA-256 whose parts have quilt's part sizes, from GetObjectAttributes ObjectParts;
 * for `CRC64NVME`, the full-object CRC64NVME S3 keeps, whatever the parts), else by streaming
 * each part with a ranged GET (never a whole object in memory).
 */
export class S3Hasher {
  /**
   * Whether the store answers GetObjectAttributes. The first object asked settles it; the others
   * wait for that answer, so a store or role that refuses it is found out once, up front.
   */
  private attributesUsable: Promise<boolean> | undefined
  private readonly slots: Semaphore

  constructor(
    private readonly s3: S3Client,
    /** Requests in flight at most. */
    readonly concurrency: number,
    private readonly onBytes?: (bytes: number, files: number) => void,
    /** What the listing said of each object's checksums: no request where it proves none. */
    private readonly hints?: ChecksumHints
  ) {
    this.slots = new Semaphore(Math.max(1, concurrency))
  }

  /** The object's hash of `type` (default `sha2-256-chunked`). */
  async hash(o: S3ObjectToHash, type: HashType = SHA256_CHUNKED): Promise<string> {
    if (o.size === 0) {
      this.onBytes?.(0, 1)
      return combineParts(type, [])
    }
    const fromS3 = this.mayStore(o, type) ? await this.stored(o, type) : null
    if (fromS3 !== null) {
      this.onBytes?.(o.size, 1)
      return fromS3
    }
    const value = await this.byReading(o, type)
    this.onBytes?.(0, 1)
    return value
  }

  /** Whether S3 may keep a checksum of `type` for the object (the listing may prove it does not). */
  private mayStore(o: S3ObjectToHash, type: HashType): boolean {
    const listed = this.hints?.get(hintKey(o))
    return listed === undefined || listed.includes(type === CRC64NVME ? 'CRC64NVME' : 'SHA256')
  }

  /** The hash from S3's stored checksum, when the store answers and has a usable one. */
  private async stored(o: S3ObjectToHash, type: HashType): Promise<string | null> {
    // A HEAD is never refused where the object can be read at all: no probe for it.
    if (type === CRC64NVME) return this.slots.use(1, () => this.storedCrc64(o))
    const ask = (): Promise<Asked> => this.slots.use(1, () => this.fromAttributes(o))
    if (this.attributesUsable === undefined) {
      const first = ask()
      this.attributesUsable = first.then(
        (a) => !a.refused,
        () => true
      )
      return (await first).value
    }
    return (await this.attributesUsable) ? (await ask()).value : null
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
      const value =
        r.ChecksumCRC64NVME && r.ChecksumType !== 'COMPOSITE' ? r.ChecksumCRC64NVME : null
      const sameSize = r.ContentLength === undefined || r.ContentLength === o.size
      return sameSize ? value : null
    } catch (e) {
      if (isNotFound(e)) throw new QuiltError(`s3://${o.bucket}/${o.key} does not exist`)
      throw e
    }
  }

  private async fromAttributes(o: S3ObjectToHash): Promise<Asked> {
    const found = (value: string | null): Asked => ({ value, refused: false })
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
        if (!checksum) return found(null)
        const parts = r.ObjectParts
        total = parts?.TotalPartsCount
        for (const p of parts?.Parts ?? []) sizes.push(p.Size ?? -1)
      }
    } catch (e) {
      if (isNotFound(e)) throw new QuiltError(`s3://${o.bucket}/${o.key} does not exist`)
      // Throttled or cut off even after the SDK's retries: this object is read; the form is
      // not given up for the others.
      const status = httpStatus(e)
      if (
        status === undefined
          ? isBrokenTransfer(e)
          : status === 429 || (status >= 500 && status !== 501)
      ) {
        return found(null)
      }
      // Refused (403: no s3:GetObjectAttributes), unsupported (501, 400) or unreadable (some
      // S3-compatible stores answer in a form the SDK rejects): read the data instead.
      return { value: null, refused: true }
    }
    if (checksum === undefined) return found(null)
    const value = checksum.split('-')[0]!
    if (total === undefined) {
      // A composite checksum without its parts listed (some S3-compatible stores): unusable.
      if (checksum.includes('-')) return found(null)
      // Uploaded in one request: the whole object's SHA-256.
      return found(o.size < MULTIPART_THRESHOLD ? quiltHashFromSinglePartChecksum(value) : null)
    }
    if (total !== expectedParts || sizes.length !== total) return found(null)
    const quiltSizes = sizes.every(
      (s, i) => s === (i < total - 1 ? chunk : o.size - chunk * (total - 1))
    )
    return found(quiltSizes ? value : null)
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
