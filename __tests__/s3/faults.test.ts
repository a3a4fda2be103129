/**
 * Faults a real S3 server gives only when it wants to (throttling, internal errors, dropped
 * connections, refused writes), made on demand by a proxy in front of moto. The clients are the
 * product's own (`makeS3Client`), so its retry settings are what is tested.
 *
 * The rules under test: a push writes all data, then the manifest, then the timestamp pointer,
 * then `latest`; a push that fails anywhere leaves `latest` and every existing revision as they
 * were and leaves no multipart upload open; transient errors are retried; delete never removes
 * data or manifests.
 *
 * What goes through multipart uploads and the checksums S3 returns runs against both moto
 * flavours; the other faults do not depend on the store's features and run against the first
 * (AWS-like when available).
 */
import {
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { join } from 'node:path'
import { errorMessage } from '../../src/action/errors.js'
import { execute } from '../../src/action/execute.js'
import { parseInputs } from '../../src/action/inputs.js'
import { hashBytes } from '../../src/quilt/format/hash.js'
import { Package, readHash } from '../../src/quilt/format/manifest.js'
import { deletePackage } from '../../src/quilt/ops/delete.js'
import { push, type PushResult } from '../../src/quilt/ops/push.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { listS3Prefix } from '../../src/quilt/sources/s3.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { FaultProxy, type RecordedRequest, type RequestFilter } from '../helpers/fault-proxy.js'
import { motoFlavours, TEST_CREDENTIALS, type MotoFlavour } from '../helpers/moto.js'
import { proxiedMoto } from '../helpers/proxied-moto.js'
import { credentialsOnlyEnv, runAction, withEnv } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

const MiB = 1024 * 1024
/** `n` bytes of a 251-byte pattern that depends on `seed` (fast: no per-byte JavaScript). */
const big = (n: number, seed = 1): Buffer =>
  Buffer.alloc(n, Buffer.from(Array.from({ length: 251 }, (_, i) => (i * seed + seed) % 251)))
/** 9 MiB + 5: two parts of quilt's multipart upload (8 MiB + the rest). */
const NINE = big(9 * MiB + 5, 3)

type Files = Record<string, Buffer | string>

function tree(files: Files): string {
  const dir = tempDir('qpa-faults-')
  for (const [k, v] of Object.entries(files)) writeFile(join(dir, k), v)
  return dir
}

/** A push of a folder of `files` as `name`, with `message`. */
function pushTree(
  registry: S3Registry,
  name: string,
  files: Files,
  message: string | null
): Promise<PushResult> {
  return push({ name, source: localSource(tree(files)), registry, message })
}

const SLOWDOWN = { status: 503, code: 'SlowDown', message: 'Please reduce your request rate.' }
const INTERNAL = {
  status: 500,
  code: 'InternalError',
  message: 'We encountered an internal error. Please try again.'
}
/** A 503 the SDK retries with its ordinary backoff (SlowDown gets the longer throttling one). */
const UNAVAILABLE = {
  status: 503,
  code: 'ServiceUnavailable',
  message: 'Service is unable to handle request.'
}
const DENIED = { status: 403, code: 'AccessDenied', message: 'Access Denied' }

const FLAVOURS = motoFlavours()

/**
 * moto and a fault proxy in front of it for one describe block, with the helpers the tests use
 * to push through the proxy and to look at the bucket directly.
 */
function faultBench(flavour: MotoFlavour) {
  const bench = proxiedMoto(flavour, flavour === 'plain' ? 'fp' : 'fa')

  async function text(bucket: string, key: string): Promise<string | null> {
    try {
      const r = await bench.direct.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      return await r.Body!.transformToString()
    } catch (e) {
      if ((e as { name?: string }).name === 'NoSuchKey') return null
      throw e
    }
  }

  async function bytes(bucket: string, key: string, versionId: string | null): Promise<Buffer> {
    const r = await bench.direct.send(
      new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId ?? undefined })
    )
    return Buffer.from(await r.Body!.transformToByteArray())
  }

  /** Every version and delete marker in the bucket, as `key@version` / `key@version (marker)`. */
  async function allVersions(bucket: string): Promise<string[]> {
    const r = await bench.direct.send(new ListObjectVersionsCommand({ Bucket: bucket }))
    return [
      ...(r.Versions ?? []).map((v) => `${v.Key!}@${v.VersionId!}`),
      ...(r.DeleteMarkers ?? []).map((v) => `${v.Key!}@${v.VersionId!} (marker)`)
    ].sort()
  }

  /** What a reader of the registry sees of a package: latest, timestamp pointers, manifests. */
  async function registryState(
    bucket: string,
    name: string
  ): Promise<{ latest: string | null; revisions: string[]; manifests: string[] }> {
    const keys = (await allVersions(bucket))
      .filter((k) => !k.endsWith('(marker)'))
      .map((k) => k.slice(0, k.lastIndexOf('@')))
    const live = await new S3Registry(bench.direct, bucket).listPointers(name)
    return {
      latest: await text(bucket, `.quilt/named_packages/${name}/latest`),
      revisions: live.filter((p) => p.name !== 'latest').map((p) => `${p.name}=${p.topHash}`),
      manifests: [...new Set(keys.filter((k) => k.startsWith('.quilt/packages/')))].sort()
    }
  }

  async function openUploads(bucket: string): Promise<string[]> {
    const r = await bench.direct.send(new ListMultipartUploadsCommand({ Bucket: bucket }))
    return (r.Uploads ?? []).map((u) => `${u.Key!} ${u.UploadId!}`)
  }

  /**
   * The pushed revision is whole: latest and its timestamp pointer name it, its manifest has
   * that top hash, and every entry's physical key (with its version) holds the file's bytes.
   */
  async function expectPushed(
    bucket: string,
    name: string,
    r: PushResult,
    files: Files
  ): Promise<void> {
    expect(await text(bucket, `.quilt/named_packages/${name}/latest`)).toBe(r.topHash)
    expect(await text(bucket, `.quilt/named_packages/${name}/${r.revision!}`)).toBe(r.topHash)
    const manifest = Package.fromManifest((await text(bucket, `.quilt/packages/${r.topHash}`))!)
    expect(manifest.topHash()).toBe(r.topHash)
    const entries = manifest.walk()
    expect(entries.map((e) => e.logicalKey).sort()).toEqual(Object.keys(files).sort())
    for (const e of entries) {
      const want = Buffer.from(files[e.logicalKey]!)
      expect(readHash(e.hash)!.value).toBe(hashBytes(want))
      expect(e.physicalKey.bucket).toBe(bucket)
      const got = await bytes(bucket, e.physicalKey.path, e.physicalKey.versionId)
      expect(hashBytes(got)).toBe(hashBytes(want))
    }
  }

  return {
    get proxy(): FaultProxy {
      return bench.proxy
    },
    get direct(): S3Client {
      return bench.direct
    },
    fresh: bench.fresh,
    registryOf: (bucket: string): S3Registry => bench.registry(bucket),
    text,
    allVersions,
    registryState,
    openUploads,
    expectPushed,
    /** What each matching request got: '200', 'status 503 SlowDown', 'drop after-forward'... */
    attempts: (filter: RequestFilter): string[] =>
      bench.proxy.seen(filter).map((r) => r.fault ?? String(r.status))
  }
}

