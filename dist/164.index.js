export const id = 164;
export const ids = [164];
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

/***/ 164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listS3Prefix: () => (/* binding */ listS3Prefix)
/* harmony export */ });
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2057);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _format_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2378);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5126);
/**
 * Packages made of objects under an S3 prefix, listed as quilt3's `set_dir` lists them.
 */




/**
 * The latest version of every object under an S3 prefix, as quilt3's `set_dir` lists it
 * (ListObjectVersions, `IsLatest` only, keys ending in `/` skipped, the version id recorded as S3
 * gives it). Returns the entries and the keys skipped.
 */
async function listS3Prefix(s3, url) {
    const pk = _format_names_js__WEBPACK_IMPORTED_MODULE_0__/* .PhysicalKey */ .ll.fromUrl(url);
    if (pk.isLocal())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .QuiltError */ .YH(`Not an S3 URL: ${url}`);
    if (pk.versionId !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .QuiltError */ .YH('Directories cannot have versions');
    let prefix = pk.path;
    if (prefix !== '' && !prefix.endsWith('/'))
        prefix += '/';
    const bucket = pk.bucket;
    const entries = [];
    const skipped = [];
    // Whether the store lists checksum algorithms at all (AWS does, for every object that has
    // one): only then does a missing one prove the object has none.
    let listsChecksums = false;
    const listing = (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .pages */ .B)((marker) => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .ListObjectVersionsCommand */ .uc$({
        Bucket: bucket,
        Prefix: prefix,
        KeyMarker: marker?.key,
        VersionIdMarker: marker?.version
    })), (r) => r.IsTruncated && r.NextKeyMarker !== undefined
        ? { key: r.NextKeyMarker, version: r.NextVersionIdMarker }
        : undefined);
    for await (const r of listing) {
        for (const v of r.Versions ?? []) {
            if (!v.IsLatest || v.Key === undefined)
                continue;
            if (v.Key.endsWith('/')) {
                if ((v.Size ?? 0) !== 0)
                    skipped.push(v.Key);
                continue;
            }
            if (v.ChecksumAlgorithm !== undefined)
                listsChecksums = true;
            entries.push({
                logicalKey: v.Key.slice(prefix.length),
                physicalKey: _format_names_js__WEBPACK_IMPORTED_MODULE_0__/* .PhysicalKey */ .ll.s3(bucket, v.Key, v.VersionId ?? null),
                size: v.Size ?? 0,
                checksumAlgorithms: v.ChecksumAlgorithm
            });
        }
    }
    if (listsChecksums)
        for (const e of entries)
            e.checksumAlgorithms ??= [];
    return { entries, skipped, display: `s3://${bucket}/${prefix}` };
}


/***/ })

};

//# sourceMappingURL=164.index.js.map