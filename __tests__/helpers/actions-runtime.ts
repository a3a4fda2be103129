/**
 * Stand-ins for what a GitHub-hosted job talks to when it signs in to AWS with OIDC, all on
 * 127.0.0.1 and started by the test itself:
 *
 * - `ActionsRuntime`: the Actions runtime's ID-token endpoint. `@actions/core`'s `getIDToken`
 *   (node_modules/@actions/core/lib/oidc-utils.js) sends `GET <ACTIONS_ID_TOKEN_REQUEST_URL>` with
 *   `&audience=<encodeURIComponent(aud)>` appended (the runner's URL already carries
 *   `?api-version=2.0`), headers `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` and
 *   `Accept: application/json`, and reads `{"value": "<jwt>"}`. Its HTTP client retries 502, 503
 *   and 504 by itself (up to 10 times, 10 ms, 20 ms, ... apart) but not 500 or 429; any other
 *   status above 299 rejects. The runtime answers with a fresh JWT-looking token each time (header
 *   and payload base64url JSON, a random fake signature: moto's STS accepts any token), records
 *   every request, and can fail the next N requests.
 * - `RecordingProxy`: an HTTP proxy in front of moto (S3 and STS on one port) that records every
 *   request with its headers (the SigV4 `Authorization` says which access key signed it), STS
 *   request bodies and responses, and can answer chosen requests itself (an STS error) or delay
 *   them (to make a push outlive short credentials).
 *
 * Both are unref'd and bounded (they never keep the test process alive); close them in afterAll.
 */
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
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
import { join } from 'node:path'

/**
 * Variables under which the AWS SDK's default credential chain finds nothing: no key in the
 * environment, empty config and credentials files (written into `dir`), no web-identity or
 * container variables, no instance metadata. `undefined` unsets a variable (see `withEnv`).
 */
export function noAwsCredentialsEnv(dir: string): NodeJS.ProcessEnv {
  const config = join(dir, 'aws-config')
  const credentials = join(dir, 'aws-credentials')
  writeFileSync(config, '')
  writeFileSync(credentials, '')
  return {
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
    AWS_DEFAULT_PROFILE: undefined,
    AWS_ROLE_ARN: undefined,
    AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
    AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
    AWS_CONTAINER_AUTHORIZATION_TOKEN: undefined,
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1'
  }
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}

/** The path GitHub's runner gives in ACTIONS_ID_TOKEN_REQUEST_URL (before the audience). */
export const ID_TOKEN_PATH = '/_apis/distributedtask/hubs/build/plans/p1/jobs/j1/idtoken'

/** A JWT-looking token: header.payload.signature, the signature random bytes (not a real one). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const header = { typ: 'JWT', alg: 'RS256', kid: 'fake-test-key' }
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${b64url(randomBytes(48))}`
}

/** The claims of a token made by `fakeJwt` (or any JWT): its payload, decoded. */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? ''
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf-8')) as Record<string, unknown>
}

export interface TokenRequest {
  method: string
  path: string
  /** `api-version` of the query. */
  apiVersion: string | null
  /** `audience` of the query, decoded; null when absent. */
  audience: string | null
  /** The bearer token of the Authorization header; null when there is none. */
  bearer: string | null
  accept: string | undefined
  userAgent: string | undefined
  /** The status answered. */
  status: number
  /** The token issued (status 200 only). */
  token?: string
}

export interface RuntimeOptions {
  /** The value of ACTIONS_ID_TOKEN_REQUEST_TOKEN the runtime expects (default: random). */
  requestToken?: string
  /** `sub` of the tokens (default `repo:octo-org/octo-repo:ref:refs/heads/main`). */
  subject?: string
  /** Requests recorded at most (default 1000). */
  maxRequests?: number
}

export class ActionsRuntime {
  readonly requests: TokenRequest[] = []
  /** Every token issued, in order. */
  readonly tokens: string[] = []
  private failures: { status: number; body: string }[] = []
  private readonly sockets = new Set<Socket>()
  private closed = false

  private constructor(
    private readonly server: Server,
    private readonly port: number,
    readonly requestToken: string,
    private readonly subject: string,
    private readonly maxRequests: number
  ) {}

  static async start(options: RuntimeOptions = {}): Promise<ActionsRuntime> {
    const server = createServer()
    await new Promise<void>((res, rej) => {
      server.once('error', rej)
      server.listen(0, '127.0.0.1', () => res())
    })
    server.unref()
    const addr = server.address()
    const port = typeof addr === 'object' && addr ? addr.port : 0
    const self = new ActionsRuntime(
      server,
      port,
      options.requestToken ?? `rt-${randomBytes(24).toString('hex')}`,
      options.subject ?? 'repo:octo-org/octo-repo:ref:refs/heads/main',
      options.maxRequests ?? 1000
    )
    server.on('request', (req: IncomingMessage, res: ServerResponse) => self.handle(req, res))
    server.on('connection', (s: Socket) => {
      self.sockets.add(s)
      s.on('close', () => self.sockets.delete(s))
    })
    return self
  }

