export const id = 501;
export const ids = [501];
export const modules = {

/***/ 6501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   makeS3Client: () => (/* binding */ makeS3Client)
/* harmony export */ });
/* unused harmony exports resolveEndpoint, resolveRegion */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3711);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1279);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7182);
/* harmony import */ var _lean_put_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3946);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3033);
/**
 * The S3 client and its transport settings in one place: region, custom endpoints of
 * S3-compatible stores (path-style, checksums only where an operation needs them), connection
 * pool sized to the transfer concurrency, retries.
 */






/** Milliseconds to open a connection, and a request may stay idle. */
const CONNECTION_TIMEOUT = 10_000;
const REQUEST_TIMEOUT = 300_000;
/** The first value that is set and not empty. */
function firstSet(...values) {
    return values.find((v) => v);
}
/** The endpoint to use: the setting, else the standard environment variables. */
function resolveEndpoint(settings, env = process.env) {
    return firstSet(settings.endpoint, env.AWS_ENDPOINT_URL_S3, env.AWS_ENDPOINT_URL);
}
/** The region to use: the setting, else the standard environment variables. */
function resolveRegion(settings, env = process.env) {
    return firstSet(settings.region, env.AWS_REGION, env.AWS_DEFAULT_REGION);
}
/** A client for the settings. With a custom endpoint: path-style and checksums only when required. */
function makeS3Client(settings = {}) {
    const endpoint = resolveEndpoint(settings);
    const region = resolveRegion(settings);
    const sockets = Math.max(16, (settings.concurrency ?? _concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONCURRENCY */ .WH) * 2);
    const httpAgent = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: sockets });
    const httpsAgent = new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, maxSockets: sockets });
    const config = {
        region: region ?? 'us-east-1',
        // Without a region, requests to a bucket elsewhere are redirected to the bucket's region.
        followRegionRedirects: region === undefined,
        maxAttempts: settings.maxAttempts ?? 5,
        retryMode: 'adaptive',
        requestHandler: new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__.NodeHttpHandler({
            httpAgent,
            httpsAgent,
            connectionTimeout: CONNECTION_TIMEOUT,
            requestTimeout: REQUEST_TIMEOUT
        })
    };
    if (settings.credentials)
        config.credentials = settings.credentials;
    if (endpoint) {
        config.endpoint = endpoint;
        config.forcePathStyle = true;
        // The SDK's default CRC32 on every request breaks several S3-compatible stores.
        config.requestChecksumCalculation = 'WHEN_REQUIRED';
        config.responseChecksumValidation = 'WHEN_REQUIRED';
    }
    else {
        // We send our own SHA-256 checksums where they matter; no extra CRC32 work.
        config.requestChecksumCalculation = 'WHEN_REQUIRED';
        config.responseChecksumValidation = 'WHEN_REQUIRED';
    }
    const client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .S3Client */ .YxF(config);
    // Remember which request failed, for error messages that name the permission and the object.
    client.middlewareStack.add((next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (e) {
            if (e && typeof e === 'object') {
                const input = args.input;
                Object.assign(e, {
                    $command: context.commandName,
                    $bucket: input.Bucket,
                    $key: input.Key,
                    $versioned: input.VersionId !== undefined,
                    $sourceVersioned: input.CopySource?.includes('?versionId=') ?? false
                });
            }
            throw e;
        }
    }, { step: 'initialize', name: 'quiltErrorContext' });
    // Small uploads skip the SDK's per-request work, over the same connections (lean-put.ts).
    _lean_put_js__WEBPACK_IMPORTED_MODULE_3__/* .LeanPut */ ._L.attach(client, {
        httpAgent,
        httpsAgent,
        connectionTimeout: CONNECTION_TIMEOUT,
        requestTimeout: REQUEST_TIMEOUT
    });
    return client;
}



/***/ }),

