/**
 * The HTTP/1.1 exchanges of the lean PUT (s3/lean-put.ts), over keep-alive connections of its
 * own: one request written in one go (head and body), one answer read (its status, headers and
 * body, by Content-Length, chunked, or up to the end of the connection). Node's `http` client
 * costs a small PUT about as much CPU as everything else the request needs (a ClientRequest, an
 * IncomingMessage and their streams per request); a push of many small files is bound by it.
 *
 * Same behaviour as the agents the SDK sends through: TLS with Node's default trust store and
 * the host name as server name (its session resumed on the next connection), keep-alive, idle
 * connections that do not keep the process alive, a connection timeout and an idle timeout per
 * request, errors as Node's (`ECONNRESET` "socket hang up", the socket's own errors), so that
 * the lean PUT retries what the SDK retries. A connection is kept only after a 2xx answer read
 * whole (after an error answer the server may not have read the request's body).
 */
import { connect as netConnect, isIP, type Socket } from 'node:net'
import { connect as tlsConnect, rootCertificates, type ConnectionOptions } from 'node:tls'

export interface Http1Origin {
  protocol: 'http:' | 'https:'
  hostname: string
  port: number | undefined
}

export interface Http1Settings {
  /** Milliseconds to open a connection, and a request may stay idle. */
  connectionTimeout: number
  requestTimeout: number
  /**
   * Certificates trusted besides Node's bundled ones (tests). Given, it replaces what
   * NODE_EXTRA_CA_CERTS adds; not given, Node's defaults apply, NODE_EXTRA_CA_CERTS included.
   */
  ca?: string | Buffer
}

export interface Http1Response {
  status: number
  /** Lowercase names; the first value of a header sent more than once. */
  headers: Record<string, string>
  body: Buffer
}

/** The most bytes of an answer's head, and of its body (the lean PUT's answers are small). */
const MAX_HEAD = 64 * 1024
const MAX_BODY = 16 * 1024 * 1024

/** Bodies up to this size are copied after the head, into one buffer written at once. */
const ONE_WRITE = 64 * 1024

/** The size of the buffer every connection reads into. */
const READ_BUFFER = 64 * 1024

/** A value that would end the header line or the head (CR, LF, NUL): never sent. */
const BAD_VALUE = /[\r\n\0]/

/** One request on a connection, until its answer is read whole. */
interface Exchange {
  resolve: (r: Http1Response) => void
  reject: (e: Error) => void
  signal: AbortSignal | undefined
  /** Bytes of the answer read so far (not yet consumed). */
  pending: Buffer
  head: { status: number; headers: Record<string, string>; minor: number } | null
  /** Body length by Content-Length; -1 chunked; -2 up to the end of the connection. */
  length: number
}

interface Connection {
  socket: Socket
  key: string
  exchange: Exchange | null
}

export class Http1Client {
  /** Idle connections by origin, the last used first. */
  private readonly idle = new Map<string, Connection[]>()
  /** The last TLS session of each origin, to resume. */
  private readonly sessions = new Map<string, Buffer>()
  private readonly connections = new Set<Connection>()
  /** The connections in flight under each signal, all ended when it aborts (one listener). */
  private readonly bySignal = new WeakMap<AbortSignal, Set<Connection>>()
  private destroyed = false
  /**
   * Every connection reads into this one buffer (Node's `onread`): no buffer allocated per read
   * and no stream machinery per answer. Each read is handled before the next one is made; what
   * is kept of it (an answer not yet whole, a body) is copied out.
   */
  private readonly readBuffer = Buffer.allocUnsafe(READ_BUFFER)

  constructor(private readonly settings: Http1Settings) {}

