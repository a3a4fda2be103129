export const id = 118;
export const ids = [118,967];
export const modules = {

/***/ 2348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Hasher: () => (/* binding */ S3Hasher),
/* harmony export */   checksumHints: () => (/* binding */ checksumHints)
/* harmony export */ });
/* unused harmony export hintKey */
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2057);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3711);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5397);
/* harmony import */ var _format_crc64_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(201);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5126);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7182);
/* harmony import */ var _s3_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3033);
/**
 * Hashes of objects already in S3 (spec §5.5): from S3's own checksum when it is the quilt hash
 * by construction, else by reading the object in parts. Loaded only when S3 objects are hashed.
 */








function hintKey(o) {
    return `${o.bucket}/${o.key}?${o.versionId ?? ''}`;
}
/** The hints of a source's S3 objects whose listing said which checksums they have. */
function checksumHints(entries) {
    const hints = new Map();
    for (const e of entries) {
        const pk = e.physicalKey;
        if (e.checksumAlgorithms === undefined || pk.isLocal())
            continue;
        hints.set(hintKey({ bucket: pk.bucket, key: pk.path, versionId: pk.versionId }), e.checksumAlgorithms);
    }
    return hints;
}
/**
 * Hashes objects already in S3 without downloading them when S3's own checksum is the quilt
 * hash by construction (spec §5.5: a single-request SHA-256 under 8 MiB, hashed once more; or a
 * composite SHA-256 whose parts have quilt's part sizes, from GetObjectAttributes ObjectParts;
 * for `CRC64NVME`, the full-object CRC64NVME S3 keeps, whatever the parts), else by streaming
 * each part with a ranged GET (never a whole object in memory).
 */
class S3Hasher {
    s3;
    concurrency;
    onBytes;
    hints;
    /**
     * Whether the store answers GetObjectAttributes. The first object asked settles it; the others
     * wait for that answer, so a store or role that refuses it is found out once, up front.
     */
    attributesUsable;
    slots;
    constructor(s3, 
    /** Requests in flight at most. */
    concurrency, onBytes, 
    /** What the listing said of each object's checksums: no request where it proves none. */
    hints) {
        this.s3 = s3;
        this.concurrency = concurrency;
        this.onBytes = onBytes;
        this.hints = hints;
        this.slots = new _concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .Semaphore */ .jf(Math.max(1, concurrency));
    }
    /** The object's hash of `type` (default `sha2-256-chunked`). */
    async hash(o, type = _format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA256_CHUNKED */ .Bg) {
        if (o.size === 0) {
            this.onBytes?.(0, 1);
            return (0,_format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .combineParts */ .YH)(type, []);
        }
        const fromS3 = this.mayStore(o, type) ? await this.stored(o, type) : null;
        if (fromS3 !== null) {
            this.onBytes?.(o.size, 1);
            return fromS3;
        }
        const value = await this.byReading(o, type);
        this.onBytes?.(0, 1);
        return value;
    }
    /** Whether S3 may keep a checksum of `type` for the object (the listing may prove it does not). */
    mayStore(o, type) {
        const listed = this.hints?.get(hintKey(o));
        return listed === undefined || listed.includes(type === _format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .CRC64NVME */ .fN ? 'CRC64NVME' : 'SHA256');
    }
    /** The hash from S3's stored checksum, when the store answers and has a usable one. */
    async stored(o, type) {
        // A HEAD is never refused where the object can be read at all: no probe for it.
        if (type === _format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .CRC64NVME */ .fN)
            return this.slots.use(1, () => this.storedCrc64(o));
        const ask = () => this.slots.use(1, () => this.fromAttributes(o));
        if (this.attributesUsable === undefined) {
            const first = ask();
            this.attributesUsable = first.then((a) => !a.refused, () => true);
            return (await first).value;
        }
        return (await this.attributesUsable) ? (await ask()).value : null;
    }
    /**
     * The full-object CRC64NVME S3 keeps for the object (S3 computes one for every object
     * uploaded since 2025): one HEAD with checksum mode, no byte read.
     */
    async storedCrc64(o) {
        try {
            const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .HeadObjectCommand */ .l81({
                Bucket: o.bucket,
                Key: o.key,
                ...(o.versionId ? { VersionId: o.versionId } : {}),
                ChecksumMode: 'ENABLED'
            }));
            const value = r.ChecksumCRC64NVME && r.ChecksumType !== 'COMPOSITE' ? r.ChecksumCRC64NVME : null;
            const sameSize = r.ContentLength === undefined || r.ContentLength === o.size;
            return sameSize ? value : null;
        }
        catch (e) {
            if ((0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isNotFound */ .c4)(e))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .QuiltError */ .YH(`s3://${o.bucket}/${o.key} does not exist`);
            throw e;
        }
    }
    async fromAttributes(o) {
        const found = (value) => ({ value, refused: false });
        const chunk = (0,_format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .chunkSize */ .ZL)(o.size);
        const expectedParts = Math.ceil(o.size / chunk);
        let checksum;
        const sizes = [];
        let total;
        try {
            const listing = (0,_pages_js__WEBPACK_IMPORTED_MODULE_6__/* .pages */ .B)((marker) => this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectAttributesCommand */ .cgf({
                Bucket: o.bucket,
                Key: o.key,
                ...(o.versionId ? { VersionId: o.versionId } : {}),
                // "Checksum" first: some S3 emulators only parse the first name of the list right.
                ObjectAttributes: ['Checksum', 'ObjectParts'],
                MaxParts: 1000,
                ...(marker ? { PartNumberMarker: marker } : {})
            })), (r) => r.ObjectParts?.IsTruncated ? r.ObjectParts.NextPartNumberMarker || undefined : undefined);
            for await (const r of listing) {
                checksum = r.Checksum?.ChecksumSHA256;
                if (!checksum)
                    return found(null);
                const parts = r.ObjectParts;
                total = parts?.TotalPartsCount;
                for (const p of parts?.Parts ?? [])
                    sizes.push(p.Size ?? -1);
            }
        }
        catch (e) {
            if ((0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isNotFound */ .c4)(e))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .QuiltError */ .YH(`s3://${o.bucket}/${o.key} does not exist`);
            // Throttled or cut off even after the SDK's retries: this object is read; the form is
            // not given up for the others.
            const status = (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(e);
            if (status === undefined
                ? (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isBrokenTransfer */ .Zj)(e)
                : status === 429 || (status >= 500 && status !== 501)) {
                return found(null);
            }
            // Refused (403: no s3:GetObjectAttributes), unsupported (501, 400) or unreadable (some
            // S3-compatible stores answer in a form the SDK rejects): read the data instead.
            return { value: null, refused: true };
        }
        if (checksum === undefined)
            return found(null);
        const value = checksum.split('-')[0];
        if (total === undefined) {
            // A composite checksum without its parts listed (some S3-compatible stores): unusable.
            if (checksum.includes('-'))
                return found(null);
            // Uploaded in one request: the whole object's SHA-256.
            return found(o.size < _format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .MULTIPART_THRESHOLD */ .xf ? (0,_format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .quiltHashFromSinglePartChecksum */ ._S)(value) : null);
        }
        if (total !== expectedParts || sizes.length !== total)
            return found(null);
        const quiltSizes = sizes.every((s, i) => s === (i < total - 1 ? chunk : o.size - chunk * (total - 1)));
        return found(quiltSizes ? value : null);
    }
    async byReading(o, type) {
        const chunk = (0,_format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .chunkSize */ .ZL)(o.size);
        const n = Math.ceil(o.size / chunk);
        const parts = await Promise.all(Array.from({ length: n }, (_, i) => this.slots.use(1, () => (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L5)(async () => {
            const start = i * chunk;
            const end = Math.min(o.size, start + chunk) - 1;
            const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_5__/* .GetObjectCommand */ .jLs({
                Bucket: o.bucket,
                Key: o.key,
                Range: `bytes=${start}-${end}`,
                ...(o.versionId ? { VersionId: o.versionId } : {})
            }));
            const h = partDigester(type);
            let got = 0;
            for await (const piece of r.Body) {
                h.update(piece);
                got += piece.length;
                this.onBytes?.(piece.length, 0);
            }
            if (got !== end - start + 1) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .QuiltError */ .YH(`s3://${o.bucket}/${o.key}: read ${got} bytes of part ${i + 1}, expected ${end - start + 1}`);
            }
            return { digest: h.digest(), size: got };
        }, { attempts: 4, baseMs: 200, retryable: _s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isBrokenTransfer */ .Zj }))));
        return (0,_format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .combineParts */ .YH)(type, parts);
    }
}
let crcKernel;
/** The digest of one part: raw sha256, or the 8-byte CRC-64/NVME. */
function partDigester(type) {
    if (type === _format_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA256_CHUNKED */ .Bg)
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    crcKernel ??= (0,_format_crc64_js__WEBPACK_IMPORTED_MODULE_7__/* .crc64nvmeKernel */ .O)();
    const k = crcKernel;
    const s = k.start();
    return { update: (b) => k.update(s, b), digest: () => k.digest(s) };
}


