/**
 * A small HTTP proxy on 127.0.0.1 in front of moto, given to the AWS clients as their endpoint
 * (S3 path-style; moto serves STS on the same port), to see what they send and to produce the
 * faults a real server gives only when it wants to: an S3 error status with its XML body
 * (SlowDown 503, InternalError 500, AccessDenied 403), any answer of the test's own (e.g. an STS
 * error, see `stsErrorResponse` in actions-runtime.ts), a connection dropped before the request
 * reaches the server or after the server applied it (the response is lost), a response cut in
 * the middle of its body, a delay.
 *
 * Each rule matches requests by service, method, bucket, key (a prefix or a RegExp), parameters
 * and headers, fires `times` times, then lets requests through. Every request is recorded
 * (method, bucket, key, parameters, headers, the access key that signed it and its session
 * token, status or the fault, start and end times) so that tests can see the retries and which
 * credentials were used.
 *
 * Bodies are streamed through, not read whole first, except an STS call's (a small form POST to
 * `/`, read for its parameters; its response is kept in the record as it goes through), a held
 * request's and the response that a `mid-response` drop cuts.
 *
 * Bounded: at most `maxRequests` are recorded, and the proxy closes itself after `lifetimeMs`
 * (it is also unref'd, so it never keeps a test process alive). Close it in `afterAll`.
 */
import { listenOnLoopback } from './loopback.js'
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { Socket } from 'node:net'

/** An answer the proxy gives itself. */
export interface CannedResponse {
  status: number
  headers?: Record<string, string>
  body: string
}

/** What a rule does to a request it matches. */
export type Fault =
  /** Answer with this status and an S3 error body; moto never sees the request. */
  | { status: number; code: string; message?: string }
  /** Answer with this; moto never sees the request. */
  | { respond: CannedResponse }
  /**
   * Destroy the client's connection: `mid-request` as soon as the first bytes of the request's
   * body have arrived (or at once without a body), `before-forward` once the whole request has
   * arrived (moto never sees either), `after-forward` once moto has answered (the write
   * happened, the answer is lost), `mid-response` after the head and half of moto's body.
   */
  | { drop: 'mid-request' | 'before-forward' | 'after-forward' | 'mid-response' }
  /** Wait, then pass the request on. */
  | { delayMs: number }
  /**
   * Hold the request until `hold()` is true (checked every 20 ms; at most `maxMs`, default
   * 10 s), then pass it on (or drop it, when `dropAfter()` is true then): to keep a request in
   * flight until something else has happened.
   */
  | { hold: () => boolean; maxMs?: number; dropAfter?: () => boolean }

/** `sts` for an STS call (a Query API form `POST /` with an `Action`), else `s3`. */
export type Service = 'sts' | 's3'

export interface FaultRule {
  /** The service called; any when absent. */
  service?: Service
  /** HTTP method, e.g. 'PUT'; any when absent. */
  method?: string
  /** Bucket name; any when absent. */
  bucket?: string
  /** The object key: a string is a prefix, a RegExp is tested; any when absent. */
  key?: string | RegExp
  /**
   * Parameters (`params`) the request must carry: a string is the exact value, `true` any value,
   * `false` absence. E.g. `{ partNumber: '2', uploadId: true }` for UploadPart #2,
   * `{ uploads: true }` for CreateMultipartUpload, `{ uploadId: false }` for a plain PutObject,
   * `{ Action: 'AssumeRole' }` for an STS AssumeRole.
   */
  query?: Record<string, string | boolean>
  /**
   * Headers the request must carry (lower-case names): a string is the exact value, `true` any
   * value. E.g. `{ 'if-none-match': true }` for a conditional write.
   */
  headers?: Record<string, string | true>
  /** Times the fault fires before the rule lets requests through (default 1; Infinity: always). */
  times?: number
  /**
   * The chance (0-1) that a matching request gets the fault; the draws come from `random` (a
   * seeded generator makes a run repeatable). Default: every matching request.
   */
  probability?: number
  random?: () => number
  fault: Fault
}

/** Which requests a rule applies to, or which recorded requests to pick. */
export type RequestFilter = Omit<FaultRule, 'fault' | 'times' | 'probability' | 'random'>

