export const id = 541;
export const ids = [541];
export const modules = {

/***/ 6541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Registry: () => (/* binding */ S3Registry),
/* harmony export */   fetchS3Object: () => (/* binding */ fetchS3Object),
/* harmony export */   parseS3RegistryUrl: () => (/* binding */ parseS3RegistryUrl)
/* harmony export */ });
/* unused harmony export getObjectBytes */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9553);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7182);
/* harmony import */ var _s3_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1763);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6430);
/**
 * A registry in an S3 bucket (quilt3 `S3PackageRegistryV1`): manifests and pointers under
 * `.quilt/`, written with plain PutObject like quilt3, except `latest`, which is replaced with a
 * conditional write when the store supports it so that two writers cannot both win.
 */





const PACKAGES = '.quilt/packages/';
const NAMED = '.quilt/named_packages/';
/** quilt3's refusal of a registry URL that is not exactly `s3://bucket`. */
function parseS3RegistryUrl(url) {
    const pk = _names_js__WEBPACK_IMPORTED_MODULE_0__/* .PhysicalKey */ .ll.fromUrl(url);
    if (pk.isLocal())
        throw new _names_js__WEBPACK_IMPORTED_MODULE_0__/* .QuiltError */ .YH(`Not an S3 registry: ${url}`);
    if (pk.path !== '') {
        throw new _names_js__WEBPACK_IMPORTED_MODULE_0__/* .QuiltError */ .YH(`The 'registry' argument expects an S3 bucket but the S3 object path ${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .pyRepr */ .n3)(url)} was provided instead. ` +
            `You probably wanted to set 'registry' to ${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .pyRepr */ .n3)('s3://' + pk.bucket)} instead. ` +
            `To specify that package data land in a specific directory use 'dest'.`);
    }
    return pk.bucket;
}
async function bodyBytes(body) {
    const b = body;
    if (!b?.transformToByteArray)
        return Buffer.alloc(0);
    return Buffer.from(await b.transformToByteArray());
}
/**
 * GetObject and its whole body, or null when the object does not exist. The SDK retries the
 * request but not the reading of the body: a connection cut while the body arrives is retried
 * here (errors without an S3 answer).
 */
async function getObjectBytes(s3, params) {
    try {
        return await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L5)(async () => {
            const r = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .GetObjectCommand */ .jLs(params));
            return { data: await bodyBytes(r.Body), versionId: r.VersionId, etag: r.ETag };
        }, { attempts: 4, baseMs: 200, retryable: _s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isBrokenTransfer */ .Zj });
    }
    catch (e) {
        if ((0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isNotFound */ .c4)(e))
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
        url: String(_names_js__WEBPACK_IMPORTED_MODULE_0__/* .PhysicalKey */ .ll.s3(pk.bucket, pk.path, r.versionId ?? null))
    };
}
class S3Registry {
    s3;
    bucket;
    kind = 's3';
    constructor(s3, bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }
    get display() {
        return `s3://${this.bucket}`;
    }
    workflowConfigKey() {
        return _names_js__WEBPACK_IMPORTED_MODULE_0__/* .PhysicalKey */ .ll.s3(this.bucket, '.quilt/workflows/config.yml');
    }
    pointerKey(name, pointer) {
        return `${NAMED}${name}/${pointer}`;
    }
    manifestKey(topHash) {
        return `${PACKAGES}${topHash}`;
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
            return { topHash: null, etag: null };
        const topHash = r.text.trim();
        if (!_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .TOP_HASH_RE */ .TA.test(topHash)) {
            throw new _names_js__WEBPACK_IMPORTED_MODULE_0__/* .QuiltError */ .YH(`s3://${this.bucket}/${this.pointerKey(name, 'latest')} does not hold a top hash`);
        }
        return { topHash, etag: r.etag };
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
    /** Keys (relative to `prefix`) under a prefix, all pages. */
    async listKeys(prefix) {
        const out = [];
        let token;
        do {
            const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .ListObjectsV2Command */ .u6x({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
            for (const o of r.Contents ?? []) {
                if (o.Key !== undefined)
                    out.push({ key: o.Key.slice(prefix.length), size: o.Size ?? 0 });
            }
            token = r.IsTruncated ? r.NextContinuationToken : undefined;
        } while (token);
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
        await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .PutObjectCommand */ .wKZ({
            Bucket: this.bucket,
            Key: this.manifestKey(topHash),
            Body: manifest,
            ContentLength: manifest.length
        }));
    }
    async putPointer(name, pointer, topHash) {
        await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .PutObjectCommand */ .wKZ({
            Bucket: this.bucket,
            Key: this.pointerKey(name, pointer),
            Body: Buffer.from(topHash, 'ascii')
        }));
    }
    /**
     * Replace `latest` only if it is still what was read (`If-Match` its ETag, or `If-None-Match`
     * when it did not exist). Returns false when another writer moved it. Stores without
     * conditional writes (501 / NotImplemented) get a plain write.
     */
    async putLatestIf(name, topHash, expected) {
        const cmd = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .PutObjectCommand */ .wKZ({
            Bucket: this.bucket,
            Key: this.pointerKey(name, 'latest'),
            Body: Buffer.from(topHash, 'ascii'),
            ...(expected.etag ? { IfMatch: expected.etag } : { IfNoneMatch: '*' })
        });
        try {
            await this.s3.send(cmd);
            return true;
        }
        catch (e) {
            const status = (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatus */ .nG)(e);
            const code = (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .s3ErrorCode */ .az)(e);
            if (status === 412 || code === 'PreconditionFailed' || status === 409)
                return false;
            if (status === 501 || code === 'NotImplemented') {
                await this.putPointer(name, 'latest', topHash);
                return true;
            }
            throw e;
        }
    }
    async deletePointer(name, pointer) {
        await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .DeleteObjectCommand */ .k4j({ Bucket: this.bucket, Key: this.pointerKey(name, pointer) }));
    }
    async deletePointers(name, pointers) {
        for (let i = 0; i < pointers.length; i += 1000) {
            const batch = pointers.slice(i, i + 1000);
            const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .DeleteObjectsCommand */ .xvx({
                Bucket: this.bucket,
                Delete: { Objects: batch.map((p) => ({ Key: this.pointerKey(name, p) })), Quiet: true }
            }));
            const failed = r.Errors ?? [];
            if (failed.length > 0) {
                const e = failed[0];
                throw new _names_js__WEBPACK_IMPORTED_MODULE_0__/* .QuiltError */ .YH(`Could not delete ${failed.length} pointer(s) of ${name}, e.g. s3://${this.bucket}/${e.Key ?? '?'}: ${e.Code ?? ''} ${e.Message ?? ''}`);
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

//# sourceMappingURL=541.index.js.map