describe.each(FLAVOURS)('faults through a proxy, %s moto', (flavour) => {
  const b = faultBench(flavour)

  it('writes every data object, then the manifest, then the timestamp pointer, then latest', async () => {
    const bucket = await b.fresh()
    const files: Files = { 'a.txt': 'a', 'b/c.txt': 'c', 'big.bin': NINE }
    // Slow data requests widen the window in which a wrong order would show.
    b.proxy.inject({ method: 'PUT', key: 'o/p/', times: Infinity, fault: { delayMs: 60 } })
    b.proxy.inject({ method: 'POST', key: 'o/p/', times: Infinity, fault: { delayMs: 60 } })
    const r = await pushTree(b.registryOf(bucket), 'o/p', files, 'order')
    await b.expectPushed(bucket, 'o/p', r, files)
    const writes = b.proxy.requests.filter((q) => q.method === 'PUT' || q.method === 'POST')
    const data = writes.filter((q) => q.key.startsWith('o/p/'))
    const one = (key: string): RecordedRequest => {
      const found = writes.filter((q) => q.key === key)
      expect(found).toHaveLength(1)
      return found[0]!
    }
    const manifest = one(`.quilt/packages/${r.topHash}`)
    const stamp = one(`.quilt/named_packages/o/p/${r.revision!}`)
    const latest = one('.quilt/named_packages/o/p/latest')
    // 2 PutObject, CreateMultipartUpload, 2 UploadPart, CompleteMultipartUpload.
    expect(data).toHaveLength(6)
    // Each write was answered before the next one arrived.
    for (const d of data) expect(d.responded).toBeLessThan(manifest.arrived)
    expect(manifest.responded).toBeLessThan(stamp.arrived)
    expect(stamp.responded).toBeLessThan(latest.arrived)
    expect(writes).toHaveLength(9)
  })

  it('InternalError (500) once on UploadPart #2 of a 9 MiB file: retried, the object hash is right', async () => {
    const bucket = await b.fresh()
    const files: Files = { 'big.bin': NINE }
    b.proxy.inject({
      method: 'PUT',
      key: 'm/p/big.bin',
      query: { partNumber: '2', uploadId: true },
      fault: INTERNAL
    })
    const r = await pushTree(b.registryOf(bucket), 'm/p', files, null)
    expect(b.attempts({ method: 'PUT', key: 'm/p/big.bin', query: { partNumber: '2' } })).toEqual([
      'status 500 InternalError',
      '200'
    ])
    expect(b.attempts({ method: 'PUT', key: 'm/p/big.bin', query: { partNumber: '1' } })).toEqual([
      '200'
    ])
    expect(readHash(r.package.walk()[0]!.hash)!.value).toBe(hashBytes(NINE))
    await b.expectPushed(bucket, 'm/p', r, files)
    expect(await b.openUploads(bucket)).toEqual([])
  })

  it.each(
    flavour === FLAVOURS[0]
      ? [
          ['a new package', false],
          ['a package with a previous revision', true]
        ]
      : [['a new package', false]]
  )(
    'InternalError on every UploadPart #2 (more than the retry budget), %s: the push fails and changes nothing',
    async (_, previous) => {
      const bucket = await b.fresh()
      const registry = b.registryOf(bucket)
      if (previous) {
        await pushTree(registry, 'f/p', { 'old.txt': 'old' }, 'before')
      }
      const before = await b.registryState(bucket, 'f/p')
      expect(before.latest === null).toBe(!previous)
      b.proxy.reset()
      b.proxy.inject({
        method: 'PUT',
        key: 'f/p/big.bin',
        query: { partNumber: '2' },
        times: Infinity,
        fault: INTERNAL
      })
      await expect(
        pushTree(registry, 'f/p', { 'small.txt': 'small', 'big.bin': NINE }, 'fails')
      ).rejects.toThrow(INTERNAL.message)
      // maxAttempts 5: the first try and four retries, then the upload is aborted.
      expect(b.attempts({ method: 'PUT', key: 'f/p/big.bin', query: { partNumber: '2' } })).toEqual(
        Array(5).fill('status 500 InternalError')
      )
      expect(
        b.attempts({ method: 'DELETE', key: 'f/p/big.bin', query: { uploadId: true } })
      ).toEqual(['204'])
      expect(await b.registryState(bucket, 'f/p')).toEqual(before)
      expect(b.proxy.seen({ key: '.quilt/packages/', method: 'PUT' })).toEqual([])
      expect(b.proxy.seen({ key: '.quilt/named_packages/', method: 'PUT' })).toEqual([])
      expect(await b.openUploads(bucket)).toEqual([])
    }
  )

  // The faults below do not depend on the store's checksum features: the first flavour only.
  if (flavour !== FLAVOURS[0]) return

  it.each([
    [
      'PutObject of a small file, dropped before it reaches S3',
      'PUT',
      'd/p/a.txt',
      {},
      'before-forward'
    ],
    [
      'PutObject of a small file, answer lost after S3 stored it',
      'PUT',
      'd/p/a.txt',
      {},
      'after-forward'
    ],
    [
      'UploadPart #1, cut while its 8 MiB are being sent',
      'PUT',
      'd/p/big.bin',
      { partNumber: '1' },
      'mid-request'
    ],
    [
      'UploadPart #1, answer lost after S3 stored it',
      'PUT',
      'd/p/big.bin',
      { partNumber: '1' },
      'after-forward'
    ],
    [
      'UploadPart #2, cut in the middle of the answer',
      'PUT',
      'd/p/big.bin',
      { partNumber: '2' },
      'mid-response'
    ],
    [
      'CreateMultipartUpload, dropped before it reaches S3',
      'POST',
      'd/p/big.bin',
      { uploads: true },
      'before-forward'
    ],
    [
      'CompleteMultipartUpload, dropped before it reaches S3',
      'POST',
      'd/p/big.bin',
      { uploadId: true },
      'before-forward'
    ]
  ] as const)(
    'a dropped connection on %s: retried, the push succeeds',
    async (_, method, key, query, drop) => {
      const bucket = await b.fresh()
      const files: Files = { 'a.txt': 'dropped once', 'big.bin': NINE }
      b.proxy.inject({ method, key, query, fault: { drop } })
      const r = await pushTree(b.registryOf(bucket), 'd/p', files, 'drop')
      expect(b.attempts({ method, key, query })).toEqual([`drop ${drop}`, '200'])
      await b.expectPushed(bucket, 'd/p', r, files)
      expect(await b.openUploads(bucket)).toEqual([])
    }
  )

  it('a failed upload while another is in flight: push() rejects only once every upload is finished or aborted', async () => {
    const bucket = await b.fresh()
    b.proxy.inject({
      method: 'PUT',
      key: 'g/p/bad.bin',
      query: { partNumber: '2' },
      times: Infinity,
      fault: INTERNAL
    })
    // The other file's parts are held until the failed upload has been aborted, and a little
    // longer: they are on their way when push() gives up.
    const aborted = (): boolean => {
      const abort = b.proxy.seen({ method: 'DELETE', key: 'g/p/bad.bin' })[0]
      return abort !== undefined && Date.now() - abort.end > 300
    }
    b.proxy.inject({
      method: 'PUT',
      key: 'g/p/slow.bin',
      query: { partNumber: true },
      times: Infinity,
      fault: { hold: aborted }
    })
    const failed = pushTree(
      b.registryOf(bucket),
      'g/p',
      { 'bad.bin': NINE, 'slow.bin': big(9 * MiB, 5) },
      'two uploads'
    )
    await expect(failed).rejects.toThrow(INTERNAL.message)
    // When push() rejected, the other file's requests had been aborted by the client (the
    // proxy learns of it when their connections close, a moment later): nothing runs after the
    // caller was told the push failed, so no upload is left open if the process ends (job
    // cancelled, step timeout).
    // Both multipart uploads were aborted before push() rejected: a part the proxy still holds
    // (the client gave it up) can no longer land anywhere.
    const open = await b.openUploads(bucket)
    expect(open).toEqual([])
    expect(b.proxy.seen({ method: 'DELETE', key: 'g/p/slow.bin' })).toHaveLength(1)
    await b.proxy.idle()
    const slowParts = b.proxy.seen({ method: 'PUT', key: 'g/p/slow.bin' })
    expect(slowParts.every((q) => q.status !== 200)).toBe(true)
    expect(await b.openUploads(bucket)).toEqual([])
    expect((await b.registryState(bucket, 'g/p')).latest).toBeNull()
  })

  it('SlowDown (503) twice on the PutObject of a data file: retried, the push succeeds', async () => {
    const bucket = await b.fresh()
    const files: Files = { 'a.txt': 'throttled', 'b.txt': 'not throttled' }
    b.proxy.inject({
      method: 'PUT',
      key: 's/p/a.txt',
      query: { uploadId: false },
      times: 2,
      fault: SLOWDOWN
    })
    const r = await pushTree(b.registryOf(bucket), 's/p', files, 'slow')
    expect(b.attempts({ method: 'PUT', key: 's/p/a.txt' })).toEqual([
      'status 503 SlowDown',
      'status 503 SlowDown',
      '200'
    ])
    expect(b.attempts({ method: 'PUT', key: 's/p/b.txt' })).toEqual(['200'])
    expect(r.transferred).toBe(2)
    await b.expectPushed(bucket, 's/p', r, files)
  })

  it('InternalError or ServiceUnavailable once on the manifest, the timestamp pointer and latest: retried, the push succeeds', async () => {
    const bucket = await b.fresh()
    const files: Files = { 'a.txt': 'x' }
    b.proxy.inject({ method: 'PUT', key: '.quilt/packages/', fault: INTERNAL })
    b.proxy.inject({
      method: 'PUT',
      key: /^\.quilt\/named_packages\/i\/p\/\d+$/,
      fault: UNAVAILABLE
    })
    b.proxy.inject({ method: 'PUT', key: '.quilt/named_packages/i/p/latest', fault: INTERNAL })
    const r = await pushTree(b.registryOf(bucket), 'i/p', files, 'm')
    expect(b.proxy.requests.filter((q) => q.fault !== undefined)).toHaveLength(3)
    await b.expectPushed(bucket, 'i/p', r, files)
  })

  it('transient errors on reads (latest, parent manifest, listing) are retried', async () => {
    const bucket = await b.fresh()
    const registry = b.registryOf(bucket)
    const r1 = await pushTree(registry, 'r/p', { 'a.txt': 'one' }, 'one')
    b.proxy.reset()
    b.proxy.inject({ method: 'GET', key: '.quilt/named_packages/r/p/latest', fault: UNAVAILABLE })
    b.proxy.inject({ method: 'GET', key: '.quilt/packages/', fault: INTERNAL })
    b.proxy.inject({ method: 'GET', key: '', query: { 'list-type': '2' }, fault: INTERNAL })
    const files: Files = { 'a.txt': 'one', 'b.txt': 'two' }
    const r2 = await pushTree(registry, 'r/p', files, 'two')
    expect(b.proxy.requests.filter((q) => q.fault !== undefined)).toHaveLength(3)
    expect(r2.previousTopHash).toBe(r1.topHash)
    // The parent's a.txt was read and reused: only b.txt was sent.
    expect([r2.reused, r2.transferred]).toEqual([1, 1])
    await b.expectPushed(bucket, 'r/p', r2, files)
  })

  it.each([
    ['latest', '.quilt/named_packages/c/p/latest'],
    ['the parent manifest', '.quilt/packages/']
  ])(
    'a connection cut in the middle of the body of %s is retried like any transient error',
    async (_, key) => {
      const bucket = await b.fresh()
      const registry = b.registryOf(bucket)
      const r1 = await pushTree(registry, 'c/p', { 'a.txt': 'one' }, 'one')
      b.proxy.reset()
      b.proxy.inject({ method: 'GET', key, fault: { drop: 'mid-response' } })
      const files: Files = { 'a.txt': 'one', 'b.txt': 'two' }
      const r2 = await pushTree(registry, 'c/p', files, 'two')
      expect(b.attempts({ method: 'GET', key })[0]).toBe('drop mid-response')
      expect(r2.previousTopHash).toBe(r1.topHash)
      await b.expectPushed(bucket, 'c/p', r2, files)
    }
  )

  it('a connection cut in the middle of an object read for its hash is retried like any transient error', async () => {
    const bucket = await b.fresh()
    // In the registry bucket, without an S3 checksum: kept in place, hashed by reading it.
    const content = 'no checksum: read to be hashed'
    await b.direct.send(new PutObjectCommand({ Bucket: bucket, Key: 'raw/x.txt', Body: content }))
    const listed = await listS3Prefix(b.direct, `s3://${bucket}/raw/`)
    // The GetObject (not the GetObjectAttributes, which the SDK reads whole and retries).
    const read = { method: 'GET', key: 'raw/x.txt', query: { attributes: false } }
    b.proxy.inject({ ...read, fault: { drop: 'mid-response' } })
    const r = await push({
      name: 'h/p',
      source: { kind: 's3', display: listed.display, entries: listed.entries },
      registry: b.registryOf(bucket),
      message: 'in place'
    })
    expect(b.attempts(read)[0]).toBe('drop mid-response')
    expect(readHash(r.package.walk()[0]!.hash)!.value).toBe(hashBytes(Buffer.from(content)))
  })

  it('AccessDenied on the PutObject of the manifest: the push fails and writes no pointer', async () => {
    const bucket = await b.fresh()
    b.proxy.inject({ method: 'PUT', key: '.quilt/packages/', times: Infinity, fault: DENIED })
    await expect(pushTree(b.registryOf(bucket), 'x/p', { 'a.txt': 'denied' }, 'm')).rejects.toThrow(
      'Access Denied'
    )
    // 403 is not retried.
    expect(b.attempts({ method: 'PUT', key: '.quilt/packages/' })).toEqual([
      'status 403 AccessDenied'
    ])
    expect(b.proxy.seen({ key: '.quilt/named_packages/', method: 'PUT' })).toEqual([])
    expect(await b.registryState(bucket, 'x/p')).toEqual({
      latest: null,
      revisions: [],
      manifests: []
    })
  })

  it('AccessDenied on the manifest, through the action: the message names s3:PutObject and the object', async () => {
    const bucket = await b.fresh()
    const dir = tree({ 'a.txt': 'denied' })
    b.proxy.inject({ method: 'PUT', key: '.quilt/packages/', times: Infinity, fault: DENIED })
    const values: Record<string, string> = {
      mode: 'push',
      name: 'x/q',
      path: dir,
      registry: `s3://${bucket}`,
      'endpoint-url': b.proxy.url
    }
    const env = credentialsOnlyEnv(TEST_CREDENTIALS)
    const error = await withEnv(env, async () => {
      const inputs = parseInputs((k) => values[k] ?? '')
      try {
        await execute(inputs, { info: () => undefined, warning: () => undefined })
      } catch (e) {
        return e
      }
      throw new Error('the push did not fail')
    })
    const message = errorMessage(error)
    expect(message).toContain('s3:PutObject')
    expect(message).toMatch(
      new RegExp(`Access denied: PutObject on s3://${bucket}/\\.quilt/packages/[0-9a-f]{64}\\b`)
    )

    // The same through the action as the runner starts it: one ::error:: line, exit code 1.
    const run = await runAction(values, env)
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('s3:PutObject')
    expect(run.errors[0]).toContain(`s3://${bucket}/.quilt/packages/`)
    expect(run.outputs['top-hash']).toBeUndefined()
    expect(await b.registryState(bucket, 'x/q')).toEqual({
      latest: null,
      revisions: [],
      manifests: []
    })
  })

  it('AccessDenied on the PutObject of latest: latest stays the previous revision, the failed run takes back its timestamp pointer', async () => {
    const bucket = await b.fresh()
    const registry = b.registryOf(bucket)
    const first = await push(
      { name: 'l/p', source: localSource(tree({ 'v.txt': 'v1' })), registry, message: 'one' },
      { now: new Date(1_700_000_000_000) }
    )
    const before = await b.registryState(bucket, 'l/p')
    b.proxy.reset()
    b.proxy.inject({
      method: 'PUT',
      key: '.quilt/named_packages/l/p/latest',
      times: Infinity,
      fault: DENIED
    })
    await expect(
      push(
        { name: 'l/p', source: localSource(tree({ 'v.txt': 'v2' })), registry, message: 'two' },
        { now: new Date(1_700_000_100_000) }
      )
    ).rejects.toThrow('Access Denied')
    const after = await b.registryState(bucket, 'l/p')
    // latest is untouched: readers still get the first revision.
    expect(after.latest).toBe(first.topHash)
    expect(b.attempts({ method: 'PUT', key: '.quilt/named_packages/l/p/latest' })).toEqual([
      'status 403 AccessDenied'
    ])
    // The manifest (content-addressed, harmless) stays; the timestamp pointer written before
    // latest is taken back: a failed run adds no revision.
    expect(after.revisions).toEqual(before.revisions)
    expect(after.manifests.length).toBe(before.manifests.length + 1)
  })

  describe('delete', () => {
    /** Three revisions of `name`, 100 s apart, written directly (no faults). */
    async function threeRevisions(bucket: string, name: string): Promise<PushResult[]> {
      const registry = new S3Registry(b.direct, bucket)
      const out: PushResult[] = []
      for (let i = 0; i < 3; i++) {
        out.push(
          await push(
            {
              name,
              source: localSource(tree({ 'f.txt': `v${i}`, [`only${i}.txt`]: `${i}` })),
              registry,
              message: `rev ${i}`
            },
            { now: new Date(1_700_000_000_000 + i * 100_000) }
          )
        )
      }
      return out
    }

    /** Versions of everything that is not a pointer: data and manifests. */
    const kept = (versions: string[]): string[] =>
      versions.filter((v) => !v.startsWith('.quilt/named_packages/'))

    // Pointers are removed with one DeleteObjects request (POST ?delete) per 1,000 keys.
    it('a DeleteObjects failing during a whole-package delete removes no manifest or data', async () => {
      const bucket = await b.fresh()
      const revs = await threeRevisions(bucket, 'del/p')
      const before = await b.allVersions(bucket)
      expect(kept(before).length).toBeGreaterThanOrEqual(3 + 4)
      const pointers = await new S3Registry(b.direct, bucket).listPointers('del/p')
      expect(pointers).toHaveLength(4)
      // The batch delete of the pointers fails every time (after the SDK's retries).
      b.proxy.inject({ method: 'POST', query: { delete: true }, times: Infinity, fault: INTERNAL })
      await expect(
        deletePackage({ name: 'del/p', registry: b.registryOf(bucket) })
      ).rejects.toThrow(INTERNAL.message)
      expect(b.proxy.seen({ method: 'POST' }).map((q) => q.fault)).toEqual(
        Array(5).fill('status 500 InternalError')
      )
      // Every version of every data object and manifest is still there, none hidden by a marker.
      expect(kept(await b.allVersions(bucket))).toEqual(kept(before))
      // Only pointers were ever sent a DELETE.
      expect(
        b.proxy
          .seen({ method: 'DELETE' })
          .filter((q) => !q.key.startsWith('.quilt/named_packages/'))
      ).toEqual([])
      for (const r of revs)
        expect(await b.text(bucket, `.quilt/packages/${r.topHash}`)).not.toBeNull()
      // latest, deleted last, still names the newest revision.
      expect((await b.registryState(bucket, 'del/p')).latest).toBe(revs[2]!.topHash)
    })

    it('a DeleteObjects refused after latest was re-pointed (delete of the latest revision): latest names a kept revision', async () => {
      const bucket = await b.fresh()
      const revs = await threeRevisions(bucket, 'del/q')
      const before = await b.allVersions(bucket)
      b.proxy.inject({ method: 'POST', query: { delete: true }, times: Infinity, fault: DENIED })
      await expect(
        deletePackage({ name: 'del/q', registry: b.registryOf(bucket), topHash: revs[2]!.topHash })
      ).rejects.toThrow('Access Denied')
      expect(kept(await b.allVersions(bucket))).toEqual(kept(before))
      // latest was re-pointed first, to the newest revision that stays, whose manifest exists.
      const state = await b.registryState(bucket, 'del/q')
      expect(state.latest).toBe(revs[1]!.topHash)
      expect(state.revisions).toContain(`1700000200=${revs[2]!.topHash}`)
    })

    it('ServiceUnavailable on a DeleteObjects: retried, the delete succeeds, data and manifests stay', async () => {
      const bucket = await b.fresh()
      const revs = await threeRevisions(bucket, 'del/r')
      const before = await b.allVersions(bucket)
      b.proxy.inject({ method: 'POST', query: { delete: true }, fault: UNAVAILABLE })
      const d = await deletePackage({ name: 'del/r', registry: b.registryOf(bucket) })
      expect(d.deleted.sort()).toEqual(revs.map((r) => r.topHash).sort())
      expect(b.proxy.requests.filter((q) => q.fault !== undefined)).toHaveLength(1)
      expect(kept(await b.allVersions(bucket))).toEqual(kept(before))
      expect(await new S3Registry(b.direct, bucket).listPointers('del/r')).toEqual([])
    })
  })
})
