/**
 * The lean PUT of small objects (src/quilt/s3/lean-put.ts) against a stand-in S3 that checks
 * every request's SigV4 signature by its own reckoning of the spec (not the SDK's signer), so
 * that requests the SDK signs and requests signed here are held to the same rule: the route is
 * learned from the SDK's first PutObject, then the keys, checksums and session tokens, errors
 * named as the SDK names them (same `name`, `Code`, status and message for the user), retries
 * of throttling and dropped connections within the client's retry quota, credentials refreshed
 * mid-way, the abort signal, and a redirect sending the request back to the SDK. Then a push of
 * many small files to moto through the fault proxy, faults on the lean PUTs too: the revision is
 * whole.
 */
import { FileChangedError } from '../../src/quilt/errors.js'
import type { S3Client } from '@aws-sdk/client-s3'
import type { AwsCredentialIdentity } from '@smithy/types'
import { createHash, createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeS3Client, type S3Settings } from '../../src/quilt/s3/client.js'
import { leanPutOf, escapeKey } from '../../src/quilt/s3/lean-put.js'
import { Transfer } from '../../src/quilt/s3/transfer.js'
import { SourceFile } from '../../src/quilt/sources/file.js'
import { explainAwsError } from '../../src/action/errors.js'
import { CRC64NVME } from '../../src/quilt/format/hash.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import { resolveConcurrency } from '../../src/quilt/concurrency.js'
import { hashBytes } from '../../src/quilt/format/hash.js'
import { readHash } from '../../src/quilt/format/manifest.js'
import { push } from '../../src/quilt/ops/push.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { type Fault } from '../helpers/fault-proxy.js'
import { motoFlavours } from '../helpers/moto.js'
import { proxiedMoto, tree } from '../helpers/proxied-moto.js'
import { seededRandom } from '../helpers/trees.js'

afterAll(() => cleanupTempDirs())

const SECRETS: Record<string, string> = { AK1: 'secret-one', AK2: 'secret-two' }

interface Seen {
  path: string
  key: string
  accessKeyId: string
  token: string | undefined
  sdk: boolean
  valid: boolean
  checksum: string | undefined
  algorithm: string | undefined
}

type Answer = (req: IncomingMessage, res: ServerResponse, body: Buffer) => boolean

const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest()
const hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')

/** Whether the request's SigV4 signature is right (AWS's documented algorithm, done here). */
function signatureValid(req: IncomingMessage, body: Buffer): boolean {
  const auth = req.headers.authorization ?? ''
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth
    )
  if (!m) return false
  const [, akid, date, region, service, signedHeaders, signature] = m as unknown as string[]
  const secret = SECRETS[akid!]
  if (!secret) return false
  const url = new URL(req.url!, 'http://x')
  const rfc3986 = (s: string): string =>
    encodeURIComponent(s).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  const query = [...url.searchParams]
    .map(([k, v]) => [rfc3986(k), rfc3986(v)])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  const names = signedHeaders!.split(';')
  if (!names.includes('host') || !names.includes('x-amz-content-sha256')) return false
  const headers = names
    .map(
      (n) =>
        `${n}:${String(req.headers[n] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`
    )
    .join('')
  const payload = String(req.headers['x-amz-content-sha256'])
  if (payload !== 'UNSIGNED-PAYLOAD' && payload !== hex(body)) return false
  const canonical = [req.method, url.pathname, query, headers, signedHeaders, payload].join('\n')
  const amzDate = String(req.headers['x-amz-date'])
  const scope = `${date}/${region}/${service}/aws4_request`
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, hex(canonical)].join('\n')
  let k = hmac(`AWS4${secret}`, date!)
  for (const part of [region!, service!, 'aws4_request']) k = hmac(k, part)
  return createHmac('sha256', k).update(toSign).digest('hex') === signature
}

