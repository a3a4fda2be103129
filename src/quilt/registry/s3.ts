/**
 * A registry in an S3 bucket (quilt3 `S3PackageRegistryV1`): manifests and pointers under
 * `.quilt/`. Every pointer write is a compare-and-swap where the store has conditional writes:
 * timestamp pointers are created with `If-None-Match: *` (never replacing another revision's),
 * `latest` is replaced with `If-Match` on the ETag that was read and removed the same way.
 * Stores without conditional writes get plain writes and one warning.
 */
import { pages } from '../pages.js'
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import { PhysicalKey } from '../format/names.js'
import { Package, type ManifestArrival } from '../format/manifest.js'
import { QuiltError } from '../errors.js'
import { retry } from '../concurrency.js'
import {
  httpStatus,
  isBrokenTransfer,
  isNotFound,
  isUnclearOutcome,
  mayHaveApplied,
  s3ErrorCode
} from '../s3/errors.js'
import {
  TOP_HASH_RE,
  type LatestOutcome,
  type LatestState,
  type Pointer,
  type Registry
} from './registry.js'

const PACKAGES = '.quilt/packages/'
const NAMED = '.quilt/named_packages/'

/** Attempts at a conditional write whose outcome stayed unclear (the answer was lost). */
const CAS_ATTEMPTS = 5
/** Timestamp pointer names tried at most (each taken one moves to the next second). */
const MAX_POINTER_ATTEMPTS = 100

/** A conditional write refused: the object exists (If-None-Match) or is another (If-Match). */
function isRefused(e: unknown): boolean {
  return httpStatus(e) === 412 || s3ErrorCode(e) === 'PreconditionFailed'
}

/** `If-Match` on an object deleted meanwhile (not a missing bucket). */
function isGoneMeanwhile(e: unknown): boolean {
  return s3ErrorCode(e) === 'NoSuchKey'
}

/** 409 ConditionalRequestConflict: a concurrent conditional write to the key is under way. */
function isConcurrent(e: unknown): boolean {
  return httpStatus(e) === 409 || s3ErrorCode(e) === 'ConditionalRequestConflict'
}

/** The store does not implement the condition header. */
function isNotImplemented(e: unknown): boolean {
  return httpStatus(e) === 501 || s3ErrorCode(e) === 'NotImplemented'
}

/** A short jittered pause before a conditional write that met a concurrent one is tried again. */
function pause(): Promise<void> {
  return new Promise((r) => setTimeout(r, 20 + Math.random() * 80))
}

function md5Hex(text: string): string {
  return createHash('md5').update(text, 'ascii').digest('hex')
}

export interface S3RegistryOptions {
  /** Told once when the store has no conditional writes (concurrent writers may then collide). */
  onWarning?: (message: string) => void
}

/**
 * A response body's bytes. With its length known, the body is read chunk by chunk into one
 * buffer of that length (a manifest of a million entries is 300 MB: neither its chunks nor a
 * second copy are kept at once), and `watch` (when given) is handed that buffer, then told how
 * many bytes are in after each chunk. A body that ends short of its length is a broken transfer.
 */
