export const id = 607;
export const ids = [607];
export const modules = {

/***/ 2057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ pages)
/* harmony export */ });
/**
 * Every page of a paginated listing (ListObjectsV2, ListObjectVersions, ListMultipartUploads):
 * the one pagination loop. `next` gives the marker of the page after `page`, or undefined after
 * the last one.
 */
async function* pages(fetch, next) {
    let marker;
    do {
        const page = await fetch(marker);
        yield page;
        marker = next(page);
    } while (marker !== undefined);
}


/***/ }),

/***/ 8636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Registry: () => (/* binding */ S3Registry),
/* harmony export */   fetchS3Object: () => (/* binding */ fetchS3Object)
/* harmony export */ });
/* unused harmony export getObjectBytes */
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2057);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3711);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2378);
/* harmony import */ var _format_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8600);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5126);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7182);
/* harmony import */ var _s3_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3033);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2358);
/**
 * A registry in an S3 bucket (quilt3 `S3PackageRegistryV1`): manifests and pointers under
 * `.quilt/`. Every pointer write is a compare-and-swap where the store has conditional writes:
 * timestamp pointers are created with `If-None-Match: *` (never replacing another revision's),
 * `latest` is replaced with `If-Match` on the ETag that was read and removed the same way.
 * Stores without conditional writes get plain writes and one warning.
 */









const PACKAGES = '.quilt/packages/';
const NAMED = '.quilt/named_packages/';
/** Attempts at a conditional write whose outcome stayed unclear (the answer was lost). */
const CAS_ATTEMPTS = 5;
/** Timestamp pointer names tried at most (each taken one moves to the next second). */
const MAX_POINTER_ATTEMPTS = 100;
/** A conditional write refused: the object exists (If-None-Match) or is another (If-Match). */
function isRefused(e) {
    return (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .httpStatus */ .nG)(e) === 412 || (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .s3ErrorCode */ .az)(e) === 'PreconditionFailed';
}
/** `If-Match` on an object deleted meanwhile (not a missing bucket). */
function isGoneMeanwhile(e) {
    return (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .s3ErrorCode */ .az)(e) === 'NoSuchKey';
}
/** 409 ConditionalRequestConflict: a concurrent conditional write to the key is under way. */
function isConcurrent(e) {
    return (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .httpStatus */ .nG)(e) === 409 || (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .s3ErrorCode */ .az)(e) === 'ConditionalRequestConflict';
}
/** The store does not implement the condition header. */
function isNotImplemented(e) {
    return (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .httpStatus */ .nG)(e) === 501 || (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .s3ErrorCode */ .az)(e) === 'NotImplemented';
}
/** A short jittered pause before a conditional write that met a concurrent one is tried again. */
function pause() {
    return new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
}
function md5Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(text, 'ascii').digest('hex');
}
/**
 * A response body's bytes. With its length known, the body is read chunk by chunk into one
 * buffer of that length (a manifest of a million entries is 300 MB: neither its chunks nor a
 * second copy are kept at once), and `watch` (when given) is handed that buffer, then told how
 * many bytes are in after each chunk. A body that ends short of its length is a broken transfer.
 */
async function bodyBytes(body, length, watch) {
    const b = body;
    if (length !== undefined && b?.[Symbol.asyncIterator]) {
        const watcher = watch?.(length);
        const out = watcher?.bytes ?? Buffer.allocUnsafe(length);
        let n = 0;
        const more = [];
        for await (const chunk of b) {
            if (more.length === 0 && n + chunk.length <= length) {
                out.set(chunk, n);
                watcher?.arrived(n + chunk.length);
            }
            else
                more.push(chunk);
            n += chunk.length;
        }
        // More than announced: all of it, as it came.
        if (more.length > 0)
            return Buffer.concat([out.subarray(0, n - sum(more)), ...more]);
        if (n < length) {
            throw Object.assign(new Error(`premature close: ${n} of ${length} bytes received`), {
                code: 'ERR_STREAM_PREMATURE_CLOSE'
            });
        }
        return out;
    }
    if (!b?.transformToByteArray)
        return Buffer.alloc(0);
    const bytes = await b.transformToByteArray();
    // Its memory, not a copy.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function sum(chunks) {
    return chunks.reduce((n, c) => n + c.length, 0);
}
/**
 * GetObject and its whole body, or null when the object does not exist. The SDK retries the
 * request but not the reading of the body: a connection cut while the body arrives is retried
 * here (errors without an S3 answer).
 */
