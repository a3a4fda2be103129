/**
 * Moving bytes into S3 the way quilt3 does (spec §5.4, §9.2), so that S3 computes the quilt hash
 * for us and verifies every byte: single PutObject below 8 MiB, multipart uploads with quilt's
 * part sizes from 8 MiB on, SHA-256 checksums on every request; server-side copies for objects
 * already in S3; a HEAD with checksum mode to find objects that are already there.
 *
 * Every part's SHA-256 is computed here from the bytes actually sent and given to S3, which
 * refuses the request if the bytes it received differ (BadDigest). When the caller knows the
 * hash the file had when it was hashed, a different hash now fails the transfer: the file
 * changed on disk.
 */
import { pages } from '../pages.js'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  UploadPartCommand,
  UploadPartCopyCommand,
  type CompletedPart,
  type S3Client
} from '@aws-sdk/client-s3'
import { setMaxListeners } from 'node:events'
import { retry, Semaphore } from '../concurrency.js'
import {
  chunkSize,
  combinePartDigests,
  combineParts,
  crc64Base64,
  CRC64NVME,
  MiB,
  MULTIPART_THRESHOLD,
  partCount,
  quiltHashFromSinglePartChecksum,
  sha256,
  SHA256_CHUNKED,
  type HashType,
  type PartDigest
} from '../format/hash.js'
import { crc64nvmeKernel } from '../format/crc64.js'
import { FileChangedError, QuiltError } from '../errors.js'
import { PhysicalKey } from '../format/names.js'
import { isNotFound, mayHaveApplied, s3ErrorCode } from './errors.js'
import { SYNC_READ_MAX, type SourceFile } from '../sources/file.js'
import { leanPutOf, StaleRouteError, type LeanPut } from './lean-put.js'

/** Uploads below this size go by the lean PUT (lean-put.ts): their cost is the SDK's CPU. */
const LEAN_MAX = MiB

export interface Destination {
  bucket: string
  key: string
}

export interface Transferred {
  /** Where the bytes are now, with the version S3 gave them (none in unversioned buckets). */
  physicalKey: PhysicalKey
  /** The quilt hash (of the transfer's type), or null when the store gave no checksum. */
  hash: string | null
}

export interface TransferOptions {
  /** Requests in flight at most. */
  concurrency: number
  /** Bytes of file data held in memory at most (default 64 MiB, or one part if larger). */
  memoryBytes?: number
  /** Called with the bytes sent or copied, and the files finished, since the last call. */
  onBytes?: (bytes: number, files: number) => void
  /** Stops new and in-flight requests (e.g. once another file of the push has failed). */
  signal?: AbortSignal
  /**
   * The hash the objects get (default `sha2-256-chunked`): S3 is asked for the matching
   * checksum on every request (SHA-256 per part, or a full-object CRC64NVME) and checks it.
   */
  hashType?: HashType
}

/** The CopySource of an object: `bucket/key?versionId=...`, URL-encoded. */
export function copySource(src: PhysicalKey): string {
  const key = encodeURIComponent(src.path).replace(/%2F/g, '/')
  const version = src.versionId === null ? '' : `?versionId=${encodeURIComponent(src.versionId)}`
  return `${src.bucket!}/${key}${version}`
}

/** The 8-byte CRC-64/NVME of one part. */
function crc64Part(data: Uint8Array): Buffer {
  const k = (crcKernel ??= crc64nvmeKernel())
  const s = k.start()
  k.update(s, data)
  return Buffer.from(k.digest(s))
}
let crcKernel: ReturnType<typeof crc64nvmeKernel> | undefined

/** The checksums S3 answers with (PutObject, CompleteMultipartUpload, CopyObject, HeadObject). */
interface S3Checksums {
  ChecksumSHA256?: string
  ChecksumCRC64NVME?: string
  ChecksumType?: string
}

/** The hash of `type` that S3's checksums stand for, when they do. */
export function quiltHashFromS3(
  type: HashType,
  r: S3Checksums | undefined,
  size: number
): string | null {
  if (type === SHA256_CHUNKED) return quiltHashFromS3Checksum(r?.ChecksumSHA256, size)
  // A CRC64NVME is always of the full object (S3 has no composite CRC-64).
  return r?.ChecksumCRC64NVME && r.ChecksumType !== 'COMPOSITE' ? r.ChecksumCRC64NVME : null
}

/**
 * The quilt hash an S3 checksum stands for, when it does (spec §5.5): a single-request SHA-256
 * of an object under 8 MiB, or a composite `<b64>-N` with N = the quilt part count.
 */