async function bodyBytes(
  body: unknown,
  length: number | undefined,
  watch?: BodyWatch
): Promise<Buffer> {
  const b = body as
    | (Partial<AsyncIterable<Uint8Array>> & { transformToByteArray?: () => Promise<Uint8Array> })
    | undefined
  if (length !== undefined && b?.[Symbol.asyncIterator]) {
    const watcher = watch?.(length)
    const out = watcher?.bytes ?? Buffer.allocUnsafe(length)
    let n = 0
    const more: Uint8Array[] = []
    for await (const chunk of b as AsyncIterable<Uint8Array>) {
      if (more.length === 0 && n + chunk.length <= length) {
        out.set(chunk, n)
        watcher?.arrived(n + chunk.length)
      } else more.push(chunk)
      n += chunk.length
    }
    // More than announced: all of it, as it came.
    if (more.length > 0) return Buffer.concat([out.subarray(0, n - sum(more)), ...more])
    if (n < length) {
      throw Object.assign(new Error(`premature close: ${n} of ${length} bytes received`), {
        code: 'ERR_STREAM_PREMATURE_CLOSE'
      })
    }
    return out
  }
  if (!b?.transformToByteArray) return Buffer.alloc(0)
  const bytes = await b.transformToByteArray()
  // Its memory, not a copy.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/**
 * Watches a body as it arrives: given its length, returns the buffer its bytes go to and what to
 * tell after each chunk (bytes `[0, n)` are in). Each attempt at the request is watched anew.
 */
export type BodyWatch = (length: number) => { bytes: Buffer; arrived: (n: number) => void }

function sum(chunks: Uint8Array[]): number {
  return chunks.reduce((n, c) => n + c.length, 0)
}

/**
 * GetObject and its whole body, or null when the object does not exist. The SDK retries the
 * request but not the reading of the body: a connection cut while the body arrives is retried
 * here (errors without an S3 answer).
 */
export async function getObjectBytes(
  s3: S3Client,
  params: { Bucket: string; Key: string; VersionId?: string; Range?: string },
  watch?: BodyWatch
): Promise<{ data: Buffer; versionId: string | undefined; etag: string | undefined } | null> {
  try {
    return await retry(
      async () => {
        const r = await s3.send(new GetObjectCommand(params))
        return {
          data: await bodyBytes(r.Body, r.ContentLength, watch),
          versionId: r.VersionId,
          etag: r.ETag
        }
      },
      { attempts: 4, baseMs: 200, retryable: isBrokenTransfer }
    )
  } catch (e) {
    if (isNotFound(e)) return null
    throw e
  }
}

/**
 * An S3 object's bytes and its URL with the version read (quilt3 `get_bytes_and_effective_pk`);
 * null when it does not exist.
 */
export async function fetchS3Object(
  s3: S3Client,
  pk: PhysicalKey
): Promise<{ data: Buffer; url: string } | null> {
  const r = await getObjectBytes(s3, {
    Bucket: pk.bucket!,
    Key: pk.path,
    ...(pk.versionId ? { VersionId: pk.versionId } : {})
  })
  if (r === null) return null
  return {
    data: r.data,
    url: String(PhysicalKey.s3(pk.bucket!, pk.path, r.versionId ?? null))
  }
}

export class S3Registry implements Registry {
  readonly kind = 's3' as const

  private warnedUnconditional = false

  constructor(
    readonly s3: S3Client,
    readonly bucket: string,
    private readonly options: S3RegistryOptions = {}
  ) {}

  /** Once per run: this store wrote without the condition. */
  private unconditional(what: string): void {
    if (this.warnedUnconditional) return
    this.warnedUnconditional = true
    this.options.onWarning?.(
      `s3://${this.bucket} does not support conditional writes (${what}): pointers are written without compare-and-swap, so two runs writing the same package at once may overwrite each other's latest. Run them one at a time (a workflow 'concurrency:' group per registry).`
    )
  }

  get display(): string {
    return `s3://${this.bucket}`
  }

  workflowConfigKey(): PhysicalKey {
    return PhysicalKey.s3(this.bucket, '.quilt/workflows/config.yml')
  }

  pointerKey(name: string, pointer: string): string {
    return `${NAMED}${name}/${pointer}`
  }

  manifestKey(topHash: string): string {
    return `${PACKAGES}${topHash}`
  }

  manifestLocation(topHash: string): string {
    return `s3://${this.bucket}/${this.manifestKey(topHash)}`
  }

  private async getText(key: string): Promise<{ text: string; etag: string | null } | null> {
    const r = await getObjectBytes(this.s3, { Bucket: this.bucket, Key: key })
    return r === null ? null : { text: r.data.toString('utf-8'), etag: r.etag ?? null }
  }

  async readPointer(name: string, pointer: string): Promise<string | null> {
    const r = await this.getText(this.pointerKey(name, pointer))
    return r === null ? null : r.text.trim()
  }

  /** `latest` with its ETag (for a conditional replacement). */
  async readLatest(name: string): Promise<LatestState> {
    const r = await this.getText(this.pointerKey(name, 'latest'))
    if (r === null) return { topHash: null, tag: null }
    const topHash = r.text.trim()
    if (!TOP_HASH_RE.test(topHash)) {
      throw new QuiltError(
        `s3://${this.bucket}/${this.pointerKey(name, 'latest')} does not hold a top hash`
      )
    }
    return { topHash, tag: r.etag }
  }

  async readManifestHead(topHash: string, bytes: number): Promise<Buffer | null> {
    const r = await getObjectBytes(this.s3, {
      Bucket: this.bucket,
      Key: this.manifestKey(topHash),
      Range: `bytes=0-${bytes - 1}`
    })
    return r === null ? null : r.data
  }

  async readManifest(topHash: string): Promise<Buffer | null> {
    const r = await getObjectBytes(this.s3, { Bucket: this.bucket, Key: this.manifestKey(topHash) })
    return r === null ? null : r.data
  }

  /**
   * The manifest read as its bytes arrive (`Package.readWhileArriving`): its lines are read
   * while the rest downloads, not after.
   */
  async readPackage(topHash: string): Promise<Package | null> {
    let arrival: ManifestArrival | undefined
    try {
      const r = await getObjectBytes(
        this.s3,
        { Bucket: this.bucket, Key: this.manifestKey(topHash) },
        (length) => {
          // A new attempt: the last one's reading is dropped.
          arrival?.abandon()
          arrival = Package.readWhileArriving(length)
          return arrival
        }
      )
      if (r === null) return null
      // The body read whole (its length unknown, or more than announced) is read now.
      if (arrival?.bytes !== r.data) return Package.fromManifestBytes(r.data)
      const reading = arrival
      arrival = undefined
      return await reading.finish()
    } finally {
      arrival?.abandon()
    }
  }

  /** Keys (relative to `prefix`) under a prefix, all pages. */
  async listKeys(prefix: string): Promise<{ key: string; size: number }[]> {
    const out: { key: string; size: number }[] = []
    const listing = pages(
      (token: string | undefined) =>
        this.s3.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: prefix,
            ContinuationToken: token
          })
        ),
      (r) => (r.IsTruncated ? r.NextContinuationToken : undefined)
    )
    for await (const r of listing) {
      for (const o of r.Contents ?? []) {
        if (o.Key !== undefined) out.push({ key: o.Key.slice(prefix.length), size: o.Size ?? 0 })
      }
    }
    return out
  }

  async listPointers(name: string): Promise<Pointer[]> {
    const keys = (await this.listKeys(`${NAMED}${name}/`)).filter((k) => !k.key.includes('/'))
    const out: Pointer[] = []
    const queue = [...keys]
    const worker = async (): Promise<void> => {
      for (let k = queue.shift(); k; k = queue.shift()) {
        const hash = await this.readPointer(name, k.key)
        if (hash !== null) out.push({ name: k.key, topHash: hash })
      }
    }
    await Promise.all(Array.from({ length: Math.min(16, keys.length) }, worker))
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  /** Top hashes of the manifests starting with `prefix` (quilt3 `resolve_top_hash`). */
  async listManifestHashes(prefix = ''): Promise<string[]> {
    return (await this.listKeys(PACKAGES + prefix)).map((k) => prefix + k.key)
  }

  async putManifest(topHash: string, manifest: Uint8Array): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.manifestKey(topHash),
        Body: manifest,
        ContentLength: manifest.length
      })
    )
  }

  /** A plain write of one pointer (no condition). */
  async putPointer(name: string, pointer: string, topHash: string): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.pointerKey(name, pointer),
        Body: Buffer.from(topHash, 'ascii')
      })
    )
  }

  async createRevisionPointer(name: string, topHash: string, seconds: number): Promise<string> {
    let unclear = 0
    for (let s = seconds, attempt = 1; ; s++, attempt++) {
      if (attempt > MAX_POINTER_ATTEMPTS) {
        throw new QuiltError(
          `Could not create a timestamp pointer for ${name} in s3://${this.bucket}: ${MAX_POINTER_ATTEMPTS} names from ${seconds} on were taken.`
        )
      }
      const pointer = String(s)
      try {
        await this.s3.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: this.pointerKey(name, pointer),
            Body: Buffer.from(topHash, 'ascii'),
            IfNoneMatch: '*'
          })
        )
        return pointer
      } catch (e) {
        if (isNotImplemented(e)) {
          this.unconditional('PutObject If-None-Match')
          if ((await this.readPointer(name, pointer)) !== null) continue
          await this.putPointer(name, pointer, topHash)
          return pointer
        }
        if (isConcurrent(e)) {
          await pause()
          s-- // the same second again
          continue
        }
        // Taken (perhaps by our own attempt whose answer was lost: a pointer there names this
        // complete revision, harmless): never adopted, the next second is ours alone.
        if (isRefused(e)) continue
        if (isUnclearOutcome(e) && ++unclear < 3) continue
        throw e
      }
    }
  }

  async replaceLatest(
    name: string,
    topHash: string,
    expected: LatestState
  ): Promise<LatestOutcome> {
    const since = Date.now()
    let unclear = false
    for (let attempt = 1; ; attempt++) {
      try {
        await this.s3.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: this.pointerKey(name, 'latest'),
            Body: Buffer.from(topHash, 'ascii'),
            ...(expected.tag ? { IfMatch: expected.tag } : { IfNoneMatch: '*' })
          })
        )
        return 'written'
      } catch (e) {
        if (isNotImplemented(e)) {
          this.unconditional('PutObject If-Match')
          const now = await this.readLatest(name)
          if (now.topHash === topHash) return 'written'
          if (now.topHash !== expected.topHash) return 'lost'
          await this.putPointer(name, 'latest', topHash)
          return 'written'
        }
        if (isConcurrent(e) && attempt < CAS_ATTEMPTS) {
          await pause()
          continue
        }
        const refused = isRefused(e) || (expected.tag !== null && isGoneMeanwhile(e))
        if (!refused && !isUnclearOutcome(e)) throw e
        unclear ||= mayHaveApplied(e)
        // Read it back: ours (applied, its answer lost), unchanged (not applied), or moved.
        const now = await this.readLatest(name)
        if (now.topHash === topHash) return 'written'
        if (now.tag === expected.tag && now.topHash === expected.topHash) {
          if (attempt < CAS_ATTEMPTS) continue
          if (refused) return 'lost'
          throw e
        }
        // Another writer moved it. Was ours applied in between? Only the history can tell.
        return unclear ? this.wasLatestSince(name, topHash, since) : 'lost'
      }
    }
  }

  /**
   * Whether `latest` held `topHash` at some moment since `since` (its version history: an ETag
   * is the MD5 of the content): 'written' or 'lost'; 'unknown' in an unversioned bucket or
   * without s3:ListBucketVersions.
   */
  private async wasLatestSince(
    name: string,
    topHash: string,
    since: number
  ): Promise<LatestOutcome> {
    const key = this.pointerKey(name, 'latest')
    let r
    try {
      r = await this.s3.send(
        new ListObjectVersionsCommand({ Bucket: this.bucket, Prefix: key, MaxKeys: 1000 })
      )
    } catch {
      return 'unknown'
    }
    const versions = (r.Versions ?? []).filter((v) => v.Key === key)
    if (versions.every((v) => (v.VersionId ?? 'null') === 'null')) return 'unknown'
    const ours = `"${md5Hex(topHash)}"`
    // A minute of leeway for the clocks of this machine and of S3.
    const applied = versions.some(
      (v) => v.ETag === ours && (v.LastModified?.getTime() ?? 0) >= since - 60_000
    )
    if (applied) return 'written'
    return r.IsTruncated ? 'unknown' : 'lost'
  }

  async removeLatest(name: string, expected: LatestState): Promise<boolean> {
    if (expected.tag === null) return true
    for (let attempt = 1; ; attempt++) {
      try {
        await this.s3.send(
          new DeleteObjectCommand({
            Bucket: this.bucket,
            Key: this.pointerKey(name, 'latest'),
            IfMatch: expected.tag
          })
        )
        return true
      } catch (e) {
        if (isNotImplemented(e)) {
          // No conditional delete: re-read right before an unconditional one (a small window).
          this.unconditional('DeleteObject If-Match')
          const now = await this.readLatest(name)
          if (now.topHash === null) return true
          if (now.tag !== expected.tag) return false
          await this.s3.send(
            new DeleteObjectCommand({ Bucket: this.bucket, Key: this.pointerKey(name, 'latest') })
          )
          return true
        }
        if (isConcurrent(e) && attempt < CAS_ATTEMPTS) {
          await pause()
          continue
        }
        const refused = isRefused(e) || isGoneMeanwhile(e)
        if (!refused && !isUnclearOutcome(e)) throw e
        const now = await this.readLatest(name)
        if (now.topHash === null) return true
        if (now.tag !== expected.tag || now.topHash !== expected.topHash) return false
        if (attempt >= CAS_ATTEMPTS) {
          if (refused) return false
          throw e
        }
      }
    }
  }

  async forceLatest(name: string, topHash: string): Promise<void> {
    await this.putPointer(name, 'latest', topHash)
  }

  async deletePointers(name: string, pointers: string[]): Promise<void> {
    for (let i = 0; i < pointers.length; i += 1000) {
      const batch = pointers.slice(i, i + 1000)
      const r = await this.s3.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: batch.map((p) => ({ Key: this.pointerKey(name, p) })), Quiet: true }
        })
      )
      const failed = r.Errors ?? []
      if (failed.length > 0) {
        const e = failed[0]!
        throw new QuiltError(
          `Could not delete ${failed.length} pointer(s) of ${name}, e.g. s3://${this.bucket}/${e.Key ?? '?'}: ${e.Code ?? ''} ${e.Message ?? ''}`
        )
      }
    }
  }

  /** Every package with a pointer: `.quilt/named_packages/<ns>/<pkg>/...`. */
  async listPackages(): Promise<string[]> {
    const names = new Set<string>()
    for (const k of await this.listKeys(NAMED)) {
      const parts = k.key.split('/')
      if (parts.length >= 3) names.add(`${parts[0]!}/${parts[1]!}`)
    }
    return [...names].sort()
  }

  async removePackageIfEmpty(): Promise<void> {
    // S3 has no folders: a package without pointers is gone from listings.
  }
}
