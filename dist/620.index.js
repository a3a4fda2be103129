export const id = 620;
export const ids = [620];
export const modules = {

/***/ 3620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _L: () => (/* binding */ LeanPut),
  Fb: () => (/* binding */ StaleRouteError),
  pr: () => (/* binding */ leanPutOf)
});

// UNUSED EXPORTS: escapeKey

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/quilt/s3/errors.ts
var errors = __webpack_require__(3033);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/quilt/s3/http1.ts
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


/** The most bytes of an answer's head, and of its body (the lean PUT's answers are small). */
const MAX_HEAD = 64 * 1024;
const MAX_BODY = 16 * 1024 * 1024;
/** Bodies up to this size are copied after the head, into one buffer written at once. */
const ONE_WRITE = 64 * 1024;
/** The size of the buffer every connection reads into. */
const READ_BUFFER = 64 * 1024;
/** A value that would end the header line or the head (CR, LF, NUL): never sent. */
const BAD_VALUE = /[\r\n\0]/;
class Http1Client {
    settings;
    /** Idle connections by origin, the last used first. */
    idle = new Map();
    /** The last TLS session of each origin, to resume. */
    sessions = new Map();
    connections = new Set();
    /** The connections in flight under each signal, all ended when it aborts (one listener). */
    bySignal = new WeakMap();
    destroyed = false;
    /**
     * Every connection reads into this one buffer (Node's `onread`): no buffer allocated per read
     * and no stream machinery per answer. Each read is handled before the next one is made; what
     * is kept of it (an answer not yet whole, a body) is copied out.
     */
    readBuffer = Buffer.allocUnsafe(READ_BUFFER);
    constructor(settings) {
        this.settings = settings;
    }
    /** One request; the answer is read whole. Rejects on a broken connection or a timeout. */
    request(origin, method, path, headers, body, signal) {
        let head = `${method} ${path} HTTP/1.1\r\n`;
        for (const name in headers) {
            const value = headers[name];
            if (BAD_VALUE.test(value) || BAD_VALUE.test(name)) {
                return Promise.reject(new TypeError(`Invalid character in header content ["${name}"]`));
            }
            head += `${name}: ${value}\r\n`;
        }
        head += '\r\n';
        return new Promise((resolve, reject) => {
            if (this.destroyed)
                return reject(new Error('the HTTP client was destroyed'));
            if (signal?.aborted)
                return reject(abortError(signal.reason));
            const c = this.connection(origin);
            const x = {
                resolve,
                reject,
                signal,
                pending: EMPTY,
                head: null,
                length: 0
            };
            c.exchange = x;
            if (signal)
                this.inFlight(signal).add(c);
            const s = c.socket;
            s.ref();
            if (body.length <= ONE_WRITE) {
                // One buffer, one write: cheaper than a corked pair for a small body.
                const buf = Buffer.allocUnsafe(head.length + body.length);
                buf.write(head, 0, 'latin1');
                body.copy(buf, head.length);
                s.write(buf);
            }
            else {
                s.cork();
                s.write(head, 'latin1');
                s.write(body);
                s.uncork();
            }
        });
    }
    /** Ends every connection (the client's `destroy`). */
    destroy() {
        this.destroyed = true;
        for (const c of this.connections)
            c.socket.destroy();
        this.connections.clear();
        this.idle.clear();
    }
    /** An idle connection to `origin`, or a new one. */
    connection(origin) {
        const key = `${origin.protocol}//${origin.hostname}:${origin.port ?? ''}`;
        const idle = this.idle.get(key);
        // A connection closed while idle (by the server, its timeout, or stray bytes) is still in
        // the pool until its `close` event: never hand it out.
        for (let c = idle?.pop(); c; c = idle?.pop()) {
            if (!c.socket.destroyed && c.socket.writable)
                return c;
            this.forget(c);
        }
        const https = origin.protocol === 'https:';
        const port = origin.port ?? (https ? 443 : 80);
        // An IPv6 address comes in brackets (`[::1]`), as URLs write it: not part of the address.
        const host = origin.hostname.replace(/^\[(.*)\]$/, '$1');
        // A socket's reads go to its connection (made just below, before any read).
        const onread = {
            buffer: this.readBuffer,
            callback: (n, buf) => {
                this.onData(conn, buf, n);
                return true;
            }
        };
        const socket = https
            ? (0,external_node_tls_.connect)(this.tlsOptions(host, port, key, onread))
            : (0,external_node_net_.connect)({ host, port, onread });
        socket.setNoDelay(true);
        // The idle timeout of its requests; an idle connection left this long is closed too.
        socket.setTimeout(this.settings.requestTimeout);
        const conn = { socket, key, exchange: null };
        this.connections.add(conn);
        const { connectionTimeout } = this.settings;
        const timer = setTimeout(() => {
            socket.destroy(timeoutError(`no connection within ${connectionTimeout} ms`));
        }, connectionTimeout);
        socket.once(https ? 'secureConnect' : 'connect', () => clearTimeout(timer));
        if (https)
            socket.on('session', (session) => this.sessions.set(key, session));
        socket.on('timeout', () => {
            if (conn.exchange)
                socket.destroy(timeoutError(`no answer within ${this.settings.requestTimeout} ms`));
            else
                socket.destroy();
        });
        socket.on('error', (e) => this.fail(conn, e));
        socket.on('end', () => this.onEnd(conn));
        socket.on('close', () => {
            clearTimeout(timer);
            this.forget(conn);
            this.fail(conn, hangUp());
        });
        return conn;
    }
    /** The TLS options of a connection to `host`: the server name checked, the session resumed. */
    tlsOptions(host, port, key, onread) {
        // tls.connect takes every option of socket.connect, `onread` too (not in @types/node).
        const options = {
            host,
            port,
            servername: (0,external_node_net_.isIP)(host) ? undefined : host,
            session: this.sessions.get(key),
            onread,
            ...(this.settings.ca === undefined
                ? {}
                : { ca: [...external_node_tls_.rootCertificates, this.settings.ca.toString()] })
        };
        return options;
    }
    /** `n` bytes read into `buf` (the shared read buffer, overwritten by the next read). */
    onData(c, buf, n) {
        const x = c.exchange;
        if (!x) {
            // Bytes nobody asked for: the connection is out of step.
            c.socket.destroy();
            return;
        }
        const chunk = buf.subarray(0, n);
        x.pending = x.pending.length === 0 ? chunk : Buffer.concat([x.pending, chunk]);
        try {
            this.advance(c, x, false);
        }
        catch (e) {
            c.socket.destroy(e);
            return;
        }
        // An answer not yet whole keeps its bytes out of the read buffer.
        if (c.exchange === x && x.pending.buffer === buf.buffer)
            x.pending = Buffer.from(x.pending);
    }
    /** The server ended the connection: the answer ends here if it runs to the end. */
    onEnd(c) {
        const x = c.exchange;
        if (x?.head && x.length === -2) {
            try {
                this.advance(c, x, true);
            }
            catch (e) {
                c.socket.destroy(e);
            }
        }
        c.socket.destroy();
    }
    /** Reads what `x.pending` holds of the answer; settles the exchange once it is whole. */
    advance(c, x, ended) {
        while (!x.head) {
            const end = x.pending.indexOf('\r\n\r\n');
            if (end < 0) {
                if (x.pending.length > MAX_HEAD)
                    throw parseError('the answer head is too long');
                return;
            }
            const head = parseHead(x.pending, end);
            x.pending = x.pending.subarray(end + 4);
            // An interim answer (100 Continue, 103 Early Hints): the real one follows.
            if (head.status >= 100 && head.status < 200)
                continue;
            x.head = head;
            const te = head.headers['transfer-encoding'];
            const cl = head.headers['content-length'];
            if (head.status === 204 || head.status === 304)
                x.length = 0;
            else if (te !== undefined && /(^|,)\s*chunked\s*$/i.test(te))
                x.length = -1;
            else if (cl !== undefined) {
                if (!/^\d+$/.test(cl.trim()))
                    throw parseError(`bad Content-Length ${cl}`);
                x.length = Number(cl.trim());
                if (x.length > MAX_BODY)
                    throw parseError('the answer body is too long');
            }
            else
                x.length = -2;
        }
        let body;
        let rest;
        if (x.length >= 0) {
            if (x.pending.length < x.length)
                return;
            body = x.pending.subarray(0, x.length);
            rest = x.pending.subarray(x.length);
        }
        else if (x.length === -1) {
            const r = parseChunked(x.pending);
            if (!r) {
                if (x.pending.length > MAX_BODY)
                    throw parseError('the answer body is too long');
                return;
            }
            body = r.body;
            rest = x.pending.subarray(r.end);
        }
        else {
            if (x.pending.length > MAX_BODY)
                throw parseError('the answer body is too long');
            if (!ended)
                return;
            body = x.pending;
            rest = EMPTY;
        }
        const { status, headers, minor } = x.head;
        const connection = (headers.connection ?? '').toLowerCase();
        const keep = status >= 200 &&
            status < 300 &&
            x.length !== -2 &&
            rest.length === 0 &&
            !ended &&
            (minor === 1 ? !/\bclose\b/.test(connection) : /\bkeep-alive\b/.test(connection));
        this.settle(c, x);
        if (keep)
            this.release(c);
        else
            c.socket.destroy();
        // The body, out of the read buffer the next read overwrites.
        x.resolve({ status, headers, body: body.length === 0 ? EMPTY : Buffer.from(body) });
    }
    /** The exchange is over: the connection no longer answers to it. */
    settle(c, x) {
        c.exchange = null;
        if (x.signal)
            this.bySignal.get(x.signal)?.delete(c);
    }
    /** A connection whose exchange is over, kept for the next request. */
    release(c) {
        const s = c.socket;
        s.unref();
        let idle = this.idle.get(c.key);
        if (!idle)
            this.idle.set(c.key, (idle = []));
        idle.push(c);
    }
    fail(c, e) {
        const x = c.exchange;
        if (!x)
            return;
        this.settle(c, x);
        x.reject(e);
    }
    /** A connection closed: never handed out again. */
    forget(c) {
        this.connections.delete(c);
        const idle = this.idle.get(c.key);
        const i = idle?.indexOf(c) ?? -1;
        if (i >= 0)
            idle.splice(i, 1);
    }
    inFlight(signal) {
        let set = this.bySignal.get(signal);
        if (!set) {
            const connections = new Set();
            set = connections;
            this.bySignal.set(signal, connections);
            signal.addEventListener('abort', () => {
                for (const c of connections)
                    c.socket.destroy(abortError(signal.reason));
                connections.clear();
            }, { once: true });
        }
        return set;
    }
}
const EMPTY = Buffer.alloc(0);
/**
 * The status line and headers of an answer's head, `buf[0, end)`. Each line and each header's
 * name and value are decoded on their own: a value kept (a version ID, kept by the package for
 * each file) holds no more than itself, not the whole head it came in.
 */