export function quiltHashFromS3Checksum(checksum: string | undefined, size: number): string | null {
  if (!checksum) return null
  const dash = checksum.indexOf('-')
  if (dash < 0) return size < MULTIPART_THRESHOLD ? quiltHashFromSinglePartChecksum(checksum) : null
  const parts = Number(checksum.slice(dash + 1))
  return size >= MULTIPART_THRESHOLD && parts === partCount(size) ? checksum.slice(0, dash) : null
}

/** Restarts of one file's multipart upload when another run aborted it (NoSuchUpload). */
const RESTARTS = 3

function isNoSuchUpload(e: unknown): boolean {
  return s3ErrorCode(e) === 'NoSuchUpload'
}

/** A multipart upload of ours that is neither completed nor aborted yet. */
interface OpenUpload {
  bucket: string
  key: string
}

export class Transfer {
  private readonly requests: Semaphore
  private readonly memory: Semaphore
  /** Multipart uploads started and not yet completed or aborted, by upload id. */
  private readonly open = new Map<string, OpenUpload>()

  /** The client's send, stopped by the transfer's signal. */
  private send: S3Client['send']
  /** The client's lean PUT for small objects, when it has one. */
  private readonly lean: LeanPut | undefined

  constructor(
    private readonly s3: S3Client,
    private readonly options: TransferOptions
  ) {
    const signal = options.signal
    // Every request in flight listens to the signal: more than Node's default of 10.
    if (signal) setMaxListeners(Math.max(64, options.concurrency * 4), signal)
    this.send = ((command: Parameters<S3Client['send']>[0]) => {
      signal?.throwIfAborted()
      return s3.send(command, { abortSignal: signal })
    }) as S3Client['send']
    this.lean = leanPutOf(s3)
    this.requests = new Semaphore(Math.max(1, options.concurrency))
    this.memory = new Semaphore(Math.max(options.memoryBytes ?? 64 * MiB, 8 * MiB))
  }

  private get hashType(): HashType {
    return this.options.hashType ?? SHA256_CHUNKED
  }

  /** The quilt hash computed from the bytes about to be sent differs from the one known before. */
  private changed(path: string): QuiltError {
    return new FileChangedError(path, 'its content is not the one hashed before')
  }

  /**
   * Upload a local file, read through its open descriptor (or, below 8 MiB, the bytes `read`
   * from it already), to `dest`. `expectedHash`, when known, is the hash computed before; the
   * upload fails if the bytes hash differently. The file is checked unchanged after its bytes
   * are read and before S3 makes them an object.
   */
  async uploadFile(
    file: SourceFile,
    dest: Destination,
    expectedHash?: string,
    read?: Buffer
  ): Promise<Transferred> {
    const size = file.size
    if (size < MULTIPART_THRESHOLD) {
      return this.memory.use(size, () =>
        this.requests.use(1, async () => {
          // The bytes already read (and checked) by the caller, else read now.
          const body =
            read ?? (size < SYNC_READ_MAX ? file.readNow(0, size) : await file.read(0, size))
          file.checkUnchanged()
          const crc64 = this.hashType === CRC64NVME
          const digest = crc64 ? undefined : sha256(body)
          const checksum = digest?.toString('base64') ?? crc64Base64(body)
          const hash = crc64 || size === 0 ? checksum : combinePartDigests([digest!])
          if (expectedHash !== undefined && hash !== expectedHash) throw this.changed(file.path)
          const r = await this.putObject(dest, body, crc64, checksum, digest)
          const stored = crc64 ? r.ChecksumCRC64NVME : r.ChecksumSHA256
          if (stored !== undefined && stored !== checksum) {
            throw new QuiltError(
              `S3 stored s3://${dest.bucket}/${dest.key} with checksum ${stored}, not ${checksum}: the data changed in transit`
            )
          }
          this.options.onBytes?.(size, 1)
          return { physicalKey: PhysicalKey.s3(dest.bucket, dest.key, r.VersionId ?? null), hash }
        })
      )
    }
    return this.multipart({
      dest,
      size,
      what: file.path,
      expectedHash,
      sendPart: async (uploadId, partNumber, offset, length) =>
        this.memory.use(length, () =>
          this.requests.use(1, async () => {
            const body = await file.read(offset, length)
            const crc64 = this.hashType === CRC64NVME
            const digest = crc64 ? crc64Part(body) : sha256(body)
            const checksum = digest.toString('base64')
            const field = crc64 ? 'ChecksumCRC64NVME' : 'ChecksumSHA256'
            const r = await this.send(
              new UploadPartCommand({
                Bucket: dest.bucket,
                Key: dest.key,
                UploadId: uploadId,
                PartNumber: partNumber,
                Body: body,
                ContentLength: length,
                [field]: checksum
              })
            )
            if (r[field] !== undefined && r[field] !== checksum) {
              throw new QuiltError(
                `S3 received part ${partNumber} of ${file.path} with another checksum: the data changed in transit`
              )
            }
            this.options.onBytes?.(length, 0)
            return {
              part: { PartNumber: partNumber, ETag: r.ETag, [field]: checksum },
              digest: { digest, size: length }
            }
          })
        ),
      beforeComplete: () => file.checkUnchanged()
    })
  }