async function getObjectBytes(s3, params, watch) {
    try {
        return await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L5)(async () => {
            const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .GetObjectCommand */ .jLs(params));
            return {
                data: await bodyBytes(r.Body, r.ContentLength, watch),
                versionId: r.VersionId,
                etag: r.ETag
            };
        }, { attempts: 4, baseMs: 200, retryable: _s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isBrokenTransfer */ .Zj });
    }
    catch (e) {
        if ((0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isNotFound */ .c4)(e))
            return null;
        throw e;
    }
}
/**
 * An S3 object's bytes and its URL with the version read (quilt3 `get_bytes_and_effective_pk`);
 * null when it does not exist.
 */
async function fetchS3Object(s3, pk) {
    const r = await getObjectBytes(s3, {
        Bucket: pk.bucket,
        Key: pk.path,
        ...(pk.versionId ? { VersionId: pk.versionId } : {})
    });
    if (r === null)
        return null;
    return {
        data: r.data,
        url: String(_format_names_js__WEBPACK_IMPORTED_MODULE_1__/* .PhysicalKey */ .ll.s3(pk.bucket, pk.path, r.versionId ?? null))
    };
}
class S3Registry {
    s3;
    bucket;
    options;
    kind = 's3';
    warnedUnconditional = false;
    constructor(s3, bucket, options = {}) {
        this.s3 = s3;
        this.bucket = bucket;
        this.options = options;
    }
    /** Once per run: this store wrote without the condition. */
    unconditional(what) {
        if (this.warnedUnconditional)
            return;
        this.warnedUnconditional = true;
        this.options.onWarning?.(`s3://${this.bucket} does not support conditional writes (${what}): pointers are written without compare-and-swap, so two runs writing the same package at once may overwrite each other's latest. Run them one at a time (a workflow 'concurrency:' group per registry).`);
    }
    get display() {
        return `s3://${this.bucket}`;
    }
    workflowConfigKey() {
        return _format_names_js__WEBPACK_IMPORTED_MODULE_1__/* .PhysicalKey */ .ll.s3(this.bucket, '.quilt/workflows/config.yml');
    }
    pointerKey(name, pointer) {
        return `${NAMED}${name}/${pointer}`;
    }
    manifestKey(topHash) {
        return `${PACKAGES}${topHash}`;
    }
    manifestLocation(topHash) {
        return `s3://${this.bucket}/${this.manifestKey(topHash)}`;
    }
    async getText(key) {
        const r = await getObjectBytes(this.s3, { Bucket: this.bucket, Key: key });
        return r === null ? null : { text: r.data.toString('utf-8'), etag: r.etag ?? null };
    }
    async readPointer(name, pointer) {
        const r = await this.getText(this.pointerKey(name, pointer));
        return r === null ? null : r.text.trim();
    }
    /** `latest` with its ETag (for a conditional replacement). */
    async readLatest(name) {
        const r = await this.getText(this.pointerKey(name, 'latest'));
        if (r === null)
            return { topHash: null, tag: null };
        const topHash = r.text.trim();
        if (!_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .TOP_HASH_RE */ .TA.test(topHash)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .QuiltError */ .YH(`s3://${this.bucket}/${this.pointerKey(name, 'latest')} does not hold a top hash`);
        }
        return { topHash, tag: r.etag };
    }
    async readManifestHead(topHash, bytes) {
        const r = await getObjectBytes(this.s3, {
            Bucket: this.bucket,
            Key: this.manifestKey(topHash),
            Range: `bytes=0-${bytes - 1}`
        });
        return r === null ? null : r.data;
    }
    async readManifest(topHash) {
        const r = await getObjectBytes(this.s3, { Bucket: this.bucket, Key: this.manifestKey(topHash) });
        return r === null ? null : r.data;
    }
    /**
     * The manifest read as its bytes arrive (`Package.readWhileArriving`): its lines are read
     * while the rest downloads, not after.
     */
    async readPackage(topHash) {
        let arrival;
        try {
            const r = await getObjectBytes(this.s3, { Bucket: this.bucket, Key: this.manifestKey(topHash) }, (length) => {
                // A new attempt: the last one's reading is dropped.
                arrival?.abandon();
                arrival = _format_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .Package */ .lP.readWhileArriving(length);
                return arrival;
            });
            if (r === null)
                return null;
            // The body read whole (its length unknown, or more than announced) is read now.
            if (arrival?.bytes !== r.data)
                return _format_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .Package */ .lP.fromManifestBytes(r.data);
            const reading = arrival;
            arrival = undefined;
            return await reading.finish();
        }
        finally {
            arrival?.abandon();
        }
    }
    /** Keys (relative to `prefix`) under a prefix, all pages. */
    async listKeys(prefix) {
        const out = [];
        const listing = (0,_pages_js__WEBPACK_IMPORTED_MODULE_8__/* .pages */ .B)((token) => this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .ListObjectsV2Command */ .u6x({
            Bucket: this.bucket,
            Prefix: prefix,
            ContinuationToken: token
        })), (r) => (r.IsTruncated ? r.NextContinuationToken : undefined));
        for await (const r of listing) {
            for (const o of r.Contents ?? []) {
                if (o.Key !== undefined)
                    out.push({ key: o.Key.slice(prefix.length), size: o.Size ?? 0 });
            }
        }
        return out;
    }
    async listPointers(name) {
        const keys = (await this.listKeys(`${NAMED}${name}/`)).filter((k) => !k.key.includes('/'));
        const out = [];
        const queue = [...keys];
        const worker = async () => {
            for (let k = queue.shift(); k; k = queue.shift()) {
                const hash = await this.readPointer(name, k.key);
                if (hash !== null)
                    out.push({ name: k.key, topHash: hash });
            }
        };
        await Promise.all(Array.from({ length: Math.min(16, keys.length) }, worker));
        return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    /** Top hashes of the manifests starting with `prefix` (quilt3 `resolve_top_hash`). */
    async listManifestHashes(prefix = '') {
        return (await this.listKeys(PACKAGES + prefix)).map((k) => prefix + k.key);
    }
    async putManifest(topHash, manifest) {
        await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .PutObjectCommand */ .wKZ({
            Bucket: this.bucket,
            Key: this.manifestKey(topHash),
            Body: manifest,
            ContentLength: manifest.length
        }));
    }
    /** A plain write of one pointer (no condition). */
    async putPointer(name, pointer, topHash) {
        await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .PutObjectCommand */ .wKZ({
            Bucket: this.bucket,
            Key: this.pointerKey(name, pointer),
            Body: Buffer.from(topHash, 'ascii')
        }));
    }
    async createRevisionPointer(name, topHash, seconds) {
        let unclear = 0;
        for (let s = seconds, attempt = 1;; s++, attempt++) {
            if (attempt > MAX_POINTER_ATTEMPTS) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .QuiltError */ .YH(`Could not create a timestamp pointer for ${name} in s3://${this.bucket}: ${MAX_POINTER_ATTEMPTS} names from ${seconds} on were taken.`);
            }
            const pointer = String(s);
            try {
                await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .PutObjectCommand */ .wKZ({
                    Bucket: this.bucket,
                    Key: this.pointerKey(name, pointer),
                    Body: Buffer.from(topHash, 'ascii'),
                    IfNoneMatch: '*'
                }));
                return pointer;
            }
            catch (e) {
                if (isNotImplemented(e)) {
                    this.unconditional('PutObject If-None-Match');
                    if ((await this.readPointer(name, pointer)) !== null)
                        continue;
                    await this.putPointer(name, pointer, topHash);
                    return pointer;
                }
                if (isConcurrent(e)) {
                    await pause();
                    s--; // the same second again
                    continue;
                }
                // Taken (perhaps by our own attempt whose answer was lost: a pointer there names this
                // complete revision, harmless): never adopted, the next second is ours alone.
                if (isRefused(e))
                    continue;
                if ((0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnclearOutcome */ .D5)(e) && ++unclear < 3)
                    continue;
                throw e;
            }
        }
    }
    async replaceLatest(name, topHash, expected) {
        const since = Date.now();
        let unclear = false;
        for (let attempt = 1;; attempt++) {
            try {
                await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .PutObjectCommand */ .wKZ({
                    Bucket: this.bucket,
                    Key: this.pointerKey(name, 'latest'),
                    Body: Buffer.from(topHash, 'ascii'),
                    ...(expected.tag ? { IfMatch: expected.tag } : { IfNoneMatch: '*' })
                }));
                return 'written';
            }
            catch (e) {
                if (isNotImplemented(e)) {
                    this.unconditional('PutObject If-Match');
                    const now = await this.readLatest(name);
                    if (now.topHash === topHash)
                        return 'written';
                    if (now.topHash !== expected.topHash)
                        return 'lost';
                    await this.putPointer(name, 'latest', topHash);
                    return 'written';
                }
                if (isConcurrent(e) && attempt < CAS_ATTEMPTS) {
                    await pause();
                    continue;
                }
                const refused = isRefused(e) || (expected.tag !== null && isGoneMeanwhile(e));
                if (!refused && !(0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnclearOutcome */ .D5)(e))
                    throw e;
                unclear ||= (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .mayHaveApplied */ .PH)(e);
                // Read it back: ours (applied, its answer lost), unchanged (not applied), or moved.
                const now = await this.readLatest(name);
                if (now.topHash === topHash)
                    return 'written';
                if (now.tag === expected.tag && now.topHash === expected.topHash) {
                    if (attempt < CAS_ATTEMPTS)
                        continue;
                    if (refused)
                        return 'lost';
                    throw e;
                }
                // Another writer moved it. Was ours applied in between? Only the history can tell.
                return unclear ? this.wasLatestSince(name, topHash, since) : 'lost';
            }
        }
    }
    /**
     * Whether `latest` held `topHash` at some moment since `since` (its version history: an ETag
     * is the MD5 of the content): 'written' or 'lost'; 'unknown' in an unversioned bucket or
     * without s3:ListBucketVersions.
     */
    async wasLatestSince(name, topHash, since) {
        const key = this.pointerKey(name, 'latest');
        let r;
        try {
            r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .ListObjectVersionsCommand */ .uc$({ Bucket: this.bucket, Prefix: key, MaxKeys: 1000 }));
        }
        catch {
            return 'unknown';
        }
        const versions = (r.Versions ?? []).filter((v) => v.Key === key);
        if (versions.every((v) => (v.VersionId ?? 'null') === 'null'))
            return 'unknown';
        const ours = `"${md5Hex(topHash)}"`;
        // A minute of leeway for the clocks of this machine and of S3.
        const applied = versions.some((v) => v.ETag === ours && (v.LastModified?.getTime() ?? 0) >= since - 60_000);
        if (applied)
            return 'written';
        return r.IsTruncated ? 'unknown' : 'lost';
    }
    async removeLatest(name, expected) {
        if (expected.tag === null)
            return true;
        for (let attempt = 1;; attempt++) {
            try {
                await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .DeleteObjectCommand */ .k4j({
                    Bucket: this.bucket,
                    Key: this.pointerKey(name, 'latest'),
                    IfMatch: expected.tag
                }));
                return true;
            }
            catch (e) {
                if (isNotImplemented(e)) {
                    // No conditional delete: re-read right before an unconditional one (a small window).
                    this.unconditional('DeleteObject If-Match');
                    const now = await this.readLatest(name);
                    if (now.topHash === null)
                        return true;
                    if (now.tag !== expected.tag)
                        return false;
                    await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .DeleteObjectCommand */ .k4j({ Bucket: this.bucket, Key: this.pointerKey(name, 'latest') }));
                    return true;
                }
                if (isConcurrent(e) && attempt < CAS_ATTEMPTS) {
                    await pause();
                    continue;
                }
                const refused = isRefused(e) || isGoneMeanwhile(e);
                if (!refused && !(0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnclearOutcome */ .D5)(e))
                    throw e;
                const now = await this.readLatest(name);
                if (now.topHash === null)
                    return true;
                if (now.tag !== expected.tag || now.topHash !== expected.topHash)
                    return false;
                if (attempt >= CAS_ATTEMPTS) {
                    if (refused)
                        return false;
                    throw e;
                }
            }
        }
    }
    async forceLatest(name, topHash) {
        await this.putPointer(name, 'latest', topHash);
    }
    async deletePointers(name, pointers) {
        for (let i = 0; i < pointers.length; i += 1000) {
            const batch = pointers.slice(i, i + 1000);
            const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_7__/* .DeleteObjectsCommand */ .xvx({
                Bucket: this.bucket,
                Delete: { Objects: batch.map((p) => ({ Key: this.pointerKey(name, p) })), Quiet: true }
            }));
            const failed = r.Errors ?? [];
            if (failed.length > 0) {
                const e = failed[0];
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .QuiltError */ .YH(`Could not delete ${failed.length} pointer(s) of ${name}, e.g. s3://${this.bucket}/${e.Key ?? '?'}: ${e.Code ?? ''} ${e.Message ?? ''}`);
            }
        }
    }
    /** Every package with a pointer: `.quilt/named_packages/<ns>/<pkg>/...`. */
    async listPackages() {
        const names = new Set();
        for (const k of await this.listKeys(NAMED)) {
            const parts = k.key.split('/');
            if (parts.length >= 3)
                names.add(`${parts[0]}/${parts[1]}`);
        }
        return [...names].sort();
    }
    async removePackageIfEmpty() {
        // S3 has no folders: a package without pointers is gone from listings.
    }
}


/***/ })

};

//# sourceMappingURL=607.index.js.map