  /** ACTIONS_ID_TOKEN_REQUEST_URL as the runner sets it: with `?api-version=2.0`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}${ID_TOKEN_PATH}?api-version=2.0`
  }

  /** The two variables a job with `permissions: id-token: write` has. */
  env(): NodeJS.ProcessEnv {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: this.url,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken
    }
  }

  /** Answer the next `n` requests with `status` (500: not retried by @actions/http-client). */
  failNext(n: number, status = 500, body = '{"message":"injected failure"}'): void {
    for (let i = 0; i < n; i++) this.failures.push({ status, body })
  }

  /** Forget the recorded requests, issued tokens and pending failures. */
  reset(): void {
    this.requests.splice(0)
    this.tokens.splice(0)
    this.failures = []
  }

  /** The requests that got a token. */
  get served(): TokenRequest[] {
    return this.requests.filter((r) => r.status === 200)
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://runtime')
    const auth = req.headers.authorization
    const m = auth === undefined ? null : /^Bearer (.*)$/.exec(auth)
    const entry: TokenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      apiVersion: url.searchParams.get('api-version'),
      audience: url.searchParams.get('audience'),
      bearer: m ? m[1]! : null,
      accept: req.headers.accept,
      userAgent: req.headers['user-agent'],
      status: 0
    }
    if (this.requests.length < this.maxRequests) this.requests.push(entry)
    req.resume()
    const send = (status: number, body: string): void => {
      entry.status = status
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body)
      })
      res.end(body)
    }
    const failure = this.failures.shift()
    if (failure) return send(failure.status, failure.body)
    if (entry.method !== 'GET' || url.pathname !== ID_TOKEN_PATH) {
      return send(404, '{"message":"not found"}')
    }
    if (entry.bearer !== this.requestToken) {
      return send(401, '{"message":"bad or missing ACTIONS_ID_TOKEN_REQUEST_TOKEN"}')
    }
    const now = Math.floor(Date.now() / 1000)
    const token = fakeJwt({
      jti: randomBytes(16).toString('hex'),
      sub: this.subject,
      aud: entry.audience ?? 'https://github.com/octo-org',
      iss: 'https://token.actions.githubusercontent.com',
      repository: 'octo-org/octo-repo',
      ref: 'refs/heads/main',
      nbf: now - 5,
      iat: now,
      exp: now + 300
    })
    entry.token = token
    this.tokens.push(token)
    send(200, JSON.stringify({ value: token }))
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    const closed = new Promise<void>((r) => this.server.close(() => r()))
    for (const s of this.sockets) s.destroy()
    this.server.closeAllConnections()
    await closed
  }
}

/** What the proxy saw of one request. */
export interface ProxiedRequest {
  method: string
  /** Path and query as sent. */
  url: string
  headers: IncomingHttpHeaders
  /** `sts` for a Query API call (`POST /` with `Action=...`), else `s3`. */
  service: 'sts' | 's3'
  /** STS only: the form parameters of the request. */
  params?: URLSearchParams
  /** The access key of the SigV4 `Authorization` header; null when unsigned. */
  accessKeyId: string | null
  /** `x-amz-security-token`; null when absent. */
  securityToken: string | null
  status: number
  /** STS only: the response body. */
  responseBody?: string
  /** What the proxy did instead of (or before) forwarding, if anything. */
  fault?: string
}

/** A canned answer to requests the proxy answers itself. */
export interface CannedResponse {
  status: number
  headers?: Record<string, string>
  body: string
}

export interface ProxyRule {
  match: (r: ProxiedRequest) => boolean
  /** Times the rule applies (default 1; Infinity: always). */
  times?: number
  /** Answer with this, without forwarding. */
  respond?: CannedResponse
  /** Wait this long before forwarding. */
  delayMs?: number
}