  /**
   * One PutObject of `body` with its checksum (and, for SHA-256, its `digest`): small ones by
   * the lean PUT once the SDK has sent one to the bucket (lean-put.ts), else by the SDK.
   */
  private async putObject(
    dest: Destination,
    body: Buffer,
    crc64: boolean,
    checksum: string,
    digest: Buffer | undefined
  ): Promise<{ VersionId?: string; ChecksumSHA256?: string; ChecksumCRC64NVME?: string }> {
    const lean = body.length < LEAN_MAX ? this.lean : undefined
    // The bucket's route is being learned: its answer is awaited (no await between the last
    // look and learnFrom below: one PutObject learns a route, however many start together).
    let learning = lean?.learning(dest.bucket)
    while (learning) {
      await learning
      learning = lean?.learning(dest.bucket)
    }
    if (lean?.has(dest.bucket)) {
      try {
        return await lean.put(
          {
            bucket: dest.bucket,
            key: dest.key,
            body,
            algorithm: crc64 ? 'CRC64NVME' : 'SHA256',
            checksum,
            sha256Hex: (digest ?? sha256(body)).toString('hex')
          },
          this.options.signal
        )
      } catch (e) {
        // S3 redirected: the SDK finds the way (and the lean PUT learns it again).
        if (!(e instanceof StaleRouteError)) throw e
      }
    }
    const sent = this.send(
      new PutObjectCommand({
        Bucket: dest.bucket,
        Key: dest.key,
        Body: body,
        ContentLength: body.length,
        ...(crc64
          ? { ChecksumAlgorithm: 'CRC64NVME', ChecksumCRC64NVME: checksum }
          : { ChecksumAlgorithm: 'SHA256', ChecksumSHA256: checksum })
      })
    )
    lean?.learnFrom(dest.bucket, sent)
    return sent
  }

  /** Copy an S3 object server side (never downloaded). */
  async copyObject(
    src: PhysicalKey,
    size: number,
    dest: Destination,
    expectedHash?: string
  ): Promise<Transferred> {
    if (size < MULTIPART_THRESHOLD) {
      return this.requests.use(1, async () => {
        const r = await this.send(
          new CopyObjectCommand({
            Bucket: dest.bucket,
            Key: dest.key,
            CopySource: copySource(src),
            ChecksumAlgorithm: this.hashType === CRC64NVME ? 'CRC64NVME' : 'SHA256'
          })
        )
        const hash = quiltHashFromS3(this.hashType, r.CopyObjectResult, size)
        if (hash !== null && expectedHash !== undefined && hash !== expectedHash) {
          throw new QuiltError(
            `${String(src)} does not hold the content the package records (hash ${hash}, expected ${expectedHash})`
          )
        }
        this.options.onBytes?.(size, 1)
        return { physicalKey: PhysicalKey.s3(dest.bucket, dest.key, r.VersionId ?? null), hash }
      })
    }
    return this.multipart({
      dest,
      size,
      what: String(src),
      expectedHash,
      sendPart: async (uploadId, partNumber, offset, length) =>
        this.requests.use(1, async () => {
          const r = await this.send(
            new UploadPartCopyCommand({
              Bucket: dest.bucket,
              Key: dest.key,
              UploadId: uploadId,
              PartNumber: partNumber,
              CopySource: copySource(src),
              CopySourceRange: `bytes=${offset}-${offset + length - 1}`
            })
          )
          const field = this.hashType === CRC64NVME ? 'ChecksumCRC64NVME' : 'ChecksumSHA256'
          const checksum = r.CopyPartResult?.[field]
          this.options.onBytes?.(length, 0)
          return {
            part: { PartNumber: partNumber, ETag: r.CopyPartResult?.ETag, [field]: checksum },
            digest: checksum ? { digest: Buffer.from(checksum, 'base64'), size: length } : null
          }
        })
    })
  }