/***/ }),

/***/ 9118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  push: () => (/* binding */ push)
});

// UNUSED EXPORTS: ConflictError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/quilt/concurrency.ts
var concurrency = __webpack_require__(7182);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __webpack_require__(5126);
// EXTERNAL MODULE: ./src/quilt/hashing/pool.ts + 1 modules
var hashing_pool = __webpack_require__(9410);
// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var format_hash = __webpack_require__(5397);
// EXTERNAL MODULE: ./src/quilt/hashing/s3-objects.ts
var s3_objects = __webpack_require__(2348);
// EXTERNAL MODULE: ./src/quilt/s3/errors.ts
var s3_errors = __webpack_require__(3033);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/quilt/memory.ts
/**
 * Keeping the heap near what is alive during a long run of small requests. Each request of the
 * AWS SDK leaves garbage that survives a young-generation collection (it lives as long as the
 * request), so V8 promotes it, and with little time spent in GC it lets the old generation grow
 * to about four times the live set before collecting it (measured on a push of 100,000 files:
 * 480 MB heap for 120 MB alive). A full collection every few thousand files keeps the peak near
 * the live set for about 2% of the time.
 */


let gc;
/**
 * V8's full collection, exposed once at run time; null where it cannot be. Setting a V8 flag
 * after start-up is not guaranteed by Node (`--expose-gc` is honoured by the contexts made after
 * it, which is what is used here); where it fails, the run goes on without it.
 */
function fullCollection() {
    if (gc === undefined) {
        try {
            (0,external_node_v8_.setFlagsFromString)('--expose-gc');
            gc = (0,external_node_vm_.runInNewContext)('gc');
        }
        catch {
            gc = null;
        }
    }
    return gc;
}
/** Counts work done and runs a full collection every `every` items. */
class HeapKeeper {
    every;
    done = 0;
    constructor(every = 5000) {
        this.every = every;
    }
    tick() {
        if (++this.done % this.every === 0)
            fullCollection()?.();
    }
}

// EXTERNAL MODULE: ./src/quilt/format/manifest.ts + 2 modules
var format_manifest = __webpack_require__(8600);
// EXTERNAL MODULE: ./src/quilt/hashing/missing.ts
var missing = __webpack_require__(9022);
// EXTERNAL MODULE: ./src/quilt/format/names.ts + 1 modules
var names = __webpack_require__(2378);
// EXTERNAL MODULE: ./src/quilt/registry/registry.ts
var registry = __webpack_require__(2358);
// EXTERNAL MODULE: ./src/quilt/sources/file.ts
var sources_file = __webpack_require__(1232);
// EXTERNAL MODULE: ./src/quilt/pages.ts
var pages = __webpack_require__(2057);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __webpack_require__(7526);
;// CONCATENATED MODULE: ./src/quilt/ops/placement.ts
/**
 * Where `push` puts each entry's data (spec §9), before a byte is sent: the destination of each
 * entry, which entries keep their place (objects already in the registry bucket, as with
 * quilt3's default selector), which must move (local files, objects of other buckets), and what
 * the parent revision or the destination prefix already holds that may be reused.
 *
 * One predicate says when the parent's object is the one at an entry's destination
 * (`parentObjectAt`); every reuse of the parent goes through it.
 */






