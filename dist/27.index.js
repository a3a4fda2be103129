export const id = 27;
export const ids = [27,996];
export const modules = {

/***/ 996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Hasher: () => (/* binding */ S3Hasher)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1272);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9553);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7182);
/* harmony import */ var _s3_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1763);
/**
 * Hashes of objects already in S3 (spec §5.5): from S3's own checksum when it is the quilt hash
 * by construction, else by reading the object in parts. Loaded only when S3 objects are hashed.
 */






/**
 * Hashes objects already in S3 without downloading them when S3's own checksum is the quilt
 * hash by construction (spec §5.5: a single-request SHA-256 under 8 MiB, hashed once more; or a
 * composite SHA-256 whose parts have quilt's part sizes, from GetObjectAttributes ObjectParts),
 * else by streaming each part with a ranged GET (never a whole object in memory).
 */
class S3Hasher {
    s3;
    onBytes;
    /** Cleared when the store or the credentials refuse GetObjectAttributes. */
    attributesUsable = true;
    slots;
    constructor(s3, concurrency, onBytes) {
        this.s3 = s3;
        this.onBytes = onBytes;
        this.slots = new _concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .Semaphore */ .jf(Math.max(1, concurrency));
    }
    async hash(o) {
        if (o.size === 0) {
            this.onBytes?.(0, 1);
            return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .combinePartDigests */ .kv)([]);
        }
        const fromS3 = this.attributesUsable
            ? await this.slots.use(1, () => this.fromAttributes(o))
            : null;
        if (fromS3 !== null) {
            this.onBytes?.(o.size, 1);
            return fromS3;
        }
        const value = await this.byReading(o);
        this.onBytes?.(0, 1);
        return value;
    }
    async fromAttributes(o) {
        const chunk = (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .chunkSize */ .ZL)(o.size);
        const expectedParts = Math.ceil(o.size / chunk);
        let checksum;
        const sizes = [];
        let marker;
        let total;
        try {
            do {
                const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .GetObjectAttributesCommand */ .cgf({
                    Bucket: o.bucket,
                    Key: o.key,
                    ...(o.versionId ? { VersionId: o.versionId } : {}),
                    // "Checksum" first: some S3 emulators only parse the first name of the list right.
                    ObjectAttributes: ['Checksum', 'ObjectParts'],
                    MaxParts: 1000,
                    ...(marker ? { PartNumberMarker: marker } : {})
                }));
                checksum = r.Checksum?.ChecksumSHA256;
                if (!checksum)
                    return null;
                const parts = r.ObjectParts;
                total = parts?.TotalPartsCount;
                for (const p of parts?.Parts ?? [])
                    sizes.push(p.Size ?? -1);
                marker = parts?.IsTruncated ? parts.NextPartNumberMarker : undefined;
            } while (marker);
        }
        catch (e) {
            if ((0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isNotFound */ .c4)(e))
                throw new _names_js__WEBPACK_IMPORTED_MODULE_2__/* .QuiltError */ .YH(`s3://${o.bucket}/${o.key} does not exist`);
            // Refused (403: no s3:GetObjectAttributes), unsupported (501, 400) or unreadable (some
            // S3-compatible stores answer in a form the SDK rejects): read the data instead.
            this.attributesUsable = false;
            return null;
        }
        const value = checksum.split('-')[0];
        if (total === undefined) {
            // Uploaded in one request: the whole object's SHA-256.
            return o.size < _hash_js__WEBPACK_IMPORTED_MODULE_1__/* .MULTIPART_THRESHOLD */ .xf ? (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .quiltHashFromSinglePartChecksum */ ._S)(value) : null;
        }
        if (total !== expectedParts || sizes.length !== total)
            return null;
        const quiltSizes = sizes.every((s, i) => s === (i < total - 1 ? chunk : o.size - chunk * (total - 1)));
        return quiltSizes ? value : null;
    }
    async byReading(o) {
        const chunk = (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .chunkSize */ .ZL)(o.size);
        const n = Math.ceil(o.size / chunk);
        const digests = await Promise.all(Array.from({ length: n }, (_, i) => this.slots.use(1, () => (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L5)(async () => {
            const start = i * chunk;
            const end = Math.min(o.size, start + chunk) - 1;
            const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .GetObjectCommand */ .jLs({
                Bucket: o.bucket,
                Key: o.key,
                Range: `bytes=${start}-${end}`,
                ...(o.versionId ? { VersionId: o.versionId } : {})
            }));
            const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            let got = 0;
            for await (const piece of r.Body) {
                h.update(piece);
                got += piece.length;
                this.onBytes?.(piece.length, 0);
            }
            if (got !== end - start + 1) {
                throw new _names_js__WEBPACK_IMPORTED_MODULE_2__/* .QuiltError */ .YH(`s3://${o.bucket}/${o.key}: read ${got} bytes of part ${i + 1}, expected ${end - start + 1}`);
            }
            return h.digest();
        }, { attempts: 4, baseMs: 200, retryable: _s3_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isBrokenTransfer */ .Zj }))));
        return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .combinePartDigests */ .kv)(digests);
    }
}