/***/ 3946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* binding */ StaleRouteError),
/* harmony export */   _L: () => (/* binding */ LeanPut),
/* harmony export */   pr: () => (/* binding */ leanPutOf)
/* harmony export */ });
/* unused harmony export escapeKey */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3711);
/* harmony import */ var _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5118);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7182);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3033);
/**
 * A lean PutObject for small objects: the AWS SDK spends about 1 ms of CPU on each request
 * (resolving its middleware stack per command, serialising through the schema, the endpoint
 * rules, the flexible-checksum and retry middleware), several times what the request itself
 * needs. A push of many small files is bound by that CPU, so their PUTs are sent here instead:
 * signed by the SDK's own SigV4 signer (`@smithy/signature-v4`) with the client's credential
 * provider (refreshed credentials are used as soon as the SDK would use them), sent over the
 * client's own keep-alive agents.
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
/** The SDK's retryable codes: throttling, timeouts, transient server errors. */
const RETRYABLE_CODES = new Set([
    'SlowDown',
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottled',
    'RequestThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'BandwidthLimitExceeded',
    'LimitExceededException',
    'PriorRequestNotComplete',
    'RequestTimeout',
    'RequestTimeoutException',
    'InternalError'
]);
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
const CLOCK_SKEW_CODES = new Set(['RequestTimeTooSkewed', 'RequestExpired', 'RequestInTheFuture']);
/** A key's path as the SDK writes it: each segment URI-escaped, `!'()*` too, `/` kept. */
function escapeKey(key) {
    return key
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
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
/** Errors the signer threw (the credential provider's): never retried, like the SDK. */
const signingFailures = new WeakSet();
const leanPuts = new WeakMap();
/** The lean PUT of a client made by `makeS3Client`, if any. */
function leanPutOf(client) {
    return leanPuts.get(client);
}
class LeanPut {
    client;
    settings;
    /** Learned routes by bucket; null: this bucket is always sent by the SDK. */
    routes = new Map();
    credentials;
    /** A lean PUT for `client`, found again with `leanPutOf(client)`. */
    static attach(client, settings) {
        return new LeanPut(client, settings);
    }
    constructor(client, settings) {
        this.client = client;
        this.settings = settings;
        this.credentials = () => client.config.credentials();
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
            signer: new _smithy_signature_v4__WEBPACK_IMPORTED_MODULE_4__.SignatureV4({
                credentials: this.credentials,
                region: scope[1],
                service: scope[2],
                sha256: this.client.config.sha256,
                uriEscapePath: false,
                applyChecksum: true
            }),
            userAgent: headers['user-agent'],
            amzUserAgent: headers['x-amz-user-agent']
        });
    }
    /** PutObject `input`, retried like the SDK; throws StaleRouteError when S3 redirects. */
    async put(input, signal) {
        const route = this.routes.get(input.bucket);
        if (!route)
            throw new StaleRouteError(`no route for ${input.bucket}`);
        const maxAttempts = await this.client.config.maxAttempts();
        /** The push's own stop: its reason is another file's error, which is left as it is. */
        const isStop = (e) => signal?.aborted === true && e === signal.reason;
        try {
            return await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)((attempt) => this.attempt(route, input, attempt, signal).catch((e) => {
                if (isStop(e))
                    throw e;
                return attempts(attempt)(e);
            }), {
                attempts: maxAttempts,
                baseMs: 100,
                maxMs: 20_000,
                retryable: (e) => !signal?.aborted && this.retryable(e),
                sleep: (ms) => abortableSleep(ms, signal)
            });
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
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .httpStatus */ .nG)(e);
        if (status === undefined)
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isBrokenTransfer */ .Zj)(e);
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .s3ErrorCode */ .az)(e);
        return RETRYABLE_STATUS.has(status) || RETRYABLE_CODES.has(code) || CLOCK_SKEW_CODES.has(code);
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
        const offset = this.client.config.systemClockOffset ?? 0;
        let signed;
        try {
            signed = await route.signer.sign({
                method: 'PUT',
                protocol: route.protocol,
                hostname: route.hostname,
                port: route.port,
                path,
                query: { 'x-id': 'PutObject' },
                headers,
                body: input.body
            }, { signingDate: new Date(Date.now() + offset) });
        }
        catch (e) {
            if (e && typeof e === 'object')
                signingFailures.add(e);
            throw e;
        }
        const sent = Date.now();
        const res = await this.send(route, `${path}?x-id=PutObject`, signed.headers, input.body, signal);
        const status = res.status;
        const h = res.headers;
        if (status >= 200 && status < 300) {
            const one = (name) => {
                const v = h[name];
                return Array.isArray(v) ? v[0] : v;
            };
            return {
                VersionId: one('x-amz-version-id'),
                ChecksumSHA256: one('x-amz-checksum-sha256'),
                ChecksumCRC64NVME: one('x-amz-checksum-crc64nvme'),
                $metadata: { httpStatusCode: status, attempts: attempt }
            };
        }
        const code = xmlField(res.body, 'Code');
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
        const requestId = xmlField(res.body, 'RequestId') ?? header(h, 'x-amz-request-id');
        const hostId = xmlField(res.body, 'HostId') ?? header(h, 'x-amz-id-2');
        const e = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .S3ServiceException */ .Hcp({
            name,
            $fault: status >= 500 ? 'server' : 'client',
            $metadata: {
                httpStatusCode: status,
                requestId,
                extendedRequestId: hostId,
                attempts: attempt
            },
            message: xmlField(res.body, 'Message') ?? name
        });
        Object.assign(e, { Code: code, RequestId: requestId, HostId: hostId });
        throw e;
    }
    /** One HTTP exchange; the answer's body is read whole (empty on success). */
    send(route, path, headers, body, signal) {
        const { connectionTimeout, requestTimeout } = this.settings;
        return new Promise((resolve, reject) => {
            const options = {
                method: 'PUT',
                hostname: route.hostname,
                port: route.port,
                path,
                headers,
                signal
            };
            const req = route.protocol === 'https:'
                ? (0,node_https__WEBPACK_IMPORTED_MODULE_1__.request)({ ...options, agent: this.settings.httpsAgent })
                : (0,node_http__WEBPACK_IMPORTED_MODULE_0__.request)({ ...options, agent: this.settings.httpAgent });
            let connectTimer;
            const fail = (e) => {
                clearTimeout(connectTimer);
                reject(e);
            };
            req.on('error', fail);
            req.on('socket', (socket) => {
                if (!socket.connecting)
                    return;
                connectTimer = setTimeout(() => {
                    req.destroy(timeoutError(`no connection within ${connectionTimeout} ms`));
                }, connectionTimeout);
                socket.once('connect', () => clearTimeout(connectTimer));
            });
            req.setTimeout(requestTimeout, () => {
                req.destroy(timeoutError(`no answer within ${requestTimeout} ms`));
            });
            req.on('response', (res) => {
                clearTimeout(connectTimer);
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', fail);
                res.on('aborted', () => fail(new Error('aborted: the answer was cut off')));
                res.on('end', () => resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks).toString('utf8')
                }));
            });
            req.end(body);
        });
    }
}
/** Records the attempts on an error, as the SDK's retry does (`$metadata.attempts`). */
function attempts(attempt) {
    return (e) => {
        if (e && typeof e === 'object' && !(e instanceof StaleRouteError) && !signingFailures.has(e)) {
            const o = e;
            o.$metadata = { ...o.$metadata, attempts: attempt };
        }
        throw e;
    };
}
function header(h, name) {
    const v = h[name];
    return Array.isArray(v) ? v[0] : v;
}
function timeoutError(message) {
    const e = new Error(message);
    e.name = 'TimeoutError';
    return e;
}
/** Wait `ms`, or less when the signal aborts (then the abort's reason is thrown). */
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal.reason);
        };
        const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ })

};

//# sourceMappingURL=501.index.js.map