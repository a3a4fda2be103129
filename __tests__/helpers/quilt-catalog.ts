/**
 * A stand-in Quilt catalog and its registry on 127.0.0.1, for the sign-in with an API key:
 *
 * - `GET /config.json`: the catalog's config, with `registryUrl` pointing at this same server's
 *   `/registry`, `region` and `crc64Checksums` as the test sets them (the fields quilt3's
 *   `configure_from_url` and this action read);
 * - `GET /registry/api/auth/get_credentials`: with `Authorization: Bearer <an accepted key>`,
 *   fresh temporary AWS credentials as JSON (`AccessKeyId`, `SecretAccessKey`, `SessionToken`,
 *   `Expiration` as an ISO 8601 UTC time, `expiresInSeconds` ahead); 401 otherwise. moto accepts
 *   any credentials, so what it sees signed is exactly what was handed out here.
 *
 * Every request is recorded (method, path, the headers that matter); the next answers of either
 * endpoint can be replaced (a status, a body, or a dropped connection). Unref'd; close it in
 * afterAll.
 */
import { listenOnLoopback } from './loopback.js'
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

export interface IssuedCredentials {
  AccessKeyId: string
  SecretAccessKey: string
  SessionToken: string
  Expiration: string
}

export interface CatalogRequest {
  method: string
  path: string
  authorization: string | null
  accept: string | null
  userAgent: string | null
  status: number
}

export type Endpoint = 'config' | 'credentials'

/** A replaced answer: status and body, or the connection destroyed with no answer. */
export type CannedAnswer = { status: number; body: string } | 'drop'

export interface CatalogOptions {
  /** The keys the registry accepts (default: one random `qk_...`, see `apiKey`). */
  keys?: string[]
  /** config.json's `region` (default us-east-1; null leaves it out). */
  region?: string | null
  /** config.json's `crc64Checksums` (default: left out). */
  crc64Checksums?: boolean
  /** Lifetime of the credentials handed out (default 3600 s). */
  expiresInSeconds?: number
}

/** A made-up but real-looking Quilt API key. */
export function fakeApiKey(): string {
  return `qk_${randomBytes(24).toString('base64url')}`
}

export class QuiltCatalog {
  readonly requests: CatalogRequest[] = []
  /** Every set of credentials handed out, in order. */
  readonly issued: IssuedCredentials[] = []
  private readonly canned: Record<Endpoint, CannedAnswer[]> = { config: [], credentials: [] }
  private readonly sockets = new Set<Socket>()
  /** config.json as served; tests may change it. */
  config: Record<string, unknown>
  expiresInSeconds: number
  /** Credentials are handed out this many times; the key is refused (401) after that. */
  acceptTimes = Infinity

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly keys: string[],
    options: CatalogOptions
  ) {
    this.expiresInSeconds = options.expiresInSeconds ?? 3600
    this.config = {
      registryUrl: `${url}/registry`,
      s3Proxy: `${url}/proxy`,
      apiGatewayEndpoint: `${url}/api-gateway`,
      binaryApiGatewayEndpoint: `${url}/binary`,
      mode: 'PRODUCT',
      ...(options.region === null ? {} : { region: options.region ?? 'us-east-1' }),
      ...(options.crc64Checksums === undefined ? {} : { crc64Checksums: options.crc64Checksums })
    }
  }

  static async start(options: CatalogOptions = {}): Promise<QuiltCatalog> {
    const server = createServer()
    const port = await listenOnLoopback(server)
    const self = new QuiltCatalog(
      server,
      `http://127.0.0.1:${port}`,
      options.keys ?? [fakeApiKey()],
      options
    )
    server.on('request', (req: IncomingMessage, res: ServerResponse) => self.handle(req, res))
    server.on('connection', (s: Socket) => {
      self.sockets.add(s)
      s.on('close', () => self.sockets.delete(s))
    })
    return self
  }

  /** The first accepted key. */
  get apiKey(): string {
    return this.keys[0]!
  }

  /** Answer the next `times` requests to `endpoint` with `answer`. */
  answerNext(endpoint: Endpoint, answer: CannedAnswer, times = 1): void {
    for (let i = 0; i < times; i++) this.canned[endpoint].push(answer)
  }

  /** The requests for credentials. */
  get credentialRequests(): CatalogRequest[] {
    return this.requests.filter((r) => r.path === '/registry/api/auth/get_credentials')
  }

  reset(): void {
    this.requests.splice(0)
    this.issued.splice(0)
    this.canned.config = []
    this.canned.credentials = []
    this.acceptTimes = Infinity
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://catalog').pathname
    const entry: CatalogRequest = {
      method: req.method ?? 'GET',
      path,
      authorization: req.headers.authorization ?? null,
      accept: req.headers.accept ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      status: 0
    }
    if (this.requests.length < 1000) this.requests.push(entry)
    req.resume()
    const send = (status: number, body: string): void => {
      entry.status = status
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body)
      })
      res.end(body)
    }
    const endpoint: Endpoint | undefined =
      path === '/config.json'
        ? 'config'
        : path === '/registry/api/auth/get_credentials'
          ? 'credentials'
          : undefined
    if (endpoint === undefined || entry.method !== 'GET') {
      return send(404, '{"message":"Not Found"}')
    }
    const canned = this.canned[endpoint].shift()
    if (canned === 'drop') {
      req.socket.destroy()
      return
    }
    if (canned) return send(canned.status, canned.body)
    if (endpoint === 'config') return send(200, JSON.stringify(this.config))
    const bearer = /^Bearer (.+)$/.exec(entry.authorization ?? '')?.[1]
    if (
      bearer === undefined ||
      !this.keys.includes(bearer) ||
      this.issued.length >= this.acceptTimes
    ) {
      return send(401, '{"message":"Invalid credentials"}')
    }
    const c: IssuedCredentials = {
      AccessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      SecretAccessKey: randomBytes(30).toString('base64'),
      SessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(96).toString('base64')}`,
      Expiration: new Date(Date.now() + this.expiresInSeconds * 1000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
    }
    this.issued.push(c)
    send(200, JSON.stringify(c))
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((r) => this.server.close(() => r()))
    for (const s of this.sockets) s.destroy()
    this.server.closeAllConnections()
    await closed
  }
}