export interface RecordedRequest {
  service: Service
  method: string
  /** The bucket ('' for STS). */
  bucket: string
  /** The decoded object key ('' for bucket-level requests and STS). */
  key: string
  /** The raw query string, without '?'. */
  query: string
  /** The query's parameters; an STS call's are those of its form body. */
  params: URLSearchParams
  /** The request's headers (e.g. `x-amz-copy-source`, which tells a copy from an upload). */
  headers: IncomingHttpHeaders
  /** The access key of the SigV4 `Authorization` header; null when unsigned. */
  accessKeyId: string | null
  /** `x-amz-security-token` (the session token of temporary credentials); null when absent. */
  securityToken: string | null
  /** The status the client got; 0 when its connection was dropped. */
  status: number
  /** STS only: the body of the response, once given (the credentials of an AssumeRole*). */
  responseBody?: string
  /**
   * The fault applied, if any: `status 503 SlowDown`, `respond 403`, `drop after-forward`,
   * `delay 200`.
   */
  fault?: string
  start: number
  end: number
  /** Order of events in the proxy: when the request arrived... */
  arrived: number
  /** ...and when its answer (or the fault) was given; Infinity until then. */
  responded: number
}

/** A rule as added, with the times it fired so far. */
export interface ActiveRule extends FaultRule {
  fired: number
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
  'expect'
])

function forwardHeaders(h: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {}
  for (const [k, v] of Object.entries(h)) if (!HOP_BY_HOP.has(k)) out[k] = v
  return out
}