function parseHead(buf, end) {
    /** Where the line starting at `at` ends. */
    const lineEnd = (at) => {
        const e = buf.indexOf('\r\n', at);
        return e < 0 || e > end ? end : e;
    };
    let eol = lineEnd(0);
    const first = buf.toString('latin1', 0, eol);
    const m = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(first);
    if (!m)
        throw parseError(`not an HTTP/1.x status line: ${JSON.stringify(first.slice(0, 80))}`);
    const headers = {};
    for (let at = eol + 2; at <= end; at = eol + 2) {
        eol = lineEnd(at);
        const colon = buf.indexOf(0x3a, at);
        if (colon <= at || colon >= eol) {
            const line = buf.toString('latin1', at, eol);
            throw parseError(`bad header line ${JSON.stringify(line.slice(0, 80))}`);
        }
        const name = buf.toString('latin1', at, colon).trim().toLowerCase();
        if (!(name in headers))
            headers[name] = buf.toString('latin1', colon + 1, eol).trim();
    }
    return { status: Number(m[2]), headers, minor: Number(m[1]) };
}
/** A chunked body read whole from the start of `buf` (its bytes, where it ends), or null. */
function parseChunked(buf) {
    const parts = [];
    let at = 0;
    for (;;) {
        const eol = buf.indexOf('\r\n', at);
        if (eol < 0)
            return null;
        const size = /^([0-9a-fA-F]+)(?:\s*;.*)?\s*$/.exec(buf.toString('latin1', at, eol));
        if (!size)
            throw parseError('bad chunk size');
        const n = parseInt(size[1], 16);
        at = eol + 2;
        if (n === 0) {
            // Trailers, each a line, up to an empty line.
            for (;;) {
                const end = buf.indexOf('\r\n', at);
                if (end < 0)
                    return null;
                const empty = end === at;
                at = end + 2;
                if (empty)
                    return { body: Buffer.concat(parts), end: at };
            }
        }
        if (buf.length < at + n + 2)
            return null;
        parts.push(buf.subarray(at, at + n));
        if (buf[at + n] !== 13 || buf[at + n + 1] !== 10)
            throw parseError('bad chunk end');
        at += n + 2;
    }
}
/** The error Node gives a request whose connection closed before the answer: retried. */
function hangUp() {
    return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
}
function parseError(message) {
    return Object.assign(new Error(`Parse Error: ${message}`), { code: 'HPE_INVALID_RESPONSE' });
}
function timeoutError(message) {
    const e = new Error(message);
    e.name = 'TimeoutError';
    return e;
}
/** The error `request({signal})` ends a request with when the signal aborts. */
function abortError(reason) {
    return Object.assign(new Error('The operation was aborted', { cause: reason }), {
        name: 'AbortError',
        code: 'ABORT_ERR'
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var hash = __webpack_require__(5397);
;// CONCATENATED MODULE: ./src/quilt/s3/sigv4.ts
/**
 * AWS Signature Version 4 (header form) for the lean PUT (s3/lean-put.ts): a request whose path
 * is already escaped as S3 signs it and whose payload hash is given. The SDK's signer costs
 * about a third of a small PUT's CPU (it copies the request, and finds its cached signing key
 * through an HMAC of the credentials on every call); here the signing key is kept per day and
 * credentials, and the canonical request is one string.
 */


/** Headers never signed (a proxy may change them), as the AWS SDKs leave them out. */
const UNSIGNED = new Set([
    'authorization',
    'cache-control',
    'connection',
    'expect',
    'from',
    'keep-alive',
    'max-forwards',
    'pragma',
    'referer',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade',
    'user-agent',
    'x-amzn-trace-id'
]);
const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
/** The last second formatted by amzDate, and its text (many requests are signed each second). */
let lastSecond = NaN;
let lastText = '';
/** `20261205T182332Z` (basic ISO 8601, seconds) of `date`. */
function amzDate(date) {
    const second = Math.floor(date.getTime() / 1000);
    if (second !== lastSecond) {
        lastText = date.toISOString().replace(/[-:]|\.\d{3}/g, '');
        lastSecond = second;
    }
    return lastText;
}
const SPACE = /\s/;
/** A header value as SigV4 signs it: trimmed, inner runs of spaces made one. */
function canonicalValue(v) {
    return SPACE.test(v) ? v.trim().replace(/\s+/g, ' ') : v;
}
class SigV4Signer {
    region;
    service;
    key;
    /** The plan of the last list of header names signed (a run signs the same list each time). */
    plan;
    constructor(region, service) {
        this.region = region;
        this.service = service;
    }
    /**
     * `headers` (lowercase names, `host` included) with `x-amz-date`, the session token and
     * `authorization` added: the object given is completed and returned. `path` is sent as given
     * (already escaped); `query` is the canonical query string (names sorted, escaped).
     */
    sign(request, payloadHash, credentials, date) {
        const when = amzDate(date);
        const day = when.slice(0, 8);
        const headers = request.headers;
        headers['x-amz-date'] = when;
        if (credentials.sessionToken)
            headers['x-amz-security-token'] = credentials.sessionToken;
        const { signed, signedHeaders } = this.planFor(Object.keys(headers));
        let canonical = `${request.method}\n${request.path}\n${request.query}\n`;
        for (const n of signed)
            canonical += `${n}:${canonicalValue(headers[n])}\n`;
        canonical += `\n${signedHeaders}\n${payloadHash}`;
        const scope = `${day}/${this.region}/${this.service}/aws4_request`;
        const toSign = `AWS4-HMAC-SHA256\n${when}\n${scope}\n${(0,hash/* sha256 */.sc)(canonical, 'hex')}`;
        const signature = (0,external_node_crypto_.createHmac)('sha256', this.signingKey(day, credentials.secretAccessKey))
            .update(toSign)
            .digest('hex');
        headers.authorization =
            `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, ` +
                `SignedHeaders=${signedHeaders}, Signature=${signature}`;
        return headers;
    }
    /** The headers to sign among `names`, sorted: worked out again only when the names change. */
    planFor(names) {
        const last = this.plan;
        if (last?.names.length === names.length) {
            let same = true;
            for (let i = 0; same && i < names.length; i++)
                same = names[i] === last.names[i];
            if (same)
                return last;
        }
        const signed = names.filter((n) => !UNSIGNED.has(n)).sort();
        this.plan = { names, signed, signedHeaders: signed.join(';') };
        return this.plan;
    }
    /** The day's signing key for `secret`, derived again only when the day or the secret changes. */
    signingKey(day, secret) {
        if (this.key?.day !== day || this.key.secret !== secret) {
            let k = hmac(`AWS4${secret}`, day);
            for (const part of [this.region, this.service, 'aws4_request'])
                k = hmac(k, part);
            this.key = { day, secret, value: k };
        }
        return this.key.value;
    }
}

;// CONCATENATED MODULE: ./src/quilt/s3/lean-put.ts
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




/** The route is stale (S3 redirected): the request is to be sent by the SDK. */
class StaleRouteError extends Error {
    name = 'StaleRouteError';
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
]);
/** The SDK's other retryable codes: timeouts, transient server errors. */
const TRANSIENT_CODES = new Set(['RequestTimeout', 'RequestTimeoutException', 'InternalError']);
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const CLOCK_SKEW_CODES = new Set(['RequestTimeTooSkewed', 'RequestExpired', 'RequestInTheFuture']);
/** A key's path as the SDK writes it: each segment URI-escaped, `!'()*` too, `/` kept. */
function escapeKey(key) {
    // A `/` of the key is the only source of `%2F` (a `%` is escaped as `%25`).
    return encodeURIComponent(key)
        .replace(/%2F/g, '/')
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The text of one element of an S3 error body, XML entities decoded. */
function xmlField(xml, name) {
    const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
    if (!m)
        return undefined;
    return m[1].replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, e, d, h) => {
        if (d)
            return String.fromCodePoint(Number(d));
        if (h)
            return String.fromCodePoint(parseInt(String(h), 16));
        return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[e] ?? '';
    });
}
/** The name the SDK gives an S3 error answered without a code (e.g. to a HEAD). */
function nameOfStatus(status) {
    if (status === 404)
        return 'NotFound';
    if (status === 403)
        return 'Forbidden';
    if (status === 400)
        return 'BadRequest';
    return 'UnknownError';
}
/** When S3 asked to be retried (its `Retry-After`), by error: the strategy waits at least so long. */
const retryAfterHints = new WeakMap();
/**
 * When the answer asks to be retried, as the SDK's retry reads it: `Retry-After` (seconds, or
 * an HTTP date) or `x-amz-retry-after` (milliseconds).
 */
function retryAfter(h) {
    const seconds = h['retry-after']?.trim();
    if (seconds !== undefined) {
        if (/^\d+(\.\d+)?$/.test(seconds))
            return new Date(Date.now() + Number(seconds) * 1000);
        const at = Date.parse(seconds);
        return Number.isNaN(at) ? undefined : new Date(at);
    }
    const ms = Number(h['x-amz-retry-after'] ?? NaN);
    return Number.isNaN(ms) ? undefined : new Date(Date.now() + ms);
}
/** Errors of the credential provider: never retried, like the SDK. */
const signingFailures = new WeakSet();
const leanPuts = new WeakMap();
/** The lean PUT of a client made by `makeS3Client`, if any. */
function leanPutOf(client) {
    return leanPuts.get(client);
}
class LeanPut {
    client;
    /** Learned routes by bucket; null: this bucket is always sent by the SDK. */
    routes = new Map();
    /** The SDK's PutObject a bucket's other small PUTs wait for, while its route is unknown. */
    learners = new Map();
    credentials;
    http;
    strategy;
    /** A lean PUT for `client`, found again with `leanPutOf(client)`. */
    static attach(client, settings) {
        return new LeanPut(client, settings);
    }
    constructor(client, settings) {
        this.client = client;
        this.credentials = () => client.config.credentials();
        this.http = new Http1Client(settings);
        // The client's destroy ends the lean PUT's connections too.
        const destroy = client.destroy.bind(client);
        client.destroy = () => {
            this.http.destroy();
            destroy();
        };
        leanPuts.set(client, this);
        // After the SDK's signing (finalizeRequest), next to the wire: the request as sent.
        client.middlewareStack.add((next, context) => async (args) => {
            const out = await next(args);
            if (context.commandName === 'PutObjectCommand') {
                const status = out.response.statusCode ?? 0;
                if (status >= 200 && status < 300)
                    this.learn(args.input, args.request);
            }
            return out;
        }, { step: 'deserialize', priority: 'low', name: 'quiltLeanPutRoute' });
    }
    /** Whether PUTs to `bucket` may be sent here (the SDK sent one already). */
    has(bucket) {
        return Boolean(this.routes.get(bucket));
    }
    /**
     * While the route of `bucket` is being learned: the answer of the SDK's PutObject that learns
     * it, for the bucket's other small PUTs to wait for (then sent here, not each by the SDK: the
     * first requests of a push all start before any answer, and the SDK's first requests are its
     * costliest). Undefined when the route is known (or known to be none of ours), or when no
     * PutObject is learning it: the caller then sends by the SDK (`learnFrom`).
     */
    learning(bucket) {
        return this.routes.has(bucket) ? undefined : this.learners.get(bucket);
    }
    /**
     * `sent`, a PutObject the SDK sends to `bucket`, is the one the others wait for (`learning`)
     * while no route is known and none is being learned.
     */
    learnFrom(bucket, sent) {
        if (this.routes.has(bucket) || this.learners.has(bucket))
            return;
        const settled = sent.then(() => undefined, () => undefined);
        this.learners.set(bucket, settled);
        void settled.then(() => this.learners.delete(bucket));
    }
    /** The route of a PutObject the SDK sent and S3 accepted, when its form is the one known. */
    learn(input, req) {
        const { Bucket, Key } = (input ?? {});
        if (typeof Bucket !== 'string' || typeof Key !== 'string' || this.routes.has(Bucket))
            return;
        const r = req;
        const headers = r.headers ?? {};
        const auth = headers.authorization ?? headers.Authorization ?? '';
        // SigV4 only (not SigV4a, no S3 Express session), and the query a PutObject has.
        const scope = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request,/.exec(auth);
        const query = r.query ?? {};
        const path = r.path ?? '';
        const escaped = escapeKey(Key);
        const plain = scope !== null &&
            (r.protocol === 'http:' || r.protocol === 'https:') &&
            typeof r.hostname === 'string' &&
            !Object.keys(headers).some((h) => h.toLowerCase() === 'x-amz-s3session-token') &&
            Object.keys(query).length === 1 &&
            query['x-id'] === 'PutObject' &&
            path.endsWith(escaped) &&
            path.slice(0, path.length - escaped.length).endsWith('/');
        if (!plain) {
            this.routes.set(Bucket, null);
            return;
        }
        const port = r.port;
        this.routes.set(Bucket, {
            protocol: r.protocol,
            hostname: r.hostname,
            port,
            prefix: path.slice(0, path.length - escaped.length),
            host: port === undefined ? r.hostname : `${r.hostname}:${port}`,
            signer: new SigV4Signer(scope[1], scope[2]),
            userAgent: headers['user-agent'],
            amzUserAgent: headers['x-amz-user-agent']
        });
    }
    /**
     * PutObject `input`, retried as the SDK retries its own requests: by the client's retry
     * strategy (its attempts, its retry quota, its backoff and, in adaptive mode, its sending rate,
     * shared with the SDK's requests). Throws StaleRouteError when S3 redirects.
     */
    async put(input, signal) {
        const route = this.routes.get(input.bucket);
        if (!route)
            throw new StaleRouteError(`no route for ${input.bucket}`);
        // The client's one strategy (its provider is memoized): asked for once.
        const strategy = (this.strategy ??= await this.client.config.retryStrategy());
        if (!isRetryStrategyV2(strategy))
            throw new StaleRouteError('the client retries its own way');
        /** The push's own stop: its reason is another file's error, which is left as it is. */
        const isStop = (e) => signal?.aborted === true && e === signal.reason;
        try {
            // The standard strategy gives its first token at once; the adaptive one may wait for its
            // sending rate, a wait the push's stop ends.
            const first = strategy.acquireInitialRetryToken('');
            let token = await (isStandard(strategy) ? first : untilAborted(first, signal));
            for (;;) {
                const attempt = token.getRetryCount() + 1;
                try {
                    const out = await this.attempt(route, input, attempt, signal);
                    strategy.recordSuccess(token);
                    return out;
                }
                catch (e) {
                    if (isStop(e))
                        throw e;
                    stampAttempts(e, attempt);
                    if (signal?.aborted || !this.retryable(e))
                        throw e;
                    try {
                        const errorType = isThrottling(e) ? 'THROTTLING' : 'TRANSIENT';
                        const retryAfterHint = retryAfterHints.get(e);
                        token = await untilAborted(strategy.refreshRetryTokenForRetry(token, { errorType, retryAfterHint }), signal);
                    }
                    catch (refused) {
                        if (isStop(refused))
                            throw refused;
                        throw e; // no attempt or retry quota left: the last error
                    }
                    const delay = token.getRetryDelay();
                    if (delay > 0)
                        await abortableSleep(delay, signal);
                }
            }
        }
        catch (e) {
            if (e instanceof StaleRouteError)
                this.routes.delete(input.bucket);
            // The request's context, as the client's middleware gives it to the SDK's errors.
            if (e && typeof e === 'object' && !(e instanceof StaleRouteError) && !isStop(e)) {
                Object.assign(e, {
                    $command: 'PutObjectCommand',
                    $bucket: input.bucket,
                    $key: input.key,
                    $versioned: false,
                    $sourceVersioned: false
                });
            }
            throw e;
        }
    }
    retryable(e) {
        if (!e || typeof e !== 'object' || signingFailures.has(e))
            return false;
        if (e instanceof StaleRouteError)
            return false;
        const status = (0,errors/* httpStatus */.nG)(e);
        if (status === undefined)
            return (0,errors/* isBrokenTransfer */.Zj)(e);
        const code = (0,errors/* s3ErrorCode */.az)(e);
        return (RETRYABLE_STATUS.has(status) ||
            THROTTLING_CODES.has(code) ||
            TRANSIENT_CODES.has(code) ||
            CLOCK_SKEW_CODES.has(code));
    }
    async attempt(route, input, attempt, signal) {
        signal?.throwIfAborted();
        const headers = {
            host: route.host,
            'content-length': String(input.body.length),
            'content-type': 'application/octet-stream',
            'x-amz-sdk-checksum-algorithm': input.algorithm,
            [input.algorithm === 'SHA256' ? 'x-amz-checksum-sha256' : 'x-amz-checksum-crc64nvme']: input.checksum,
            'x-amz-content-sha256': input.sha256Hex
        };
        if (route.userAgent !== undefined)
            headers['user-agent'] = route.userAgent;
        if (route.amzUserAgent !== undefined)
            headers['x-amz-user-agent'] = route.amzUserAgent;
        const path = `${route.prefix}${escapeKey(input.key)}`;
        let credentials;
        try {
            credentials = await this.credentials();
        }
        catch (e) {
            if (e && typeof e === 'object')
                signingFailures.add(e);
            throw e;
        }
        // The push may have stopped while the credentials were renewed: nothing more is sent.
        signal?.throwIfAborted();
        const offset = this.client.config.systemClockOffset ?? 0;
        const signed = route.signer.sign({ method: 'PUT', path, query: 'x-id=PutObject', headers }, input.sha256Hex, credentials, new Date(Date.now() + offset));
        const sent = Date.now();
        const res = await this.http.request(route, 'PUT', `${path}?x-id=PutObject`, signed, input.body, signal);
        const status = res.status;
        const h = res.headers;
        if (status >= 200 && status < 300) {
            return {
                VersionId: h['x-amz-version-id'],
                ChecksumSHA256: h['x-amz-checksum-sha256'],
                ChecksumCRC64NVME: h['x-amz-checksum-crc64nvme'],
                $metadata: { httpStatusCode: status, attempts: attempt }
            };
        }
        const xml = res.body.toString('utf8');
        const code = xmlField(xml, 'Code');
        if (status === 301 ||
            status === 307 ||
            code === 'PermanentRedirect' ||
            code === 'AuthorizationHeaderMalformed' ||
            code === 'IllegalLocationConstraintException') {
            throw new StaleRouteError(`S3 redirected PUT s3://${input.bucket}/${input.key}`);
        }
        const date = h.date;
        if (code !== undefined && CLOCK_SKEW_CODES.has(code) && typeof date === 'string') {
            const server = Date.parse(date);
            if (!Number.isNaN(server))
                this.client.config.systemClockOffset = server - sent;
        }
        const name = code ?? nameOfStatus(status);
        const requestId = xmlField(xml, 'RequestId') ?? h['x-amz-request-id'];
        const hostId = xmlField(xml, 'HostId') ?? h['x-amz-id-2'];
        const e = new dist_cjs/* S3ServiceException */.Hcp({
            name,
            $fault: status >= 500 ? 'server' : 'client',
            $metadata: {
                httpStatusCode: status,
                requestId,
                extendedRequestId: hostId,
                attempts: attempt
            },
            message: xmlField(xml, 'Message') ?? name
        });
        Object.assign(e, { Code: code, RequestId: requestId, HostId: hostId });
        const hint = retryAfter(h);
        if (hint)
            retryAfterHints.set(e, hint);
        throw e;
    }
}
/** Records the attempts on an error, as the SDK's retry does (`$metadata.attempts`). */
function stampAttempts(e, attempt) {
    if (e && typeof e === 'object' && !(e instanceof StaleRouteError) && !signingFailures.has(e)) {
        const o = e;
        o.$metadata = { ...o.$metadata, attempts: attempt };
    }
}
/** Throttling, which slows the client's sending rate: 429 or a throttling code. */
function isThrottling(e) {
    return (0,errors/* httpStatus */.nG)(e) === 429 || THROTTLING_CODES.has((0,errors/* s3ErrorCode */.az)(e));
}
/** The SDK's standard retry strategy (its first token never waits). */
function isStandard(s) {
    return s.mode === 'standard';
}
function isRetryStrategyV2(s) {
    const o = s;
    return (typeof o?.acquireInitialRetryToken === 'function' &&
        typeof o.refreshRetryTokenForRetry === 'function' &&
        typeof o.recordSuccess === 'function');
}
/** The waits of each signal, all ended by one listener when it aborts (not one per wait). */
const waitsBySignal = new WeakMap();
/** `promise`, or the abort's reason as soon as `signal` aborts. */
function untilAborted(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    let waits = waitsBySignal.get(signal);
    if (!waits) {
        const set = new Set();
        waits = set;
        waitsBySignal.set(signal, set);
        signal.addEventListener('abort', () => {
            for (const stop of set)
                stop(signal.reason);
            set.clear();
        }, { once: true });
    }
    const pending = waits;
    return new Promise((resolve, reject) => {
        pending.add(reject);
        // One reaction (no `finally`, which costs two more promises per wait).
        promise.then((value) => {
            pending.delete(reject);
            resolve(value);
        }, (e) => {
            pending.delete(reject);
            // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- passed on as it came
            reject(e);
        });
    });
}
/** Wait `ms`, or less when the signal aborts (then the abort's reason is thrown). */
function abortableSleep(ms, signal) {
    let timer;
    const slept = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
    return untilAborted(slept, signal).finally(() => clearTimeout(timer));
}


/***/ })

};

//# sourceMappingURL=620.index.js.map