/** The destination prefix (bucket, key prefix) as quilt3 resolves `dest`. */
function resolveDest(registryBucket, name, dest) {
    if (dest === undefined || dest === '')
        return names/* PhysicalKey */.ll.s3(registryBucket, '').join(name);
    const pk = names/* PhysicalKey */.ll.fromUrl(dest);
    if (pk.isLocal() || pk.bucket !== registryBucket) {
        throw new errors/* DestinationError */.lt(`Invalid package destination path ${(0,repr/* pyRepr */.n)(dest)}. 'dest', if set, must be a path in the ${(0,repr/* pyRepr */.n)('s3://' + registryBucket)} package registry specified by 'registry'.`);
    }
    if (pk.versionId !== null)
        throw new errors/* DestinationError */.lt(`'dest' must not include a versionId: ${dest}`);
    return pk;
}
/** A version id that names immutable bytes (unversioned buckets list objects as "null"). */
function isFixedVersion(pk) {
    return pk.versionId !== null && pk.versionId !== 'null';
}
/** The placement of a push's entries: computed once, read by every step that moves data. */
class Placement {
    req;
    listing;
    /** The entries whose data is uploaded (local files) or copied (other buckets), or reused. */
    toMove;
    /** The destination prefix as a key prefix ('' or ending in '/'). */
    prefix;
    constructor(req, listing) {
        this.req = req;
        this.listing = listing;
        this.toMove = movingEntries(req);
        this.prefix = req.root.path === '' ? '' : req.root.path.replace(/\/?$/, '/');
    }
    /**
     * Plan the placement. What is already where it must be is listed (one request per 1,000 keys
     * instead of a HEAD per file), unless every entry to move has the parent's immutable object
     * at its destination (a re-push: those are compared by hash, with no request).
     */
    static async plan(s3, req) {
        const unlisted = new Placement(req, { sizes: new Map(), complete: true });
        if (unlisted.toMove.every((e) => unlisted.immutableParentObjectAt(e) !== undefined))
            return unlisted;
        const maxKeys = Math.max(10_000, req.entries.length * 4);
        return new Placement(req, await listSizes(s3, req.bucket, unlisted.prefix, maxKeys));
    }
    /** The registry bucket, where every entry's data ends up. */
    get bucket() {
        return this.req.bucket;
    }
    /** Where an entry this push moves is written. */
    destOf(e) {
        return { bucket: this.req.bucket, key: this.req.root.join(e.logicalKey).path };
    }
    /**
     * The parent's object at the entry's destination: the parent's entry for the same logical
     * key, of the same size, at the very key this push writes; for an entry that keeps its place,
     * that object itself, version included. Undefined when the parent has none there.
     */
    parentObjectAt(e) {
        const twin = this.req.parent.get(e.logicalKey);
        if (twin === undefined || twin.size !== e.size || twin.physicalKey.isLocal())
            return undefined;
        const tpk = twin.physicalKey;
        if (this.keepsPlace(e)) {
            const pk = e.physicalKey;
            return tpk.bucket === pk.bucket && tpk.path === pk.path && tpk.versionId === pk.versionId
                ? twin
                : undefined;
        }
        const dest = this.destOf(e);
        return tpk.bucket === dest.bucket && tpk.path === dest.key ? twin : undefined;
    }
    /** The parent's object at the entry's destination when its bytes cannot have changed since. */
    immutableParentObjectAt(e) {
        const twin = this.parentObjectAt(e);
        return twin !== undefined && isFixedVersion(twin.physicalKey) ? twin : undefined;
    }
    /** Whether an object of the entry's size may already be at its destination. */
    mayExist(e) {
        return this.listing.complete ? this.listing.sizes.get(this.destOf(e).key) === e.size : true;
    }
    /** Whether a copy of the entry may already be at its destination: then it is hashed first. */
    needsHashFirst(e) {
        return (0,format_manifest/* readHash */.Pp)(e.hash) === null && (this.parentObjectAt(e) !== undefined || this.mayExist(e));
    }
    /** Entries that keep their place and are the parent's very object version take its hash. */
    adoptParentHashes() {
        for (const e of this.req.entries) {
            if (!this.keepsPlace(e))
                continue;
            const twin = this.immutableParentObjectAt(e);
            if (twin && (0,format_manifest/* readHash */.Pp)(twin.hash))
                e.hash = twin.hash;
        }
    }
    keepsPlace(e) {
        return !e.physicalKey.isLocal() && e.physicalKey.bucket === this.req.bucket;
    }
}
function movingEntries(req) {
    return req.entries.filter((e) => e.physicalKey.isLocal() || e.physicalKey.bucket !== req.bucket);
}
/**
 * What is already under the destination prefix: key -> size. A prefix holding far more than the
 * package (e.g. `dest` at the root of a big bucket) is not listed to the end: `complete` is then
 * false.
 */
async function listSizes(s3, bucket, prefix, maxKeys) {
    const sizes = new Map();
    const listing = (0,pages/* pages */.B)((token) => s3.send(new dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })), (r) => (r.IsTruncated ? r.NextContinuationToken : undefined));
    for await (const r of listing) {
        for (const o of r.Contents ?? [])
            if (o.Key !== undefined)
                sizes.set(o.Key, o.Size ?? 0);
        // Stopping here asks for no further page.
        if (r.IsTruncated && sizes.size >= maxKeys)
            return { sizes, complete: false };
    }
    return { sizes, complete: true };
}

// EXTERNAL MODULE: ./src/quilt/ops/prepare.ts + 1 modules
var prepare = __webpack_require__(1962);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/quilt/format/crc64.ts
var crc64 = __webpack_require__(201);
// EXTERNAL MODULE: ./src/quilt/s3/lean-put.ts + 2 modules
var lean_put = __webpack_require__(3620);
;// CONCATENATED MODULE: ./src/quilt/s3/transfer.ts
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











