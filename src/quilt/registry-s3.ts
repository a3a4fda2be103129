/**
 * A registry in an S3 bucket (quilt3 `S3PackageRegistryV1`): manifests and pointers under
 * `.quilt/`. Every pointer write is a compare-and-swap where the store has conditional writes:
 * timestamp pointers are created with `If-None-Match: *` (never replacing another revision's),
 * `latest` is replaced with `If-Match` on the ETag that was read and removed the same way.
 * Stores without conditional writes get plain writes and one warning.
 */
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { PhysicalKey, QuiltError, pyRepr } from './names.js'
import { retry } from './concurrency.js'
import { httpStatus, isBrokenTransfer, isNotFound, s3ErrorCode } from './s3-errors.js'
import { TOP_HASH_RE, type LatestState, type Pointer, type Registry } from './registry.js'

const PACKAGES = '.quilt/packages/'
const NAMED = '.quilt/named_packages/'

/** Attempts at a conditional write whose outcome stayed unclear (the answer was lost). */
const CAS_ATTEMPTS = 5

/** A conditional write refused: the object is not (or no longer) what the condition names. */
function isPreconditionFailed(e: unknown): boolean {
  const status = httpStatus(e)
  const code = s3ErrorCode(e)
  // 409 ConditionalRequestConflict: a concurrent conditional write won. 404: `If-Match` on an
  // object deleted meanwhile.
  return (
    status === 412 ||
    code === 'PreconditionFailed' ||
    status === 409 ||
    code === 'ConditionalRequestConflict' ||
    status === 404 ||
    code === 'NoSuchKey'
  )
}

/** The store does not implement the condition header. */
function isNotImplemented(e: unknown): boolean {
  return httpStatus(e) === 501 || s3ErrorCode(e) === 'NotImplemented'
}

/** A write whose outcome is unknown: no answer, or a server error after the SDK's retries. */
function isUnclear(e: unknown): boolean {
  const status = httpStatus(e)
  return isBrokenTransfer(e) || (status !== undefined && status >= 500 && status !== 501)
}

export interface S3RegistryOptions {
  /** Told once when the store has no conditional writes (concurrent writers may then collide). */
  onWarning?: (message: string) => void
}

/** quilt3's refusal of a registry URL that is not exactly `s3://bucket`. */
export function parseS3RegistryUrl(url: string): string {
  const pk = PhysicalKey.fromUrl(url)
  if (pk.isLocal()) throw new QuiltError(`Not an S3 registry: ${url}`)
  if (pk.path !== '') {
    throw new QuiltError(
      `The 'registry' argument expects an S3 bucket but the S3 object path ${pyRepr(url)} was provided instead. ` +
        `You probably wanted to set 'registry' to ${pyRepr('s3://' + pk.bucket!)} instead. ` +
        `To specify that package data land in a specific directory use 'dest'.`
    )
  }
  return pk.bucket!
}

async function bodyBytes(body: unknown): Promise<Buffer> {
  const b = body as { transformToByteArray?: () => Promise<Uint8Array> } | undefined
  if (!b?.transformToByteArray) return Buffer.alloc(0)
  return Buffer.from(await b.transformToByteArray())
}

/**
 * GetObject and its whole body, or null when the object does not exist. The SDK retries the
 * request but not the reading of the body: a connection cut while the body arrives is retried
 * here (errors without an S3 answer).
 */
export async function getObjectBytes(
  s3: S3Client,
  params: { Bucket: string; Key: string; VersionId?: string; Range?: string }
): Promise<{ data: Buffer; versionId: string | undefined; etag: string | undefined } | null> {
  try {
    return await retry(
      async () => {
        const r = await s3.send(new GetObjectCommand(params))
        return { data: await bodyBytes(r.Body), versionId: r.VersionId, etag: r.ETag }
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

  /** Keys (relative to `prefix`) under a prefix, all pages. */
  async listKeys(prefix: string): Promise<{ key: string; size: number }[]> {
    const out: { key: string; size: number }[] = []
    let token: string | undefined
    do {
      const r = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token })
      )
      for (const o of r.Contents ?? []) {
        if (o.Key !== undefined) out.push({ key: o.Key.slice(prefix.length), size: o.Size ?? 0 })
      }
      token = r.IsTruncated ? r.NextContinuationToken : undefined
    } while (token)
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
    for (let s = seconds; ; s++) {
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
        if (!isPreconditionFailed(e) && !isUnclear(e)) throw e
        // Taken, or our own write whose answer was lost (the retry then finds it): read it.
        const holder = await this.readPointer(name, pointer)
        if (holder === topHash) return pointer
        if (holder === null) {
          if (isUnclear(e)) throw e
          s-- // removed meanwhile: try the same second again
        }
      }
    }
  }

  async replaceLatest(name: string, topHash: string, expected: LatestState): Promise<boolean> {
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
        return true
      } catch (e) {
        if (isNotImplemented(e)) {
          this.unconditional('PutObject If-Match')
          const now = await this.readLatest(name)
          if (now.topHash !== expected.topHash && now.topHash !== topHash) return false
          await this.putPointer(name, 'latest', topHash)
          return true
        }
        if (!isPreconditionFailed(e) && !isUnclear(e)) throw e
        // Refused, or unclear (e.g. applied, answer lost, the retry refused): read it back.
        const now = await this.readLatest(name)
        if (now.topHash === topHash) return true
        const unchanged = now.tag === expected.tag && now.topHash === expected.topHash
        if (!unchanged) return false
        if (attempt >= CAS_ATTEMPTS) {
          if (isUnclear(e)) throw e
          return false
        }
      }
    }
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
        if (!isPreconditionFailed(e) && !isUnclear(e)) throw e
        const now = await this.readLatest(name)
        if (now.topHash === null) return true
        if (now.tag !== expected.tag || now.topHash !== expected.topHash) return false
        if (attempt >= CAS_ATTEMPTS) {
          if (isUnclear(e)) throw e
          return false
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
