/**
 * A lean PutObject for small objects: the AWS SDK spends about 1 ms of CPU on each request
 * (resolving its middleware stack per command, serialising through the schema, the endpoint
 * rules, the flexible-checksum and retry middleware), several times what the request itself
 * needs. A push of many small files is bound by that CPU, so their PUTs are sent here instead:
 * signed with SigV4 (s3/sigv4.ts, in the signing region and service the SDK used) with the client's credential
 * provider (refreshed credentials are used as soon as the SDK would use them), sent over keep-alive
 * connections of its own (s3/http1.ts: Node's `http` client costs a small PUT as much again).
 *
 * Where to send is never decided here: the route of a bucket (protocol, host, path prefix,
 * signing region and service) is learned from a PutObject the SDK itself sent to that bucket
 * and S3 accepted, so the addressing (path style for a custom endpoint, virtual hosts,
 * FIPS/dual-stack, the region a redirect found) is exactly the SDK's. Until then, and for
 * buckets the SDK signs otherwise (SigV4a, S3 Express sessions), the SDK sends every request.
 *
 * Same semantics as the SDK's PutObject: the headers the SDK sends for the same input (the
 * checksum and its algorithm, Content-Length, the payload's SHA-256), the version id and
 * checksum of the answer; S3 errors as `S3ServiceException`s with the same `name`, `Code`,
 * `$metadata` and request context (`$command`, `$bucket`, `$key`); retries with jittered
 * backoff of throttling, server and network errors; clock skew corrected in the client's
 * config; the abort signal and the client's timeouts honoured. An answer that says the route
 * is stale (a redirect) drops the route: the request is then sent by the SDK.
 */
import { S3ServiceException, type S3Client } from '@aws-sdk/client-s3'
import type {
  AwsCredentialIdentityProvider,
  HttpRequest as SignableRequest,
  RetryStrategyV2
} from '@smithy/types'
import { isBrokenTransfer, s3ErrorCode, httpStatus } from './errors.js'
import { Http1Client, type Http1Response } from './http1.js'
import { SigV4Signer, type SigningCredentials } from './sigv4.js'

/** Where the PUTs of one bucket go, and how they are signed: as the SDK sent one. */
interface Route {
  protocol: 'http:' | 'https:'
  hostname: string
  port: number | undefined
  /** The path before the escaped key (`/bucket/` path style, `/` virtual host). */
  prefix: string
  /** The Host header. */
  host: string
  signer: SigV4Signer
  userAgent: string | undefined
  amzUserAgent: string | undefined
}

export interface LeanPutInput {
  bucket: string
  key: string
  body: Buffer
  /** The checksum S3 checks and stores: its algorithm and base64 value. */
  algorithm: 'SHA256' | 'CRC64NVME'
  checksum: string
  /** The hex SHA-256 of the body (the signed payload hash). */
  sha256Hex: string
}

export interface LeanPutOutput {
  VersionId?: string
  ChecksumSHA256?: string
  ChecksumCRC64NVME?: string
  $metadata: { httpStatusCode: number; attempts: number }
}

export interface LeanPutSettings {
  /** Milliseconds to open a connection, and a request may stay idle. */
  connectionTimeout: number
  requestTimeout: number
}

/** The route is stale (S3 redirected): the request is to be sent by the SDK. */
export class StaleRouteError extends Error {
  override readonly name = 'StaleRouteError'
}

/** The SDK's throttling codes: retried, and the client's sending rate lowered. */
const THROTTLING_CODES = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException'
])
/** The SDK's other retryable codes: timeouts, transient server errors. */
const TRANSIENT_CODES = new Set(['RequestTimeout', 'RequestTimeoutException', 'InternalError'])
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504])
const CLOCK_SKEW_CODES = new Set(['RequestTimeTooSkewed', 'RequestExpired', 'RequestInTheFuture'])

/** A key's path as the SDK writes it: each segment URI-escaped, `!'()*` too, `/` kept. */
export function escapeKey(key: string): string {
  // A `/` of the key is the only source of `%2F` (a `%` is escaped as `%25`).
  return encodeURIComponent(key)
    .replace(/%2F/g, '/')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** The text of one element of an S3 error body, XML entities decoded. */
function xmlField(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)
  if (!m) return undefined
  return m[1]!.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, e: string, d, h) => {
    if (d) return String.fromCodePoint(Number(d))
    if (h) return String.fromCodePoint(parseInt(String(h), 16))
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[e] ?? ''
  })
}

/** The name the SDK gives an S3 error answered without a code (e.g. to a HEAD). */
function nameOfStatus(status: number): string {
  if (status === 404) return 'NotFound'
  if (status === 403) return 'Forbidden'
  if (status === 400) return 'BadRequest'
  return 'UnknownError'
}