  /**
   * A multipart upload with quilt's parts; `sendPart` uploads one, `beforeComplete` may refuse
   * to complete it (the upload is then aborted: no object is made). Restarted when another run
   * aborted it as stale (NoSuchUpload).
   */
  private async multipart(job: MultipartJob): Promise<Transferred> {
    for (let restart = 0; ; restart++) {
      try {
        return await this.multipartOnce(job)
      } catch (e) {
        if (!isNoSuchUpload(e) || restart >= RESTARTS) throw e
      }
    }
  }

  private async multipartOnce(job: MultipartJob): Promise<Transferred> {
    const { dest, size, what, expectedHash, sendPart, beforeComplete } = job
    let created
    try {
      created = await this.requests.use(1, () =>
        this.send(
          new CreateMultipartUploadCommand({
            Bucket: dest.bucket,
            Key: dest.key,
            ...(this.hashType === CRC64NVME
              ? { ChecksumAlgorithm: 'CRC64NVME', ChecksumType: 'FULL_OBJECT' }
              : { ChecksumAlgorithm: 'SHA256' })
          })
        )
      )
    } catch (e) {
      // No answer (lost, or this run stopped waiting): S3 may have made uploads all the same.
      if (this.options.signal?.aborted || mayHaveApplied(e)) {
        await this.abortOtherUploads(dest.bucket, dest.key, new Set()).catch(() => undefined)
      }
      throw e
    }
    const uploadId = created.UploadId!
    this.open.set(uploadId, dest)
    // A retried CreateMultipartUpload may have made an upload whose answer was lost.
    const orphansPossible = (created.$metadata.attempts ?? 1) > 1
    try {
      const chunk = chunkSize(size)
      const n = Math.ceil(size / chunk)
      const settled = await Promise.allSettled(
        Array.from({ length: n }, (_, i) =>
          sendPart(uploadId, i + 1, i * chunk, Math.min(chunk, size - i * chunk))
        )
      )
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
      if (failed) throw failed.reason
      const parts = settled.map((s) => (s as PromiseFulfilledResult<SentPart>).value)
      const digests = parts.map((p) => p.digest)
      const hash = digests.every((d): d is PartDigest => d !== null)
        ? combineParts(this.hashType, digests)
        : null
      if (hash !== null && expectedHash !== undefined && hash !== expectedHash) {
        throw new FileChangedError(what, 'its content is not the one hashed before')
      }
      beforeComplete?.()
      const done = await this.requests.use(1, () =>
        this.send(
          new CompleteMultipartUploadCommand({
            Bucket: dest.bucket,
            Key: dest.key,
            UploadId: uploadId,
            MultipartUpload: {
              Parts: parts.map((p) =>
                p.part.ChecksumSHA256 || p.part.ChecksumCRC64NVME
                  ? p.part
                  : { PartNumber: p.part.PartNumber, ETag: p.part.ETag }
              )
            },
            // S3 checks the whole object's CRC against the one computed here.
            ...(this.hashType === CRC64NVME && hash !== null
              ? { ChecksumCRC64NVME: hash, ChecksumType: 'FULL_OBJECT' }
              : {})
          })
        )
      )
      this.open.delete(uploadId)
      const composite = quiltHashFromS3(this.hashType, done, size)
      if (composite !== null && hash !== null && composite !== hash) {
        throw new QuiltError(
          `S3 computed checksum ${composite} for s3://${dest.bucket}/${dest.key}, expected ${hash}: the data changed in transit`
        )
      }
      this.options.onBytes?.(0, 1)
      return {
        physicalKey: PhysicalKey.s3(dest.bucket, dest.key, done.VersionId ?? null),
        hash: hash ?? composite
      }
    } catch (e) {
      await this.abortUpload(uploadId)
      throw e
    } finally {
      if (orphansPossible) {
        await this.abortOtherUploads(dest.bucket, dest.key, new Set([uploadId])).catch(
          () => undefined
        )
      }
    }
  }

  /** Abort one of our uploads (not through the signal: it must run after a failure too). */
  private async abortUpload(uploadId: string): Promise<void> {
    const u = this.open.get(uploadId)
    if (!u) return
    try {
      await retry(
        () =>
          this.s3.send(
            new AbortMultipartUploadCommand({ Bucket: u.bucket, Key: u.key, UploadId: uploadId })
          ),
        { attempts: 3, baseMs: 100 }
      )
      this.open.delete(uploadId)
    } catch (e) {
      if (isNoSuchUpload(e) || isNotFound(e)) this.open.delete(uploadId)
    }
  }