/***/ }),

/***/ 5027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  push: () => (/* binding */ push)
});

// UNUSED EXPORTS: ConflictError, resolveDest

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/quilt/hash.ts + 1 modules
var quilt_hash = __webpack_require__(1272);
// EXTERNAL MODULE: ./src/quilt/hash-s3.ts
var hash_s3 = __webpack_require__(996);
// EXTERNAL MODULE: ./src/quilt/manifest.ts
var quilt_manifest = __webpack_require__(3212);
// EXTERNAL MODULE: ./src/quilt/names.ts
var names = __webpack_require__(9553);
// EXTERNAL MODULE: ./src/quilt/registry.ts
var quilt_registry = __webpack_require__(6430);
// EXTERNAL MODULE: ./src/quilt/ops/prepare.ts + 2 modules
var prepare = __webpack_require__(7791);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/quilt/concurrency.ts
var quilt_concurrency = __webpack_require__(7182);
// EXTERNAL MODULE: ./src/quilt/s3-errors.ts
var s3_errors = __webpack_require__(1763);
;// CONCATENATED MODULE: ./src/quilt/transfer.ts
/**
 * Moving bytes into S3 the way quilt3 does (spec §5.4, §9.2), so that S3 computes the quilt hash
 * for us and verifies every byte: single PutObject below 8 MiB, multipart uploads with quilt's
 * part sizes from 8 MiB on, SHA-256 checksums on every request; server-side copies for objects
 * already in S3; a HEAD with checksum mode to find objects that are already there.
 *
 * Every part's SHA-256 is computed here from the bytes actually sent and given to S3, which
 * refuses the request if the bytes it received differ (BadDigest). When the caller knows the
 * hash the file had when it was hashed, a different hash now fails the transfer: the file
 * changed on disk.
 */








/** Fill `buf` from `path` at `offset` (fewer bytes at the end of the file); bytes read. */
async function readInto(path, buf, offset) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        let got = 0;
        while (got < buf.length) {
            const { bytesRead } = await fh.read(buf, got, buf.length - got, offset + got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return got;
    }
    finally {
        await fh.close();
    }
}
function readIntoSync(path, buf, offset) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        let got = 0;
        while (got < buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, got, buf.length - got, offset + got);
            if (n === 0)
                break;
            got += n;
        }
        return got;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The CopySource of an object: `bucket/key?versionId=...`, URL-encoded. */
function copySource(src) {
    const key = encodeURIComponent(src.path).replace(/%2F/g, '/');
    const version = src.versionId === null ? '' : `?versionId=${encodeURIComponent(src.versionId)}`;
    return `${src.bucket}/${key}${version}`;
}
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest();
}
/**
 * The quilt hash an S3 checksum stands for, when it does (spec §5.5): a single-request SHA-256
 * of an object under 8 MiB, or a composite `<b64>-N` with N = the quilt part count.
 */