/** A stand-in S3 for PUTs: checks signatures, answers with a version id and the checksum. */
class FakeS3 {
  readonly seen: Seen[] = []
  /** Answers of the test's own, tried in order before the normal one (once each). */
  readonly answers: Answer[] = []
  private server!: Server
  private version = 0
  url = ''

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks)))
    })
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r))
    const addr = this.server.address()
    this.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((r) => this.server.close(r))
  }

  private answer(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url!, 'http://x')
    const valid = signatureValid(req, body)
    this.seen.push({
      path: url.pathname,
      key: decodeURIComponent(url.pathname.split('/').slice(2).join('/')),
      accessKeyId: /Credential=([^/]+)/.exec(req.headers.authorization ?? '')?.[1] ?? '',
      token: req.headers['x-amz-security-token'] as string | undefined,
      sdk: req.headers['amz-sdk-invocation-id'] !== undefined,
      valid,
      checksum: (req.headers['x-amz-checksum-sha256'] ??
        req.headers['x-amz-checksum-crc64nvme']) as string | undefined,
      algorithm: req.headers['x-amz-sdk-checksum-algorithm'] as string | undefined
    })
    const custom = this.answers.shift()
    if (custom?.(req, res, body)) return
    if (!valid) return s3Error(res, 403, 'SignatureDoesNotMatch', 'The signature is wrong')
    const h: Record<string, string> = { 'x-amz-version-id': `v${++this.version}` }
    for (const n of ['x-amz-checksum-sha256', 'x-amz-checksum-crc64nvme']) {
      const v = req.headers[n]
      if (typeof v === 'string') h[n] = v
    }
    res.writeHead(200, h)
    res.end()
  }
}