  /** Abort every multipart upload of this transfer still open (after a failure). */
  async abortOpenUploads(): Promise<void> {
    await Promise.all([...this.open.keys()].map((id) => this.abortUpload(id)))
  }

  /** Multipart uploads open in S3 under `prefix`: key and upload id, all pages. */
  private async listUploads(
    bucket: string,
    prefix: string
  ): Promise<{ key: string; uploadId: string }[]> {
    const out: { key: string; uploadId: string }[] = []
    const listing = pages(
      (marker: { key?: string; uploadId?: string } | undefined) =>
        this.s3.send(
          new ListMultipartUploadsCommand({
            Bucket: bucket,
            Prefix: prefix,
            KeyMarker: marker?.key,
            UploadIdMarker: marker?.uploadId
          })
        ),
      (r) =>
        r.IsTruncated && r.NextKeyMarker !== undefined
          ? { key: r.NextKeyMarker, uploadId: r.NextUploadIdMarker }
          : undefined
    )
    for await (const r of listing) {
      for (const u of r.Uploads ?? []) {
        if (u.Key !== undefined && u.UploadId !== undefined)
          out.push({ key: u.Key, uploadId: u.UploadId })
      }
    }
    return out
  }

  /** Abort the uploads open for exactly `key`, except `keep` (e.g. orphans of a lost answer). */
  private async abortOtherUploads(bucket: string, key: string, keep: Set<string>): Promise<void> {
    for (const u of await this.listUploads(bucket, key)) {
      if (u.key !== key || keep.has(u.uploadId)) continue
      await this.s3
        .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: u.uploadId }))
        .catch(() => undefined)
    }
  }

  /**
   * Abort the multipart uploads left open under `prefix` for the keys `writes` (a run killed
   * before it could abort them). An upload of a concurrent run is aborted too; that run restarts
   * it. Returns how many were aborted.
   */
  async abortStaleUploads(
    bucket: string,
    prefix: string,
    writes: (key: string) => boolean
  ): Promise<number> {
    let aborted = 0
    for (const u of await this.listUploads(bucket, prefix)) {
      if (!writes(u.key)) continue
      try {
        await this.s3.send(
          new AbortMultipartUploadCommand({ Bucket: bucket, Key: u.key, UploadId: u.uploadId })
        )
        aborted++
      } catch (e) {
        if (!isNoSuchUpload(e)) throw e
      }
    }
    return aborted
  }

  /**
   * The object at `dest`, when it has `size` bytes and the quilt hash `hash`: then it need not
   * be uploaded again. One HEAD request: its SHA-256 checksum where S3 keeps one; where the store
   * has none, its ETag compared with `localEtag()` (as quilt3 does; not for SSE-KMS objects,
   * whose ETag is no MD5).
   */
  async findExisting(
    dest: Destination,
    size: number,
    hash: string,
    localEtag?: () => Promise<string>
  ): Promise<PhysicalKey | null> {
    const r = await this.requests.use(1, async () => {
      try {
        return await this.send(
          new HeadObjectCommand({ Bucket: dest.bucket, Key: dest.key, ChecksumMode: 'ENABLED' })
        )
      } catch (e) {
        if (isNotFound(e)) return null
        throw e
      }
    })
    if (r === null || r.ContentLength !== size) return null
    const found = PhysicalKey.s3(dest.bucket, dest.key, r.VersionId ?? null)
    // A checksum in quilt's form decides; one in another form (e.g. a full-object SHA-256 of a
    // multipart object) says nothing, and the ETag is compared instead.
    const stored = quiltHashFromS3(this.hashType, r, size)
    if (stored !== null) return stored === hash ? found : null
    if (!localEtag || !r.ETag || r.ServerSideEncryption === 'aws:kms') return null
    return r.ETag === (await localEtag()) ? found : null
  }
}

/** A part sent: what CompleteMultipartUpload lists, and its digest when known. */
interface SentPart {
  part: CompletedPart
  digest: PartDigest | null
}

/** One multipart transfer: where, how big, and how each part is sent. */
interface MultipartJob {
  dest: Destination
  size: number
  /** The file or object the bytes come from, for messages. */
  what: string
  expectedHash: string | undefined
  sendPart: SendPart
  /** May refuse to complete (the upload is then aborted: no object is made). */
  beforeComplete?: () => void
}

type SendPart = (
  uploadId: string,
  partNumber: number,
  offset: number,
  length: number
) => Promise<SentPart>