  /** One request; the answer is read whole. Rejects on a broken connection or a timeout. */
  request(
    origin: Http1Origin,
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Buffer,
    signal?: AbortSignal
  ): Promise<Http1Response> {
    let head = `${method} ${path} HTTP/1.1\r\n`
    for (const name in headers) {
      const value = headers[name]!
      if (BAD_VALUE.test(value) || BAD_VALUE.test(name)) {
        return Promise.reject(new TypeError(`Invalid character in header content ["${name}"]`))
      }
      head += `${name}: ${value}\r\n`
    }
    head += '\r\n'
    return new Promise<Http1Response>((resolve, reject) => {
      if (this.destroyed) return reject(new Error('the HTTP client was destroyed'))
      if (signal?.aborted) return reject(abortError(signal.reason))
      const c = this.connection(origin)
      const x: Exchange = {
        resolve,
        reject,
        signal,
        pending: EMPTY,
        head: null,
        length: 0
      }
      c.exchange = x
      if (signal) this.inFlight(signal).add(c)
      const s = c.socket
      s.ref()
      if (body.length <= ONE_WRITE) {
        // One buffer, one write: cheaper than a corked pair for a small body.
        const buf = Buffer.allocUnsafe(head.length + body.length)
        buf.write(head, 0, 'latin1')
        body.copy(buf, head.length)
        s.write(buf)
      } else {
        s.cork()
        s.write(head, 'latin1')
        s.write(body)
        s.uncork()
      }
    })
  }

  /** Ends every connection (the client's `destroy`). */
  destroy(): void {
    this.destroyed = true
    for (const c of this.connections) c.socket.destroy()
    this.connections.clear()
    this.idle.clear()
  }

  /** An idle connection to `origin`, or a new one. */
  private connection(origin: Http1Origin): Connection {
    const key = `${origin.protocol}//${origin.hostname}:${origin.port ?? ''}`
    const idle = this.idle.get(key)
    // A connection closed while idle (by the server, its timeout, or stray bytes) is still in
    // the pool until its `close` event: never hand it out.
    for (let c = idle?.pop(); c; c = idle?.pop()) {
      if (!c.socket.destroyed && c.socket.writable) return c
      this.forget(c)
    }
    const https = origin.protocol === 'https:'
    const port = origin.port ?? (https ? 443 : 80)
    // An IPv6 address comes in brackets (`[::1]`), as URLs write it: not part of the address.
    const host = origin.hostname.replace(/^\[(.*)\]$/, '$1')
    // A socket's reads go to its connection (made just below, before any read).
    const onread = {
      buffer: this.readBuffer,
      callback: (n: number, buf: Buffer): boolean => {
        this.onData(conn, buf, n)
        return true
      }
    }
    const socket = https
      ? tlsConnect(this.tlsOptions(host, port, key, onread))
      : netConnect({ host, port, onread })
    socket.setNoDelay(true)
    // The idle timeout of its requests; an idle connection left this long is closed too.
    socket.setTimeout(this.settings.requestTimeout)
    const conn: Connection = { socket, key, exchange: null }
    this.connections.add(conn)
    const { connectionTimeout } = this.settings
    const timer = setTimeout(() => {
      socket.destroy(timeoutError(`no connection within ${connectionTimeout} ms`))
    }, connectionTimeout)
    socket.once(https ? 'secureConnect' : 'connect', () => clearTimeout(timer))
    if (https) socket.on('session', (session: Buffer) => this.sessions.set(key, session))
    socket.on('timeout', () => {
      if (conn.exchange)
        socket.destroy(timeoutError(`no answer within ${this.settings.requestTimeout} ms`))
      else socket.destroy()
    })
    socket.on('error', (e: Error) => this.fail(conn, e))
    socket.on('end', () => this.onEnd(conn))
    socket.on('close', () => {
      clearTimeout(timer)
      this.forget(conn)
      this.fail(conn, hangUp())
    })
    return conn
  }

  /** The TLS options of a connection to `host`: the server name checked, the session resumed. */
  private tlsOptions(
    host: string,
    port: number,
    key: string,
    onread: { buffer: Buffer; callback: (n: number, buf: Buffer) => boolean }
  ): ConnectionOptions {
    // tls.connect takes every option of socket.connect, `onread` too (not in @types/node).
    const options: ConnectionOptions & { onread: typeof onread } = {
      host,
      port,
      servername: isIP(host) ? undefined : host,
      session: this.sessions.get(key),
      onread,
      ...(this.settings.ca === undefined
        ? {}
        : { ca: [...rootCertificates, this.settings.ca.toString()] })
    }
    return options
  }