/** The body STS (Query API) sends with an error, e.g. AccessDenied with 403. */
export function stsErrorResponse(status: number, code: string, message: string): CannedResponse {
  const type = status >= 500 ? 'Receiver' : 'Sender'
  return {
    status,
    headers: { 'content-type': 'text/xml' },
    body:
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n` +
      `  <Error>\n    <Type>${type}</Type>\n    <Code>${code}</Code>\n    <Message>${message}</Message>\n  </Error>\n` +
      `  <RequestId>00000000-0000-0000-0000-000000000000</RequestId>\n</ErrorResponse>\n`
  }
}

/** The credentials in an AssumeRole* response body (moto's or AWS's XML). */
export function stsCredentials(xml: string): {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  expiration: string
  arn: string
} | null {
  const tag = (name: string): string | undefined =>
    new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]
  const accessKeyId = tag('AccessKeyId')
  const secretAccessKey = tag('SecretAccessKey')
  const sessionToken = tag('SessionToken')
  if (!accessKeyId || !secretAccessKey || !sessionToken) return null
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken,
    expiration: tag('Expiration') ?? '',
    arn: tag('Arn') ?? ''
  }
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

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/**
 * A buffering proxy on 127.0.0.1 in front of `target` (moto). Small test payloads only: request
 * and response bodies are read whole before they are passed on.
 */
export class RecordingProxy {
  readonly requests: ProxiedRequest[] = []
  private readonly rules: (ProxyRule & { fired: number })[] = []
  private readonly sockets = new Set<Socket>()
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 })
  private readonly target: URL
  private closed = false

  private constructor(
    private readonly server: Server,
    target: string,
    readonly url: string,
    private readonly maxRequests: number
  ) {
    this.target = new URL(target)
  }

  static async start(target: string, maxRequests = 20000): Promise<RecordingProxy> {
    const server = createServer()
    await new Promise<void>((res, rej) => {
      server.once('error', rej)
      server.listen(0, '127.0.0.1', () => res())
    })
    server.unref()
    const addr = server.address()
    const port = typeof addr === 'object' && addr ? addr.port : 0
    const self = new RecordingProxy(server, target, `http://127.0.0.1:${port}`, maxRequests)
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void self.handle(req, res))
    server.on('connection', (s: Socket) => {
      self.sockets.add(s)
      s.on('close', () => self.sockets.delete(s))
    })
    return self
  }

  add(rule: ProxyRule): void {
    this.rules.push({ ...rule, fired: 0 })
  }

  reset(): void {
    this.rules.splice(0)
    this.requests.splice(0)
  }

  get sts(): ProxiedRequest[] {
    return this.requests.filter((r) => r.service === 'sts')
  }

  get s3(): ProxiedRequest[] {
    return this.requests.filter((r) => r.service === 's3')
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = req.url ?? '/'
    let body: Buffer
    try {
      body = await readAll(req)
    } catch {
      req.socket.destroy()
      return
    }
    const form = method === 'POST' && new URL(url, 'http://p').pathname === '/'
    const params = form ? new URLSearchParams(body.toString('utf-8')) : undefined
    const auth = req.headers.authorization ?? ''
    const token = req.headers['x-amz-security-token']
    const entry: ProxiedRequest = {
      method,
      url,
      headers: req.headers,
      service: params?.has('Action') ? 'sts' : 's3',
      accessKeyId: /Credential=([^/,\s]+)\//.exec(auth)?.[1] ?? null,
      securityToken: typeof token === 'string' ? token : null,
      status: 0
    }
    if (params?.has('Action')) entry.params = params
    if (this.requests.length < this.maxRequests) this.requests.push(entry)
    const rule = this.rules.find((r) => r.fired < (r.times ?? 1) && r.match(entry))
    if (rule) rule.fired++
    try {
      if (rule?.respond) {
        const { status, headers = {}, body: text } = rule.respond
        entry.status = status
        entry.fault = `respond ${status}`
        if (entry.service === 'sts') entry.responseBody = text
        res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(text) })
        res.end(text)
        return
      }
      if (rule?.delayMs) {
        entry.fault = `delay ${rule.delayMs}`
        await new Promise((r) => setTimeout(r, rule.delayMs))
      }
      const up = await this.forward(req, method, url, body)
      const upBody = await readAll(up)
      entry.status = up.statusCode ?? 502
      if (entry.service === 'sts') entry.responseBody = upBody.toString('utf-8')
      const headers: IncomingHttpHeaders = {}
      for (const [k, v] of Object.entries(up.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v
      delete headers['transfer-encoding']
      headers['content-length'] = String(upBody.length)
      res.writeHead(entry.status, headers)
      res.end(method === 'HEAD' ? undefined : upBody)
    } catch (e) {
      entry.fault = `proxy error: ${(e as Error).message}`
      req.socket.destroy()
    }
  }

  private forward(
    req: IncomingMessage,
    method: string,
    url: string,
    body: Buffer
  ): Promise<IncomingMessage> {
    const headers: IncomingHttpHeaders = {}
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v
    delete headers['transfer-encoding']
    headers['content-length'] = String(body.length)
    return new Promise((resolve, reject) => {
      const up = httpRequest(
        {
          host: this.target.hostname,
          port: this.target.port,
          method,
          path: url,
          headers,
          agent: this.agent
        },
        resolve
      )
      up.on('error', reject)
      up.end(body)
    })
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    const closed = new Promise<void>((r) => this.server.close(() => r()))
    for (const s of this.sockets) s.destroy()
    this.server.closeAllConnections()
    this.agent.destroy()
    await closed
  }
}
