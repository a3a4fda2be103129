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
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  HeadObjectCommand,
  PutObjectCommand,
  UploadPartCommand,
  UploadPartCopyCommand,
  type CompletedPart,
  type S3Client
} from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { Semaphore } from './concurrency.js'
import {
  chunkSize,
  combinePartDigests,
  MiB,
  MULTIPART_THRESHOLD,
  partCount,
  quiltHashFromSinglePartChecksum
} from './hash.js'
import { PhysicalKey, QuiltError } from './names.js'
import { isNotFound } from './s3-errors.js'

export interface Destination {
  bucket: string
  key: string
}

export interface Transferred {
  /** Where the bytes are now, with the version S3 gave them (none in unversioned buckets). */
  physicalKey: PhysicalKey
  /** The quilt hash (`sha2-256-chunked` value), or null when the store gave no checksum. */
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
}

/** Fill `buf` from `path` at `offset` (fewer bytes at the end of the file); bytes read. */
async function readInto(path: string, buf: Buffer, offset: number): Promise<number> {
  const fh = await open(path, 'r')
  try {
    let got = 0
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, offset + got)
      if (bytesRead === 0) break
      got += bytesRead
    }
    return got
  } finally {
    await fh.close()
  }
}

function readIntoSync(path: string, buf: Buffer, offset: number): number {
  const fd = openSync(path, 'r')
  try {
    let got = 0
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, offset + got)
      if (n === 0) break
      got += n
    }
    return got
  } finally {
    closeSync(fd)
  }
}

/** The CopySource of an object: `bucket/key?versionId=...`, URL-encoded. */
export function copySource(src: PhysicalKey): string {
  const key = encodeURIComponent(src.path).replace(/%2F/g, '/')
  const version = src.versionId === null ? '' : `?versionId=${encodeURIComponent(src.versionId)}`
  return `${src.bucket!}/${key}${version}`
}

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest()
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

export class Transfer {
  private readonly requests: Semaphore
  private readonly memory: Semaphore

  /** The client's send, stopped by the transfer's signal. */
  private send: S3Client['send']

  constructor(
    private readonly s3: S3Client,
    private readonly options: TransferOptions
  ) {
    this.send = ((command: Parameters<S3Client['send']>[0]) => {
      options.signal?.throwIfAborted()
      return s3.send(command, { abortSignal: options.signal })
    }) as S3Client['send']
    this.requests = new Semaphore(Math.max(1, options.concurrency))
    this.memory = new Semaphore(Math.max(options.memoryBytes ?? 64 * MiB, 8 * MiB))
  }

  /** Read `length` bytes at `offset` of a local file, failing if the file is shorter or longer. */
  private async readPart(
    path: string,
    offset: number,
    length: number,
    last: boolean
  ): Promise<Buffer> {
    // One byte more than the part at the end of the file: a file that grew is caught.
    const buf = Buffer.allocUnsafe(length + (last ? 1 : 0))
    // Small files are read synchronously: cheaper than three trips through the thread pool.
    const got = length < MiB ? readIntoSync(path, buf, offset) : await readInto(path, buf, offset)
    if (got !== length) {
      throw new QuiltError(
        `${path} changed while it was being uploaded (its size is no longer the one listed)`
      )
    }
    return buf.subarray(0, length)
  }

  private changed(path: string): QuiltError {
    return new QuiltError(
      `${path} changed after it was hashed: its content is not the one the package records. Re-run when the file no longer changes.`
    )
  }