/** When S3 asked to be retried (its `Retry-After`), by error: the strategy waits at least so long. */
const retryAfterHints = new WeakMap<object, Date>()

/**
 * When the answer asks to be retried, as the SDK's retry reads it: `Retry-After` (seconds, or
 * an HTTP date) or `x-amz-retry-after` (milliseconds).
 */
function retryAfter(h: Http1Response['headers']): Date | undefined {
  const seconds = h['retry-after']?.trim()
  if (seconds !== undefined) {
    if (/^\d+(\.\d+)?$/.test(seconds)) return new Date(Date.now() + Number(seconds) * 1000)
    const at = Date.parse(seconds)
    return Number.isNaN(at) ? undefined : new Date(at)
  }
  const ms = Number(h['x-amz-retry-after'] ?? NaN)
  return Number.isNaN(ms) ? undefined : new Date(Date.now() + ms)
}

/** Errors of the credential provider: never retried, like the SDK. */
const signingFailures = new WeakSet()

const leanPuts = new WeakMap<S3Client, LeanPut>()

/** The lean PUT of a client made by `makeS3Client`, if any. */
export function leanPutOf(client: S3Client): LeanPut | undefined {
  return leanPuts.get(client)
}

export class LeanPut {
  /** Learned routes by bucket; null: this bucket is always sent by the SDK. */
  private readonly routes = new Map<string, Route | null>()
  /** The SDK's PutObject a bucket's other small PUTs wait for, while its route is unknown. */
  private readonly learners = new Map<string, Promise<void>>()
  private readonly credentials: AwsCredentialIdentityProvider
  private readonly http: Http1Client
  private strategy: unknown

  /** A lean PUT for `client`, found again with `leanPutOf(client)`. */
  static attach(client: S3Client, settings: LeanPutSettings): LeanPut {
    return new LeanPut(client, settings)
  }