  /** `n` bytes read into `buf` (the shared read buffer, overwritten by the next read). */
  private onData(c: Connection, buf: Buffer, n: number): void {
    const x = c.exchange
    if (!x) {
      // Bytes nobody asked for: the connection is out of step.
      c.socket.destroy()
      return
    }
    const chunk = buf.subarray(0, n)
    x.pending = x.pending.length === 0 ? chunk : Buffer.concat([x.pending, chunk])
    try {
      this.advance(c, x, false)
    } catch (e) {
      c.socket.destroy(e as Error)
      return
    }
    // An answer not yet whole keeps its bytes out of the read buffer.
    if (c.exchange === x && x.pending.buffer === buf.buffer) x.pending = Buffer.from(x.pending)
  }

  /** The server ended the connection: the answer ends here if it runs to the end. */
  private onEnd(c: Connection): void {
    const x = c.exchange
    if (x?.head && x.length === -2) {
      try {
        this.advance(c, x, true)
      } catch (e) {
        c.socket.destroy(e as Error)
      }
    }
    c.socket.destroy()
  }

  /** Reads what `x.pending` holds of the answer; settles the exchange once it is whole. */
  private advance(c: Connection, x: Exchange, ended: boolean): void {
    while (!x.head) {
      const end = x.pending.indexOf('\r\n\r\n')
      if (end < 0) {
        if (x.pending.length > MAX_HEAD) throw parseError('the answer head is too long')
        return
      }
      const head = parseHead(x.pending, end)
      x.pending = x.pending.subarray(end + 4)
      // An interim answer (100 Continue, 103 Early Hints): the real one follows.
      if (head.status >= 100 && head.status < 200) continue
      x.head = head
      const te = head.headers['transfer-encoding']
      const cl = head.headers['content-length']
      if (head.status === 204 || head.status === 304) x.length = 0
      else if (te !== undefined && /(^|,)\s*chunked\s*$/i.test(te)) x.length = -1
      else if (cl !== undefined) {
        if (!/^\d+$/.test(cl.trim())) throw parseError(`bad Content-Length ${cl}`)
        x.length = Number(cl.trim())
        if (x.length > MAX_BODY) throw parseError('the answer body is too long')
      } else x.length = -2
    }
    let body: Buffer
    let rest: Buffer
    if (x.length >= 0) {
      if (x.pending.length < x.length) return
      body = x.pending.subarray(0, x.length)
      rest = x.pending.subarray(x.length)
    } else if (x.length === -1) {
      const r = parseChunked(x.pending)
      if (!r) {
        if (x.pending.length > MAX_BODY) throw parseError('the answer body is too long')
        return
      }
      body = r.body
      rest = x.pending.subarray(r.end)
    } else {
      if (x.pending.length > MAX_BODY) throw parseError('the answer body is too long')
      if (!ended) return
      body = x.pending
      rest = EMPTY
    }
    const { status, headers, minor } = x.head
    const connection = (headers.connection ?? '').toLowerCase()
    const keep =
      status >= 200 &&
      status < 300 &&
      x.length !== -2 &&
      rest.length === 0 &&
      !ended &&
      (minor === 1 ? !/\bclose\b/.test(connection) : /\bkeep-alive\b/.test(connection))
    this.settle(c, x)
    if (keep) this.release(c)
    else c.socket.destroy()
    // The body, out of the read buffer the next read overwrites.
    x.resolve({ status, headers, body: body.length === 0 ? EMPTY : Buffer.from(body) })
  }

  /** The exchange is over: the connection no longer answers to it. */
  private settle(c: Connection, x: Exchange): void {
    c.exchange = null
    if (x.signal) this.bySignal.get(x.signal)?.delete(c)
  }

  /** A connection whose exchange is over, kept for the next request. */
  private release(c: Connection): void {
    const s = c.socket
    s.unref()
    let idle = this.idle.get(c.key)
    if (!idle) this.idle.set(c.key, (idle = []))
    idle.push(c)
  }

