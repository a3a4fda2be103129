/**
 * The lean PUT's HTTP/1.1 client (src/quilt/s3/http1.ts) against servers that write their
 * answers byte by byte as the test says: keep-alive, answers in pieces on several connections at
 * once (all read into one buffer), the ways an answer's body ends (length, chunked, the end of
 * the connection), interim answers, connections closed by the server, a timeout, an abort, header
 * values that would break the head, and TLS (the server's certificate checked; sessions resumed).
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer as createTlsServer, TLSSocket } from 'node:tls'
import { Http1Client, type Http1Origin, type Http1Response } from '../../src/quilt/s3/http1.js'
import { isBrokenTransfer } from '../../src/quilt/s3/errors.js'

interface Received {
  head: string
  body: Buffer
  /** Which connection (1 for the first the server accepted). */
  connection: number
}

/** How the server answers one request: writes to the socket (or not). */
type Answer = (socket: Socket, r: Received) => void

/** A server that reads whole requests (head and Content-Length body) and answers as told. */
class RawServer {
  readonly received: Received[] = []
  readonly answers: Answer[] = []
  connections = 0
  resumed = 0
  private server!: Server
  private readonly sockets = new Set<Socket>()
  port = 0

  constructor(private readonly tls = false) {}

  async start(host = '127.0.0.1'): Promise<void> {
    const onSocket = (socket: Socket): void => {
      const connection = ++this.connections
      if (socket instanceof TLSSocket && socket.isSessionReused()) this.resumed++
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
      socket.on('error', () => undefined)
      let buf = Buffer.alloc(0)
      socket.on('data', (chunk: Buffer) => {
        buf = Buffer.concat([buf, chunk])
        for (;;) {
          const end = buf.indexOf('\r\n\r\n')
          if (end < 0) return
          const head = buf.toString('latin1', 0, end)
          const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? 0)
          if (buf.length < end + 4 + length) return
          const r = { head, body: buf.subarray(end + 4, end + 4 + length), connection }
          buf = buf.subarray(end + 4 + length)
          this.received.push(r)
          const answer = this.answers.shift() ?? ok
          answer(socket, r)
        }
      })
    }
    this.server = this.tls
      ? createTlsServer(
          {
            key: readFileSync(join(FIXTURES, 'key.pem')),
            cert: readFileSync(join(FIXTURES, 'cert.pem'))
          },
          onSocket
        )
      : createServer(onSocket)
    await new Promise<void>((r) => this.server.listen(0, host, r))
    const addr = this.server.address()
    this.port = typeof addr === 'object' && addr ? addr.port : 0
  }

  origin(hostname = '127.0.0.1'): Http1Origin {
    return { protocol: this.tls ? 'https:' : 'http:', hostname, port: this.port }
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise((r) => this.server.close(r))
  }
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'tls')

const ok: Answer = (socket) => {
  socket.write('HTTP/1.1 200 OK\r\nx-amz-version-id: v1\r\nContent-Length: 0\r\n\r\n')
}

/** Writes `text` one byte at a time, each in its own packet as far as the test can tell. */
function dribble(socket: Socket, text: string): void {
  const bytes = Buffer.from(text, 'latin1')
  let i = 0
  const next = (): void => {
    if (i >= bytes.length || socket.destroyed) return
    socket.write(bytes.subarray(i, ++i))
    setTimeout(next, 1)
  }
  next()
}

const SETTINGS = { connectionTimeout: 2000, requestTimeout: 2000 }
const BODY = Buffer.from('hello')

let server: RawServer
let client: Http1Client
beforeEach(async () => {
  server = new RawServer()
  await server.start()
  client = new Http1Client(SETTINGS)
})
afterEach(async () => {
  client.destroy()
  await server.stop()
})

function put(headers: Record<string, string> = {}, signal?: AbortSignal) {
  return client.request(
    server.origin(),
    'PUT',
    '/bucket/key?x-id=PutObject',
    { host: `127.0.0.1:${server.port}`, 'content-length': String(BODY.length), ...headers },
    BODY,
    signal
  )
}

