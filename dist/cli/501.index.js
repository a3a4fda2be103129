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
/* harmony import */ var _lean_put_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3620);
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
    // Small uploads skip the SDK's per-request work (lean-put.ts), with the same timeouts.
    _lean_put_js__WEBPACK_IMPORTED_MODULE_3__/* .LeanPut */ ._L.attach(client, {
        connectionTimeout: CONNECTION_TIMEOUT,
        requestTimeout: REQUEST_TIMEOUT
    });
    return client;
}



/***/ })

};

//# sourceMappingURL=501.index.js.map