function quiltHashFromS3Checksum(checksum, size) {
    if (!checksum)
        return null;
    const dash = checksum.indexOf('-');
    if (dash < 0)
        return size < quilt_hash/* MULTIPART_THRESHOLD */.xf ? (0,quilt_hash/* quiltHashFromSinglePartChecksum */._S)(checksum) : null;
    const parts = Number(checksum.slice(dash + 1));
    return size >= quilt_hash/* MULTIPART_THRESHOLD */.xf && parts === (0,quilt_hash/* partCount */.VR)(size) ? checksum.slice(0, dash) : null;
}
class Transfer {
    s3;
    options;
    requests;
    memory;
    /** The client's send, stopped by the transfer's signal. */
    send;
    constructor(s3, options) {
        this.s3 = s3;
        this.options = options;
        this.send = ((command) => {
            options.signal?.throwIfAborted();
            return s3.send(command, { abortSignal: options.signal });
        });
        this.requests = new quilt_concurrency/* Semaphore */.jf(Math.max(1, options.concurrency));
        this.memory = new quilt_concurrency/* Semaphore */.jf(Math.max(options.memoryBytes ?? 64 * quilt_hash/* MiB */.lv, 8 * quilt_hash/* MiB */.lv));
    }
    /** Read `length` bytes at `offset` of a local file, failing if the file is shorter or longer. */
    async readPart(path, offset, length, last) {
        // One byte more than the part at the end of the file: a file that grew is caught.
        const buf = Buffer.allocUnsafe(length + (last ? 1 : 0));
        // Small files are read synchronously: cheaper than three trips through the thread pool.
        const got = length < quilt_hash/* MiB */.lv ? readIntoSync(path, buf, offset) : await readInto(path, buf, offset);
        if (got !== length) {
            throw new names/* QuiltError */.YH(`${path} changed while it was being uploaded (its size is no longer the one listed)`);
        }
        return buf.subarray(0, length);
    }
    changed(path) {
        return new names/* QuiltError */.YH(`${path} changed after it was hashed: its content is not the one the package records. Re-run when the file no longer changes.`);
    }
    /**
     * Upload a local file to `dest`. `expectedHash`, when known, is the hash computed before; the
     * upload fails if the bytes read now hash differently.
     */
    async uploadFile(path, size, dest, expectedHash) {
        if (size < quilt_hash/* MULTIPART_THRESHOLD */.xf) {
            return this.memory.use(size, () => this.requests.use(1, async () => {
                const body = await this.readPart(path, 0, size, true);
                const digest = sha256(body);
                const checksum = digest.toString('base64');
                const hash = size === 0 ? checksum : sha256(digest).toString('base64');
                if (expectedHash !== undefined && hash !== expectedHash)
                    throw this.changed(path);
                const r = await this.send(new dist_cjs/* PutObjectCommand */.wKZ({
                    Bucket: dest.bucket,
                    Key: dest.key,
                    Body: body,
                    ContentLength: size,
                    ChecksumAlgorithm: 'SHA256',
                    ChecksumSHA256: checksum
                }));
                if (r.ChecksumSHA256 !== undefined && r.ChecksumSHA256 !== checksum) {
                    throw new names/* QuiltError */.YH(`S3 stored s3://${dest.bucket}/${dest.key} with checksum ${r.ChecksumSHA256}, not ${checksum}: the data changed in transit`);
                }
                this.options.onBytes?.(size, 1);
                return { physicalKey: names/* PhysicalKey */.ll.s3(dest.bucket, dest.key, r.VersionId ?? null), hash };
            }));
        }
        return this.multipart(dest, size, path, expectedHash, async (uploadId, partNumber, offset, length, last) => this.memory.use(length, () => this.requests.use(1, async () => {
            const body = await this.readPart(path, offset, length, last);
            const digest = sha256(body);
            const checksum = digest.toString('base64');
            const r = await this.send(new dist_cjs/* UploadPartCommand */.iVK({
                Bucket: dest.bucket,
                Key: dest.key,
                UploadId: uploadId,
                PartNumber: partNumber,
                Body: body,
                ContentLength: length,
                ChecksumSHA256: checksum
            }));
            if (r.ChecksumSHA256 !== undefined && r.ChecksumSHA256 !== checksum) {
                throw new names/* QuiltError */.YH(`S3 received part ${partNumber} of ${path} with another checksum: the data changed in transit`);
            }
            this.options.onBytes?.(length, 0);
            return {
                part: { PartNumber: partNumber, ETag: r.ETag, ChecksumSHA256: checksum },
                digest
            };
        })));
    }
    /** Copy an S3 object server side (never downloaded). */
    async copyObject(src, size, dest, expectedHash) {
        if (size < quilt_hash/* MULTIPART_THRESHOLD */.xf) {
            return this.requests.use(1, async () => {
                const r = await this.send(new dist_cjs/* CopyObjectCommand */.s9Z({
                    Bucket: dest.bucket,
                    Key: dest.key,
                    CopySource: copySource(src),
                    ChecksumAlgorithm: 'SHA256'
                }));
                const hash = quiltHashFromS3Checksum(r.CopyObjectResult?.ChecksumSHA256, size);
                if (hash !== null && expectedHash !== undefined && hash !== expectedHash) {
                    throw new names/* QuiltError */.YH(`${String(src)} does not hold the content the package records (hash ${hash}, expected ${expectedHash})`);
                }
                this.options.onBytes?.(size, 1);
                return { physicalKey: names/* PhysicalKey */.ll.s3(dest.bucket, dest.key, r.VersionId ?? null), hash };
            });
        }
        return this.multipart(dest, size, String(src), expectedHash, async (uploadId, partNumber, offset, length) => this.requests.use(1, async () => {
            const r = await this.send(new dist_cjs/* UploadPartCopyCommand */.Xp2({
                Bucket: dest.bucket,
                Key: dest.key,
                UploadId: uploadId,
                PartNumber: partNumber,
                CopySource: copySource(src),
                CopySourceRange: `bytes=${offset}-${offset + length - 1}`
            }));
            const checksum = r.CopyPartResult?.ChecksumSHA256;
            this.options.onBytes?.(length, 0);
            return {
                part: {
                    PartNumber: partNumber,
                    ETag: r.CopyPartResult?.ETag,
                    ChecksumSHA256: checksum
                },
                digest: checksum ? Buffer.from(checksum, 'base64') : null
            };
        }));
    }
    /**
     * A multipart upload with quilt's parts; `sendPart` uploads one. The hash is the combination
     * of the part digests (equal to S3's composite checksum); null when a part had no checksum.
     */
    async multipart(dest, size, what, expectedHash, sendPart) {
        const created = await this.requests.use(1, () => this.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4({
            Bucket: dest.bucket,
            Key: dest.key,
            ChecksumAlgorithm: 'SHA256'
        })));
        const uploadId = created.UploadId;
        try {
            const chunk = (0,quilt_hash/* chunkSize */.ZL)(size);
            const n = Math.ceil(size / chunk);
            const settled = await Promise.allSettled(Array.from({ length: n }, (_, i) => sendPart(uploadId, i + 1, i * chunk, Math.min(chunk, size - i * chunk), i === n - 1)));
            const failed = settled.find((s) => s.status === 'rejected');
            if (failed)
                throw failed.reason;
            const parts = settled.map((s) => s.value);
            const digests = parts.map((p) => p.digest);
            const hash = digests.every((d) => d !== null)
                ? (0,quilt_hash/* combinePartDigests */.kv)(digests)
                : null;
            if (hash !== null && expectedHash !== undefined && hash !== expectedHash) {
                throw new names/* QuiltError */.YH(`${what} changed after it was hashed: its content is not the one the package records. Re-run when it no longer changes.`);
            }
            const done = await this.requests.use(1, () => this.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({
                Bucket: dest.bucket,
                Key: dest.key,
                UploadId: uploadId,
                MultipartUpload: {
                    Parts: parts.map((p) => p.part.ChecksumSHA256
                        ? p.part
                        : { PartNumber: p.part.PartNumber, ETag: p.part.ETag })
                }
            })));
            const composite = quiltHashFromS3Checksum(done.ChecksumSHA256, size);
            if (composite !== null && hash !== null && composite !== hash) {
                throw new names/* QuiltError */.YH(`S3 computed checksum ${done.ChecksumSHA256} for s3://${dest.bucket}/${dest.key}, expected ${hash}: the data changed in transit`);
            }
            this.options.onBytes?.(0, 1);
            return {
                physicalKey: names/* PhysicalKey */.ll.s3(dest.bucket, dest.key, done.VersionId ?? null),
                hash: hash ?? composite
            };
        }
        catch (e) {
            await this.s3
                .send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({
                Bucket: dest.bucket,
                Key: dest.key,
                UploadId: uploadId
            }))
                .catch(() => undefined);
            throw e;
        }
    }
    /**
     * The object at `dest` (or the given version), when it has `size` bytes and an S3 checksum
     * that is the quilt hash `hash`: then it need not be uploaded again. One HEAD request.
     */
    async findExisting(dest, size, hash, versionId) {
        return this.requests.use(1, async () => {
            let r;
            try {
                r = await this.send(new dist_cjs/* HeadObjectCommand */.l81({
                    Bucket: dest.bucket,
                    Key: dest.key,
                    ChecksumMode: 'ENABLED',
                    ...(versionId ? { VersionId: versionId } : {})
                }));
            }
            catch (e) {
                if ((0,s3_errors/* isNotFound */.c4)(e))
                    return null;
                throw e;
            }
            if (r.ContentLength !== size)
                return null;
            if (quiltHashFromS3Checksum(r.ChecksumSHA256, size) !== hash)
                return null;
            return names/* PhysicalKey */.ll.s3(dest.bucket, dest.key, r.VersionId ?? null);
        });
    }
}