describe('the HTTP/1.1 client of the lean PUT', () => {
  it('sends the head and body as given and keeps the connection for the next requests', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await put({ 'x-amz-date': '20261205T000000Z' })
      expect(r.status).toBe(200)
      expect(r.headers['x-amz-version-id']).toBe('v1')
    }
    expect(server.connections).toBe(1)
    expect(server.received).toHaveLength(5)
    const first = server.received[0]!
    expect(first.head.split('\r\n')).toEqual([
      'PUT /bucket/key?x-id=PutObject HTTP/1.1',
      `host: 127.0.0.1:${server.port}`,
      'content-length: 5',
      'x-amz-date: 20261205T000000Z'
    ])
    expect(first.body.toString()).toBe('hello')
  })

  it('opens one connection per request in flight, and reuses them all', async () => {
    await Promise.all([put(), put(), put()])
    expect(server.connections).toBe(3)
    await Promise.all([put(), put(), put()])
    expect(server.connections).toBe(3)
  })

  it('reads answers that arrive in pieces on several connections at once, each whole and apart', async () => {
    // The connections read into one buffer: an answer read whole in one go, answers whose head
    // arrives in two pieces with other connections' answers read in between, and the bodies
    // looked at once every answer came.
    const xml = (n: number): string =>
      `<Error><Code>E${n}</Code><Message>${String(n).repeat(40)}</Message></Error>`
    const answer =
      (n: number): Answer =>
      (s) => {
        const text = `HTTP/1.1 400 Bad Request\r\nx-amz-request-id: R${n}\r\nContent-Length: ${xml(n).length}\r\n\r\n${xml(n)}`
        if (n === 1) return void s.write(text)
        s.write(text.slice(0, 30 + n))
        setTimeout(() => s.write(text.slice(30 + n)), 10 * n)
      }
    server.answers.push(answer(1), answer(2), answer(3))
    const answers = await Promise.all([put(), put(), put()])
    expect(
      answers.map((a) => [a.status, a.headers['x-amz-request-id'], a.body.toString()]).sort()
    ).toEqual([1, 2, 3].map((n) => [400, `R${n}`, xml(n)]))
  })

  it('reads an error body by its length, chunked (extensions, trailers) or to the end, byte by byte', async () => {
    const xml = '<Error><Code>SlowDown</Code><Message>Reduce your rate</Message></Error>'
    const chunked =
      `HTTP/1.1 503 Slow Down\r\nTransfer-Encoding: chunked\r\nx-amz-request-id: R1\r\n\r\n` +
      `10;ext=1\r\n${xml.slice(0, 16)}\r\n${(xml.length - 16).toString(16)}\r\n${xml.slice(16)}\r\n` +
      `0\r\nx-trailer: t\r\n\r\n`
    server.answers.push(
      (s) => dribble(s, `HTTP/1.1 403 Forbidden\r\nContent-Length: ${xml.length}\r\n\r\n${xml}`),
      (s) => dribble(s, chunked),
      (s) => s.end(`HTTP/1.0 500 Internal Server Error\r\nContent-Type: text/xml\r\n\r\n${xml}`)
    )
    const answers = [await put(), await put(), await put()]
    expect(answers.map((a) => [a.status, a.body.toString()])).toEqual([
      [403, xml],
      [503, xml],
      [500, xml]
    ])
    expect(answers[1]!.headers['x-amz-request-id']).toBe('R1')
    // A connection is not kept after an error answer (the server may not have read the body).
    expect(server.connections).toBe(3)
  })

  it('skips interim answers (100 Continue) and reads the final one', async () => {
    server.answers.push((s) =>
      s.write(
        'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nx-amz-version-id: v9\r\nContent-Length: 0\r\n\r\n'
      )
    )
    const r = await put()
    expect([r.status, r.headers['x-amz-version-id']]).toEqual([200, 'v9'])
  })

  it('opens a new connection after the server said close, or closed an idle one', async () => {
    server.answers.push((s) =>
      s.write('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    )
    await put()
    await put()
    expect(server.connections).toBe(2)
    // The server drops its idle connection: the next request is not sent on it.
    server.answers.push((s) => (ok(s, server.received[0]!), setTimeout(() => s.destroy(), 20)))
    await put()
    await new Promise((r) => setTimeout(r, 100))
    const r = await put()
    expect(r.status).toBe(200)
    expect(server.connections).toBe(3)
  })

  it('never hands out a connection the server ended while it was idle, not even before it is forgotten', async () => {
    server.answers.push((s) => (ok(s, server.received[0]!), setTimeout(() => s.end(), 30)))
    await put()
    // The client's own `end` listener runs first; a request sent right after it (before the
    // socket's `close`) must open a new connection.
    const idle = (client as unknown as { idle: Map<string, { socket: Socket }[]> }).idle
    const socket = [...idle.values()][0]![0]!.socket
    const second = await new Promise<Http1Response | Error>((resolve) =>
      socket.once('end', () => void put().then(resolve, resolve))
    )
    expect(second).toMatchObject({ status: 200 })
    expect(server.connections).toBe(2)
  })

  it('connects to an IPv6 address written in brackets, as an endpoint URL gives it', async () => {
    const v6 = new RawServer()
    await v6.start('::1')
    try {
      const r = await client.request(
        { ...v6.origin('[::1]') },
        'PUT',
        '/bucket/key',
        { host: `[::1]:${v6.port}`, 'content-length': String(BODY.length) },
        BODY
      )
      expect(r.status).toBe(200)
      expect(v6.received[0]!.body.toString()).toBe('hello')
    } finally {
      await v6.stop()
    }
  })

  it('fails as Node does when the connection ends before the answer: a broken transfer, retried', async () => {
    server.answers.push((s) => s.destroy())
    const e = await put().catch((x: unknown) => x as Error & { code?: string })
    expect(e).toMatchObject({ message: 'socket hang up', code: 'ECONNRESET' })
    expect(isBrokenTransfer(e)).toBe(true)
    // Half an answer, then the end.
    server.answers.push((s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'))
    expect(isBrokenTransfer(await put().catch((x: unknown) => x))).toBe(true)
  })

  it('a server that cannot be reached for now (name not resolved, no route) is a transfer to retry, as the SDK retries it', async () => {
    // A name that cannot resolve (the .invalid domain is reserved): the error the client gives.
    const e = await client
      .request(
        { protocol: 'http:', hostname: 'qpa-test.invalid', port: 80 },
        'PUT',
        '/k',
        { host: 'qpa-test.invalid', 'content-length': '0' },
        Buffer.alloc(0)
      )
      .catch((x: unknown) => x as Error & { code?: string })
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain((e as { code?: string }).code)
    expect(isBrokenTransfer(e)).toBe(true)
    for (const code of ['EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']) {
      expect(isBrokenTransfer(Object.assign(new Error(`connect ${code}`), { code }))).toBe(true)
    }
  })

  it('gives up on an answer that does not come within the request timeout', async () => {
    client.destroy()
    client = new Http1Client({ connectionTimeout: 2000, requestTimeout: 200 })
    server.answers.push(() => undefined)
    const started = Date.now()
    const e = (await put().catch((x: unknown) => x)) as Error
    expect(e.name).toBe('TimeoutError')
    expect(isBrokenTransfer(e)).toBe(true)
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
  })

  it('ends a request in flight when its signal aborts, with the reason as cause', async () => {
    server.answers.push(() => undefined)
    const stop = new AbortController()
    const pending = put({}, stop.signal).catch((x: unknown) => x as Error)
    await new Promise((r) => setTimeout(r, 50))
    const reason = new Error('another file failed')
    stop.abort(reason)
    const e = await pending
    expect(e).toMatchObject({ name: 'AbortError', cause: reason })
    expect(isBrokenTransfer(e)).toBe(false)
    // Aborted already: nothing is sent.
    const before = server.received.length
    await expect(put({}, stop.signal)).rejects.toMatchObject({ name: 'AbortError' })
    expect(server.received).toHaveLength(before)
  })

  it('sends no header value that would end its line', async () => {
    for (const value of ['a\r\nx-injected: 1', 'a\nb', 'a\0b']) {
      await expect(put({ 'x-amz-meta-x': value })).rejects.toThrow(/Invalid character/)
    }
    expect(server.received).toHaveLength(0)
  })

  it("reads an answer's headers: names in any case, spaces around values, the first of a name kept", async () => {
    server.answers.push((s) =>
      s.write(
        'HTTP/1.1 200 OK\r\nX-Amz-Version-Id:  v2 \r\nETAG:"e"\r\nx-amz-version-id: v3\r\nContent-Length: 0\r\n\r\n'
      )
    )
    const r = await put()
    expect(r.status).toBe(200)
    expect(r.headers).toEqual({ 'x-amz-version-id': 'v2', etag: '"e"', 'content-length': '0' })
    // A status line alone (no header), the end of the connection ending the body.
    server.answers.push((s) => s.end('HTTP/1.0 200 OK\r\n\r\nbody'))
    const bare = await put()
    expect([bare.status, bare.headers, bare.body.toString()]).toEqual([200, {}, 'body'])
  })

  it.each(['no colon', ': no name'])('refuses a header line with %s', async (line) => {
    server.answers.push((s) => s.write(`HTTP/1.1 200 OK\r\n${line}\r\nContent-Length: 0\r\n\r\n`))
    await expect(put()).rejects.toThrow(`bad header line ${JSON.stringify(line)}`)
  })

  it('refuses an answer that is not HTTP', async () => {
    server.answers.push((s) => s.write('SSH-2.0-OpenSSH\r\n\r\n'))
    await expect(put()).rejects.toMatchObject({ code: 'HPE_INVALID_RESPONSE' })
  })
})

describe('the HTTP/1.1 client over TLS', () => {
  let tlsServer: RawServer
  beforeEach(async () => {
    tlsServer = new RawServer(true)
    await tlsServer.start()
  })
  afterEach(() => tlsServer.stop())

  const tlsPut = () =>
    client.request(
      tlsServer.origin('localhost'),
      'PUT',
      '/b/k',
      { host: `localhost:${tlsServer.port}`, 'content-length': '5' },
      BODY
    )

  it("checks the server's certificate against the trust store: an unknown one is refused", async () => {
    const e = (await tlsPut().catch((x: unknown) => x)) as Error & { code?: string }
    expect(e.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT')
    expect(tlsServer.received).toHaveLength(0)
  })

  it('sends over TLS, and resumes the session on the next connection', async () => {
    client.destroy()
    // The test's certificate trusted by this client.
    client = new Http1Client({ ...SETTINGS, ca: readFileSync(join(FIXTURES, 'cert.pem')) })
    expect((await tlsPut()).status).toBe(200)
    // Two at once: one on the kept connection, one on a new one that resumes the session.
    await Promise.all([tlsPut(), tlsPut()])
    expect(tlsServer.connections).toBe(2)
    expect(tlsServer.resumed).toBe(1)
    expect(tlsServer.received.map((r) => r.body.toString())).toEqual(['hello', 'hello', 'hello'])
  })
})