  private fail(c: Connection, e: Error): void {
    const x = c.exchange
    if (!x) return
    this.settle(c, x)
    x.reject(e)
  }

  /** A connection closed: never handed out again. */
  private forget(c: Connection): void {
    this.connections.delete(c)
    const idle = this.idle.get(c.key)
    const i = idle?.indexOf(c) ?? -1
    if (i >= 0) idle!.splice(i, 1)
  }

  private inFlight(signal: AbortSignal): Set<Connection> {
    let set = this.bySignal.get(signal)
    if (!set) {
      const connections = new Set<Connection>()
      set = connections
      this.bySignal.set(signal, connections)
      signal.addEventListener(
        'abort',
        () => {
          for (const c of connections) c.socket.destroy(abortError(signal.reason))
          connections.clear()
        },
        { once: true }
      )
    }
    return set
  }
}

const EMPTY = Buffer.alloc(0)

/**
 * The status line and headers of an answer's head, `buf[0, end)`. Each line and each header's
 * name and value are decoded on their own: a value kept (a version ID, kept by the package for
 * each file) holds no more than itself, not the whole head it came in.
 */
function parseHead(
  buf: Buffer,
  end: number
): {
  status: number
  headers: Record<string, string>
  minor: number
} {
  /** Where the line starting at `at` ends. */
  const lineEnd = (at: number): number => {
    const e = buf.indexOf('\r\n', at)
    return e < 0 || e > end ? end : e
  }
  let eol = lineEnd(0)
  const first = buf.toString('latin1', 0, eol)
  const m = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(first)
  if (!m) throw parseError(`not an HTTP/1.x status line: ${JSON.stringify(first.slice(0, 80))}`)
  const headers: Record<string, string> = {}
  for (let at = eol + 2; at <= end; at = eol + 2) {
    eol = lineEnd(at)
    const colon = buf.indexOf(0x3a, at)
    if (colon <= at || colon >= eol) {
      const line = buf.toString('latin1', at, eol)
      throw parseError(`bad header line ${JSON.stringify(line.slice(0, 80))}`)
    }
    const name = buf.toString('latin1', at, colon).trim().toLowerCase()
    if (!(name in headers)) headers[name] = buf.toString('latin1', colon + 1, eol).trim()
  }
  return { status: Number(m[2]), headers, minor: Number(m[1]) }
}

/** A chunked body read whole from the start of `buf` (its bytes, where it ends), or null. */
function parseChunked(buf: Buffer): { body: Buffer; end: number } | null {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const eol = buf.indexOf('\r\n', at)
    if (eol < 0) return null
    const size = /^([0-9a-fA-F]+)(?:\s*;.*)?\s*$/.exec(buf.toString('latin1', at, eol))
    if (!size) throw parseError('bad chunk size')
    const n = parseInt(size[1]!, 16)
    at = eol + 2
    if (n === 0) {
      // Trailers, each a line, up to an empty line.
      for (;;) {
        const end = buf.indexOf('\r\n', at)
        if (end < 0) return null
        const empty = end === at
        at = end + 2
        if (empty) return { body: Buffer.concat(parts), end: at }
      }
    }
    if (buf.length < at + n + 2) return null
    parts.push(buf.subarray(at, at + n))
    if (buf[at + n] !== 13 || buf[at + n + 1] !== 10) throw parseError('bad chunk end')
    at += n + 2
  }
}

/** The error Node gives a request whose connection closed before the answer: retried. */
function hangUp(): Error {
  return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
}

function parseError(message: string): Error {
  return Object.assign(new Error(`Parse Error: ${message}`), { code: 'HPE_INVALID_RESPONSE' })
}

function timeoutError(message: string): Error {
  const e = new Error(message)
  e.name = 'TimeoutError'
  return e
}

/** The error `request({signal})` ends a request with when the signal aborts. */
export function abortError(reason: unknown): Error {
  return Object.assign(new Error('The operation was aborted', { cause: reason }), {
    name: 'AbortError',
    code: 'ABORT_ERR'
  })
}