function xmlEscape(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** `/bucket/some/key` as bucket and decoded key. */
export function splitPath(pathname: string): { bucket: string; key: string } {
  const rest = pathname.replace(/^\//, '')
  const slash = rest.indexOf('/')
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  }
  if (slash < 0) return { bucket: decode(rest), key: '' }
  return { bucket: decode(rest.slice(0, slash)), key: decode(rest.slice(slash + 1)) }
}

function matches(
  rule: RequestFilter,
  { service, method, bucket, key, params, headers }: RecordedRequest
): boolean {
  if (rule.service !== undefined && rule.service !== service) return false
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false
  if (rule.bucket !== undefined && rule.bucket !== bucket) return false
  if (rule.key !== undefined) {
    if (typeof rule.key === 'string' ? !key.startsWith(rule.key) : !rule.key.test(key)) return false
  }
  for (const [name, want] of Object.entries(rule.query ?? {})) {
    const got = params.get(name)
    if (want === true && got === null) return false
    if (want === false && got !== null) return false
    if (typeof want === 'string' && got !== want) return false
  }
  for (const [name, want] of Object.entries(rule.headers ?? {})) {
    const got = headers[name]
    if (want === true ? got === undefined : got !== want) return false
  }
  return true
}

/** The access key of a SigV4 `Authorization` header (`... Credential=AKID/date/...`). */
function signingKeyOf(authorization: string | undefined): string | null {
  return /Credential=([^/,\s]+)\//.exec(authorization ?? '')?.[1] ?? null
}

export interface FaultProxyOptions {
  /** Requests recorded at most (later ones are still served). Default 20000. */
  maxRequests?: number
  /** The proxy closes itself after this long. Default 5 minutes. */
  lifetimeMs?: number
}

export class FaultProxy {
  /** Every request seen, in arrival order (bounded). */
  readonly requests: RecordedRequest[] = []
  private readonly rules: ActiveRule[] = []
  private readonly sockets = new Set<Socket>()
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 })
  private readonly target: URL
  private readonly maxRequests: number
  private readonly lifetime: NodeJS.Timeout
  private closed = false
  private tick = 0

  private constructor(
    private readonly server: Server,
    target: string,
    readonly url: string,
    options: FaultProxyOptions
  ) {
    this.target = new URL(target)
    this.maxRequests = options.maxRequests ?? 20000
    this.lifetime = setTimeout(() => void this.close(), options.lifetimeMs ?? 300_000)
    this.lifetime.unref()
  }

  /** A proxy on a free port of 127.0.0.1 forwarding to `target` (moto's endpoint). */
  static async start(target: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
    const ref: { proxy?: FaultProxy } = {}
    const server = createServer((req, res) => {
      if (ref.proxy) void ref.proxy.handle(req, res)
      else res.destroy()
    })
    // Without a 'checkContinue' listener node answers `Expect: 100-continue` itself.
    server.keepAliveTimeout = 5000
    const port = await listenOnLoopback(server)
    const proxy = new FaultProxy(server, target, `http://127.0.0.1:${port}`, options)
    ref.proxy = proxy
    server.on('connection', (s: Socket) => {
      proxy.sockets.add(s)
      s.on('close', () => proxy.sockets.delete(s))
    })
    return proxy
  }

  /** Add a rule (checked in the order added; the first that matches and has fired fewer than `times` applies). */
  inject(rule: FaultRule): ActiveRule {
    const active: ActiveRule = { ...rule, fired: 0 }
    this.rules.push(active)
    return active
  }

  /** Remove every rule and forget the recorded requests. */
  reset(): void {
    this.rules.splice(0)
    this.requests.splice(0)
  }

  /** Recorded requests matching a filter (same fields as a rule). */
  seen(filter: RequestFilter = {}): RecordedRequest[] {
    return this.requests.filter((r) => matches(filter, r))
  }

  /** The STS calls recorded. */
  get sts(): RecordedRequest[] {
    return this.seen({ service: 'sts' })
  }

  /** The S3 requests recorded. */
  get s3(): RecordedRequest[] {
    return this.seen({ service: 's3' })
  }

  private pick(request: RecordedRequest): ActiveRule | undefined {
    for (const rule of this.rules) {
      if (rule.fired >= (rule.times ?? 1)) continue
      if (!matches(rule, request)) continue
      if (rule.probability !== undefined && (rule.random ?? Math.random)() >= rule.probability)
        continue
      rule.fired++
      return rule
    }
    return undefined
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = Date.now()
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://proxy')
    const { bucket, key } = splitPath(url.pathname)
    const token = req.headers['x-amz-security-token']
    const entry: RecordedRequest = {
      service: 's3',
      method,
      bucket,
      key,
      query: url.search.replace(/^\?/, ''),
      params: url.searchParams,
      headers: req.headers,
      accessKeyId: signingKeyOf(req.headers.authorization),
      securityToken: typeof token === 'string' ? token : null,
      status: 0,
      start,
      end: start,
      arrived: ++this.tick,
      responded: Infinity
    }
    if (this.requests.length < this.maxRequests) this.requests.push(entry)
    const done = (status: number, fault?: string): void => {
      if (entry.responded !== Infinity) return
      entry.responded = ++this.tick
      entry.status = status
      if (fault !== undefined) entry.fault = fault
      entry.end = Date.now()
    }
    // A client that gives up (an aborted request) ends the request for the proxy too.
    res.once('close', () => {
      if (!res.writableFinished) done(0, 'closed by the client')
    })
    // The body of a form POST to `/` (no S3 request has that path), read whole: whether it is an
    // STS call, and with what parameters, is in it.
    let body: Buffer | undefined
    const drained = async (): Promise<Buffer> => (body ??= await this.drain(req))
    try {
      if (method === 'POST' && url.pathname === '/') {
        const form = new URLSearchParams((await drained()).toString('utf-8'))
        if (form.has('Action')) {
          entry.service = 'sts'
          entry.params = form
        }
      }
      const fault = this.pick(entry)?.fault
      if (fault && 'status' in fault) {
        await drained()
        const xml =
          `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${xmlEscape(fault.code)}</Code>` +
          `<Message>${xmlEscape(fault.message ?? `Injected ${fault.code}`)}</Message>` +
          `<Resource>${xmlEscape(url.pathname)}</Resource><RequestId>FAULTPROXY</RequestId></Error>`
        done(fault.status, `status ${fault.status} ${fault.code}`)
        res.writeHead(fault.status, {
          'content-type': 'application/xml',
          'content-length': Buffer.byteLength(xml),
          'x-amz-request-id': 'FAULTPROXY'
        })
        res.end(method === 'HEAD' ? undefined : xml)
        return
      }
      if (fault && 'respond' in fault) {
        await drained()
        const { status, headers = {}, body: text } = fault.respond
        if (entry.service === 'sts') entry.responseBody = text
        done(status, `respond ${status}`)
        res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text) })
        res.end(method === 'HEAD' ? undefined : text)
        return
      }
      if (fault && 'drop' in fault && fault.drop === 'mid-request') {
        await new Promise<void>((r) => {
          if (req.complete) r()
          req.once('data', () => r())
          req.once('end', () => r())
          req.once('error', () => r())
        })
        done(0, 'drop mid-request')
        req.socket.destroy()
        return
      }
      if (fault && 'drop' in fault && fault.drop === 'before-forward') {
        await drained()
        done(0, 'drop before-forward')
        req.socket.destroy()
        return
      }
      if (fault && 'delayMs' in fault) {
        await new Promise((r) => setTimeout(r, fault.delayMs))
      }
      if (fault && 'hold' in fault) {
        // The whole request first: a held request reaches the server even if its client died.
        await drained()
        const deadline = Date.now() + (fault.maxMs ?? 10_000)
        while (!fault.hold() && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 20))
        }
        if (fault.dropAfter?.()) {
          // Held, then lost: the server never sees it.
          done(0, 'held, then dropped')
          req.socket.destroy()
          return
        }
      }
      const upstream = await this.forward(req, method, body)
      if (fault && 'drop' in fault && fault.drop === 'after-forward') {
        upstream.resume()
        done(0, 'drop after-forward')
        req.socket.destroy()
        return
      }
      const headers = forwardHeaders(upstream.headers)
      if (fault && 'drop' in fault && fault.drop === 'mid-response') {
        const answer = await this.drain(upstream)
        // An empty body is cut too: one byte is announced and none sent.
        headers['content-length'] = String(Math.max(1, answer.length))
        delete headers['transfer-encoding']
        res.writeHead(upstream.statusCode ?? 502, headers)
        res.write(answer.subarray(0, Math.floor(answer.length / 2)))
        done(0, 'drop mid-response')
        // Let the head and half the body leave before the connection goes.
        setTimeout(() => req.socket.destroy(), 20)
        return
      }
      done(
        upstream.statusCode ?? 502,
        fault && 'delayMs' in fault
          ? `delay ${fault.delayMs}`
          : fault && 'hold' in fault
            ? 'held'
            : undefined
      )
      res.writeHead(upstream.statusCode ?? 502, headers)
      upstream.pipe(res)
      if (entry.service === 'sts') {
        // Small: kept whole in the record as it goes through.
        const chunks: Buffer[] = []
        upstream.on('data', (c: Buffer) => chunks.push(c))
        upstream.once('end', () => (entry.responseBody = Buffer.concat(chunks).toString('utf-8')))
      }
      await new Promise<void>((r) => {
        res.once('finish', () => r())
        res.once('close', () => r())
      })
      entry.end = Date.now()
    } catch (e) {
      done(0, `proxy error: ${(e as Error).message}`)
      req.socket.destroy()
    }
  }

  private async drain(stream: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = []
    for await (const c of stream) chunks.push(c as Buffer)
    return Buffer.concat(chunks)
  }

  /** Send the request on to the server: its body as it arrives, or `body` when already read. */
  private forward(req: IncomingMessage, method: string, body?: Buffer): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const up = httpRequest(
        {
          host: this.target.hostname,
          port: this.target.port,
          method,
          path: req.url,
          headers: forwardHeaders(req.headers),
          agent: this.agent
        },
        resolve
      )
      up.on('error', reject)
      if (body === undefined) req.pipe(up)
      else up.end(body)
    })
  }

  /** Requests the proxy has received and not yet answered (or failed). */
  inFlight(): RecordedRequest[] {
    return this.requests.filter((r) => r.responded === Infinity)
  }

  /**
   * Resolves once nothing has been in flight, and no request has arrived, for `quietMs`; rejects
   * after `timeoutMs`. For tests whose code under test may leave requests running.
   */
  async idle(quietMs = 300, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    let last = this.tick
    let quietSince = Date.now()
    for (;;) {
      if (this.tick !== last || this.inFlight().length > 0) {
        last = this.tick
        quietSince = Date.now()
      } else if (Date.now() - quietSince >= quietMs) return
      if (Date.now() > deadline) throw new Error(`the proxy is still busy:\n${this.log()}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  /** Every request so far, one line each (for failure messages). */
  log(): string {
    return this.requests
      .map((r) => {
        const what =
          r.service === 'sts'
            ? `sts:${r.params.get('Action') ?? ''}`
            : `/${r.bucket}/${r.key}${r.query ? '?' + r.query : ''}`
        return `${r.method} ${what} -> ${r.status}${r.fault ? ' (' + r.fault + ')' : ''}`
      })
      .join('\n')
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    clearTimeout(this.lifetime)
    const closed = new Promise<void>((r) => this.server.close(() => r()))
    for (const s of this.sockets) s.destroy()
    this.server.closeAllConnections()
    this.agent.destroy()
    await closed
  }
}