  private constructor(
    private readonly client: S3Client,
    settings: LeanPutSettings
  ) {
    this.credentials = () => client.config.credentials()
    this.http = new Http1Client(settings)
    // The client's destroy ends the lean PUT's connections too.
    const destroy = client.destroy.bind(client)
    client.destroy = () => {
      this.http.destroy()
      destroy()
    }
    leanPuts.set(client, this)
    // After the SDK's signing (finalizeRequest), next to the wire: the request as sent.
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const out = await next(args)
        if (context.commandName === 'PutObjectCommand') {
          const status = (out.response as { statusCode?: number }).statusCode ?? 0
          if (status >= 200 && status < 300) this.learn(args.input, args.request)
        }
        return out
      },
      { step: 'deserialize', priority: 'low', name: 'quiltLeanPutRoute' }
    )
  }

  /** Whether PUTs to `bucket` may be sent here (the SDK sent one already). */
  has(bucket: string): boolean {
    return Boolean(this.routes.get(bucket))
  }

  /**
   * While the route of `bucket` is being learned: the answer of the SDK's PutObject that learns
   * it, for the bucket's other small PUTs to wait for (then sent here, not each by the SDK: the
   * first requests of a push all start before any answer, and the SDK's first requests are its
   * costliest). Undefined when the route is known (or known to be none of ours), or when no
   * PutObject is learning it: the caller then sends by the SDK (`learnFrom`).
   */
  learning(bucket: string): Promise<void> | undefined {
    return this.routes.has(bucket) ? undefined : this.learners.get(bucket)
  }

  /**
   * `sent`, a PutObject the SDK sends to `bucket`, is the one the others wait for (`learning`)
   * while no route is known and none is being learned.
   */
  learnFrom(bucket: string, sent: Promise<unknown>): void {
    if (this.routes.has(bucket) || this.learners.has(bucket)) return
    const settled = sent.then(
      () => undefined,
      () => undefined
    )
    this.learners.set(bucket, settled)
    void settled.then(() => this.learners.delete(bucket))
  }

  /** The route of a PutObject the SDK sent and S3 accepted, when its form is the one known. */
  private learn(input: unknown, req: unknown): void {
    const { Bucket, Key } = (input ?? {}) as { Bucket?: unknown; Key?: unknown }
    if (typeof Bucket !== 'string' || typeof Key !== 'string' || this.routes.has(Bucket)) return
    const r = req as Partial<SignableRequest>
    const headers = r.headers ?? {}
    const auth = headers.authorization ?? headers.Authorization ?? ''
    // SigV4 only (not SigV4a, no S3 Express session), and the query a PutObject has.
    const scope = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request,/.exec(
      auth
    )
    const query = r.query ?? {}
    const path = r.path ?? ''
    const escaped = escapeKey(Key)
    const plain =
      scope !== null &&
      (r.protocol === 'http:' || r.protocol === 'https:') &&
      typeof r.hostname === 'string' &&
      !Object.keys(headers).some((h) => h.toLowerCase() === 'x-amz-s3session-token') &&
      Object.keys(query).length === 1 &&
      query['x-id'] === 'PutObject' &&
      path.endsWith(escaped) &&
      path.slice(0, path.length - escaped.length).endsWith('/')
    if (!plain) {
      this.routes.set(Bucket, null)
      return
    }
    const port = r.port
    this.routes.set(Bucket, {
      protocol: r.protocol as 'http:' | 'https:',
      hostname: r.hostname!,
      port,
      prefix: path.slice(0, path.length - escaped.length),
      host: port === undefined ? r.hostname! : `${r.hostname!}:${port}`,
      signer: new SigV4Signer(scope[1]!, scope[2]!),
      userAgent: headers['user-agent'],
      amzUserAgent: headers['x-amz-user-agent']
    })
  }

  /**
   * PutObject `input`, retried as the SDK retries its own requests: by the client's retry
   * strategy (its attempts, its retry quota, its backoff and, in adaptive mode, its sending rate,
   * shared with the SDK's requests). Throws StaleRouteError when S3 redirects.
   */
  async put(input: LeanPutInput, signal?: AbortSignal): Promise<LeanPutOutput> {
    const route = this.routes.get(input.bucket)
    if (!route) throw new StaleRouteError(`no route for ${input.bucket}`)
    // The client's one strategy (its provider is memoized): asked for once.
    const strategy = (this.strategy ??= await this.client.config.retryStrategy())
    if (!isRetryStrategyV2(strategy)) throw new StaleRouteError('the client retries its own way')
    /** The push's own stop: its reason is another file's error, which is left as it is. */
    const isStop = (e: unknown): boolean => signal?.aborted === true && e === signal.reason
    try {
      // The standard strategy gives its first token at once; the adaptive one may wait for its
      // sending rate, a wait the push's stop ends.
      const first = strategy.acquireInitialRetryToken('')
      let token = await (isStandard(strategy) ? first : untilAborted(first, signal))
      for (;;) {
        const attempt = token.getRetryCount() + 1
        try {
          const out = await this.attempt(route, input, attempt, signal)
          strategy.recordSuccess(token)
          return out
        } catch (e) {
          if (isStop(e)) throw e
          stampAttempts(e, attempt)
          if (signal?.aborted || !this.retryable(e)) throw e
          try {
            const errorType = isThrottling(e) ? 'THROTTLING' : 'TRANSIENT'
            const retryAfterHint = retryAfterHints.get(e as object)
            token = await untilAborted(
              strategy.refreshRetryTokenForRetry(token, { errorType, retryAfterHint }),
              signal
            )
          } catch (refused) {
            if (isStop(refused)) throw refused
            throw e // no attempt or retry quota left: the last error
          }
          const delay = token.getRetryDelay()
          if (delay > 0) await abortableSleep(delay, signal)
        }
      }
    } catch (e) {
      if (e instanceof StaleRouteError) this.routes.delete(input.bucket)
      // The request's context, as the client's middleware gives it to the SDK's errors.
      if (e && typeof e === 'object' && !(e instanceof StaleRouteError) && !isStop(e)) {
        Object.assign(e, {
          $command: 'PutObjectCommand',
          $bucket: input.bucket,
          $key: input.key,
          $versioned: false,
          $sourceVersioned: false
        })
      }
      throw e
    }
  }

  private retryable(e: unknown): boolean {
    if (!e || typeof e !== 'object' || signingFailures.has(e)) return false
    if (e instanceof StaleRouteError) return false
    const status = httpStatus(e)
    if (status === undefined) return isBrokenTransfer(e)
    const code = s3ErrorCode(e)
    return (
      RETRYABLE_STATUS.has(status) ||
      THROTTLING_CODES.has(code) ||
      TRANSIENT_CODES.has(code) ||
      CLOCK_SKEW_CODES.has(code)
    )
  }

  private async attempt(
    route: Route,
    input: LeanPutInput,
    attempt: number,
    signal: AbortSignal | undefined
  ): Promise<LeanPutOutput> {
    signal?.throwIfAborted()
    const headers: Record<string, string> = {
      host: route.host,
      'content-length': String(input.body.length),
      'content-type': 'application/octet-stream',
      'x-amz-sdk-checksum-algorithm': input.algorithm,
      [input.algorithm === 'SHA256' ? 'x-amz-checksum-sha256' : 'x-amz-checksum-crc64nvme']:
        input.checksum,
      'x-amz-content-sha256': input.sha256Hex
    }
    if (route.userAgent !== undefined) headers['user-agent'] = route.userAgent
    if (route.amzUserAgent !== undefined) headers['x-amz-user-agent'] = route.amzUserAgent
    const path = `${route.prefix}${escapeKey(input.key)}`
    let credentials: SigningCredentials
    try {
      credentials = await this.credentials()
    } catch (e) {
      if (e && typeof e === 'object') signingFailures.add(e)
      throw e
    }
    // The push may have stopped while the credentials were renewed: nothing more is sent.
    signal?.throwIfAborted()
    const offset = this.client.config.systemClockOffset ?? 0
    const signed = route.signer.sign(
      { method: 'PUT', path, query: 'x-id=PutObject', headers },
      input.sha256Hex,
      credentials,
      new Date(Date.now() + offset)
    )
    const sent = Date.now()
    const res = await this.http.request(
      route,
      'PUT',
      `${path}?x-id=PutObject`,
      signed,
      input.body,
      signal
    )
    const status = res.status
    const h = res.headers
    if (status >= 200 && status < 300) {
      return {
        VersionId: h['x-amz-version-id'],
        ChecksumSHA256: h['x-amz-checksum-sha256'],
        ChecksumCRC64NVME: h['x-amz-checksum-crc64nvme'],
        $metadata: { httpStatusCode: status, attempts: attempt }
      }
    }
    const xml = res.body.toString('utf8')
    const code = xmlField(xml, 'Code')
    if (
      status === 301 ||
      status === 307 ||
      code === 'PermanentRedirect' ||
      code === 'AuthorizationHeaderMalformed' ||
      code === 'IllegalLocationConstraintException'
    ) {
      throw new StaleRouteError(`S3 redirected PUT s3://${input.bucket}/${input.key}`)
    }
    const date = h.date
    if (code !== undefined && CLOCK_SKEW_CODES.has(code) && typeof date === 'string') {
      const server = Date.parse(date)
      if (!Number.isNaN(server)) this.client.config.systemClockOffset = server - sent
    }
    const name = code ?? nameOfStatus(status)
    const requestId = xmlField(xml, 'RequestId') ?? h['x-amz-request-id']
    const hostId = xmlField(xml, 'HostId') ?? h['x-amz-id-2']
    const e = new S3ServiceException({
      name,
      $fault: status >= 500 ? 'server' : 'client',
      $metadata: {
        httpStatusCode: status,
        requestId,
        extendedRequestId: hostId,
        attempts: attempt
      },
      message: xmlField(xml, 'Message') ?? name
    })
    Object.assign(e, { Code: code, RequestId: requestId, HostId: hostId })
    const hint = retryAfter(h)
    if (hint) retryAfterHints.set(e, hint)
    throw e
  }
}