;// CONCATENATED MODULE: ./src/quilt/ops/push.ts
/**
 * `push` (spec §9): copy a package's data to `dest` in the registry bucket, then write its
 * manifest, its timestamp pointer and `latest`, in that order, so that no pointer ever names a
 * manifest whose data is incomplete.
 *
 * Nothing is uploaded twice: an entry equal (key, size, hash) to the parent revision's reuses
 * the parent's versioned object with no request at all; a destination key that already holds the
 * same bytes (HEAD with checksum mode) is reused; everything else is uploaded (local files) or
 * copied server side (objects in other buckets). Objects already in the registry bucket keep
 * their place, as with quilt3's default selector.
 *
 * The parent is `latest` as read at the start. Just before the pointers are written it is read
 * again: if it moved, the push fails with a conflict (unless `force`), and `latest` itself is
 * replaced with a conditional write where the store supports it.
 */









/** Another writer moved `latest` since this push read it. */
class ConflictError extends names/* QuiltError */.YH {
    packageName;
    expected;
    found;
    constructor(packageName, expected, found) {
        super(`Conflict: package '${packageName}' was changed by someone else during this push: latest is now ${found ?? 'absent'}, ` +
            `but this push started from ${expected ?? 'no revision'}. Nothing was overwritten. ` +
            'Re-run to build on the new latest, or set force: true to replace it.');
        this.packageName = packageName;
        this.expected = expected;
        this.found = found;
        this.name = 'ConflictError';
    }
}
/** A version id that names immutable bytes (unversioned buckets list objects as "null"). */
function isFixedVersion(pk) {
    return pk.versionId !== null && pk.versionId !== 'null';
}
function isAbort(e) {
    return e instanceof Error && (e.name === 'AbortError' || e.name === 'AbortSignal');
}
/** The destination prefix (bucket, key prefix) as quilt3 resolves `dest`. */
function resolveDest(registryBucket, name, dest) {
    if (dest === undefined || dest === '')
        return names/* PhysicalKey */.ll.s3(registryBucket, '').join(name);
    const pk = names/* PhysicalKey */.ll.fromUrl(dest);
    if (pk.isLocal() || pk.bucket !== registryBucket) {
        throw new names/* QuiltError */.YH(`Invalid package destination path ${(0,names/* pyRepr */.n3)(dest)}. 'dest', if set, must be a path in the ${(0,names/* pyRepr */.n3)('s3://' + registryBucket)} package registry specified by 'registry'.`);
    }
    if (pk.versionId !== null)
        throw new names/* QuiltError */.YH(`'dest' must not include a versionId: ${dest}`);
    return pk;
}
/** Keys and sizes under a prefix (all pages). */
/**
 * What is already under the destination prefix: key -> size. One request per 1,000 keys instead
 * of a HEAD per file. A prefix holding far more than the package (e.g. `dest` at the root of a
 * big bucket) is not listed to the end: `complete` is then false and any key may exist.
 */