  /**
   * Upload a local file to `dest`. `expectedHash`, when known, is the hash computed before; the
   * upload fails if the bytes read now hash differently.
   */
  async uploadFile(
    path: string,
    size: number,
    dest: Destination,
    expectedHash?: string
  ): Promise<Transferred> {
    if (size < MULTIPART_THRESHOLD) {
      return this.memory.use(size, () =>
        this.requests.use(1, async () => {
          const body = await this.readPart(path, 0, size, true)
          const digest = sha256(body)
          const checksum = digest.toString('base64')
          const hash = size === 0 ? checksum : sha256(digest).toString('base64')
          if (expectedHash !== undefined && hash !== expectedHash) throw this.changed(path)
          const r = await this.send(
            new PutObjectCommand({
              Bucket: dest.bucket,
              Key: dest.key,
              Body: body,
              ContentLength: size,
              ChecksumAlgorithm: 'SHA256',
              ChecksumSHA256: checksum
            })
          )
          if (r.ChecksumSHA256 !== undefined && r.ChecksumSHA256 !== checksum) {
            throw new QuiltError(
              `S3 stored s3://${dest.bucket}/${dest.key} with checksum ${r.ChecksumSHA256}, not ${checksum}: the data changed in transit`
            )
          }
          this.options.onBytes?.(size, 1)
          return { physicalKey: PhysicalKey.s3(dest.bucket, dest.key, r.VersionId ?? null), hash }
        })
      )
    }
    return this.multipart(
      dest,
      size,
      path,
      expectedHash,
      async (uploadId, partNumber, offset, length, last) =>
        this.memory.use(length, () =>
          this.requests.use(1, async () => {
            const body = await this.readPart(path, offset, length, last)
            const digest = sha256(body)
            const checksum = digest.toString('base64')
            const r = await this.send(
              new UploadPartCommand({
                Bucket: dest.bucket,
                Key: dest.key,
                UploadId: uploadId,
                PartNumber: partNumber,
                Body: body,
                ContentLength: length,
                ChecksumSHA256: checksum
              })
            )
            if (r.ChecksumSHA256 !== undefined && r.ChecksumSHA256 !== checksum) {
              throw new QuiltError(
                `S3 received part ${partNumber} of ${path} with another checksum: the data changed in transit`
              )
            }
            this.options.onBytes?.(length, 0)
            return {
              part: { PartNumber: partNumber, ETag: r.ETag, ChecksumSHA256: checksum },
              digest
            }
          })
        )
    )
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
            ChecksumAlgorithm: 'SHA256'
          })
        )
        const hash = quiltHashFromS3Checksum(r.CopyObjectResult?.ChecksumSHA256, size)
        if (hash !== null && expectedHash !== undefined && hash !== expectedHash) {
          throw new QuiltError(
            `${String(src)} does not hold the content the package records (hash ${hash}, expected ${expectedHash})`
          )
        }
        this.options.onBytes?.(size, 1)
        return { physicalKey: PhysicalKey.s3(dest.bucket, dest.key, r.VersionId ?? null), hash }
      })
    }
    return this.multipart(
      dest,
      size,
      String(src),
      expectedHash,
      async (uploadId, partNumber, offset, length) =>
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
          const checksum = r.CopyPartResult?.ChecksumSHA256
          this.options.onBytes?.(length, 0)
          return {
            part: {
              PartNumber: partNumber,
              ETag: r.CopyPartResult?.ETag,
              ChecksumSHA256: checksum
            },
            digest: checksum ? Buffer.from(checksum, 'base64') : null
          }
        })
    )
  }

  /**
   * A multipart upload with quilt's parts; `sendPart` uploads one. The hash is the combination
   * of the part digests (equal to S3's composite checksum); null when a part had no checksum.
   */
  private async multipart(
    dest: Destination,
    size: number,
    what: string,
    expectedHash: string | undefined,
    sendPart: (
      uploadId: string,
      partNumber: number,
      offset: number,
      length: number,
      last: boolean
    ) => Promise<{ part: CompletedPart; digest: Buffer | null }>
  ): Promise<Transferred> {
    const created = await this.requests.use(1, () =>
      this.send(
        new CreateMultipartUploadCommand({
          Bucket: dest.bucket,
          Key: dest.key,
          ChecksumAlgorithm: 'SHA256'
        })
      )
    )
    const uploadId = created.UploadId!
    try {
      const chunk = chunkSize(size)
      const n = Math.ceil(size / chunk)
      const settled = await Promise.allSettled(
        Array.from({ length: n }, (_, i) =>
          sendPart(uploadId, i + 1, i * chunk, Math.min(chunk, size - i * chunk), i === n - 1)
        )
      )
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
      if (failed) throw failed.reason
      const parts = settled.map(
        (s) => (s as PromiseFulfilledResult<{ part: CompletedPart; digest: Buffer | null }>).value
      )
      const digests = parts.map((p) => p.digest)
      const hash = digests.every((d): d is Buffer => d !== null)
        ? combinePartDigests(digests)
        : null
      if (hash !== null && expectedHash !== undefined && hash !== expectedHash) {
        throw new QuiltError(
          `${what} changed after it was hashed: its content is not the one the package records. Re-run when it no longer changes.`
        )
      }
      const done = await this.requests.use(1, () =>
        this.send(
          new CompleteMultipartUploadCommand({
            Bucket: dest.bucket,
            Key: dest.key,
            UploadId: uploadId,
            MultipartUpload: {
              Parts: parts.map((p) =>
                p.part.ChecksumSHA256
                  ? p.part
                  : { PartNumber: p.part.PartNumber, ETag: p.part.ETag }
              )
            }
          })
        )
      )
      const composite = quiltHashFromS3Checksum(done.ChecksumSHA256, size)
      if (composite !== null && hash !== null && composite !== hash) {
        throw new QuiltError(
          `S3 computed checksum ${done.ChecksumSHA256!} for s3://${dest.bucket}/${dest.key}, expected ${hash}: the data changed in transit`
        )
      }
      this.options.onBytes?.(0, 1)
      return {
        physicalKey: PhysicalKey.s3(dest.bucket, dest.key, done.VersionId ?? null),
        hash: hash ?? composite
      }
    } catch (e) {
      await this.s3
        .send(
          new AbortMultipartUploadCommand({
            Bucket: dest.bucket,
            Key: dest.key,
            UploadId: uploadId
          })
        )
        .catch(() => undefined)
      throw e
    }
  }

  /**
   * The object at `dest` (or the given version), when it has `size` bytes and an S3 checksum
   * that is the quilt hash `hash`: then it need not be uploaded again. One HEAD request.
   */
  async findExisting(
    dest: Destination,
    size: number,
    hash: string,
    versionId?: string | null
  ): Promise<PhysicalKey | null> {
    return this.requests.use(1, async () => {
      let r
      try {
        r = await this.send(
          new HeadObjectCommand({
            Bucket: dest.bucket,
            Key: dest.key,
            ChecksumMode: 'ENABLED',
            ...(versionId ? { VersionId: versionId } : {})
          })
        )
      } catch (e) {
        if (isNotFound(e)) return null
        throw e
      }
      if (r.ContentLength !== size) return null
      if (quiltHashFromS3Checksum(r.ChecksumSHA256, size) !== hash) return null
      return PhysicalKey.s3(dest.bucket, dest.key, r.VersionId ?? null)
    })
  }
}