function s3Error(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': 'REQ1' })
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>REQ1</RequestId><HostId>HOST1</HostId></Error>`
  )
}

const fake = new FakeS3()
let dir: string
beforeAll(async () => {
  await fake.start()
  dir = tempDir('lean-put')
})
afterAll(() => fake.stop())

const clients: S3Client[] = []
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})

function client(credentials: S3Settings['credentials']): S3Client {
  const c = makeS3Client({ endpoint: fake.url, region: 'us-east-1', credentials, maxAttempts: 3 })
  clients.push(c)
  return c
}

let fileNo = 0
/** Upload `content` as `key` through a Transfer (the push's path for a local file). */
async function upload(
  t: Transfer,
  bucket: string,
  key: string,
  content = `content of ${key}`
): Promise<{ versionId: string | null; hash: string | null }> {
  const path = join(dir, `f${++fileNo}`)
  writeFileSync(path, content)
  const file = SourceFile.open(path)
  try {
    const r = await t.uploadFile(file, { bucket, key })
    return { versionId: r.physicalKey.versionId, hash: r.hash }
  } finally {
    file.close()
  }
}

const KEYS = [
  'plain.txt',
  "a b/c+d!e'f(g)h*i~j/k.bin",
  'unicode/é ü 日本/%41%2F?#[]@&=;,$.txt',
  'trailing space /x '
]

describe('the lean PUT', () => {
  it('is used once the SDK has sent a PutObject to the bucket, and signs as SigV4 requires', async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one', sessionToken: 'TOK' })
    const t = new Transfer(s3, { concurrency: 4 })
    fake.seen.length = 0
    const first = await upload(t, 'bucket-a', 'first')
    expect(leanPutOf(s3)?.has('bucket-a')).toBe(true)
    const results = []
    for (const key of KEYS) results.push(await upload(t, 'bucket-a', key))
    expect(fake.seen.map((s) => [s.key, s.sdk, s.valid, s.token])).toEqual([
      ['first', true, true, 'TOK'],
      ...KEYS.map((k) => [k, false, true, 'TOK'])
    ])
    // The same path as the SDK writes for the key.
    for (const s of fake.seen.slice(1)) expect(s.path).toBe(`/bucket-a/${escapeKey(s.key)}`)
    expect(fake.seen.every((s) => s.algorithm === 'SHA256' && s.checksum)).toBe(true)
    expect(first.versionId).toBe(`v${/v(\d+)/.exec(first.versionId!)![1]}`)
    expect(results.every((r) => r.versionId !== null && r.hash !== null)).toBe(true)
  })

  it('learns the route from one SDK PutObject when many start together, then sends the rest itself', async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const t = new Transfer(s3, { concurrency: 16 })
    fake.seen.length = 0
    const keys = Array.from({ length: 16 }, (_, i) => `together/${i}`)
    const results = await Promise.all(keys.map((k) => upload(t, 'bucket-t', k)))
    expect(results.every((r) => r.versionId !== null && r.hash !== null)).toBe(true)
    expect(fake.seen.filter((s) => s.sdk)).toHaveLength(1)
    expect(fake.seen.every((s) => s.valid)).toBe(true)
    expect(new Set(fake.seen.map((s) => s.key))).toEqual(new Set(keys))
  })

  it('sends CRC64NVME checksums when the transfer hashes with CRC64NVME', async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const t = new Transfer(s3, { concurrency: 4, hashType: CRC64NVME })
    fake.seen.length = 0
    await upload(t, 'bucket-c', 'one')
    const r = await upload(t, 'bucket-c', 'two')
    expect(fake.seen.map((s) => [s.sdk, s.valid, s.algorithm])).toEqual([
      [true, true, 'CRC64NVME'],
      [false, true, 'CRC64NVME']
    ])
    expect(r.hash).toBe(fake.seen[1]!.checksum)
  })

  it('fails when the stored checksum is not the one sent', async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const t = new Transfer(s3, { concurrency: 1 })
    await upload(t, 'bucket-d', 'one')
    fake.answers.push((_, res) => {
      res.writeHead(200, {
        'x-amz-checksum-sha256': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
      })
      res.end()
      return true
    })
    await expect(upload(t, 'bucket-d', 'two')).rejects.toThrow(/changed in transit/)
  })

  it('names S3 errors as the SDK does, for the same message to the user', async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const t = new Transfer(s3, { concurrency: 1 })
    const denied: Answer = (_, res) => (s3Error(res, 403, 'AccessDenied', 'Access Denied'), true)
    // The SDK's error (before any lean route), then the lean PUT's.
    fake.answers.push(denied)
    const sdkError = await upload(t, 'bucket-e', 'x').catch((e: unknown) => e)
    await upload(t, 'bucket-e', 'ok')
    fake.answers.push(denied)
    const leanError = await upload(t, 'bucket-e', 'x').catch((e: unknown) => e)
    expect(fake.seen.slice(-1)[0]!.sdk).toBe(false)
    const fields = (e: unknown): unknown => {
      const o = e as Record<string, unknown> & { $metadata: Record<string, unknown> }
      return {
        name: o.name,
        message: o.message,
        Code: o.Code,
        fault: o.$fault,
        status: o.$metadata.httpStatusCode,
        attempts: o.$metadata.attempts,
        command: o.$command,
        bucket: o.$bucket,
        key: o.$key,
        explained: explainAwsError(e)
      }
    }
    expect(fields(leanError)).toEqual(fields(sdkError))
    expect(explainAwsError(leanError)).toMatch(/Access denied: PutObject on s3:\/\/bucket-e\/x/)
  })

  it('retries throttling, server errors and dropped connections, then succeeds', async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const t = new Transfer(s3, { concurrency: 1 })
    await upload(t, 'bucket-f', 'one')
    fake.seen.length = 0
    fake.answers.push(
      (_, res) => (s3Error(res, 503, 'SlowDown', 'Reduce your request rate'), true),
      (req) => (req.socket.destroy(), true)
    )
    const r = await upload(t, 'bucket-f', 'two')
    expect(r.versionId).not.toBeNull()
    expect(fake.seen.map((s) => [s.key, s.sdk])).toEqual([
      ['two', false],
      ['two', false],
      ['two', false]
    ])
    // After the client's attempts, the last error with its attempts.
    for (let i = 0; i < 3; i++) {
      fake.answers.push((_, res) => (s3Error(res, 500, 'InternalError', 'Oops'), true))
    }
    const e = (await upload(t, 'bucket-f', 'three').catch((x: unknown) => x)) as {
      name: string
      $metadata: { attempts: number; httpStatusCode: number }
    }
    expect([e.name, e.$metadata.httpStatusCode, e.$metadata.attempts]).toEqual([
      'InternalError',
      500,
      3
    ])
  })

  it("retries within the client's retry quota, as the SDK does: a failing S3 is not hammered", async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const t = new Transfer(s3, { concurrency: 80 })
    await upload(t, 'bucket-q', 'first')
    fake.seen.length = 0
    const failing = 80
    for (let i = 0; i < failing * 3; i++) {
      fake.answers.push((_, res) => (s3Error(res, 500, 'InternalError', 'Oops'), true))
    }
    const keys = Array.from({ length: failing }, (_, i) => `k${i}`)
    const errors = await Promise.all(
      keys.map((k) => upload(t, 'bucket-q', k).catch((e: unknown) => e as { name: string }))
    )
    fake.answers.length = 0
    expect(new Set(errors.map((e) => (e as { name: string }).name))).toEqual(
      new Set(['InternalError'])
    )
    // 3 attempts each would be 240 requests; the SDK's retry quota (500 tokens, 10 to 14 per
    // retry of a server error, by SDK version) allows 35 to 50 retries in all.
    expect(fake.seen.every((s) => !s.sdk)).toBe(true)
    expect(fake.seen.length).toBeGreaterThanOrEqual(failing + 35)
    expect(fake.seen.length).toBeLessThanOrEqual(failing + 50)
    // The quota is the client's: the SDK's own next request is not retried either.
    fake.answers.push((_, res) => (s3Error(res, 500, 'InternalError', 'Oops'), true))
    fake.seen.length = 0
    const { HeadObjectCommand } = await import('@aws-sdk/client-s3')
    await expect(s3.send(new HeadObjectCommand({ Bucket: 'bucket-q', Key: 'x' }))).rejects.toThrow()
    expect(fake.seen.length).toBe(1)
  })

  it("waits as long as S3's Retry-After asks before it retries, as the SDK does", async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const t = new Transfer(s3, { concurrency: 1 })
    await upload(t, 'bucket-s', 'one')
    const at: number[] = []
    fake.answers.push((_, res) => {
      at.push(Date.now())
      // A server error (a throttling one would also slow the client's sending rate).
      res.writeHead(500, { 'content-type': 'application/xml', 'retry-after': '2' })
      res.end('<Error><Code>InternalError</Code><Message>Try again later</Message></Error>')
      return true
    })
    fake.answers.push(() => (at.push(Date.now()), false))
    const r = await upload(t, 'bucket-s', 'two')
    expect(r.versionId).not.toBeNull()
    expect(at).toHaveLength(2)
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(1900)
  })

  it('signs with refreshed credentials once the old ones expire', async () => {
    let calls = 0
    const provider = (): Promise<AwsCredentialIdentity> => {
      calls++
      return Promise.resolve(
        calls === 1
          ? {
              accessKeyId: 'AK1',
              secretAccessKey: 'secret-one',
              expiration: new Date(Date.now() + 301_000)
            }
          : {
              accessKeyId: 'AK2',
              secretAccessKey: 'secret-two',
              expiration: new Date(Date.now() + 3600_000)
            }
      )
    }
    const s3 = client(provider)
    const t = new Transfer(s3, { concurrency: 1 })
    fake.seen.length = 0
    await upload(t, 'bucket-g', 'one')
    await upload(t, 'bucket-g', 'two')
    // The SDK's rule: credentials 5 minutes from their expiry are renewed.
    await new Promise((r) => setTimeout(r, 1200))
    await upload(t, 'bucket-g', 'three')
    expect(fake.seen.map((s) => [s.key, s.sdk, s.accessKeyId, s.valid])).toEqual([
      ['one', true, 'AK1', true],
      ['two', false, 'AK1', true],
      ['three', false, 'AK2', true]
    ])
  })

  it('stops a request in flight when the signal aborts', async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const stop = new AbortController()
    const t = new Transfer(s3, { concurrency: 1, signal: stop.signal })
    await upload(t, 'bucket-h', 'one')
    fake.answers.push(() => true) // never answered
    const pending = upload(t, 'bucket-h', 'two').catch((e: unknown) => e)
    await new Promise((r) => setTimeout(r, 100))
    stop.abort(new Error('stopped'))
    const e = (await pending) as Error
    expect(fake.seen.slice(-1)[0]).toMatchObject({ key: 'two', sdk: false })
    expect(e.message).toMatch(/stopped|abort/i)
  })

  it('sends nothing when the push stops while its credentials are renewed', async () => {
    let calls = 0
    const provider = async (): Promise<AwsCredentialIdentity> => {
      // The SDK's own request signs with the first answer; the lean PUT waits for a renewal
      // (credentials this close to their expiry are renewed at every use).
      if (++calls > 1) await new Promise((r) => setTimeout(r, 300))
      return {
        accessKeyId: 'AK1',
        secretAccessKey: 'secret-one',
        expiration: new Date(Date.now() + 200_000)
      }
    }
    const s3 = client(provider)
    const stop = new AbortController()
    const t = new Transfer(s3, { concurrency: 1, signal: stop.signal })
    await upload(t, 'bucket-r', 'one')
    fake.seen.length = 0
    const pending = upload(t, 'bucket-r', 'two').catch((e: unknown) => e)
    await new Promise((r) => setTimeout(r, 100))
    const reason = new Error('another file failed')
    stop.abort(reason)
    expect(await pending).toBe(reason)
    await new Promise((r) => setTimeout(r, 400))
    expect(fake.seen).toEqual([])
  })

  it("leaves the push's stop reason (another file's error) as it is", async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const stop = new AbortController()
    const t = new Transfer(s3, { concurrency: 1, signal: stop.signal })
    await upload(t, 'bucket-i', 'one')
    // A request in flight when the push stops, and one asked for after.
    fake.answers.push(() => true) // never answered
    const inFlight = upload(t, 'bucket-i', 'two').catch((e: unknown) => e)
    await new Promise((r) => setTimeout(r, 100))
    const reason = new FileChangedError('/data/other.csv', 'its size is now 3 bytes, not 2')
    stop.abort(reason)
    expect(await inFlight).toMatchObject({ name: 'AbortError' })
    expect(await upload(t, 'bucket-i', 'three').catch((e: unknown) => e)).toBe(reason)
    // The first failure is what the user is told: never stamped as one of these PutObjects.
    expect(Object.keys(reason).filter((k) => k.startsWith('$'))).toEqual([])
    expect(reason.message).toMatch(/^\/data\/other\.csv changed while this run read it/)
  })

  it('hands a redirected request back to the SDK', async () => {
    const s3 = client({ accessKeyId: 'AK1', secretAccessKey: 'secret-one' })
    const t = new Transfer(s3, { concurrency: 1 })
    await upload(t, 'bucket-i', 'one')
    fake.seen.length = 0
    fake.answers.push((_, res) => (s3Error(res, 301, 'PermanentRedirect', 'Elsewhere'), true))
    const r = await upload(t, 'bucket-i', 'two')
    expect(r.versionId).not.toBeNull()
    expect(fake.seen.map((s) => [s.key, s.sdk])).toEqual([
      ['two', false],
      ['two', true]
    ])
    await upload(t, 'bucket-i', 'three')
    expect(fake.seen.slice(-1)[0]!.sdk).toBe(false)
  })
})

describe('the lean PUT in a push through faults', () => {
  const bench = proxiedMoto(motoFlavours()[0]!, 'lean')

  it('drops, 500s and 503s on small uploads: retried, every object holds its bytes', async () => {
    const bucket = await bench.fresh()
    const random = seededRandom(5)
    const faults: Fault[] = [
      { drop: 'after-forward' },
      { drop: 'before-forward' },
      { drop: 'mid-request' },
      { drop: 'mid-response' },
      { status: 500, code: 'InternalError' },
      { status: 503, code: 'SlowDown' }
    ]
    // Few enough that no file meets the client's 5 attempts' worth.
    for (const fault of faults) {
      bench.proxy.inject({
        method: 'PUT',
        key: 'lean/p/',
        times: 4,
        probability: 0.05,
        random,
        fault
      })
    }
    const files: Record<string, string> = {}
    for (let i = 0; i < 150; i++) files[`f${i}.txt`] = `file ${i} `.repeat(i % 7)
    const r = await push(
      {
        name: 'lean/p',
        source: localSource(tree(files)),
        registry: bench.registry(bucket),
        message: 'm'
      },
      { concurrency: resolveConcurrency(8) }
    )
    await bench.proxy.idle()
    const data = bench.proxy.seen({ method: 'PUT', key: 'lean/p/' })
    const lean = data.filter((q) => q.headers['amz-sdk-invocation-id'] === undefined)
    // Most uploads went the lean way, and faults hit some of them.
    expect(lean.length).toBeGreaterThan(100)
    expect(lean.filter((q) => q.fault !== undefined).length).toBeGreaterThan(0)
    const entries = r.package.walk()
    expect(entries).toHaveLength(150)
    for (const e of entries) {
      const got = await bench.direct.send(
        new GetObjectCommand({
          Bucket: bucket,
          Key: e.physicalKey.path,
          VersionId: e.physicalKey.versionId ?? undefined
        })
      )
      const bytes = Buffer.from(await got.Body!.transformToByteArray())
      expect(bytes.toString()).toBe(files[e.logicalKey])
      expect(readHash(e.hash)!.value).toBe(hashBytes(bytes))
    }
  })
})