/** Uploads below this size go by the lean PUT (lean-put.ts): their cost is the SDK's CPU. */
const LEAN_MAX = format_hash/* MiB */.lv;
/** The CopySource of an object: `bucket/key?versionId=...`, URL-encoded. */
function copySource(src) {
    const key = encodeURIComponent(src.path).replace(/%2F/g, '/');
    const version = src.versionId === null ? '' : `?versionId=${encodeURIComponent(src.versionId)}`;
    return `${src.bucket}/${key}${version}`;
}
/** The 8-byte CRC-64/NVME of one part. */
function crc64Part(data) {
    const k = (crcKernel ??= (0,crc64/* crc64nvmeKernel */.O)());
    const s = k.start();
    k.update(s, data);
    return Buffer.from(k.digest(s));
}
let crcKernel;
/** The hash of `type` that S3's checksums stand for, when they do. */
function quiltHashFromS3(type, r, size) {
    if (type === format_hash/* SHA256_CHUNKED */.Bg)
        return quiltHashFromS3Checksum(r?.ChecksumSHA256, size);
    // A CRC64NVME is always of the full object (S3 has no composite CRC-64).
    return r?.ChecksumCRC64NVME && r.ChecksumType !== 'COMPOSITE' ? r.ChecksumCRC64NVME : null;
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
        return size < format_hash/* MULTIPART_THRESHOLD */.xf ? (0,format_hash/* quiltHashFromSinglePartChecksum */._S)(checksum) : null;
    const parts = Number(checksum.slice(dash + 1));
    return size >= format_hash/* MULTIPART_THRESHOLD */.xf && parts === (0,format_hash/* partCount */.VR)(size) ? checksum.slice(0, dash) : null;
}
/** Restarts of one file's multipart upload when another run aborted it (NoSuchUpload). */
const RESTARTS = 3;
function isNoSuchUpload(e) {
    return (0,s3_errors/* s3ErrorCode */.az)(e) === 'NoSuchUpload';
}
class Transfer {
    s3;
    options;
    requests;
    memory;
    /** Multipart uploads started and not yet completed or aborted, by upload id. */
    open = new Map();
    /** The client's send, stopped by the transfer's signal. */
    send;
    /** The client's lean PUT for small objects, when it has one. */
    lean;
    constructor(s3, options) {
        this.s3 = s3;
        this.options = options;
        const signal = options.signal;
        // Every request in flight listens to the signal: more than Node's default of 10.
        if (signal)
            (0,external_node_events_.setMaxListeners)(Math.max(64, options.concurrency * 4), signal);
        this.send = ((command) => {
            signal?.throwIfAborted();
            return s3.send(command, { abortSignal: signal });
        });
        this.lean = (0,lean_put/* leanPutOf */.pr)(s3);
        this.requests = new concurrency/* Semaphore */.jf(Math.max(1, options.concurrency));
        this.memory = new concurrency/* Semaphore */.jf(Math.max(options.memoryBytes ?? 64 * format_hash/* MiB */.lv, 8 * format_hash/* MiB */.lv));
    }
    get hashType() {
        return this.options.hashType ?? format_hash/* SHA256_CHUNKED */.Bg;
    }
    /** The quilt hash computed from the bytes about to be sent differs from the one known before. */
    changed(path) {
        return new errors/* FileChangedError */.jL(path, 'its content is not the one hashed before');
    }
    /**
     * Upload a local file, read through its open descriptor (or, below 8 MiB, the bytes `read`
     * from it already), to `dest`. `expectedHash`, when known, is the hash computed before; the
     * upload fails if the bytes hash differently. The file is checked unchanged after its bytes
     * are read and before S3 makes them an object.
     */
    async uploadFile(file, dest, expectedHash, read) {
        const size = file.size;
        if (size < format_hash/* MULTIPART_THRESHOLD */.xf) {
            return this.memory.use(size, () => this.requests.use(1, async () => {
                // The bytes already read (and checked) by the caller, else read now.
                const body = read ?? (size < sources_file/* SYNC_READ_MAX */.e7 ? file.readNow(0, size) : await file.read(0, size));
                file.checkUnchanged();
                const crc64 = this.hashType === format_hash/* CRC64NVME */.fN;
                const digest = crc64 ? undefined : (0,format_hash/* sha256 */.sc)(body);
                const checksum = digest?.toString('base64') ?? (0,format_hash/* crc64Base64 */._i)(body);
                const hash = crc64 || size === 0 ? checksum : (0,format_hash/* combinePartDigests */.kv)([digest]);
                if (expectedHash !== undefined && hash !== expectedHash)
                    throw this.changed(file.path);
                const r = await this.putObject(dest, body, crc64, checksum, digest);
                const stored = crc64 ? r.ChecksumCRC64NVME : r.ChecksumSHA256;
                if (stored !== undefined && stored !== checksum) {
                    throw new errors/* QuiltError */.YH(`S3 stored s3://${dest.bucket}/${dest.key} with checksum ${stored}, not ${checksum}: the data changed in transit`);
                }
                this.options.onBytes?.(size, 1);
                return { physicalKey: names/* PhysicalKey */.ll.s3(dest.bucket, dest.key, r.VersionId ?? null), hash };
            }));
        }
        return this.multipart({
            dest,
            size,
            what: file.path,
            expectedHash,
            sendPart: async (uploadId, partNumber, offset, length) => this.memory.use(length, () => this.requests.use(1, async () => {
                const body = await file.read(offset, length);
                const crc64 = this.hashType === format_hash/* CRC64NVME */.fN;
                const digest = crc64 ? crc64Part(body) : (0,format_hash/* sha256 */.sc)(body);
                const checksum = digest.toString('base64');
                const field = crc64 ? 'ChecksumCRC64NVME' : 'ChecksumSHA256';
                const r = await this.send(new dist_cjs/* UploadPartCommand */.iVK({
                    Bucket: dest.bucket,
                    Key: dest.key,
                    UploadId: uploadId,
                    PartNumber: partNumber,
                    Body: body,
                    ContentLength: length,
                    [field]: checksum
                }));
                if (r[field] !== undefined && r[field] !== checksum) {
                    throw new errors/* QuiltError */.YH(`S3 received part ${partNumber} of ${file.path} with another checksum: the data changed in transit`);
                }
                this.options.onBytes?.(length, 0);
                return {
                    part: { PartNumber: partNumber, ETag: r.ETag, [field]: checksum },
                    digest: { digest, size: length }
                };
            })),
            beforeComplete: () => file.checkUnchanged()
        });
    }
    /**
     * One PutObject of `body` with its checksum (and, for SHA-256, its `digest`): small ones by
     * the lean PUT once the SDK has sent one to the bucket (lean-put.ts), else by the SDK.
     */
    async putObject(dest, body, crc64, checksum, digest) {
        const lean = body.length < LEAN_MAX ? this.lean : undefined;
        // The bucket's route is being learned: its answer is awaited (no await between the last
        // look and learnFrom below: one PutObject learns a route, however many start together).
        let learning = lean?.learning(dest.bucket);
        while (learning) {
            await learning;
            learning = lean?.learning(dest.bucket);
        }
        if (lean?.has(dest.bucket)) {
            try {
                return await lean.put({
                    bucket: dest.bucket,
                    key: dest.key,
                    body,
                    algorithm: crc64 ? 'CRC64NVME' : 'SHA256',
                    checksum,
                    sha256Hex: (digest ?? (0,format_hash/* sha256 */.sc)(body)).toString('hex')
                }, this.options.signal);
            }
            catch (e) {
                // S3 redirected: the SDK finds the way (and the lean PUT learns it again).
                if (!(e instanceof lean_put/* StaleRouteError */.Fb))
                    throw e;
            }
        }
        const sent = this.send(new dist_cjs/* PutObjectCommand */.wKZ({
            Bucket: dest.bucket,
            Key: dest.key,
            Body: body,
            ContentLength: body.length,
            ...(crc64
                ? { ChecksumAlgorithm: 'CRC64NVME', ChecksumCRC64NVME: checksum }
                : { ChecksumAlgorithm: 'SHA256', ChecksumSHA256: checksum })
        }));
        lean?.learnFrom(dest.bucket, sent);
        return sent;
    }
    /** Copy an S3 object server side (never downloaded). */
    async copyObject(src, size, dest, expectedHash) {
        if (size < format_hash/* MULTIPART_THRESHOLD */.xf) {
            return this.requests.use(1, async () => {
                const r = await this.send(new dist_cjs/* CopyObjectCommand */.s9Z({
                    Bucket: dest.bucket,
                    Key: dest.key,
                    CopySource: copySource(src),
                    ChecksumAlgorithm: this.hashType === format_hash/* CRC64NVME */.fN ? 'CRC64NVME' : 'SHA256'
                }));
                const hash = quiltHashFromS3(this.hashType, r.CopyObjectResult, size);
                if (hash !== null && expectedHash !== undefined && hash !== expectedHash) {
                    throw new errors/* QuiltError */.YH(`${String(src)} does not hold the content the package records (hash ${hash}, expected ${expectedHash})`);
                }
                this.options.onBytes?.(size, 1);
                return { physicalKey: names/* PhysicalKey */.ll.s3(dest.bucket, dest.key, r.VersionId ?? null), hash };
            });
        }
        return this.multipart({
            dest,
            size,
            what: String(src),
            expectedHash,
            sendPart: async (uploadId, partNumber, offset, length) => this.requests.use(1, async () => {
                const r = await this.send(new dist_cjs/* UploadPartCopyCommand */.Xp2({
                    Bucket: dest.bucket,
                    Key: dest.key,
                    UploadId: uploadId,
                    PartNumber: partNumber,
                    CopySource: copySource(src),
                    CopySourceRange: `bytes=${offset}-${offset + length - 1}`
                }));
                const field = this.hashType === format_hash/* CRC64NVME */.fN ? 'ChecksumCRC64NVME' : 'ChecksumSHA256';
                const checksum = r.CopyPartResult?.[field];
                this.options.onBytes?.(length, 0);
                return {
                    part: { PartNumber: partNumber, ETag: r.CopyPartResult?.ETag, [field]: checksum },
                    digest: checksum ? { digest: Buffer.from(checksum, 'base64'), size: length } : null
                };
            })
        });
    }
    /**
     * A multipart upload with quilt's parts; `sendPart` uploads one, `beforeComplete` may refuse
     * to complete it (the upload is then aborted: no object is made). Restarted when another run
     * aborted it as stale (NoSuchUpload).
     */
    async multipart(job) {
        for (let restart = 0;; restart++) {
            try {
                return await this.multipartOnce(job);
            }
            catch (e) {
                if (!isNoSuchUpload(e) || restart >= RESTARTS)
                    throw e;
            }
        }
    }
    async multipartOnce(job) {
        const { dest, size, what, expectedHash, sendPart, beforeComplete } = job;
        let created;
        try {
            created = await this.requests.use(1, () => this.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4({
                Bucket: dest.bucket,
                Key: dest.key,
                ...(this.hashType === format_hash/* CRC64NVME */.fN
                    ? { ChecksumAlgorithm: 'CRC64NVME', ChecksumType: 'FULL_OBJECT' }
                    : { ChecksumAlgorithm: 'SHA256' })
            })));
        }
        catch (e) {
            // No answer (lost, or this run stopped waiting): S3 may have made uploads all the same.
            if (this.options.signal?.aborted || (0,s3_errors/* mayHaveApplied */.PH)(e)) {
                await this.abortOtherUploads(dest.bucket, dest.key, new Set()).catch(() => undefined);
            }
            throw e;
        }
        const uploadId = created.UploadId;
        this.open.set(uploadId, dest);
        // A retried CreateMultipartUpload may have made an upload whose answer was lost.
        const orphansPossible = (created.$metadata.attempts ?? 1) > 1;
        try {
            const chunk = (0,format_hash/* chunkSize */.ZL)(size);
            const n = Math.ceil(size / chunk);
            const settled = await Promise.allSettled(Array.from({ length: n }, (_, i) => sendPart(uploadId, i + 1, i * chunk, Math.min(chunk, size - i * chunk))));
            const failed = settled.find((s) => s.status === 'rejected');
            if (failed)
                throw failed.reason;
            const parts = settled.map((s) => s.value);
            const digests = parts.map((p) => p.digest);
            const hash = digests.every((d) => d !== null)
                ? (0,format_hash/* combineParts */.YH)(this.hashType, digests)
                : null;
            if (hash !== null && expectedHash !== undefined && hash !== expectedHash) {
                throw new errors/* FileChangedError */.jL(what, 'its content is not the one hashed before');
            }
            beforeComplete?.();
            const done = await this.requests.use(1, () => this.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({
                Bucket: dest.bucket,
                Key: dest.key,
                UploadId: uploadId,
                MultipartUpload: {
                    Parts: parts.map((p) => p.part.ChecksumSHA256 || p.part.ChecksumCRC64NVME
                        ? p.part
                        : { PartNumber: p.part.PartNumber, ETag: p.part.ETag })
                },
                // S3 checks the whole object's CRC against the one computed here.
                ...(this.hashType === format_hash/* CRC64NVME */.fN && hash !== null
                    ? { ChecksumCRC64NVME: hash, ChecksumType: 'FULL_OBJECT' }
                    : {})
            })));
            this.open.delete(uploadId);
            const composite = quiltHashFromS3(this.hashType, done, size);
            if (composite !== null && hash !== null && composite !== hash) {
                throw new errors/* QuiltError */.YH(`S3 computed checksum ${composite} for s3://${dest.bucket}/${dest.key}, expected ${hash}: the data changed in transit`);
            }
            this.options.onBytes?.(0, 1);
            return {
                physicalKey: names/* PhysicalKey */.ll.s3(dest.bucket, dest.key, done.VersionId ?? null),
                hash: hash ?? composite
            };
        }
        catch (e) {
            await this.abortUpload(uploadId);
            throw e;
        }
        finally {
            if (orphansPossible) {
                await this.abortOtherUploads(dest.bucket, dest.key, new Set([uploadId])).catch(() => undefined);
            }
        }
    }
    /** Abort one of our uploads (not through the signal: it must run after a failure too). */
    async abortUpload(uploadId) {
        const u = this.open.get(uploadId);
        if (!u)
            return;
        try {
            await (0,concurrency/* retry */.L5)(() => this.s3.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket: u.bucket, Key: u.key, UploadId: uploadId })), { attempts: 3, baseMs: 100 });
            this.open.delete(uploadId);
        }
        catch (e) {
            if (isNoSuchUpload(e) || (0,s3_errors/* isNotFound */.c4)(e))
                this.open.delete(uploadId);
        }
    }
    /** Abort every multipart upload of this transfer still open (after a failure). */
    async abortOpenUploads() {
        await Promise.all([...this.open.keys()].map((id) => this.abortUpload(id)));
    }
    /** Multipart uploads open in S3 under `prefix`: key and upload id, all pages. */
    async listUploads(bucket, prefix) {
        const out = [];
        const listing = (0,pages/* pages */.B)((marker) => this.s3.send(new dist_cjs/* ListMultipartUploadsCommand */.mo2({
            Bucket: bucket,
            Prefix: prefix,
            KeyMarker: marker?.key,
            UploadIdMarker: marker?.uploadId
        })), (r) => r.IsTruncated && r.NextKeyMarker !== undefined
            ? { key: r.NextKeyMarker, uploadId: r.NextUploadIdMarker }
            : undefined);
        for await (const r of listing) {
            for (const u of r.Uploads ?? []) {
                if (u.Key !== undefined && u.UploadId !== undefined)
                    out.push({ key: u.Key, uploadId: u.UploadId });
            }
        }
        return out;
    }
    /** Abort the uploads open for exactly `key`, except `keep` (e.g. orphans of a lost answer). */
    async abortOtherUploads(bucket, key, keep) {
        for (const u of await this.listUploads(bucket, key)) {
            if (u.key !== key || keep.has(u.uploadId))
                continue;
            await this.s3
                .send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket: bucket, Key: key, UploadId: u.uploadId }))
                .catch(() => undefined);
        }
    }
    /**
     * Abort the multipart uploads left open under `prefix` for the keys `writes` (a run killed
     * before it could abort them). An upload of a concurrent run is aborted too; that run restarts
     * it. Returns how many were aborted.
     */
    async abortStaleUploads(bucket, prefix, writes) {
        let aborted = 0;
        for (const u of await this.listUploads(bucket, prefix)) {
            if (!writes(u.key))
                continue;
            try {
                await this.s3.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket: bucket, Key: u.key, UploadId: u.uploadId }));
                aborted++;
            }
            catch (e) {
                if (!isNoSuchUpload(e))
                    throw e;
            }
        }
        return aborted;
    }
    /**
     * The object at `dest`, when it has `size` bytes and the quilt hash `hash`: then it need not
     * be uploaded again. One HEAD request: its SHA-256 checksum where S3 keeps one; where the store
     * has none, its ETag compared with `localEtag()` (as quilt3 does; not for SSE-KMS objects,
     * whose ETag is no MD5).
     */
    async findExisting(dest, size, hash, localEtag) {
        const r = await this.requests.use(1, async () => {
            try {
                return await this.send(new dist_cjs/* HeadObjectCommand */.l81({ Bucket: dest.bucket, Key: dest.key, ChecksumMode: 'ENABLED' }));
            }
            catch (e) {
                if ((0,s3_errors/* isNotFound */.c4)(e))
                    return null;
                throw e;
            }
        });
        if (r === null || r.ContentLength !== size)
            return null;
        const found = names/* PhysicalKey */.ll.s3(dest.bucket, dest.key, r.VersionId ?? null);
        // A checksum in quilt's form decides; one in another form (e.g. a full-object SHA-256 of a
        // multipart object) says nothing, and the ETag is compared instead.
        const stored = quiltHashFromS3(this.hashType, r, size);
        if (stored !== null)
            return stored === hash ? found : null;
        if (!localEtag || !r.ETag || r.ServerSideEncryption === 'aws:kms')
            return null;
        return r.ETag === (await localEtag()) ? found : null;
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
 * same bytes (HEAD with checksum mode, or its ETag where the store keeps no checksum) is reused;
 * everything else is uploaded (local files) or copied server side (objects in other buckets).
 * Objects already in the registry bucket keep their place, as with quilt3's default selector.
 *
 * Files are taken a few at a time (no work queued per file ahead: memory stays flat), each open
 * once: hashed and uploaded through the same descriptor, and checked unchanged (size, mtime,
 * inode) before S3 makes its bytes an object, and once more before the commit. The first
 * failure stops the rest and is the one reported, with the file it concerns.
 *
 * The parent is `latest` as read at the start. Just before the pointers are written it is read
 * again: if it moved, the push fails with a conflict (unless `force`); `latest` itself is then
 * moved with a compare-and-swap (see `commitRevision`).
 */

















/** Copy the package's data to its destination, then write its manifest and its pointers. */
async function push(req, options = {}) {
    (0,names/* validatePackageName */.Eu)(req.name);
    const root = resolveDest(req.registry.bucket, req.name, req.dest);
    const maxRecordSize = options.maxRecordSize ?? (0,format_manifest/* maxRecordSizeFromEnv */.uA)();
    const prepared = await (0,prepare/* prepareRevision */.TH)(req, maxRecordSize);
    // The parent: latest as read now.
    const parent = await (0,prepare/* readParent */.bX)(req.registry, req.name, options.onWarning);
    const counters = new PushCounters(options.onProgress);
    // Every entry hashed and its data at the destination (a dry run only hashes).
    await placeData({ req, options, root, prepared, parent, counters });
    const { pkg, entries } = prepared;
    const topHash = pkg.topHash(entries);
    const start = parent.latest;
    const base = summarize(prepared, parent, counters, topHash);
    // A dry run stops here: the top hash and the diff are known, the manifest could be made
    // (a record over the size limit fails it as it fails the push), nothing was written.
    if (req.dryRun) {
        pkg.toManifest({ entries, withDirMeta: false, maxRecordSize });
        return { ...base, revision: null, written: false };
    }
    if (req.dedupe && (await isStillLatest(req, topHash, start, options))) {
        return { ...base, revision: null, written: false };
    }
    // The files are still what was read: the package records what is in S3 and on disk. Their
    // records are not needed after that: let them go before the manifest is made.
    (0,sources_file/* checkFilesUnchanged */.JH)(prepared.localFiles.values());
    prepared.localFiles.clear();
    const manifest = pkg.toManifest({ entries, withDirMeta: false, maxRecordSize });
    const before = await checkNoConflict(req, start);
    // The manifest, a timestamp pointer, then latest by compare-and-swap.
    const revision = await (0,registry/* commitRevision */.xc)(req.registry, {
        name: req.name,
        topHash,
        manifest,
        parent: before,
        force: req.force,
        operation: 'push',
        now: options.now
    });
    return { ...base, revision, written: true };
}
/** The result of a push but for what was written. */
function summarize(prepared, parent, counters, topHash) {
    return {
        topHash,
        previousTopHash: parent.latest.topHash,
        previous: parent.previous,
        changed: topHash !== parent.latest.topHash,
        files: prepared.entries.length,
        bytes: prepared.bytes,
        uploadedBytes: counters.uploadedBytes,
        transferred: counters.transferred,
        reused: counters.reused,
        versioned: counters.versioned,
        package: prepared.pkg
    };
}
/** How far each phase is, and what was moved or reused, reported as they advance. */
class PushCounters {
    onProgress;
    /** The two phases; their totals are set when each phase knows its work. */
    hashing = newPhase('hashing');
    sending = newPhase('uploading');
    uploadedBytes = 0;
    /** Entries whose data was uploaded or copied. */
    transferred = 0;
    /** Entries that reused an object already in S3. */
    reused = 0;
    /** False once an object was written without a versionId. */
    versioned = true;
    constructor(onProgress) {
        this.onProgress = onProgress;
    }
    /** A phase is to process these entries. */
    expect(phase, entries) {
        phase.filesTotal = entries.length;
        phase.bytesTotal = entries.reduce((n, e) => n + e.size, 0);
    }
    hashed = (bytes, files) => this.advance(this.hashing, bytes, files);
    sent = (bytes, files) => this.advance(this.sending, bytes, files);
    /** An entry reused an object already at its destination. */
    countReused(e) {
        this.reused++;
        this.sent(e.size, 1);
    }
    /** An entry's data was uploaded or copied to `physicalKey`. */
    countTransferred(e, physicalKey) {
        if (physicalKey.versionId === null)
            this.versioned = false;
        this.uploadedBytes += e.size;
        this.transferred++;
    }
    advance(p, bytes, files) {
        p.bytesDone += bytes;
        p.filesDone += files;
        this.onProgress?.(p);
    }
}
function newPhase(phase) {
    return { phase, bytesDone: 0, bytesTotal: 0, filesDone: 0, filesTotal: 0 };
}
/**
 * Give every entry its hash and, unless a dry run, its data at the destination. The first
 * failure stops the rest (no request is left running after push() returns) and aborts the
 * multipart uploads this run opened.
 */
async function placeData(input) {
    const { req, options, counters } = input;
    const { entries } = input.prepared;
    const s3 = req.registry.s3;
    const { s3Requests, hashThreads } = options.concurrency ?? (0,concurrency/* resolveConcurrency */.Ak)();
    const pool = new hashing_pool/* HashPool */.v({ workers: hashThreads, onBytes: counters.hashed });
    const s3Hasher = new s3_objects.S3Hasher(s3, s3Requests, counters.hashed, (0,s3_objects.checksumHints)(req.source.entries));
    const stop = new AbortController();
    const hashType = req.hashType ?? format_hash/* SHA256_CHUNKED */.Bg;
    const transfer = new Transfer(s3, {
        concurrency: s3Requests,
        onBytes: counters.sent,
        signal: stop.signal,
        hashType
    });
    try {
        if (req.dryRun) {
            // Every hash is computed here (nothing is uploaded, so S3 computes none).
            counters.expect(counters.hashing, entries);
            await (0,missing/* computeMissingHashes */.G)(entries, { local: pool, s3: s3Hasher }, hashType);
            return;
        }
        const placement = await Placement.plan(s3, {
            bucket: req.registry.bucket,
            root: input.root,
            entries,
            parent: input.parent.previous ?? new Map()
        });
        placement.adoptParentHashes();
        await abortStaleUploads(placement, transfer, options);
        const mover = new Mover({
            placement,
            transfer,
            pool,
            s3Hasher,
            counters,
            signal: stop.signal,
            localFiles: input.prepared.localFiles,
            hashType
        });
        await moveAll(placement, mover, s3Requests, stop);
        if (!counters.versioned) {
            options.onWarning?.(`The bucket s3://${req.registry.bucket} is not versioned: the manifest records objects without a versionId, so a later push of other data to the same keys changes this revision's content. Enable versioning on the bucket to make revisions immutable.`);
        }
        // Hashes still missing: objects in the registry bucket, copies without a checksum.
        await (0,missing/* computeMissingHashes */.G)(entries, { local: pool, s3: s3Hasher }, hashType);
    }
    catch (e) {
        await transfer.abortOpenUploads();
        throw e;
    }
    finally {
        await pool.close();
    }
}
/** Multipart uploads a killed run left open for the keys this push writes. */
async function abortStaleUploads(placement, transfer, options) {
    const toMove = placement.toMove;
    if (!toMove.some((e) => e.size >= format_hash/* MULTIPART_THRESHOLD */.xf))
        return;
    // The keys this push writes, gathered only when an upload is open under the prefix.
    let keys;
    const writes = (key) => (keys ??= new Set(toMove.map((e) => placement.destOf(e).key))).has(key);
    const aborted = await transfer
        .abortStaleUploads(placement.bucket, placement.prefix, writes)
        .catch((e) => {
        options.onWarning?.(`Could not look for multipart uploads left open by an earlier run (${e.name}: ${e.message}); the role needs ${[...s3_errors/* S3_PERMISSIONS */.sr.ListMultipartUploads.actions, ...s3_errors/* S3_PERMISSIONS */.sr.AbortMultipartUpload.actions].join(' and ')} for that. A bucket lifecycle rule that aborts incomplete multipart uploads cleans them too.`);
        return 0;
    });
    if (aborted > 0) {
        options.onInfo?.(`Aborted ${aborted} multipart upload(s) left open by an earlier run.`);
    }
}
/** Reuse, upload or copy each entry to move, a few at a time; the first failure stops the rest. */
async function moveAll(placement, mover, s3Requests, stop) {
    const { toMove } = placement;
    // Those that may already be there are hashed first.
    mover.counters.expect(mover.counters.hashing, toMove.filter((e) => placement.needsHashFirst(e)));
    mover.counters.expect(mover.counters.sending, toMove);
    const heap = new HeapKeeper();
    await (0,concurrency/* forEachLimit */.Gm)(toMove, s3Requests, async (e) => {
        try {
            if (e.physicalKey.isLocal())
                await mover.moveFile(e);
            else
                await mover.moveObject(e);
            heap.tick();
        }
        catch (err) {
            throw err instanceof errors/* QuiltError */.YH
                ? err
                : new errors/* EntryError */.jm(e.logicalKey, String(e.physicalKey), err);
        }
    }, (err) => stop.abort(err));
}
/** Moves one entry's data to its destination, or reuses what is already there. */
class Mover {
    ctx;
    counters;
    constructor(ctx) {
        this.ctx = ctx;
        this.counters = ctx.counters;
    }
    /**
     * The hash types to compute before looking for a copy: the run's, and the type of the
     * parent's object at the destination when it is another one this tool computes (a parent
     * hashed with CRC64NVME is compared in CRC64NVME, so an unchanged file is not sent again).
     */
    typesToCompare(e) {
        const twinType = (0,format_manifest/* readHash */.Pp)(this.ctx.placement.immutableParentObjectAt(e)?.hash ?? null)?.type;
        const types = [this.ctx.hashType];
        const other = format_hash/* HASH_TYPES */.T2.find((t) => t === twinType && t !== this.ctx.hashType);
        if (other !== undefined)
            types.push(other);
        return types;
    }
    /** A local file: open once, hashed if a copy may already exist, else uploaded. */
    async moveFile(e) {
        const { placement, pool, signal } = this.ctx;
        signal.throwIfAborted();
        const dest = placement.destOf(e);
        const file = sources_file/* SourceFile */.sC.open(e.physicalKey.path, this.ctx.localFiles.get(e.logicalKey)?.identity);
        try {
            let hash = (0,format_manifest/* readHash */.Pp)(e.hash)?.value;
            let body;
            if (placement.needsHashFirst(e)) {
                let etag;
                const hashes = new Map();
                if (e.size < format_hash/* MiB */.lv) {
                    // Small: read once and hashed here; the same bytes are uploaded if needed.
                    const bytes = file.readNow(0, e.size);
                    file.checkUnchanged();
                    body = bytes;
                    for (const t of this.typesToCompare(e))
                        hashes.set(t, (0,format_hash/* hashBytes */.yi)(bytes, t));
                    this.counters.hashed(e.size, 1);
                    etag = () => Promise.resolve(`"${(0,external_node_crypto_.createHash)('md5').update(bytes).digest('hex')}"`);
                }
                else {
                    const whole = { path: file.path, size: e.size, fd: file.fd };
                    for (const t of this.typesToCompare(e)) {
                        hashes.set(t, await pool.hashFile(whole, t).catch((err) => {
                            file.checkUnchanged(); // a file that changed under the hashing says so
                            throw err;
                        }));
                    }
                    etag = () => pool.s3Etag(whole);
                }
                hash = hashes.get(this.ctx.hashType);
                if (await this.reuse(e, hashes, etag))
                    return;
            }
            this.moved(e, await this.ctx.transfer.uploadFile(file, dest, hash, body));
        }
        finally {
            file.close();
        }
    }
    /** An object of another bucket: copied server side unless a copy is already there. */
    async moveObject(e) {
        const { placement, signal } = this.ctx;
        signal.throwIfAborted();
        const dest = placement.destOf(e);
        const pk = e.physicalKey;
        let hash = (0,format_manifest/* readHash */.Pp)(e.hash)?.value;
        if (placement.needsHashFirst(e)) {
            const hashes = new Map();
            const o = { bucket: pk.bucket, key: pk.path, versionId: pk.versionId, size: e.size };
            for (const t of this.typesToCompare(e))
                hashes.set(t, await this.ctx.s3Hasher.hash(o, t));
            hash = hashes.get(this.ctx.hashType);
            if (await this.reuse(e, hashes))
                return;
        }
        this.moved(e, await this.ctx.transfer.copyObject(pk, e.size, dest, hash));
    }
    /** Reuse what is already at the destination with these hashes; true when reused. */
    async reuse(e, hashes, localEtag) {
        const { placement, hashType } = this.ctx;
        const hash = hashes.get(hashType);
        const twin = (0,format_manifest/* readHash */.Pp)(placement.immutableParentObjectAt(e)?.hash ?? null);
        // The parent's object is re-used only where this push would put the data anyway, so the
        // manifest is the one quilt3 writes (it HEADs the destination and re-uses it).
        if (twin && hashes.get(twin.type) === twin.value) {
            e.physicalKey = placement.immutableParentObjectAt(e).physicalKey; // no request at all
        }
        else if (placement.mayExist(e)) {
            // Another object of this size is there (an unversioned twin may have been overwritten
            // since): the HEAD says whether it holds these bytes.
            const same = await this.ctx.transfer.findExisting(placement.destOf(e), e.size, hash, localEtag);
            if (!same)
                return false;
            e.physicalKey = same;
        }
        else {
            return false;
        }
        (0,format_manifest/* setNewHash */.Fx)(e, hash, hashType);
        this.counters.countReused(e);
        return true;
    }
    moved(e, r) {
        e.physicalKey = r.physicalKey;
        if (r.hash !== null)
            (0,format_manifest/* setNewHash */.Fx)(e, r.hash, this.ctx.hashType);
        this.counters.countTransferred(e, r.physicalKey);
    }
}
/** dedupe: whether this revision is already latest, and still is (then nothing is written). */
async function isStillLatest(req, topHash, start, options) {
    if (topHash !== start.topHash)
        return false;
    const again = await req.registry.readLatest(req.name);
    if (again.topHash !== topHash)
        return false;
    options.onInfo?.(`Skipping since package with hash ${topHash} already exists at the destination and dedupe parameter is true.`);
    return true;
}
/** Just before the pointers: latest must still be the parent (unless `force`). */
async function checkNoConflict(req, start) {
    const before = await req.registry.readLatest(req.name);
    if (!req.force && before.topHash !== start.topHash) {
        throw new errors/* ConflictError */.fK(req.name, start.topHash, before.topHash);
    }
    return before;
}


/***/ }),

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


/***/ })

};

//# sourceMappingURL=118.index.js.map