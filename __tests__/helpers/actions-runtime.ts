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
 *   every request, and can fail the next N requests. It is unref'd and bounded (it never keeps the
 *   test process alive); close it in afterAll.
 * - STS as seen through a `FaultProxy` (./fault-proxy.ts) in front of moto (S3 and STS on one
 *   port), which records which access key signed each request and what STS answered:
 *   `stsErrorResponse` is an STS error for the proxy to answer with, `stsCredentials` reads the
 *   credentials out of an answer.
 */
import { listenOnLoopback } from './loopback.js'
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { join } from 'node:path'
import type { CannedResponse } from './fault-proxy.js'

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
    const port = await listenOnLoopback(server)
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

/**
 * The answer STS (Query API) gives with an error, e.g. AccessDenied with 403: for a proxy rule's
 * `{ respond }` fault.
 */
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
