export const id = 967;
export const ids = [967];
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

//# sourceMappingURL=967.index.js.map