/** Records the attempts on an error, as the SDK's retry does (`$metadata.attempts`). */
function stampAttempts(e: unknown, attempt: number): void {
  if (e && typeof e === 'object' && !(e instanceof StaleRouteError) && !signingFailures.has(e)) {
    const o = e as { $metadata?: Record<string, unknown> }
    o.$metadata = { ...o.$metadata, attempts: attempt }
  }
}

/** Throttling, which slows the client's sending rate: 429 or a throttling code. */
function isThrottling(e: unknown): boolean {
  return httpStatus(e) === 429 || THROTTLING_CODES.has(s3ErrorCode(e))
}

/** The SDK's standard retry strategy (its first token never waits). */
function isStandard(s: RetryStrategyV2): boolean {
  return (s as { mode?: unknown }).mode === 'standard'
}

function isRetryStrategyV2(s: unknown): s is RetryStrategyV2 {
  const o = s as Partial<RetryStrategyV2> | undefined
  return (
    typeof o?.acquireInitialRetryToken === 'function' &&
    typeof o.refreshRetryTokenForRetry === 'function' &&
    typeof o.recordSuccess === 'function'
  )
}

/** The waits of each signal, all ended by one listener when it aborts (not one per wait). */
const waitsBySignal = new WeakMap<AbortSignal, Set<(reason: unknown) => void>>()

/** `promise`, or the abort's reason as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  let waits = waitsBySignal.get(signal)
  if (!waits) {
    const set = new Set<(reason: unknown) => void>()
    waits = set
    waitsBySignal.set(signal, set)
    signal.addEventListener(
      'abort',
      () => {
        for (const stop of set) stop(signal.reason)
        set.clear()
      },
      { once: true }
    )
  }
  const pending = waits
  return new Promise<T>((resolve, reject) => {
    pending.add(reject)
    // One reaction (no `finally`, which costs two more promises per wait).
    promise.then(
      (value) => {
        pending.delete(reject)
        resolve(value)
      },
      (e: unknown) => {
        pending.delete(reject)
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passed on as it came
        reject(e)
      }
    )
  })
}

/** Wait `ms`, or less when the signal aborts (then the abort's reason is thrown). */
function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const slept = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
  return untilAborted(slept, signal).finally(() => clearTimeout(timer))
}