async function listSizes(s3, bucket, prefix, maxKeys) {
    const sizes = new Map();
    let token;
    do {
        const r = await s3.send(new dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of r.Contents ?? [])
            if (o.Key !== undefined)
                sizes.set(o.Key, o.Size ?? 0);
        token = r.IsTruncated ? r.NextContinuationToken : undefined;
        if (token && sizes.size >= maxKeys)
            return { sizes, complete: false };
    } while (token);
    return { sizes, complete: true };
}
async function push(req, options = {}) {
    (0,names/* validatePackageName */.Eu)(req.name);
    const registry = req.registry;
    const s3 = registry.s3;
    const bucket = registry.bucket;
    const destRoot = resolveDest(bucket, req.name, req.dest);
    const maxRecordSize = options.maxRecordSize ?? (0,quilt_manifest/* maxRecordSizeFromEnv */.uA)();
    const concurrency = options.concurrency ?? quilt_concurrency/* DEFAULT_CONCURRENCY */.WH;
    const pkg = await (0,prepare/* preparePackage */.W)({
        name: req.name,
        entries: req.source.entries,
        userMeta: req.userMeta,
        message: req.message,
        workflow: req.workflow
    }, maxRecordSize);
    const entries = pkg.walk();
    const bytes = entries.reduce((n, e) => n + e.size, 0);
    // The parent: latest as read now.
    const start = await registry.readLatest(req.name);
    const parent = new Map();
    let previous = null;
    if (start.topHash !== null) {
        const manifest = await registry.readManifest(start.topHash);
        if (manifest === null) {
            options.onWarning?.(`s3://${bucket}/.quilt/named_packages/${req.name}/latest names ${start.topHash}, but that manifest is missing: nothing can be re-used from it.`);
        }
        else {
            previous = quilt_manifest/* Package */.lP.fromManifest(manifest.toString('utf-8'));
            for (const e of previous.walk())
                parent.set(e.logicalKey, e);
        }
    }
    const destOf = (lk) => ({ bucket, key: destRoot.join(lk).path });
    // Progress of the two phases; the totals are set when each phase knows its work.
    const hashing = {
        phase: 'hashing',
        bytesDone: 0,
        bytesTotal: 0,
        filesDone: 0,
        filesTotal: 0
    };
    const sending = {
        phase: 'uploading',
        bytesDone: 0,
        bytesTotal: 0,
        filesDone: 0,
        filesTotal: 0
    };
    const advance = (p, bytes, files) => {
        p.bytesDone += bytes;
        p.filesDone += files;
        options.onProgress?.(p);
    };
    const pool = new quilt_hash/* HashPool */.vO({
        workers: options.hashThreads,
        onBytes: (b, f) => advance(hashing, b, f)
    });
    const s3Hasher = new hash_s3.S3Hasher(s3, concurrency, (b, f) => advance(hashing, b, f));
    // The first file that fails stops the others: no request is left running after push() returns.
    const stop = new AbortController();
    const transfer = new Transfer(s3, {
        concurrency,
        onBytes: (b, f) => advance(sending, b, f),
        signal: stop.signal
    });
    let uploadedBytes = 0;
    let transferred = 0;
    let reused = 0;
    let versioned = true;
    try {
        if (req.dryRun) {
            // Every hash is computed here (nothing is uploaded, so S3 computes none).
            hashing.filesTotal = entries.length;
            hashing.bytesTotal = bytes;
            await (0,quilt_manifest/* computeMissingHashes */.Gr)(entries, { local: pool, s3: s3Hasher });
        }
        else {
            await transferAll();
        }
    }
    finally {
        await pool.close();
    }
    /** Steps 1-3: re-use, upload or copy every entry, then the hashes still missing. */
    async function transferAll() {
        // 1. What is already where it must be: entries in the registry bucket stay; entries whose
        //    parent twin has the same size need their hash to be compared.
        // A re-push whose every file has a same-size twin at its destination in the parent needs
        // no listing (the twins are compared by hash); otherwise one listing replaces a HEAD per file.
        const twinAtDest = (e) => {
            const twin = parent.get(e.logicalKey);
            const tpk = twin?.physicalKey;
            const dest = destOf(e.logicalKey);
            return (twin !== undefined &&
                tpk !== undefined &&
                twin.size === e.size &&
                isFixedVersion(tpk) &&
                tpk.bucket === dest.bucket &&
                tpk.path === dest.key);
        };
        const toMove = entries.filter((e) => e.physicalKey.isLocal() || e.physicalKey.bucket !== bucket);
        const listing = toMove.every(twinAtDest)
            ? { sizes: new Map(), complete: true }
            : await listSizes(s3, bucket, destRoot.path === '' ? '' : destRoot.path.replace(/\/?$/, '/'), Math.max(10_000, entries.length * 4));
        /** Whether an object of this size may already be at `key`. */
        const mayExist = (key, size) => listing.complete ? listing.sizes.get(key) === size : true;
        const needHashFirst = [];
        for (const e of entries) {
            const pk = e.physicalKey;
            if (!pk.isLocal() && pk.bucket === bucket) {
                const twin = parent.get(e.logicalKey);
                if (twin &&
                    twin.size === e.size &&
                    isFixedVersion(pk) &&
                    twin.physicalKey.equals(pk) &&
                    (0,quilt_manifest/* readHash */.Pp)(twin.hash)) {
                    e.hash = twin.hash; // the very same object version: same bytes, same hash
                }
                continue;
            }
            const twin = parent.get(e.logicalKey);
            const dest = destOf(e.logicalKey);
            if ((twin && twin.size === e.size) || mayExist(dest.key, e.size))
                needHashFirst.push(e);
        }
        hashing.filesTotal = needHashFirst.length;
        hashing.bytesTotal = needHashFirst.reduce((n, e) => n + e.size, 0);
        await (0,quilt_manifest/* computeMissingHashes */.Gr)(needHashFirst, { local: pool, s3: s3Hasher });
        // 2. Reuse, upload or copy each entry not in the registry bucket.
        const moves = entries.filter((e) => e.physicalKey.isLocal() || e.physicalKey.bucket !== bucket);
        sending.filesTotal = moves.length;
        sending.bytesTotal = moves.reduce((n, e) => n + e.size, 0);
        const settled = await Promise.allSettled(moves
            .map(async (e) => {
            stop.signal.throwIfAborted();
            const dest = destOf(e.logicalKey);
            const hash = (0,quilt_manifest/* readHash */.Pp)(e.hash)?.value;
            const twin = parent.get(e.logicalKey);
            const tpk = twin?.physicalKey;
            // The parent's object is re-used only where this push would put the data anyway, so
            // the manifest is the one quilt3 writes (it HEADs the destination and re-uses it).
            if (hash !== undefined &&
                twin &&
                tpk &&
                !tpk.isLocal() &&
                tpk.bucket === dest.bucket &&
                tpk.path === dest.key &&
                twin.size === e.size &&
                (0,quilt_manifest/* readHash */.Pp)(twin.hash)?.value === hash) {
                if (isFixedVersion(tpk)) {
                    e.physicalKey = tpk; // immutable version: no request at all
                    reused++;
                    advance(sending, e.size, 1);
                    return;
                }
                // Unversioned: the object may have been overwritten since; the HEAD below confirms.
            }
            if (hash !== undefined && mayExist(dest.key, e.size)) {
                const same = await transfer.findExisting(dest, e.size, hash);
                if (same) {
                    e.physicalKey = same;
                    reused++;
                    advance(sending, e.size, 1);
                    return;
                }
            }
            const pk = e.physicalKey;
            const moved = pk.isLocal()
                ? await transfer.uploadFile(pk.path, e.size, dest, hash)
                : await transfer.copyObject(pk, e.size, dest, hash);
            e.physicalKey = moved.physicalKey;
            if (moved.hash !== null)
                e.hash = (0,quilt_manifest/* chunkedHash */.$2)(moved.hash);
            if (moved.physicalKey.versionId === null)
                versioned = false;
            uploadedBytes += e.size;
            transferred++;
        })
            .map((p) => p.catch((e) => {
            stop.abort(e);
            throw e;
        })));
        const failures = settled.filter((r) => r.status === 'rejected');
        if (failures.length > 0) {
            // Report the cause, not the requests stopped because of it.
            const cause = failures.find((f) => f.reason !== stop.signal.reason && !isAbort(f.reason));
            throw (cause ?? failures[0]).reason;
        }
        if (!versioned) {
            options.onWarning?.(`The bucket s3://${bucket} is not versioned: the manifest records objects without a versionId, so a later push of other data to the same keys changes this revision's content. Enable versioning on the bucket to make revisions immutable.`);
        }
        // 3. Hashes still missing: objects in the registry bucket, copies without a checksum.
        await (0,quilt_manifest/* computeMissingHashes */.Gr)(entries, { local: pool, s3: s3Hasher });
    }
    const topHash = pkg.topHash(entries);
    const manifest = pkg.toManifest({ entries, withDirMeta: false, maxRecordSize });
    const base = {
        topHash,
        previousTopHash: start.topHash,
        previous,
        changed: topHash !== start.topHash,
        files: entries.length,
        bytes,
        uploadedBytes,
        transferred,
        reused,
        versioned,
        package: pkg
    };
    // A dry run stops here: the top hash and the diff are known, nothing was written.
    if (req.dryRun)
        return { ...base, revision: null, written: false };
    // dedupe: the same revision is already latest: write nothing.
    if (req.dedupe && topHash === start.topHash) {
        const again = await registry.readLatest(req.name);
        if (again.topHash === topHash) {
            options.onInfo?.(`Skipping since package with hash ${topHash} already exists at the destination and dedupe parameter is true.`);
            return { ...base, revision: null, written: false };
        }
    }
    // Just before the pointers: latest must still be the parent.
    const before = await registry.readLatest(req.name);
    if (!req.force && before.topHash !== start.topHash) {
        throw new ConflictError(req.name, start.topHash, before.topHash);
    }
    const revision = (0,quilt_registry/* timestampPointerName */.P0)(options.now);
    await registry.putManifest(topHash, manifest);
    await registry.putPointer(req.name, revision, topHash);
    if (req.force) {
        await registry.putPointer(req.name, 'latest', topHash);
    }
    else if (!(await registry.putLatestIf(req.name, topHash, before))) {
        // Someone replaced latest between our read and our write: take our pointer back.
        await registry.deletePointer(req.name, revision).catch(() => undefined);
        const now = await registry.readLatest(req.name);
        throw new ConflictError(req.name, start.topHash, now.topHash);
    }
    return { ...base, revision, written: true };
}


/***/ })

};

//# sourceMappingURL=27.index.js.map