#!/usr/bin/env node
import { createRequire as __qpaRequire } from 'module';__qpaRequire(import.meta.url)('./sourcemap-register.cjs');import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4209:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ ApiKeyRefusedError),
/* harmony export */   Av: () => (/* binding */ CatalogUnreachableError),
/* harmony export */   _: () => (/* binding */ CatalogSignInError),
/* harmony export */   af: () => (/* binding */ NotACatalogError),
/* harmony export */   signInWithApiKey: () => (/* binding */ signInWithApiKey)
/* harmony export */ });
/* unused harmony export fetchCatalogConfig */
/* harmony import */ var _quilt_concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7182);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1738);


/** A failed sign-in through a catalog; the subclass says whose fault it is (errors.ts). */
class CatalogSignInError extends Error {
}
/** The registry refused the API key (401, 403). */
class ApiKeyRefusedError extends CatalogSignInError {
    name = 'ApiKeyRefusedError';
}
/** The `catalog` is no Quilt catalog: no config.json, or one that is not a catalog's. */
class NotACatalogError extends CatalogSignInError {
    name = 'NotACatalogError';
}
/** The catalog or its registry could not be reached, or kept failing (5xx), after retries. */
class CatalogUnreachableError extends CatalogSignInError {
    name = 'CatalogUnreachableError';
}
/** The SDK's rule (`EXPIRATION_MS` of @smithy/core): credentials this close to expiry are stale. */
const STALE_MS = 300_000;
/** An answer that another attempt may change: 429 or 5xx. */
class RetryableStatus extends Error {
    status;
    constructor(status) {
        super(`HTTP ${status}`);
        this.status = status;
    }
}
/** Why a request failed without an answer: the network error's code, or a timeout. */
function networkFailure(e) {
    if (e instanceof RetryableStatus)
        return `answered HTTP ${e.status}`;
    const name = e?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
        return 'did not answer in time';
    const cause = e?.cause;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    return `could not be reached${code ? ` (${code})` : ''}`;
}
/** GET `url` with jittered retries for network failures, 429 and 5xx. */
async function get(url, headers, label, deps) {
    const f = deps.fetch ?? fetch;
    const attempts = deps.attempts ?? 5;
    try {
        return await (0,_quilt_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L5)(async () => {
            const r = await f(url, {
                headers,
                // A redirect is not followed: the key goes where config.json said, nowhere else.
                redirect: 'manual',
                signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000)
            });
            const text = await r.text();
            if (r.status === 429 || r.status >= 500)
                throw new RetryableStatus(r.status);
            return { status: r.status, text };
        }, {
            attempts,
            baseMs: 250,
            maxMs: 4000,
            sleep: deps.sleep,
            onRetry: (n, e) => deps.info(`${label}: attempt ${n} failed (${networkFailure(e)}); retrying`)
        });
    }
    catch (e) {
        throw new CatalogUnreachableError(`GET ${url} ${networkFailure(e)}, ${attempts} times. Check the 'catalog' input and that the catalog is up and reachable from this runner.`);
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `registryUrl` checked: http(s), https unless on this machine; without a trailing `/`. */
function registryUrlOf(value, configUrl) {
    const refuse = (why) => {
        throw new NotACatalogError(`Input 'catalog': ${configUrl} is not the config of a Quilt catalog: ${why}. Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`);
    };
    if (typeof value !== 'string' || value.trim() === '')
        return refuse('it has no registryUrl');
    let u;
    try {
        u = new URL(value);
    }
    catch {
        return refuse(`its registryUrl '${value}' is not a URL`);
    }
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .isLoopbackHost */ .cW)(u.hostname))) {
        return refuse(`its registryUrl '${value}' is not an https:// URL (the API key is sent over https only)`);
    }
    return value.replace(/\/+$/, '');
}
/** config.json of `catalogUrl` (quilt3 `configure_from_url`): registryUrl, region, crc64Checksums. */
async function fetchCatalogConfig(catalogUrl, deps) {
    const url = `${catalogUrl.replace(/\/+$/, '')}/config.json`;
    const r = await get(url, { Accept: 'application/json' }, 'Reading the catalog config', deps);
    if (r.status !== 200) {
        throw new NotACatalogError(`Input 'catalog': GET ${url} answered HTTP ${r.status}${r.status === 404 ? ' (no config.json there)' : ''}: is ${catalogUrl} a Quilt catalog? Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`);
    }
    const config = parseJson(r.text);
    if (!isObject(config)) {
        throw new NotACatalogError(`Input 'catalog': ${url} is not the config of a Quilt catalog (its answer is not a JSON object). Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`);
    }
    const region = typeof config.region === 'string' && config.region !== '' ? config.region : undefined;
    return {
        catalogUrl,
        registryUrl: registryUrlOf(config.registryUrl, url),
        region,
        crc64Checksums: config.crc64Checksums === true
    };
}
/** The credentials of a get_credentials answer, checked. */
function credentialsOf(text, url) {
    const c = parseJson(text);
    const field = (name) => isObject(c) && typeof c[name] === 'string' && c[name] !== '' ? c[name] : undefined;
    const accessKeyId = field('AccessKeyId');
    const secretAccessKey = field('SecretAccessKey');
    const sessionToken = field('SessionToken');
    const expirationText = field('Expiration');
    const expiration = expirationText === undefined ? NaN : Date.parse(expirationText);
    if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration)) {
        const missing = [
            ['AccessKeyId', accessKeyId],
            ['SecretAccessKey', secretAccessKey],
            ['SessionToken', sessionToken],
            ['Expiration (a date)', Number.isNaN(expiration) ? undefined : 'ok']
        ]
            .filter(([, v]) => v === undefined)
            .map(([k]) => k);
        throw new NotACatalogError(`Input 'catalog': GET ${url} did not answer with AWS credentials (${isObject(c) ? `no ${missing.join(', ')}` : 'not a JSON object'}; the answer is not shown). Is the catalog's registryUrl a Quilt registry?`);
    }
    return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(expiration) };
}
/** One get_credentials request with the key (quilt3 `_refresh_credentials`). */
async function fetchCredentials(config, apiKey, deps) {
    const url = `${config.registryUrl}/api/auth/get_credentials`;
    const r = await get(url, { Accept: 'application/json', Authorization: `Bearer ${apiKey}` }, 'Getting credentials from the Quilt catalog', deps);
    if (r.status === 401 || r.status === 403) {
        throw new ApiKeyRefusedError(`Input 'quilt-api-key': the Quilt catalog ${config.catalogUrl} refused the API key (GET ${url} answered HTTP ${r.status}). Check that the key belongs to this catalog, that it has not expired or been revoked, and that the secret holds the whole key.`);
    }
    if (r.status !== 200) {
        throw new NotACatalogError(`Input 'catalog': GET ${url} answered HTTP ${r.status} (the answer is not shown): does the catalog ${config.catalogUrl} support API keys?`);
    }
    const c = credentialsOf(r.text, url);
    deps.mask(c.accessKeyId);
    deps.mask(c.secretAccessKey);
    deps.mask(c.sessionToken);
    return c;
}
/**
 * Sign in through `catalogUrl` with `apiKey`: its config.json is read and the first credentials
 * are fetched now, so that a wrong catalog or key fails before any work. The provider returned
 * hands those out first, then asks the registry again each time the SDK calls it (when the
 * credentials are within 5 minutes of their expiry).
 */
async function signInWithApiKey(catalogUrl, apiKey, deps) {
    deps.mask(apiKey);
    const config = await fetchCatalogConfig(catalogUrl, deps);
    let first = await fetchCredentials(config, apiKey, deps);
    deps.info(`Signed in through the Quilt catalog ${catalogUrl} with an API key (registry ${config.registryUrl}, credentials until ${first.expiration.toISOString()})`);
    const credentials = async () => {
        const fresh = first;
        first = undefined;
        if (fresh && fresh.expiration.getTime() - Date.now() > STALE_MS)
            return fresh;
        const c = await fetchCredentials(config, apiKey, deps);
        deps.info(`Refreshed the credentials from the Quilt catalog ${catalogUrl} (until ${c.expiration.toISOString()})`);
        return c;
    };
    return { config, credentials };
}


/***/ }),

/***/ 1738:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* binding */ InputError),
  gk: () => (/* binding */ NO_WORKFLOW),
  cW: () => (/* binding */ isLoopbackHost),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: DurationError, MODES, SESSION_NAME_RE, defaultOf, parseBoolean, parseDuration, parseMetaInput

// EXTERNAL MODULE: ./src/quilt/concurrency.ts
var quilt_concurrency = __nccwpck_require__(7182);
// EXTERNAL MODULE: ./src/action/metadata.ts + 1 modules
var metadata = __nccwpck_require__(8195);
// EXTERNAL MODULE: ./src/quilt/py/json.ts
var json = __nccwpck_require__(5063);
// EXTERNAL MODULE: ./src/quilt/format/names.ts + 1 modules
var names = __nccwpck_require__(2378);
// EXTERNAL MODULE: ./src/quilt/py/url.ts
var url = __nccwpck_require__(6732);
// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var hash = __nccwpck_require__(5397);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
;// CONCATENATED MODULE: ./src/quilt/registry/location.ts
/**
 * Where a registry is, read from the text a user gives (quilt3's rules): quilt3's default local
 * registry, a local folder (path or `file://` URL), or an S3 bucket (`s3://bucket`, nothing after).
 * Parsed once; the registry objects are made from it.
 */



/** quilt3's refusal of a registry URL that is not exactly `s3://bucket`. */
function parseS3RegistryUrl(url) {
    const pk = names/* PhysicalKey */.ll.fromUrl(url);
    if (pk.isLocal())
        throw new errors/* QuiltError */.YH(`Not an S3 registry: ${url}`);
    if (pk.path !== '') {
        throw new errors/* QuiltError */.YH(`The 'registry' argument expects an S3 bucket but the S3 object path ${(0,repr/* pyRepr */.n)(url)} was provided instead. ` +
            `You probably wanted to set 'registry' to ${(0,repr/* pyRepr */.n)('s3://' + pk.bucket)} instead. ` +
            `To specify that package data land in a specific directory use 'dest'.`);
    }
    return pk.bucket;
}
/** The registry a text names; '' is quilt3's default local registry. Throws `QuiltError`. */
function parseRegistryLocation(text) {
    if (text === '')
        return { kind: 'default' };
    if (/^s3:\/\//i.test(text))
        return { kind: 's3', bucket: parseS3RegistryUrl(text) };
    const folder = (0,names/* resolveLocalLocation */.V2)(text);
    if (folder === null)
        throw new errors/* QuiltError */.YH(`Not a registry location: ${text}`);
    return { kind: 'local', folder };
}
/** How a location is shown to people: a folder, `s3://bucket`, or quilt3's default. */
function displayLocation(location) {
    switch (location.kind) {
        case 'default':
            return "quilt3's default local registry";
        case 'local':
            return location.folder;
        case 's3':
            return `s3://${location.bucket}`;
    }
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * Every input parsed and validated once, before any work or network call, into one typed
 * request. The action reads inputs from `INPUT_*` (through `@actions/core`), the command line from
 * flags; both pass a reader here, so both get the same checks and the same messages.
 */








/** An input that is missing or wrong; the message names the input and says what to fix. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}
const MODES = ['build', 'push', 'delete'];
/** Which modes use which input (inputs not listed are used by every mode). */
const USED_BY = {
    path: ['build', 'push'],
    workflow: ['build', 'push'],
    message: ['build', 'push'],
    meta: ['build', 'push'],
    checksum: ['build', 'push'],
    dest: ['push'],
    force: ['push'],
    dedupe: ['push'],
    'top-hash': ['delete'],
    'keep-last': ['delete'],
    'older-than': ['delete']
};
/** An input's default, as action.yml states it ('' when none): the one place defaults live. */
function defaultOf(name) {
    return (0,metadata/* actionMetadata */.Sp)().inputs[name]?.default ?? '';
}
/** An input's value when it differs from its action.yml default, else undefined. */
function given(read, name) {
    const v = read(name).trim();
    return v === '' || v === defaultOf(name) ? undefined : v;
}
/** Inputs of later versions: declared in action.yml, refused until they work (no silent no-op). */
const NOT_YET = {};
/** STS's rule for session names: 2 to 64 of `[\w+=,.@-]`. */
const SESSION_NAME_RE = /^[\w+=,.@-]{2,64}$/;
/** The `workflow` input's value that means "no workflow" (ids cannot contain parentheses). */
const NO_WORKFLOW = '(none)';
/** The units of a short duration, case-sensitive: `M` could be months, `D` is not `d`. */
const UNIT_SECONDS = {
    w: 604800,
    d: 86400,
    h: 3600,
    m: 60,
    min: 60,
    s: 1
};
/** Order of the short units: each at most once, largest first (`1d12h`, not `12h1d`). */
const UNIT_RANK = { w: 0, d: 1, h: 2, m: 3, min: 3, s: 4 };
/** A duration that cannot be read; the message says why and what to write instead. */
class DurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DurationError';
    }
}
const CALENDAR = 'months and years vary in length, so a retention written with them cannot be read one way only; give days or weeks instead (e.g. 30d, 26w, 365d)';
/** Why a unit of a short duration is refused. */
function badUnit(unit) {
    if (unit === 'M') {
        return `'M' is not a unit: it could mean minutes or months. Write 'm' or 'min' for minutes; ${CALENDAR}`;
    }
    if (/^(y|yr|yrs|year|years|mo|mon|month|months)$/i.test(unit)) {
        return `'${unit}' (months or years) is not accepted: ${CALENDAR}`;
    }
    const lower = unit.toLowerCase();
    if (Object.hasOwn(UNIT_SECONDS, lower))
        return `units are case-sensitive: write '${lower}', not '${unit}'`;
    return `'${unit}' is not a unit (use s, m or min, h, d, w)`;
}
/** ISO 8601: `P[nY][nM][nW][nD][T[nH][nM][nS]]`, upper case; months and years refused. */
function parseIsoDuration(t) {
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(t);
    if (!m || t === 'P') {
        throw new DurationError(/^p/i.test(t) && t !== t.toUpperCase()
            ? 'ISO 8601 durations are written in upper case (e.g. P90D, PT12H)'
            : 'not an ISO 8601 duration (e.g. P90D, P2W, PT12H, P1DT12H)');
    }
    const [, years, months, w, d, h, min, sec] = m;
    if (years !== undefined || months !== undefined) {
        throw new DurationError(`${t} has ${years !== undefined ? 'years (Y)' : 'months (M before T)'}: ${CALENDAR}; for minutes write PT${months ?? years}M`);
    }
    return (Number(w ?? 0) * UNIT_SECONDS.w +
        Number(d ?? 0) * UNIT_SECONDS.d +
        Number(h ?? 0) * UNIT_SECONDS.h +
        Number(min ?? 0) * UNIT_SECONDS.m +
        Number(sec ?? 0));
}
/**
 * A duration in seconds: `90d`, `12h`, `30m` or `30min`, `45s`, `2w`, combined largest first
 * (`1d12h`); or ISO 8601 (`P90D`, `PT12H`, `P1DT2H30M`, `P2W`). Units are case-sensitive, and
 * months and years are refused (`1M` must never be read as one minute, nor `6M` as six months of
 * uncertain length). Throws `DurationError` saying why a text is refused.
 */
function parseDuration(text) {
    const t = text.trim();
    if (t === '')
        throw new DurationError('empty');
    if (/^[Pp]/.test(t))
        return parseIsoDuration(t);
    const tokens = [...t.matchAll(/(\d+)([A-Za-z]+)/gy)];
    if (tokens.map((k) => k[0]).join('') !== t) {
        throw new DurationError(/^\d+$/.test(t)
            ? 'a number needs a unit (s, m or min, h, d, w), e.g. 90d'
            : 'write whole numbers with units, largest first, e.g. 90d, 12h, 1d12h, 30min');
    }
    let seconds = 0;
    let rank = -1;
    for (const [, n, unit] of tokens) {
        if (!Object.hasOwn(UNIT_SECONDS, unit))
            throw new DurationError(badUnit(unit));
        if (UNIT_RANK[unit] <= rank) {
            throw new DurationError('each unit at most once, largest first (e.g. 1d12h, not 12h1d)');
        }
        rank = UNIT_RANK[unit];
        seconds += Number(n) * UNIT_SECONDS[unit];
    }
    return seconds;
}
function required(read, name, what) {
    const v = read(name).trim();
    if (v === '')
        throw new InputError(name, `Input '${name}' is required: ${what}.`);
    return v;
}
/** YAML 1.2 core booleans only, like `core.getBooleanInput`; anything else is an error. */
function parseBoolean(read, name) {
    const v = read(name).trim() || defaultOf(name);
    if (['true', 'True', 'TRUE'].includes(v))
        return true;
    if (['false', 'False', 'FALSE'].includes(v))
        return false;
    throw new InputError(name, `Input '${name}' must be true or false, got '${v}'.`);
}
/** Parse the `meta` input: JSON text read the way Python's `json.loads` reads it. */
function parseMetaInput(text) {
    if (text.trim() === '')
        return undefined;
    try {
        return (0,json/* parsePyJson */.j5)(text);
    }
    catch (e) {
        if (e instanceof json/* JsonSyntaxError */.q3) {
            throw new InputError('meta', `Input 'meta' is not valid JSON: ${e.reason} at line ${e.line}, column ${e.column}.`);
        }
        throw e;
    }
}
function parseWorkflow(read) {
    const v = read('workflow').trim();
    if (v === '')
        return { kind: 'default' };
    if (v === NO_WORKFLOW)
        return { kind: 'none' };
    if (!/^[A-Za-z_-][A-Za-z0-9_-]*$/.test(v) || v.length > 64) {
        throw new InputError('workflow', `Input 'workflow' must be a workflow id of the registry's config (letters, digits, '_' and '-'), or ${NO_WORKFLOW} for none; got '${v}'.`);
    }
    return { kind: 'id', id: v };
}
function parseConcurrency(text) {
    const v = text.trim();
    if (v === '')
        return undefined;
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) {
        throw new InputError('concurrency', `Input 'concurrency' must be a whole number from 1 to 256, got '${v}'.`);
    }
    return Number(v);
}
function optional(read, name) {
    const v = read(name).trim();
    return v === '' ? undefined : v;
}
function parseRegion(read) {
    const v = optional(read, 'aws-region');
    if (v !== undefined && !/^[a-z]{2}(-[a-z0-9]+)+-\d+$/.test(v)) {
        throw new InputError('aws-region', `Input 'aws-region' is not an AWS region: '${v}' (e.g. us-east-1).`);
    }
    return v;
}
function parseEndpoint(read) {
    const v = optional(read, 'endpoint-url');
    if (v === undefined)
        return undefined;
    let ok = false;
    try {
        const u = new URL(v);
        ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    }
    catch {
        ok = false;
    }
    if (!ok) {
        throw new InputError('endpoint-url', `Input 'endpoint-url' must be an http:// or https:// URL of an S3-compatible endpoint, got '${v}'.`);
    }
    return v;
}
function scheme(value) {
    return /^[A-Za-z]:[\\/]/.test(value) ? '' : (0,url/* pyUrlSplit */.nz)(value).scheme;
}
function checkLocation(input, value, allowed, what) {
    const s = scheme(value);
    if (!allowed.includes(s)) {
        throw new InputError(input, `Input '${input}' must be ${what}; got '${value}'.`);
    }
}
/** STS's rule for an external id: 2 to 1224 of `[\w+=,.@:/-]`. */
const EXTERNAL_ID_RE = /^[\w+=,.@:/-]{2,1224}$/;
/** role-chaining and role-external-id, checked against each other and role-to-assume. */
function parseChaining(read, role) {
    const roleChaining = parseBoolean(read, 'role-chaining');
    if (roleChaining && role === undefined) {
        throw new InputError('role-to-assume', "Input 'role-to-assume' is required with 'role-chaining: true': the ARN of the role to assume with the job's AWS credentials.");
    }
    const externalId = optional(read, 'role-external-id');
    if (externalId !== undefined && !roleChaining) {
        throw new InputError('role-external-id', "Input 'role-external-id' is only used with 'role-chaining: true': GitHub OIDC signs in with STS's AssumeRoleWithWebIdentity, which has no external id. Set role-chaining: true to assume the role with the job's AWS credentials (AssumeRole), or remove role-external-id.");
    }
    if (externalId !== undefined && !EXTERNAL_ID_RE.test(externalId)) {
        throw new InputError('role-external-id', "Input 'role-external-id' must be 2 to 1224 letters, digits or +=,.@:/_- characters.");
    }
    if (roleChaining && given(read, 'audience') !== undefined) {
        throw new InputError('audience', "Input 'audience' is only used with GitHub OIDC; with 'role-chaining: true' the role is assumed with the job's AWS credentials. Remove it.");
    }
    return { roleChaining, externalId };
}
function parseAuth(read) {
    const role = optional(read, 'role-to-assume');
    if (role !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(role)) {
        throw new InputError('role-to-assume', `Input 'role-to-assume' must be an IAM role ARN (arn:aws:iam::123456789012:role/name), got '${role}'.`);
    }
    const chaining = parseChaining(read, role);
    const skipSessionTagging = parseBoolean(read, 'role-skip-session-tagging');
    const sessionName = optional(read, 'role-session-name');
    if (sessionName !== undefined && !SESSION_NAME_RE.test(sessionName)) {
        throw new InputError('role-session-name', `Input 'role-session-name' must be 2 to 64 letters, digits or +=,.@_- characters, got '${sessionName}'.`);
    }
    const durationText = optional(read, 'role-duration-seconds') ?? defaultOf('role-duration-seconds');
    const duration = /^\d+$/.test(durationText) ? Number(durationText) : NaN;
    if (!(duration >= 900 && duration <= 43200)) {
        throw new InputError('role-duration-seconds', `Input 'role-duration-seconds' must be a whole number of seconds from 900 to 43200, got '${durationText}'.`);
    }
    const audience = optional(read, 'audience') ?? defaultOf('audience');
    // Inputs that only mean something with a role are refused without one.
    const roleOnly = [
        ...['audience', 'role-session-name', 'role-duration-seconds'].map((input) => [input, given(read, input) !== undefined]),
        ['role-skip-session-tagging', skipSessionTagging]
    ];
    for (const [input, set] of roleOnly) {
        if (set && role === undefined) {
            throw new InputError(input, `Input '${input}' is only used with 'role-to-assume'; set the role or remove it.`);
        }
    }
    return {
        roleToAssume: role,
        audience,
        sessionName,
        durationSeconds: duration,
        ...chaining,
        skipSessionTagging
    };
}
/** 127.0.0.0/8, ::1 and localhost: the only hosts a catalog may be reached over http:// on. */
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase();
    return h === 'localhost' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
function parseCatalog(read) {
    const v = optional(read, 'catalog');
    if (v === undefined)
        return undefined;
    const withScheme = /^[a-z]+:\/\//i.test(v) ? v : `https://${v}`;
    let u;
    try {
        u = new URL(withScheme);
    }
    catch {
        throw new InputError('catalog', `Input 'catalog' must be the catalog's host or URL (e.g. catalog.example.com), got '${v}'.`);
    }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.search || u.hash) {
        throw new InputError('catalog', `Input 'catalog' must be the catalog's host or https:// URL, got '${v}'.`);
    }
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
}
/**
 * `quilt-api-key`: a key of the catalog (quilt3 `login_with_api_key` wants the `qk_` prefix),
 * with `catalog` and without a role. Its value is never shown in a message.
 */
function parseApiKey(read, catalog, role) {
    const key = optional(read, 'quilt-api-key');
    if (key === undefined)
        return undefined;
    if (!/^qk_\S+$/.test(key)) {
        throw new InputError('quilt-api-key', "Input 'quilt-api-key' must be a Quilt catalog API key, which starts with qk_ and has no spaces (its value is not shown). Pass the whole key, e.g. ${{ secrets.QUILT_API_KEY }}.");
    }
    if (role !== undefined) {
        throw new InputError('quilt-api-key', "Inputs 'quilt-api-key' and 'role-to-assume' cannot be used together: the API key signs in through the Quilt catalog, which hands out its own AWS credentials. Remove one of them.");
    }
    if (catalog === undefined) {
        throw new InputError('catalog', "Input 'catalog' is required with 'quilt-api-key': the Quilt catalog that issued the key (e.g. catalog.example.com).");
    }
    const u = new URL(catalog);
    if (u.protocol !== 'https:' && !isLoopbackHost(u.hostname)) {
        // A link may be http://; a sign-in may not: the key would travel in clear text.
        throw new InputError('catalog', `Input 'catalog' must be an https:// address to sign in with 'quilt-api-key' (the key must not travel in clear text; http:// only for localhost or 127.0.0.1), got '${catalog}'.`);
    }
    return { key, catalog };
}
function parseOlderThan(text) {
    try {
        return parseDuration(text);
    }
    catch (e) {
        if (!(e instanceof DurationError))
            throw e;
        throw new InputError('older-than', `Input 'older-than' must be a duration such as 90d, 12h, 30min, 1d12h or P90D (units s, m or min, h, d, w; case-sensitive), got '${text}': ${e.message}.`);
    }
}
/** Read and check every input; throws `InputError` for the first one that is wrong. */
function parseInputs(read) {
    const mode = parseMode(read);
    refuseInputsNotFor(mode, read);
    const { name, pattern } = parseName(read, mode);
    const common = parseCommon(read, name);
    if (mode === 'delete')
        return parseDelete(read, common, pattern);
    const base = parsePackageInputs(read, common);
    return mode === 'build' ? parseBuild(base) : parsePush(read, base);
}
function parseMode(read) {
    const mode = required(read, 'mode', `what to do, one of: ${MODES.join(', ')} (there is no default, so that a forgotten mode never publishes the wrong way)`);
    if (!MODES.includes(mode)) {
        throw new InputError('mode', `Input 'mode' must be one of: ${MODES.join(', ')}; got '${mode}'.`);
    }
    return mode;
}
/** Inputs of a later version, or of another mode: refused rather than ignored. */
function refuseInputsNotFor(mode, read) {
    for (const [input, what] of Object.entries(NOT_YET)) {
        if (given(read, input) !== undefined) {
            throw new InputError(input, `Input '${input}' is not yet supported (${what} come in a later version); remove it.`);
        }
    }
    for (const [input, modes] of Object.entries(USED_BY)) {
        if (given(read, input) !== undefined && !modes.includes(mode)) {
            throw new InputError(input, `Input '${input}' is not used with mode '${mode}' (only with: ${modes.join(', ')}); remove it.`);
        }
    }
}
/** The package name, or (delete only) a pattern of names. */
function parseName(read, mode) {
    const name = required(read, 'name', 'the package name, as namespace/package (e.g. team/dataset)');
    const pattern = /[*?]/.test(name);
    if (pattern && mode !== 'delete') {
        throw new InputError('name', `Input 'name' may be a pattern (${name}) only with mode 'delete'.`);
    }
    if (pattern ? !(0,names/* isValidPackageName */.eW)(name.replace(/[*?]/g, 'x')) : !(0,names/* isValidPackageName */.eW)(name)) {
        throw new InputError('name', `Input 'name' is not a valid package name: '${name}'. Use namespace/package, each part made of letters, digits, '_' or '-' (e.g. team/dataset).`);
    }
    return { name, pattern };
}
/** What every mode takes: the registry, S3 access, sign-in, concurrency, dry run. */
function parseCommon(read, name) {
    const dryRun = parseBoolean(read, 'dry-run');
    const registry = parseRegistry(read);
    const concurrency = (0,quilt_concurrency/* resolveConcurrency */.Ak)(parseConcurrency(read('concurrency')));
    const awsRegion = parseRegion(read);
    const endpointUrl = parseEndpoint(read);
    const auth = parseAuth(read);
    const catalog = parseCatalog(read);
    const quiltApiKey = parseApiKey(read, catalog, auth.roleToAssume);
    return {
        name,
        dryRun,
        registry,
        concurrency,
        awsRegion,
        endpointUrl,
        auth: { ...auth, quiltApiKey },
        catalog
    };
}
/** The registry, by quilt3's rules; '' is quilt3's default local registry. */
function parseRegistry(read) {
    const text = read('registry').trim();
    if (text !== '') {
        checkLocation('registry', text, ['', 'file', 's3'], 'a local folder, a file:// URL or s3://bucket');
    }
    try {
        return parseRegistryLocation(text);
    }
    catch (e) {
        if (!(e instanceof errors/* QuiltError */.YH))
            throw e;
        throw new InputError('registry', scheme(text) === 's3'
            ? `Input 'registry': ${e.message}`
            : `Input 'registry' (${text}) is not usable: ${e.message}`);
    }
}
/** delete: one revision (top-hash), a retention policy, or the whole package. */
function parseDelete(read, common, pattern) {
    const topHash = optional(read, 'top-hash');
    if (topHash !== undefined && !/^[0-9a-f]{6,64}$/.test(topHash)) {
        throw new InputError('top-hash', `Input 'top-hash' must be a top hash or a prefix of it (6 to 64 lower-case hex characters), got '${topHash}'.`);
    }
    const keepText = optional(read, 'keep-last');
    if (keepText !== undefined && (!/^\d+$/.test(keepText) || Number(keepText) < 1)) {
        throw new InputError('keep-last', `Input 'keep-last' must be a whole number of revisions, 1 or more, got '${keepText}'.`);
    }
    const olderText = optional(read, 'older-than');
    const olderThanSeconds = olderText === undefined ? undefined : parseOlderThan(olderText);
    const keepLast = keepText === undefined ? undefined : Number(keepText);
    if ((keepLast !== undefined || olderThanSeconds !== undefined) && topHash !== undefined) {
        throw new InputError('top-hash', "Input 'top-hash' cannot be combined with a retention policy (keep-last, older-than): use one or the other.");
    }
    if (pattern &&
        keepLast === undefined &&
        olderThanSeconds === undefined &&
        topHash === undefined) {
        throw new InputError('name', `Input 'name' is a pattern (${common.name}): give a retention policy (keep-last, older-than) or a top-hash, so that a pattern never deletes whole packages by accident.`);
    }
    return { mode: 'delete', ...common, topHash, keepLast, olderThanSeconds };
}
/** build, push: what makes the package (path, message, meta, workflow). */
function parsePackageInputs(read, common) {
    const message = read('message');
    return {
        ...common,
        workflow: parseWorkflow(read),
        path: parsePath(read),
        checksum: parseChecksum(read),
        message: message === '' ? null : message,
        meta: parseMetaInput(read('meta'))
    };
}
/** The hash type new entries get: a name of HASH_TYPES, in any case; undefined when not given. */
function parseChecksum(read) {
    const text = optional(read, 'checksum');
    if (text === undefined)
        return undefined;
    const type = hash/* HASH_TYPES */.T2.find((t) => t.toLowerCase() === text.toLowerCase());
    if (type === undefined) {
        throw new InputError('checksum', `Input 'checksum' must be one of: ${hash/* HASH_TYPES */.T2.map((t) => t.toLowerCase()).join(', ')}; got '${text}'.`);
    }
    return type;
}
/** Where the files are: a local folder (path or file:// URL) or an s3://bucket/prefix. */
function parsePath(read) {
    const text = required(read, 'path', 'the folder (or s3://bucket/prefix) whose files make the package');
    checkLocation('path', text, ['', 'file', 's3'], 'a local folder, a file:// URL or an s3://bucket/prefix');
    if (scheme(text) === 's3')
        return { kind: 's3', url: text };
    try {
        return { kind: 'local', folder: (0,names/* resolveLocalLocation */.V2)(text) };
    }
    catch (e) {
        if (!(e instanceof errors/* QuiltError */.YH))
            throw e;
        throw new InputError('path', `Input 'path' (${text}) is not usable: ${e.message}`);
    }
}
function parseBuild(base) {
    const { registry, path } = base;
    if (registry.kind === 's3' && path.kind === 'local') {
        // Such a manifest would record file:// keys of this machine in a shared registry (the
        // catalog refuses it too).
        throw new InputError('mode', `Input 'mode' is 'build', which writes a manifest without copying data, but 'path' (${path.folder}) is a local folder and 'registry' (${displayLocation(registry)}) is in S3: the package would point at files on this machine. Set 'mode: push' to upload the files, or build into a local registry.`);
    }
    return { mode: 'build', ...base };
}
function parsePush(read, base) {
    const { registry } = base;
    if (registry.kind !== 's3') {
        throw new InputError('registry', registry.kind === 'default'
            ? "Input 'registry' is required with mode 'push': the S3 bucket to publish to, as s3://bucket."
            : `Can only 'push' to remote registries in S3, but '${registry.folder}' is a local folder. Set 'registry' to s3://bucket, or use mode 'build' for a local registry.`);
    }
    const dest = optional(read, 'dest');
    if (dest !== undefined)
        checkLocation('dest', dest, ['s3'], 'an s3://bucket/prefix in the registry bucket');
    return {
        mode: 'push',
        ...base,
        registry,
        dest,
        force: parseBoolean(read, 'force'),
        dedupe: parseBoolean(read, 'dedupe')
    };
}


/***/ }),

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Sp: () => (/* binding */ actionMetadata),
  Tb: () => (/* binding */ isSwitch),
  Tl: () => (/* binding */ packageVersion)
});

// UNUSED EXPORTS: METADATA_CACHE, packageRoot

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/action/metadata.ts
/**
 * action.yml, the one table of the inputs and outputs: GitHub reads it for the action, the
 * command reads it for its flags, defaults and `--help`, and a test keeps the README's tables equal
 * to it. Found next to package.json above this module, in the repository and in an installed
 * package (package.json `files` ships it), from src/ and from the dist/ bundles alike.
 */





/** The folder holding action.yml and package.json: this package's root. */
function packageRoot(from = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    for (let dir = from;; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'action.yml')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'package.json')))
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir) {
            throw new Error(`action.yml not found above ${from}: the package is incomplete`);
        }
    }
}
let cached;
/**
 * The file `npm run package` writes beside each bundle: action.yml read as YAML (as JSON), with
 * the SHA-256 of the text it was read from. Loading and parsing the YAML costs a start-up some
 * 30 ms.
 */
const METADATA_CACHE = 'action-metadata.json';
/** action.yml's text read as YAML, from the bundle's copy when it was made from this text. */
function readRawMetadata(text) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    try {
        const file = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), METADATA_CACHE);
        const copy = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf-8'));
        if (copy.sha256 === sha256 && copy.raw)
            return copy.raw;
    }
    catch {
        // No copy (the sources, not a bundle), or not one that can be read: read the YAML.
    }
    // Loaded here only (not imported): a bundle, which has its copy, never evaluates the YAML
    // reader at start-up. A bundle without node_modules beside it cannot load it at all.
    let yaml;
    try {
        yaml = (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('yaml');
    }
    catch {
        throw new Error(`${METADATA_CACHE} beside ${(0,external_node_url_.fileURLToPath)(import.meta.url)} is missing or was not made from this action.yml: rebuild with npm run package`);
    }
    return yaml.parse(text);
}
function actionMetadata() {
    if (cached)
        return cached;
    const raw = readRawMetadata((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(packageRoot(), 'action.yml'), 'utf-8'));
    const inputs = {};
    for (const [name, spec] of Object.entries(raw.inputs ?? {})) {
        inputs[name] = {
            description: (spec.description ?? '').trim(),
            required: spec.required === true,
            default: spec.default === undefined ? '' : String(spec.default)
        };
    }
    const outputs = {};
    for (const [name, spec] of Object.entries(raw.outputs ?? {})) {
        outputs[name] = { description: (spec.description ?? '').trim() };
    }
    cached = { description: (raw.description ?? '').trim(), inputs, outputs };
    return cached;
}
/** An input that is a switch: its default is `true` or `false`. */
function isSwitch(spec) {
    return spec.default === 'true' || spec.default === 'false';
}
/** The version in package.json. */
function packageVersion() {
    const pkg = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(packageRoot(), 'package.json'), 'utf-8'));
    return pkg.version ?? '0.0.0';
}


/***/ }),

/***/ 5547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: COMMAND, UsageError, parseArgs, usage

;// CONCATENATED MODULE: ./src/action/github-run.ts
/**
 * The workflow run a job is in, as `@actions/github`'s context reads it from the job's
 * environment: what the default session name and the session tags are made of.
 */
/**
 * The run of this job, read now. `@actions/github` makes its context when it is first loaded; a
 * fresh one reads the environment as it is at this call (one process may run several jobs' steps
 * in tests).
 */
async function currentGitHubRun() {
    const { context } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
    const now = new context.constructor();
    let repository;
    try {
        repository = `${now.repo.owner}/${now.repo.repo}`;
    }
    catch {
        repository = undefined; // no GITHUB_REPOSITORY
    }
    const number = (n) => (Number.isFinite(n) ? String(n) : undefined);
    const text = (s) => s || undefined;
    return {
        repository,
        workflow: text(now.workflow),
        action: text(now.action),
        actor: text(now.actor),
        sha: text(now.sha),
        ref: text(now.ref),
        runId: number(now.runId),
        runAttempt: number(now.runAttempt)
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/action/inputs.ts + 1 modules
var action_inputs = __nccwpck_require__(1738);
// EXTERNAL MODULE: ./src/action/catalog.ts
var catalog = __nccwpck_require__(4209);
// EXTERNAL MODULE: ./src/quilt/s3/errors.ts
var s3_errors = __nccwpck_require__(3033);
;// CONCATENATED MODULE: ./src/action/errors.ts
/**
 * Errors as the user should read them: what failed, and what to change (the input, the IAM
 * permission, the workflow permission).
 */





/**
 * The engine errors whose cause is one input, by type: the one table. `prefix`: the message is
 * shown after `Input '<name>': ` (a DestinationError names its input already).
 */
const INPUT_OF_ERROR = [
    { type: errors/* WorkflowChoiceError */.tn, input: 'workflow', prefix: true },
    { type: errors/* DestinationError */.lt, input: 'dest', prefix: false },
    { type: errors/* RevisionNotFoundError */.pd, input: 'top-hash', prefix: true },
    { type: errors/* PackageNotFoundError */.ci, input: 'name', prefix: true },
    // A sign-in through a catalog (catalog.ts): each message names its input already.
    { type: catalog/* ApiKeyRefusedError */.A5, input: 'quilt-api-key', prefix: false },
    { type: catalog/* NotACatalogError */.af, input: 'catalog', prefix: false },
    { type: catalog/* CatalogUnreachableError */.Av, input: 'catalog', prefix: false }
];
/** An engine error as an InputError naming its input, when its type says which; else as is. */
function asInputError(e) {
    const row = INPUT_OF_ERROR.find((r) => e instanceof r.type);
    if (!row || !(e instanceof Error))
        return e;
    return new action_inputs/* InputError */.dz(row.input, row.prefix ? `Input '${row.input}': ${e.message}` : e.message);
}
/**
 * The IAM permission a refused request needs, from the one map of them (S3_PERMISSIONS): e.g.
 * `s3:GetObjectVersion` for a read of a version, `s3:PutObject (and s3:GetObject on the source)`
 * for a copy; for a read, also the bucket permission without which a missing key is refused.
 */
function permissionFor(command, request) {
    const op = command.replace(/Command$/, '');
    if (!(0,s3_errors/* isS3Operation */._Y)(op))
        return `s3:${op} on it`;
    const versioned = request.versioned === true && 'versionActions' in s3_errors/* S3_PERMISSIONS */.sr[op];
    const needed = (0,s3_errors/* iamActionsOf */.Mx)(op, { ...request, versioned, missing: true });
    const source = needed.sourceActions.length
        ? ` (and ${needed.sourceActions.join(' and ')} on the source)`
        : '';
    const bucket = needed.bucketActions.length
        ? `, and ${needed.bucketActions.join(' and ')} on the bucket (without it S3 refuses a key that does not exist)`
        : '';
    return `${needed.actions.join(' and ')}${source} on it${bucket}`;
}
const NO_CREDENTIALS = 'No AWS credentials were found. Set role-to-assume to sign in with GitHub OIDC (the job needs `permissions: id-token: write`), or provide credentials in the environment (e.g. with aws-actions/configure-aws-credentials).';
/** A message for an error from the AWS SDK, or null when it is not one. */
function explainAwsError(e) {
    if (!e || typeof e !== 'object')
        return null;
    // A failed sign-in through a catalog, perhaps surfacing from the S3 request that needed
    // fresh credentials: shown as what it is.
    if (e instanceof catalog/* CatalogSignInError */._)
        return e.message;
    const name = e.name ?? '';
    const message = e.message ?? '';
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        return NO_CREDENTIALS;
    }
    // A failed OIDC sign-in, surfacing from the S3 request that needed credentials.
    if (name === 'SignInError')
        return message;
    const code = (0,s3_errors/* s3ErrorCode */.az)(e);
    const status = (0,s3_errors/* httpStatus */.nG)(e);
    const { command, bucket, key, versioned, sourceVersioned } = (0,s3_errors/* s3ErrorContext */.Q6)(e);
    if (!command)
        return null;
    const what = bucket ? `s3://${bucket}${key ? '/' + key : ''}` : 'S3';
    const op = command.replace(/Command$/, '');
    if (code === 'NoSuchBucket') {
        return `The bucket '${bucket ?? '?'}' does not exist (${op} ${what}). Check the 'registry', 'path' and 'dest' inputs.`;
    }
    if (code === 'AccessDenied' || code === 'Forbidden' || status === 403) {
        return `Access denied: ${op} on ${what}. The credentials need ${permissionFor(command, { versioned, sourceVersioned })}. Check the role's policy and the bucket policy.`;
    }
    if (code === 'InvalidAccessKeyId' ||
        code === 'ExpiredToken' ||
        code === 'SignatureDoesNotMatch') {
        return `AWS refused the credentials (${code}) for ${op} on ${what}: ${message}`;
    }
    if (code === 'PermanentRedirect' || status === 301) {
        return `The bucket in ${what} is in another region: set 'aws-region' to the bucket's region.`;
    }
    return `${op} on ${what} failed: ${code ? code + ': ' : ''}${message}`;
}
/** A failed sign-in: through a catalog (catalog.ts), or to a role (auth.ts's SignInError). */
function isSignInFailure(e) {
    return e instanceof catalog/* CatalogSignInError */._ || (e instanceof Error && e.name === 'SignInError');
}
/** The message for any error, with AWS errors explained. */
function errorMessage(e) {
    // A failure of one entry: which file, then its cause explained; unless the sign-in failed
    // (credentials renewed during that file's upload), which is no fault of the file.
    if (e instanceof errors/* EntryError */.jm) {
        if (isSignInFailure(e.cause))
            return errorMessage(e.cause);
        return `${e.logicalKey} (${e.source}): ${errorMessage(e.cause)}`;
    }
    const aws = explainAwsError(e);
    if (aws !== null)
        return aws;
    if (e && typeof e === 'object' && typeof e.message === 'string') {
        return e.message;
    }
    return String(e);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/quilt/format/names.ts + 1 modules
var names = __nccwpck_require__(2378);
// EXTERNAL MODULE: ./src/quilt/format/manifest.ts + 2 modules
var format_manifest = __nccwpck_require__(8600);
;// CONCATENATED MODULE: ./src/quilt/registry/local.ts
/**
 * A registry in a local folder (quilt3 `LocalPackageRegistryV1`), including quilt3's default
 * local registry (`<user data dir>/packages`, or `default_local_registry` in quilt3's config).
 */








/** A manifest file is read this many bytes at a time (each piece scanned while the next is read). */
const MANIFEST_READ_CHUNK = 4 * 1024 * 1024;
/**
 * quilt3's `BASE_DIR`: `platformdirs.user_data_dir("Quilt", "QuiltData")`.
 */
function quiltUserDataDir(env = process.env, platform = process.platform) {
    if (platform === 'darwin')
        return (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'Library', 'Application Support', 'Quilt');
    if (platform === 'win32') {
        const local = env.LOCALAPPDATA ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), 'AppData', 'Local');
        return (0,external_node_path_.join)(local, 'QuiltData', 'Quilt');
    }
    const xdg = env.XDG_DATA_HOME?.trim();
    return (0,external_node_path_.join)(xdg ? xdg : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.local', 'share'), 'Quilt');
}
/**
 * The folder of quilt3's default local registry: `default_local_registry` from
 * `<user data dir>/config.yml` when set there, else `<user data dir>/packages`.
 */
async function defaultLocalRegistryDir(env = process.env) {
    const base = quiltUserDataDir(env);
    let configured;
    let text = null;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(base, 'config.yml'), 'utf-8');
    }
    catch {
        text = null;
    }
    if (text !== null) {
        // The YAML reader is loaded only when there is a config to read.
        const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
        try {
            const doc = parse(text);
            if (doc && typeof doc === 'object') {
                configured = doc.default_local_registry;
            }
        }
        catch {
            configured = undefined;
        }
    }
    if (typeof configured === 'string' && configured !== '') {
        const dir = (0,names/* resolveLocalLocation */.V2)(configured);
        if (dir === null) {
            throw new errors/* QuiltError */.YH(`quilt3's config (${(0,external_node_path_.join)(base, 'config.yml')}) sets default_local_registry to ${configured}, which is not a local folder`);
        }
        return dir;
    }
    return (0,external_node_path_.join)(base, 'packages');
}
class LocalRegistry {
    root;
    kind = 'local';
    /** `root` is the registry folder (the one that holds `.quilt/`), absolute and resolved. */
    constructor(root) {
        this.root = root;
    }
    get display() {
        return this.root;
    }
    workflowConfigKey() {
        return names/* PhysicalKey */.ll.local((0,external_node_path_.join)(this.root, '.quilt', 'workflows', 'config.yml'));
    }
    manifestPath(topHash) {
        return (0,external_node_path_.join)(this.root, '.quilt', 'packages', topHash);
    }
    manifestLocation(topHash) {
        return this.manifestPath(topHash);
    }
    pointerPath(name, pointer) {
        return (0,external_node_path_.join)(this.root, '.quilt', 'named_packages', name, pointer);
    }
    async readPointer(name, pointer) {
        try {
            return await (0,promises_.readFile)(this.pointerPath(name, pointer), 'utf-8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
    }
    async readManifestHead(topHash, bytes) {
        let fh;
        try {
            fh = await (0,promises_.open)(this.manifestPath(topHash), 'r');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
        try {
            const buf = Buffer.alloc(bytes);
            const { bytesRead } = await fh.read(buf, 0, bytes, 0);
            return buf.subarray(0, bytesRead);
        }
        finally {
            await fh.close();
        }
    }
    /**
     * The manifest read as its bytes are read from the file (`Package.readWhileArriving`: a large
     * one's lines scanned by a worker thread while the rest is read).
     */
    async readPackage(topHash) {
        let fh;
        try {
            fh = await (0,promises_.open)(this.manifestPath(topHash), 'r');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
        try {
            const { size } = await fh.stat();
            const arrival = format_manifest/* Package */.lP.readWhileArriving(size);
            try {
                let n = 0;
                while (n < size) {
                    const want = Math.min(MANIFEST_READ_CHUNK, size - n);
                    const { bytesRead } = await fh.read(arrival.bytes, n, want, n);
                    if (bytesRead === 0)
                        break;
                    n += bytesRead;
                    arrival.arrived(n);
                }
                // A file shorter than it was (manifests are never rewritten): read as it is now.
                if (n < size) {
                    arrival.abandon();
                    return format_manifest/* Package */.lP.fromManifestBytes(await (0,promises_.readFile)(this.manifestPath(topHash)));
                }
            }
            catch (e) {
                arrival.abandon();
                throw e;
            }
            return await arrival.finish();
        }
        finally {
            await fh.close();
        }
    }
    async readManifest(topHash) {
        try {
            return await (0,promises_.readFile)(this.manifestPath(topHash));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return null;
            throw e;
        }
    }
    async listPointers(name) {
        const dir = (0,external_node_path_.join)(this.root, '.quilt', 'named_packages', name);
        let names;
        try {
            names = await (0,promises_.readdir)(dir);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const out = [];
        for (const n of names) {
            if (n.startsWith('.tmp-'))
                continue;
            out.push({ name: n, topHash: await (0,promises_.readFile)((0,external_node_path_.join)(dir, n), 'utf-8') });
        }
        return out;
    }
    /** A plain write of one pointer (no condition). */
    async putPointer(name, pointer, topHash) {
        await writeAtomic(this.pointerPath(name, pointer), Buffer.from(topHash, 'ascii'));
    }
    async readLatest(name) {
        const topHash = await this.readPointer(name, 'latest');
        return { topHash, tag: topHash };
    }
    /** Exclusive creation: a hard link of a finished temporary file fails if the name exists. */
    async createRevisionPointer(name, topHash, seconds) {
        const tmp = await writeTemp(this.pointerPath(name, 'latest'), Buffer.from(topHash, 'ascii'));
        try {
            for (let s = seconds;; s++) {
                try {
                    await createExclusive(tmp, this.pointerPath(name, String(s)), topHash);
                    return String(s);
                }
                catch (e) {
                    if (e.code !== 'EEXIST')
                        throw e;
                }
            }
        }
        finally {
            await (0,promises_.unlink)(tmp).catch(() => undefined);
        }
    }
    /**
     * Compare, then replace with a rename. A folder has no compare-and-swap: two writers on one
     * machine could still both pass the comparison in the instant between (quilt3 does not compare
     * at all).
     */
    async replaceLatest(name, topHash, expected) {
        const now = await this.readPointer(name, 'latest');
        if (now === topHash)
            return 'written';
        if (now !== expected.topHash)
            return 'lost';
        await this.putPointer(name, 'latest', topHash);
        return 'written';
    }
    async removeLatest(name, expected) {
        const now = await this.readPointer(name, 'latest');
        if (now === null)
            return true;
        if (now !== expected.topHash)
            return false;
        await (0,promises_.unlink)(this.pointerPath(name, 'latest')).catch((e) => {
            if (e.code !== 'ENOENT')
                throw e;
        });
        await this.removePackageIfEmpty(name);
        return true;
    }
    async forceLatest(name, topHash) {
        await this.putPointer(name, 'latest', topHash);
    }
    async deletePointers(name, pointers) {
        for (const p of pointers) {
            await (0,promises_.unlink)(this.pointerPath(name, p)).catch((e) => {
                if (e.code !== 'ENOENT')
                    throw e;
            });
        }
        await this.removePackageIfEmpty(name);
    }
    async listPackages() {
        const root = (0,external_node_path_.join)(this.root, '.quilt', 'named_packages');
        const list = async (dir) => {
            try {
                return (await (0,promises_.readdir)(dir, { withFileTypes: true }))
                    .filter((d) => d.isDirectory())
                    .map((d) => d.name);
            }
            catch (e) {
                if (e.code === 'ENOENT')
                    return [];
                throw e;
            }
        };
        const out = [];
        for (const ns of await list(root)) {
            for (const pkg of await list((0,external_node_path_.join)(root, ns)))
                out.push(`${ns}/${pkg}`);
        }
        return out.sort();
    }
    async listManifestHashes(prefix) {
        let names;
        try {
            names = await (0,promises_.readdir)((0,external_node_path_.join)(this.root, '.quilt', 'packages'));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        return names.filter((n) => n.startsWith(prefix) && !n.startsWith('.tmp-'));
    }
    /** quilt3 removes `named_packages/<name>/` and then `named_packages/<user>/` once empty. */
    async removePackageIfEmpty(name) {
        const pkgDir = (0,external_node_path_.join)(this.root, '.quilt', 'named_packages', name);
        for (const dir of [pkgDir, (0,external_node_path_.dirname)(pkgDir)]) {
            await (0,promises_.rmdir)(dir).catch(() => undefined);
        }
    }
    async putManifest(topHash, manifest) {
        await writeAtomic(this.manifestPath(topHash), manifest);
    }
}
let tmpCounter = 0;
/**
 * Make `path` hold `text`, failing with EEXIST when it exists: a hard link of the finished
 * temporary file (atomic), or, on file systems without hard links, an exclusive create.
 */
async function createExclusive(tmp, path, text) {
    try {
        await (0,promises_.link)(tmp, path);
    }
    catch (e) {
        const code = e.code;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS')
            throw e;
        await (0,promises_.writeFile)(path, text, { flag: 'wx' });
    }
}
/** A finished temporary file next to `path` (same folder, so it can be renamed or linked). */
async function writeTemp(path, data) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.tmp-${process.pid}-${++tmpCounter}`);
    try {
        await (0,promises_.writeFile)(tmp, data);
    }
    catch (e) {
        await (0,promises_.unlink)(tmp).catch(() => undefined);
        throw e;
    }
    return tmp;
}
/** Write through a temporary file and a rename: a reader never sees a half-written file. */
async function writeAtomic(path, data) {
    const tmp = await writeTemp(path, data);
    try {
        await (0,promises_.rename)(tmp, path);
    }
    catch (e) {
        await (0,promises_.unlink)(tmp).catch(() => undefined);
        throw e;
    }
}

// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var hash = __nccwpck_require__(5397);
;// CONCATENATED MODULE: ./src/quilt/py/fnmatch.ts
/**
 * Python's `fnmatch.fnmatch` (POSIX: case-sensitive), ported from `fnmatch.translate` of
 * CPython 3.11 so `.quiltignore` rules match exactly what quilt3 matches: `*` and `?` also match
 * `/`, `[...]` classes with `!` negation and ranges (empty ranges dropped as Python drops them),
 * an unclosed `[` is a literal.
 */
function lit(cp) {
    return `\\u{${cp.toString(16)}}`;
}
/** Translate a shell pattern to an anchored JS RegExp with Python's semantics. */
function fnmatchToRegExp(pattern) {
    const pat = Array.from(pattern); // code points, as Python indexes str
    const n = pat.length;
    let res = '';
    let i = 0;
    let lastStar = false;
    while (i < n) {
        const c = pat[i];
        i++;
        if (c === '*') {
            if (!lastStar)
                res += '.*';
            lastStar = true;
            continue;
        }
        lastStar = false;
        if (c === '?') {
            res += '.';
        }
        else if (c === '[') {
            let j = i;
            if (j < n && pat[j] === '!')
                j++;
            if (j < n && pat[j] === ']')
                j++;
            while (j < n && pat[j] !== ']')
                j++;
            if (j >= n) {
                res += lit('['.codePointAt(0));
                continue;
            }
            res += translateClass(pat, i, j);
            i = j + 1;
        }
        else {
            res += lit(c.codePointAt(0));
        }
    }
    return new RegExp(`^(?:${res})$`, 'su');
}
/** The class `pat[i:j]` (between `[` and `]`), following Python's chunk algorithm. */
function translateClass(pat, start, j) {
    let i = start;
    const stuffRaw = pat.slice(i, j);
    let chunks;
    if (!stuffRaw.includes('-')) {
        chunks = [stuffRaw];
    }
    else {
        chunks = [];
        let k = pat[i] === '!' ? i + 2 : i + 1;
        for (;;) {
            k = indexOf(pat, '-', k, j);
            if (k < 0)
                break;
            chunks.push(pat.slice(i, k));
            i = k + 1;
            k = k + 3;
        }
        const chunk = pat.slice(i, j);
        if (chunk.length > 0)
            chunks.push(chunk);
        else
            chunks[chunks.length - 1].push('-');
        // Remove empty ranges (a > b), as Python does.
        for (let k2 = chunks.length - 1; k2 > 0; k2--) {
            const prev = chunks[k2 - 1];
            const next = chunks[k2];
            if (prev[prev.length - 1].codePointAt(0) > next[0].codePointAt(0)) {
                chunks[k2 - 1] = [...prev.slice(0, -1), ...next.slice(1)];
                chunks.splice(k2, 1);
            }
        }
    }
    const flat = chunks.flat();
    if (flat.length === 0)
        return '(?!)';
    let negate = false;
    if (flat[0] === '!') {
        if (flat.length === 1)
            return '.';
        negate = true;
        chunks[0] = chunks[0].slice(1);
    }
    // Chunks are literal runs; consecutive chunks are joined by a range.
    let body = '';
    chunks.forEach((chunk, idx) => {
        if (idx > 0)
            body += '-';
        for (const ch of chunk)
            body += lit(ch.codePointAt(0));
    });
    // A chunk emptied by removing "!" before a range: Python's class would read "[^-x]"; the
    // leading "-" is then literal. Rebuild that case without a dangling range.
    if (body.startsWith('-'))
        body = lit(0x2d) + body.slice(1);
    return `[${negate ? '^' : ''}${body}]`;
}
function indexOf(arr, value, from, to) {
    for (let k = from; k < to; k++)
        if (arr[k] === value)
            return k;
    return -1;
}
/** `fnmatch.fnmatch(name, pattern)` on POSIX. */
function fnmatch(name, pattern) {
    const re = typeof pattern === 'string' ? fnmatchToRegExp(pattern) : pattern;
    return re.test(name);
}

// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
// EXTERNAL MODULE: ./src/quilt/py/json.ts
var json = __nccwpck_require__(5063);
// EXTERNAL MODULE: ./src/quilt/sources/file.ts
var file = __nccwpck_require__(1232);
;// CONCATENATED MODULE: ./src/quilt/sources/local.ts
/**
 * Where a package's files come from: a local folder, walked as quilt3's `set_dir` walks it
 * (`pathlib.Path.rglob('*')` of Python 3.11: every file including dot files, symlinks to files
 * followed, symlinked directories not entered, `.quiltignore` applied like
 * `quilt3.util.quiltignore_filter`).
 */








/** Compiled `.quiltignore` rules: each non-empty line `r` becomes the fnmatch pattern `*\/r`. */
function readQuiltIgnore(folder) {
    const file = `${folder}/.quiltignore`;
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return null;
        throw new errors/* QuiltError */.YH(`Cannot read ${file}: ${e.message}`);
    }
    let text;
    try {
        // Python's read_text('utf-8'): strict UTF-8, a BOM kept as a character.
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new errors/* QuiltError */.YH(`${file} is not valid UTF-8 text (quilt3 cannot read it either)`);
    }
    // Universal newlines, as Python's text mode reads them.
    return text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .filter((rule) => rule !== '')
        .map((rule) => fnmatchToRegExp('*/' + rule));
}
/** Names in code point order (Python's `str` order). */
function byName(a, b) {
    return (0,json/* compareCodePoints */.OP)(a.name, b.name);
}
/**
 * Every file under `folder` (an absolute, symlink-resolved directory), as quilt3's
 * `set_dir(".", folder)` lists them. Synchronous on purpose: on many small files sync fs calls
 * are several times faster than the promise API (research/performance.md).
 */
function listLocalFolder(folder, options = {}) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(folder);
    }
    catch {
        throw new errors/* QuiltError */.YH(`The specified directory ${(0,repr/* pyRepr */.n)(folder)} doesn't exist`);
    }
    if (!st.isDirectory()) {
        throw new errors/* QuiltError */.YH(`The specified directory ${(0,repr/* pyRepr */.n)(folder)} doesn't exist`);
    }
    const dirs = [];
    const rules = readQuiltIgnore(folder);
    const listed = [];
    const hashType = options.hashType;
    const buf = hashType === undefined ? null : Buffer.allocUnsafe(INLINE_HASH_MAX + 1);
    /** The entry of a file found, opened now (read and hashed too when small and asked for). */
    const listFile = (abs, rel, symlink) => {
        const realPath = symlink ? realPathOf(rel, abs) : abs;
        const fd = openListed(rel, realPath, abs);
        try {
            if (buf !== null && hashType !== undefined) {
                // Read first: a small file's size is what it holds (no fstat). Its size and hash come
                // from the same bytes, read in one go, as quilt3 reads a file; unlike a file hashed by
                // the pool, no listing came before to compare with.
                const got = readUpTo(fd, buf, rel, abs);
                if (got <= INLINE_HASH_MAX && (got > 0 || isRegularFile(fd, abs))) {
                    const value = (0,hash/* hashBytes */.yi)(buf.subarray(0, got), hashType);
                    return {
                        logicalKey: rel,
                        physicalKey: names/* PhysicalKey */.ll.local(realPath),
                        size: got,
                        hash: { type: hashType, value }
                    };
                }
            }
            const st = (0,external_node_fs_.fstatSync)(fd);
            if (!st.isFile())
                throw new errors/* FileChangedError */.jL(abs, 'it is no longer a regular file');
            return {
                logicalKey: rel,
                physicalKey: names/* PhysicalKey */.ll.local(realPath),
                size: st.size,
                identity: (0,file/* identityOf */.cu)(st)
            };
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    };
    /** With `.quiltignore` rules, the files are opened once the walk says which are left out. */
    const files = [];
    const found = (abs, rel, symlink) => {
        if (rules)
            files.push({ abs, rel, symlink });
        else
            listed.push(listFile(abs, rel, symlink));
    };
    /** Whether `.quiltignore` leaves out a folder (or one above it, below `folder`). */
    const ignoredFolder = (abs) => {
        for (let d = abs; d.length > folder.length; d = d.slice(0, d.lastIndexOf('/'))) {
            if (rules?.some((r) => r.test(d + '/') || r.test(d)))
                return true;
        }
        return false;
    };
    const walk = (abs, rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true });
        }
        catch (e) {
            // quilt3 (Python 3.11's rglob) silently skips a folder it may not read; a package is every
            // file below the folder, so here it is an error naming the folder, unless it is ignored.
            const code = e.code;
            if ((code === 'EACCES' || code === 'EPERM') && ignoredFolder(abs))
                return;
            if (code === 'EACCES' || code === 'EPERM')
                throw new errors/* SourceReadError */.Ct(abs, code, 'folder');
            throw e;
        }
        // Each folder's names in code point order, folders entered where they sort: the files come
        // out in the package's walk order (no sort of the whole package later).
        entries.sort(byName);
        for (const d of entries) {
            const childAbs = `${abs}/${d.name}`;
            const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
            if (d.isDirectory()) {
                dirs.push(childAbs);
                walk(childAbs, childRel);
            }
            else if (d.isFile()) {
                found(childAbs, childRel, false);
            }
            else if (d.isSymbolicLink()) {
                let target;
                try {
                    target = (0,external_node_fs_.statSync)(childAbs);
                }
                catch {
                    dirs.push(childAbs); // broken link: not a file (quilt3 counts it with directories)
                    continue;
                }
                if (target.isFile())
                    found(childAbs, childRel, true);
                else
                    dirs.push(childAbs);
            }
            else {
                dirs.push(childAbs); // fifo, socket...: `is_file()` is false
            }
        }
    };
    walk(folder, '');
    if (rules) {
        const ignoredDirs = [];
        for (const rule of rules) {
            for (const dir of dirs) {
                if (rule.test(dir + '/') || rule.test(dir))
                    ignoredDirs.push(dir + '/');
            }
        }
        for (const f of files) {
            if (!rules.some((r) => r.test(f.abs)) && !ignoredDirs.some((d) => f.abs.startsWith(d))) {
                listed.push(listFile(f.abs, f.rel, f.symlink));
            }
        }
    }
    return listed;
}
/** Files up to this size are hashed as they are listed, when the listing is asked to hash. */
const INLINE_HASH_MAX = 32 * 1024;
/** The real path of a listed symlink, its errors as the user should read them. */
function realPathOf(rel, abs) {
    try {
        return external_node_fs_.realpathSync.native(abs);
    }
    catch (e) {
        throw listingError(rel, abs, e);
    }
}
/**
 * Open a listed file. Opening is the test of readability that holds on every file system
 * (network file systems and security modules decide there, not the mode bits): an unreadable
 * file fails now, before anything is hashed or sent. `O_NONBLOCK`: a path that became a fifo
 * since the folder was read does not hang the run.
 */
function openListed(rel, path, shown) {
    try {
        return (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        throw listingError(rel, shown, e);
    }
}
/** Whether an open descriptor (one that read nothing) is a regular file, not one that became a fifo. */
function isRegularFile(fd, shown) {
    if ((0,external_node_fs_.fstatSync)(fd).isFile())
        return true;
    throw new errors/* FileChangedError */.jL(shown, 'it is no longer a regular file');
}
/** A listed file that cannot be opened or read, as the user should read it (its listed path). */
function listingError(rel, shown, e) {
    const code = e.code;
    if (rel.includes('\ufffd') && code === 'ENOENT') {
        return new errors/* QuiltError */.YH(`The file name of ${(0,repr/* pyRepr */.n)(rel)} is not valid UTF-8: rename it (quilt3 cannot package it either)`);
    }
    if (code === 'ENOENT')
        return new errors/* FileChangedError */.jL(shown, 'it was deleted');
    // Any other error of the file system (EACCES, EIO, ELOOP...) names the file and its code.
    if (typeof code === 'string')
        return new errors/* SourceReadError */.Ct(shown, code, 'file');
    return e instanceof Error ? e : new Error(String(e));
}
/** Read an open file from its start until its end or `buf` is full; the bytes read. */
function readUpTo(fd, buf, rel, shown) {
    let got = 0;
    try {
        while (got < buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, got, buf.length - got, got);
            if (n === 0)
                break;
            got += n;
        }
    }
    catch (e) {
        throw listingError(rel, shown, e);
    }
    return got;
}
/**
 * The entries of a local folder (path or `file://` URL, already resolved); with `hashType`, the
 * small files come with their hashes (see ListingOptions).
 */
function localSource(folder, options = {}) {
    return {
        kind: 'local',
        display: folder,
        entries: listLocalFolder(folder, options)
    };
}

;// CONCATENATED MODULE: ./src/action/resolve.ts
/**
 * The inputs resolved into engine objects: the S3 client, the registry, the source, the
 * workflows source. Errors name the input they come from.
 */








/**
 * S3 clients made for this run (closed at the end). The AWS SDK is loaded only when a run needs
 * S3: a local build starts as fast as plain Node.
 */
class Clients {
    inputs;
    deps;
    client;
    constructor(inputs, deps) {
        this.inputs = inputs;
        this.deps = deps;
    }
    /** The catalog signed in through, if any. */
    get catalogConfig() {
        return this.deps.catalogConfig;
    }
    async get() {
        const { makeS3Client } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(620), __nccwpck_require__.e(501)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6501));
        this.client ??= makeS3Client({
            region: this.inputs.awsRegion ?? this.deps.catalogConfig?.region,
            endpoint: this.inputs.endpointUrl,
            concurrency: this.inputs.concurrency.s3Requests,
            credentials: this.deps.credentials
        });
        return this.client;
    }
    close() {
        this.client?.destroy();
    }
}
/**
 * The hash new entries get: the `checksum` input; else, signed in through a catalog, what its
 * config.json says (`crc64Checksums`, as quilt-rs and the catalog's own push follow it); else
 * quilt3's `sha2-256-chunked`.
 */
function hashTypeOf(inputs, clients, log) {
    if (inputs.checksum !== undefined)
        return inputs.checksum;
    if (clients.catalogConfig?.crc64Checksums) {
        log.info("New entries are hashed with CRC64NVME: the catalog's config.json sets crc64Checksums.");
        return hash/* CRC64NVME */.fN;
    }
    return hash/* SHA256_CHUNKED */.Bg;
}
/** A local folder an input names (resolved with the inputs), checked; errors name the input. */
function checkFolder(input, dir, mustExist) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(dir);
    }
    catch {
        if (mustExist) {
            throw new action_inputs/* InputError */.dz(input, `Input '${input}': the folder ${dir} does not exist.`);
        }
        return dir;
    }
    if (!st.isDirectory()) {
        throw new action_inputs/* InputError */.dz(input, `Input '${input}' (${dir}) is a file, not a folder: give ${input === 'path' ? 'the folder whose files make the package' : 'a registry folder (created if missing) or a file:// URL'}.`);
    }
    return dir;
}
/** The S3 registry in `bucket` (push's registry is always one: its inputs say so by type). */
async function s3RegistryOf(bucket, clients, log) {
    const { S3Registry } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(607)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8636));
    const onWarning = (w) => log.warning(w);
    return new S3Registry(await clients.get(), bucket, { onWarning });
}
/** The registry the `registry` input names (its location was parsed with the inputs). */
async function registryOf(inputs, clients, log) {
    const location = inputs.registry;
    switch (location.kind) {
        case 's3':
            return s3RegistryOf(location.bucket, clients, log);
        case 'local':
            return new LocalRegistry(checkFolder('registry', location.folder, false));
        case 'default':
            return new LocalRegistry(await defaultLocalRegistryDir());
    }
}
/**
 * The entries `path` names. With `hashType` (a build), the small local files are hashed as they
 * are listed: they are open then, and read once.
 */
async function sourceOf(inputs, clients, log, hashType) {
    const location = inputs.path;
    if (location.kind === 's3') {
        let listed;
        try {
            const { listS3Prefix } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(164)]).then(__nccwpck_require__.bind(__nccwpck_require__, 164));
            listed = await listS3Prefix(await clients.get(), location.url);
        }
        catch (e) {
            if (e instanceof errors/* QuiltError */.YH)
                throw new action_inputs/* InputError */.dz('path', `Input 'path': ${e.message}`);
            throw e;
        }
        for (const k of listed.skipped)
            log.warning(`Logical keys cannot end in "/", skipping: ${k}`);
        if (listed.entries.length === 0) {
            throw new action_inputs/* InputError */.dz('path', `Input 'path': no objects found under ${listed.display}.`);
        }
        return { kind: 's3', display: listed.display, entries: listed.entries };
    }
    const folder = checkFolder('path', location.folder, true);
    try {
        return localSource(folder, { hashType });
    }
    catch (e) {
        if (e instanceof errors/* QuiltError */.YH)
            throw new action_inputs/* InputError */.dz('path', `Input 'path': ${e.message}`);
        throw e;
    }
}
/** Where the registry's workflows config is, and how to read it and the schemas it names. */
function workflowSource(registry, clients) {
    const fetch = async (pk) => {
        if (pk.isLocal()) {
            try {
                return { data: await (0,promises_.readFile)(pk.path), url: String(pk) };
            }
            catch (e) {
                const code = e.code;
                if (code === 'ENOENT')
                    return null;
                throw e;
            }
        }
        const { fetchS3Object } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(607)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8636));
        return fetchS3Object(await clients.get(), pk);
    };
    return { configKey: registry.workflowConfigKey(), fetch };
}

;// CONCATENATED MODULE: ./src/quilt/format/diff.ts
/**
 * What changed between two revisions of a package: files added, removed, modified (size, hash or
 * metadata), and whether the package metadata changed. Physical keys do not count: two revisions
 * with the same content are equal wherever their bytes are.
 */

function sameContent(a, b) {
    return (a.size === b.size &&
        (a.hash === null || b.hash === null ? a.hash === b.hash : (0,json/* pyEquals */.PU)(a.hash, b.hash)) &&
        (0,json/* pyEquals */.PU)(a.meta, b.meta));
}
function metaField(p, key) {
    return p.meta.get(key);
}
function fieldChanged(a, b) {
    if (a === undefined || b === undefined)
        return a !== b;
    return !(0,json/* pyEquals */.PU)(a, b);
}
function noChanges() {
    return { count: 0, rows: [] };
}
/** Count a change, and keep its row while there are fewer than `limit`. */
function add(changes, limit, row) {
    if (changes.count++ < limit)
        changes.rows.push(row());
}
/**
 * The diff from `before` (null: a new package) to `after`, files in walk order; at most `rows`
 * rows of each kind are kept (all by default), and every change is counted.
 */
function diffPackages(before, after, { rows = Infinity } = {}) {
    const diff = {
        added: noChanges(),
        removed: noChanges(),
        modified: noChanges(),
        unchanged: 0,
        metaChanged: before === null
            ? (metaField(after, 'user_meta') ?? null) !== null
            : fieldChanged(metaField(before, 'user_meta'), metaField(after, 'user_meta')),
        messageChanged: before === null || fieldChanged(metaField(before, 'message'), metaField(after, 'message'))
    };
    // Each file of `after` looked up in `before`: a parent of a million entries is neither copied
    // nor made into entries, but for the files both have.
    let both = 0;
    for (const e of after.walk()) {
        const prev = before?.get(e.logicalKey);
        if (!prev)
            add(diff.added, rows, () => ({ logicalKey: e.logicalKey, size: e.size }));
        else {
            both++;
            if (!sameContent(prev, e)) {
                add(diff.modified, rows, () => ({
                    logicalKey: e.logicalKey,
                    size: e.size,
                    previousSize: prev.size
                }));
            }
            else
                diff.unchanged++;
        }
    }
    if (before === null)
        return diff;
    // The others of `before` are removed: counted, and the first rows found by their keys alone.
    const removed = diff.removed;
    removed.count = before.size - both;
    if (removed.count === 0 || rows === 0)
        return diff;
    for (const f of before.keysAndSizes()) {
        if (after.get(f.logicalKey))
            continue;
        removed.rows.push(f);
        if (removed.rows.length === Math.min(rows, removed.count))
            break;
    }
    return diff;
}

;// CONCATENATED MODULE: ./src/action/report.ts
/** A logger that also keeps its warnings. */
function keepingWarnings(base) {
    const warnings = [];
    return {
        info: (m) => base.info(m),
        warning: (m) => {
            warnings.push(m);
            base.warning(m);
        },
        warnings
    };
}
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** Bytes for people: `1.5 GiB`. */
function report_formatBytes(n) {
    let v = n;
    let u = 0;
    while (v >= 1024 && u < UNITS.length - 1) {
        v /= 1024;
        u++;
    }
    return u === 0 ? `${Math.round(n)} B` : `${v.toFixed(1)} ${UNITS[u]}`;
}
/**
 * A progress line at most every `intervalMs` (and a last one when done), like actions/cache:
 * `Hashed 1.2 GiB of 2.0 GiB (60%), 1.1 GiB/s`.
 */
class ProgressLine {
    log;
    verb;
    intervalMs;
    clock;
    last = 0;
    start;
    constructor(log, verb, intervalMs = 5000, clock = () => Date.now()) {
        this.log = log;
        this.verb = verb;
        this.intervalMs = intervalMs;
        this.clock = clock;
        this.start = this.clock();
        this.last = this.start;
    }
    /** A line for `done` of `total` bytes (and files, when given), unless one was given recently. */
    update(done, total, final = false, files) {
        const now = this.clock();
        if (!final && now - this.last < this.intervalMs)
            return;
        this.last = now;
        const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
        const secs = Math.max((now - this.start) / 1000, 0.001);
        const count = files ? `, ${files.done} of ${files.total} files` : '';
        this.log(`${this.verb} ${report_formatBytes(done)} of ${report_formatBytes(total)} (${pct}%${count}), ${report_formatBytes(done / secs)}/s`);
    }
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/action/summary.ts

/** At most this many file rows per table; the summary stays well under 1 MiB. */
const MAX_ROWS = 200;
const MAX_CELL = 300;
/** At most MAX_CELL characters (whole code points). */
function clip(text) {
    const chars = Array.from(text);
    return chars.length > MAX_CELL ? chars.slice(0, MAX_CELL).join('') + '…' : text;
}
/** Plain text safe inside Markdown (and a table cell): no HTML, no pipes, no line breaks. */
function cell(text) {
    return clip(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/[\r\n\t]/g, ' ');
}
/**
 * Text shown as code (file names, hashes): a code span shows entities literally, so only pipes
 * (table cells), line breaks and the fence itself need care.
 */
function code(text) {
    const t = clip(text)
        .replace(/\|/g, '\\|')
        .replace(/[\r\n\t]/g, ' ');
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * At most MAX_ROWS items, and a line saying how many more there were (of `count` in all: the
 * items may be only the first of them).
 */
function capped(items, render, separator = '\n', count = items.length) {
    const shown = items.slice(0, MAX_ROWS);
    const text = shown.map(render).join(separator);
    return count > shown.length ? `${text}\n\n…and ${count - shown.length} more.` : text;
}
function fileTable(title, changes, modified) {
    const { rows, count } = changes;
    if (count === 0)
        return '';
    const head = modified
        ? '| file | size | before |\n| --- | ---: | ---: |'
        : '| file | size |\n| --- | ---: |';
    const body = capped(rows, (r) => modified
        ? `| ${code(r.logicalKey)} | ${formatBytes(r.size)} | ${formatBytes(r.previousSize ?? 0)} |`
        : `| ${code(r.logicalKey)} | ${formatBytes(r.size)} |`, '\n', count);
    return `<details><summary>${title} (${count})</summary>\n\n${head}\n${body}\n\n</details>\n\n`;
}
const VERB = { build: 'built', push: 'pushed', delete: 'cleaned up' };
/** `1700000000` -> `2023-11-14 22:13 UTC`; other names as they are. */
function when(pointer) {
    if (!/^\d+$/.test(pointer))
        return pointer;
    return new Date(Number(pointer) * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
function age(pointer, now) {
    if (!/^\d+$/.test(pointer))
        return '';
    const days = (now - Number(pointer) * 1000) / 86_400_000;
    return days >= 1 ? `${Math.floor(days)} d` : `${Math.max(0, Math.floor(days * 24))} h`;
}
/**
 * The rows the cleanup tables show: per package with revisions, newest first, at most MAX_ROWS
 * rows in all. The one place that decides it (the action reads the messages of these revisions).
 */
function cleanupRows(packages) {
    const tables = [];
    let rows = 0;
    const shown = packages.filter((p) => p.kept.length + p.removed.length > 0);
    for (const [i, p] of shown.entries()) {
        if (rows >= MAX_ROWS)
            return { tables, packagesLeft: shown.length - i };
        const all = [
            ...p.kept.map((x) => ({ ...x, removed: false })),
            ...p.removed.map((x) => ({ ...x, removed: true }))
        ].sort((a, b) => Number(b.name) - Number(a.name));
        const room = MAX_ROWS - rows;
        tables.push({
            name: p.name,
            kept: p.kept.length,
            removed: p.removed.length,
            rows: all.slice(0, room),
            more: Math.max(0, all.length - room)
        });
        rows += all.length;
    }
    return { tables, packagesLeft: 0 };
}
/** Per package: its revisions, kept or removed, newest first (at most MAX_ROWS rows in all). */
function cleanupTables(packages, dryRun, messages) {
    const now = Date.now();
    let md = '';
    const { tables, packagesLeft } = cleanupRows(packages);
    for (const t of tables) {
        md += `<details><summary>${cell(t.name)}: ${t.removed} removed, ${t.kept} kept</summary>\n\n`;
        md +=
            '| revision | date | age | top hash | message | |\n| --- | --- | ---: | --- | --- | --- |\n';
        md += t.rows
            .map((x) => {
            const state = x.removed ? (dryRun ? 'would be removed' : 'removed') : 'kept';
            return `| \`${x.name}\` | ${when(x.name)} | ${age(x.name, now)} | \`${x.topHash.slice(0, 12)}\` | ${cell(messages.get(x.topHash) ?? '')} | ${state} |`;
        })
            .join('\n');
        if (t.more > 0)
            md += `\n\n…and ${t.more} more revisions.`;
        md += '\n\n</details>\n\n';
    }
    if (packagesLeft > 0) {
        md += `…and ${packagesLeft} more package${packagesLeft === 1 ? '' : 's'}.\n\n`;
    }
    return md;
}
function renderSummary(r) {
    let md = `## Quilt package ${code(r.name)} ${VERB[r.mode]}${r.dryRun ? ' (dry run: nothing written)' : ''}\n\n`;
    const facts = [`Registry: ${code(r.registry)}`];
    if (r.mode !== 'delete') {
        if (r.topHash)
            facts.push(`Top hash: \`${r.topHash}\``);
        if (r.catalogUrl)
            facts.push(`Catalog: [${cell(r.name)}](${r.catalogUrl})`);
        if (r.packageUri)
            facts.push(`URI: ${code(r.packageUri)}`);
        if (r.revision)
            facts.push(`Revision: \`${r.revision}\``);
        if (r.files !== undefined)
            facts.push(`Files: ${r.files} (${formatBytes(r.bytes ?? 0)})`);
        if (r.uploadedBytes !== undefined && r.mode === 'push') {
            facts.push(`Uploaded or copied: ${formatBytes(r.uploadedBytes)}; already in S3: ${r.reused ?? 0} files`);
        }
        if (r.dryRun)
            facts.push('Dry run: nothing was uploaded or written.');
        else if (r.written === false)
            facts.push('Nothing written: the package equals `latest` (dedupe).');
        else if (r.changed === false)
            facts.push('Same content as the previous `latest`.');
    }
    else {
        const deleted = r.deleted ?? [];
        if (r.retention)
            facts.push(`Retention: ${cell(r.retention)}`);
        facts.push(deleted.length === 0
            ? 'No revision removed.'
            : `${r.dryRun ? 'Would remove' : 'Removed'} the pointers of ${deleted.length} revision${deleted.length === 1 ? '' : 's'} (manifests and data are kept).`);
        if (r.latestAfter !== undefined) {
            const now = r.dryRun ? 'would point to' : 'now:';
            facts.push(r.latestAfter
                ? `\`latest\` ${now} \`${r.latestAfter}\``
                : `\`latest\`: none (no revision ${r.dryRun ? 'would be ' : ''}left)`);
        }
    }
    md += facts.map((f) => `- ${f}`).join('\n') + '\n\n';
    if (r.diff) {
        const d = r.diff;
        md += '### Changes against the previous revision\n\n';
        md += `| added | removed | modified | unchanged | metadata |\n| ---: | ---: | ---: | ---: | --- |\n`;
        md += `| ${d.added.count} | ${d.removed.count} | ${d.modified.count} | ${d.unchanged} | ${d.metaChanged ? 'changed' : 'unchanged'} |\n\n`;
        md += fileTable('Added', d.added, false);
        md += fileTable('Removed', d.removed, false);
        md += fileTable('Modified', d.modified, true);
    }
    const tables = r.cleanup
        ? cleanupTables(r.cleanup, r.dryRun ?? false, r.messages ?? new Map())
        : '';
    if (tables)
        md += '### Revisions\n\n' + tables;
    if (r.deleted && r.deleted.length > 0 && !r.cleanup) {
        md += '### Revisions removed\n\n' + capped(r.deleted, (h) => `- \`${h}\``) + '\n\n';
    }
    if (r.warnings.length > 0) {
        md += '### Warnings\n\n' + capped(r.warnings, (w) => `> ${cell(w)}`, '\n>\n') + '\n';
    }
    return md;
}

;// CONCATENATED MODULE: ./src/action/results.ts



/** An output as the workflow sees it: strings as they are, anything else as JSON. */
function outputText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function isS3Registry(r) {
    return r.kind === 's3';
}
function packageUri(registry, name, topHash) {
    if (isS3Registry(registry))
        return `quilt+s3://${registry.bucket}#package=${name}@${topHash}`;
    return '';
}
/** The catalog page of a revision (spec §12), for S3 registries when a catalog is given. */
function catalogUrl(catalog, registry, name, topHash) {
    if (!catalog || !isS3Registry(registry) || !topHash)
        return '';
    return `${catalog}/b/${registry.bucket}/packages/${name}/tree/${topHash}`;
}
/** What a build or a push did, as outputs and as the summary's report. */
function packageResult(mode, inputs, registry, log, r) {
    const uri = packageUri(registry, inputs.name, r.topHash);
    const catalog = catalogUrl(inputs.catalog, registry, inputs.name, r.topHash);
    return {
        report: {
            mode,
            name: inputs.name,
            dryRun: inputs.dryRun,
            registry: registry.display,
            topHash: r.topHash,
            packageUri: uri,
            catalogUrl: catalog,
            revision: r.revision,
            files: r.files,
            bytes: r.bytes,
            uploadedBytes: r.uploadedBytes,
            reused: r.reused,
            changed: r.changed,
            written: r.written,
            // The summary shows at most MAX_ROWS files of each kind: no more are made into rows.
            diff: diffPackages(r.previous, r.package, { rows: MAX_ROWS }),
            warnings: log.warnings ?? []
        },
        outputs: {
            'top-hash': r.topHash,
            'package-uri': uri,
            'catalog-url': catalog,
            revision: r.revision ?? '',
            files: r.files,
            bytes: r.bytes,
            'uploaded-bytes': r.uploadedBytes,
            changed: r.changed,
            registry: registry.display
        }
    };
}
/** A retention policy in words, with its cut-off as an absolute UTC time. */
function describePolicy(policy, cutoff) {
    const parts = [];
    if (policy.keepLast !== undefined)
        parts.push(`beyond the newest ${plural(policy.keepLast, 'revision')}`);
    if (cutoff !== null) {
        parts.push(`older than ${cutoff.toISOString().replace(/\.\d{3}Z$/, 'Z')} (UTC)`);
    }
    return `revisions ${parts.join(' and ')} are removed; the one latest names is kept`;
}
/** What a delete did (one package, or each package a pattern matched), as outputs and report. */
function deleteResult(inputs, registry, log, results, how) {
    const { pattern, policy, cutoff, messages } = how;
    const single = results.get(inputs.name);
    const deleted = pattern || policy
        ? Object.fromEntries([...results].map(([n, r]) => [n, r.deleted]))
        : (single?.deleted ?? []);
    const anyDeleted = [...results.values()].some((r) => r.deleted.length > 0);
    return {
        report: {
            mode: 'delete',
            name: inputs.name,
            registry: registry.display,
            dryRun: inputs.dryRun,
            deleted: [...new Set([...results.values()].flatMap((r) => r.deleted))],
            latestAfter: pattern ? undefined : (single?.latest ?? null),
            retention: policy ? describePolicy(policy, cutoff) : undefined,
            messages,
            cleanup: pattern || policy
                ? [...results].map(([n, r]) => ({ name: n, kept: r.kept, removed: r.removed }))
                : undefined,
            warnings: log.warnings ?? []
        },
        outputs: {
            deleted,
            'top-hash': pattern ? '' : (single?.latest ?? ''),
            changed: anyDeleted,
            registry: registry.display
        }
    };
}

// EXTERNAL MODULE: ./src/quilt/hashing/pool.ts + 1 modules
var hashing_pool = __nccwpck_require__(9410);
// EXTERNAL MODULE: ./src/quilt/hashing/missing.ts
var missing = __nccwpck_require__(9022);
// EXTERNAL MODULE: ./src/quilt/registry/registry.ts
var registry_registry = __nccwpck_require__(2358);
// EXTERNAL MODULE: ./src/quilt/ops/prepare.ts + 1 modules
var prepare = __nccwpck_require__(1962);
// EXTERNAL MODULE: ./src/quilt/concurrency.ts
var quilt_concurrency = __nccwpck_require__(7182);
;// CONCATENATED MODULE: ./src/quilt/ops/build.ts








/** The hasher of a source's S3 objects (loaded only when there are some), told what the listing said. */
async function s3Hasher(s3, concurrency, onBytes, source) {
    const { S3Hasher, checksumHints } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(967)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2348));
    return new S3Hasher(s3, concurrency.s3Requests, onBytes, checksumHints(source.entries));
}
/** Give `entries` the hashes of the `listed` entries hashed (`values`, in their order). */
function setHashes(entries, listed, values, type) {
    // The package's walk order is mostly the listing's (sources/local.ts): then entry i is listed i.
    const same = entries.length === listed.length &&
        entries.every((e, i) => e.logicalKey === listed[i].logicalKey);
    if (same) {
        for (let i = 0; i < entries.length; i++)
            (0,format_manifest/* setNewHash */.Fx)(entries[i], values[i], type);
        return;
    }
    const byKey = new Map();
    listed.forEach((e, i) => byKey.set(e.logicalKey, values[i]));
    for (const e of entries) {
        const value = byKey.get(e.logicalKey);
        if (value !== undefined)
            (0,format_manifest/* setNewHash */.Fx)(e, value, type);
    }
}
/** Make the package from the source and write it to the registry; no data is copied. */
async function build(req, options = {}) {
    const maxRecordSize = options.maxRecordSize ?? (0,format_manifest/* maxRecordSizeFromEnv */.uA)();
    const hashType = req.hashType ?? hash/* SHA256_CHUNKED */.Bg;
    const source = req.source ?? (req.folder !== undefined ? localSource(req.folder, { hashType }) : undefined);
    if (!source)
        throw new Error('build needs a source or a folder');
    const progress = {
        bytesDone: 0,
        bytesTotal: source.entries.reduce((n, e) => n + e.size, 0),
        filesDone: 0,
        filesTotal: source.entries.length
    };
    const onBytes = (bytes, files) => {
        progress.bytesDone += bytes;
        progress.filesDone += files;
        options.onProgress?.(progress);
    };
    const concurrency = options.concurrency ?? (0,quilt_concurrency/* resolveConcurrency */.Ak)();
    const pool = new hashing_pool/* HashPool */.v({ workers: concurrency.hashThreads, onBytes, adaptive: true });
    let prepared;
    try {
        // The local files are hashed from now on, while the package is made (a failure to make it
        // wins: the hashing's own error is then dropped). Each file is checked, once read, to still
        // be the file the listing saw: the hashes are of the files as listed.
        const local = source.entries.filter((e) => e.physicalKey.isLocal());
        // Small files the listing hashed as it opened them (sources/local.ts) are done already.
        const toHash = local.filter((e) => e.hash?.type !== hashType);
        if (toHash.length < local.length) {
            let bytes = 0;
            for (const e of local)
                if (e.hash?.type === hashType)
                    bytes += e.size;
            onBytes(bytes, local.length - toHash.length);
        }
        const hashing = toHash.length > 0
            ? pool.hashFiles(toHash.map((e) => ({ path: e.physicalKey.path, size: e.size, identity: e.identity })), hashType)
            : null;
        hashing?.catch(() => undefined);
        prepared = await (0,prepare/* prepareRevision */.TH)({ ...req, source }, maxRecordSize);
        const hashed = hashing ? await hashing : [];
        let next = 0;
        const values = local.map((e) => (e.hash?.type === hashType ? e.hash.value : hashed[next++]));
        setHashes(prepared.entries, local, values, hashType);
        // What is left: objects in S3.
        await (0,missing/* computeMissingHashes */.G)(prepared.entries, {
            local: pool,
            s3: options.s3 ? await s3Hasher(options.s3, concurrency, onBytes, source) : undefined
        }, hashType);
    }
    finally {
        await pool.close();
    }
    const { pkg, entries, bytes: totalBytes } = prepared;
    const topHash = pkg.topHash(entries);
    const manifest = pkg.toManifest({ entries, maxRecordSize });
    const { latest: parent, previous } = await (0,prepare/* readParent */.bX)(req.registry, req.name, options.onWarning);
    const previousTopHash = parent.topHash;
    const revision = options.dryRun
        ? null
        : await (0,registry_registry/* commitRevision */.xc)(req.registry, {
            name: req.name,
            topHash,
            manifest,
            parent,
            now: options.now,
            operation: 'build'
        });
    return {
        topHash,
        revision,
        files: entries.length,
        bytes: totalBytes,
        previousTopHash,
        previous,
        manifest,
        package: pkg
    };
}

;// CONCATENATED MODULE: ./src/quilt/closest.ts
/** "Did you mean" suggestions: the candidates closest to a mistyped name. */
/** Levenshtein distance. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
/** Up to `limit` candidates within a few edits of `name`, closest first (ties by name). */
function closestNames(candidates, name, limit = 3) {
    return [...candidates]
        .map((n) => ({ n, d: distance(n, name) }))
        .filter((x) => x.d <= Math.max(3, Math.floor(name.length / 2)))
        .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
        .slice(0, limit)
        .map((x) => x.n);
}

;// CONCATENATED MODULE: ./src/quilt/ops/delete.ts
/**
 * `delete` (spec §10): remove revision pointers, never manifests or data. The whole package, or
 * only the pointers to one revision (a full top hash or a unique prefix of 6 to 63 characters);
 * `latest` stays valid as quilt3 keeps it: when it pointed to the removed revision and other
 * revisions remain, it is re-created from the newest remaining timestamp pointer. A plain name
 * that is not a package is an error naming the closest names (a typo must not pass as success).
 */





/** quilt3 `resolve_top_hash`: a full hash as is, or a 6-63 character prefix matching one manifest. */
async function resolveTopHash(registry, hashOrPrefix) {
    if (!/^[0-9a-f]+$/.test(hashOrPrefix))
        throw new errors/* RevisionNotFoundError */.pd(`Invalid hash: ${(0,repr/* pyRepr */.n)(hashOrPrefix)}`);
    if (hashOrPrefix.length === 64)
        return hashOrPrefix;
    if (hashOrPrefix.length < 6 || hashOrPrefix.length > 64) {
        throw new errors/* RevisionNotFoundError */.pd(`Invalid hash: ${(0,repr/* pyRepr */.n)(hashOrPrefix)}`);
    }
    const matches = await registry.listManifestHashes(hashOrPrefix);
    if (matches.length === 0)
        throw new errors/* RevisionNotFoundError */.pd(`Found zero matches for ${(0,repr/* pyRepr */.n)(hashOrPrefix)}`);
    if (matches.length > 1)
        throw new errors/* RevisionNotFoundError */.pd(`Found multiple matches: ${(0,repr/* pyRepr */.n)(hashOrPrefix)}`);
    return matches[0];
}
/** The newest timestamp pointer (quilt3 takes the greatest name). */
function newest(pointers) {
    return pointers.reduce((a, p) => (a === undefined || p.name > a.name ? p : a), undefined);
}
/** Plans made again, at most, when the package moved between the plan and its writes. */
const MAX_ROUNDS = 5;
/** Up to three package names of the registry closest to `name`. */
async function closestPackages(registry, name) {
    return closestNames(await registry.listPackages(), name);
}
/**
 * Remove a package's revisions (pointers only). Every write is conditional on what was read:
 * `latest` is re-pointed (or removed) only if it is still what the plan saw, so a revision a
 * concurrent push made `latest` is never moved back or removed. When the package moved, the
 * plan is made again from a fresh listing (at most MAX_ROUNDS times), still limited to the
 * revisions the first listing named: a revision written meanwhile is kept.
 */
async function deletePackage(req) {
    (0,names/* validatePackageName */.Eu)(req.name);
    if (req.policy && req.topHash !== undefined) {
        // A policy would otherwise silently win over the revision asked for.
        throw new errors/* QuiltError */.YH('A top hash cannot be combined with a retention policy: use one or the other.');
    }
    const registry = req.registry;
    const target = req.topHash === undefined ? undefined : await resolveTopHash(registry, req.topHash);
    const now = req.now ?? new Date();
    /** Revisions (timestamp names, top hashes) the first listing saw: nothing newer is removed. */
    let seen;
    const warnings = [];
    /** Pointers removed by earlier rounds (a round that found the package moved stops halfway). */
    const removedBefore = [];
    /** A revision this delete made latest whose timestamp pointer then went away. */
    let orphan = null;
    for (let round = 1;; round++) {
        const latestState = await registry.readLatest(req.name);
        const listed = await registry.listPointers(req.name);
        const timestamps = listed.filter((p) => p.name !== 'latest');
        const pointers = latestState.topHash === null
            ? timestamps
            : [...timestamps, { name: 'latest', topHash: latestState.topHash }];
        if (pointers.length === 0 && round === 1) {
            if (target !== undefined) {
                throw new errors/* RevisionNotFoundError */.pd(`No such package version exists in the given directory: package ${req.name} has no revisions in ${registry.display}.`);
            }
            throw new errors/* PackageNotFoundError */.ci(req.name, registry.display, await closestPackages(registry, req.name));
        }
        seen ??= {
            names: new Set(timestamps.map((p) => p.name)),
            hashes: new Set(pointers.map((p) => p.topHash))
        };
        const plan = makePlan(pointers, req, target, seen, now, orphan);
        if (round === 1 && plan.doomed.length === 0 && target !== undefined) {
            throw new errors/* RevisionNotFoundError */.pd(`No such package version exists in the given directory: no revision of ${req.name} has the top hash ${target}.`);
        }
        const gone = [...removedBefore, ...plan.doomed];
        const result = {
            deleted: [...new Set(gone.map((p) => p.topHash))],
            kept: timestamps.filter((p) => !plan.doomed.includes(p)),
            removed: gone.filter((p) => p.name !== 'latest'),
            pointersRemoved: gone.map((p) => p.name),
            latest: plan.latestDoomed ? (plan.successor?.topHash ?? null) : latestState.topHash,
            warnings
        };
        if (req.dryRun || plan.doomed.length === 0)
            return result;
        // Re-point latest first (so it is never missing while revisions remain), conditionally.
        if (plan.successor) {
            const outcome = await registry.replaceLatest(req.name, plan.successor.topHash, latestState);
            // The successor may be the pointer of a push that lost its race and is taking it back:
            // latest must not stay on a revision without a pointer.
            const stays = outcome === 'written' &&
                (await registry.readPointer(req.name, plan.successor.name)) === plan.successor.topHash;
            if (outcome === 'written' && !stays)
                orphan = plan.successor.topHash;
            if (!stays) {
                if (round >= MAX_ROUNDS)
                    throw new errors/* DeleteConflictError */.id(req.name, round);
                if (!warnings.includes(movedWarning(req.name)))
                    warnings.push(movedWarning(req.name));
                continue;
            }
        }
        const stamps = plan.doomed.filter((p) => p.name !== 'latest');
        await registry.deletePointers(req.name, stamps.map((p) => p.name));
        removedBefore.push(...stamps);
        if (plan.latestDoomed && !plan.successor) {
            if (!(await registry.removeLatest(req.name, latestState))) {
                if (round >= MAX_ROUNDS)
                    throw new errors/* DeleteConflictError */.id(req.name, round);
                if (!warnings.includes(movedWarning(req.name)))
                    warnings.push(movedWarning(req.name));
                continue;
            }
        }
        return result;
    }
}
function movedWarning(name) {
    return `${name} changed while this delete ran (another run wrote latest): the plan was made again from the new state; revisions written meanwhile are kept.`;
}
/** Which pointers go in this round, among the revisions the first listing saw. */
function makePlan(pointers, req, target, seen, now, orphan) {
    const isSeen = (p) => p.name === 'latest' ? seen.hashes.has(p.topHash) : seen.names.has(p.name);
    const doomed = req.policy
        ? selectByPolicy(pointers, req.policy, now)
        : target === undefined
            ? pointers.filter(isSeen)
            : pointers.filter((p) => p.topHash === target && isSeen(p));
    // latest on a revision this delete chose whose pointer went away: it moves on again.
    const latest = pointers.find((p) => p.name === 'latest');
    if (latest !== undefined &&
        latest.topHash === orphan &&
        !doomed.includes(latest) &&
        !pointers.some((p) => p.name !== 'latest' && p.topHash === orphan)) {
        doomed.push(latest);
    }
    const latestDoomed = doomed.some((p) => p.name === 'latest');
    // quilt3 re-creates latest from the newest remaining timestamp pointer.
    const remaining = pointers.filter((p) => !doomed.includes(p) && p.name !== 'latest');
    return { doomed, latestDoomed, successor: latestDoomed ? newest(remaining) : undefined };
}
/**
 * The timestamp pointers a policy removes: outside the newest `keepLast` AND older than
 * `olderThanSeconds` (each condition alone when only one is given). Never `latest`, never a
 * pointer to the revision `latest` names, never a pointer whose name is not a timestamp.
 */
function selectByPolicy(pointers, policy, now) {
    const latest = pointers.find((p) => p.name === 'latest')?.topHash;
    const revisions = pointers
        .filter((p) => (0,registry_registry/* isTimestampPointer */.UF)(p.name))
        .sort((a, b) => Number(b.name) - Number(a.name));
    const nowSeconds = Math.floor(now.getTime() / 1000);
    return revisions.filter((p, i) => {
        if (p.topHash === latest)
            return false;
        const beyondKeep = policy.keepLast === undefined || i >= policy.keepLast;
        const old = policy.olderThanSeconds === undefined || nowSeconds - Number(p.name) > policy.olderThanSeconds;
        return beyondKeep && old;
    });
}
/** The time before which a policy's `olderThanSeconds` removes revisions. */
function retentionCutoff(policy, now) {
    if (policy.olderThanSeconds === undefined)
        return null;
    return new Date((Math.floor(now.getTime() / 1000) - policy.olderThanSeconds) * 1000);
}

;// CONCATENATED MODULE: ./src/quilt/ops/cleanup.ts
/**
 * Cleanup across packages: a name pattern (`team/*`, `*\/raw-*`) selects packages of the
 * registry, and each is handed to `deletePackage` with the same retention policy, top hash or
 * dry-run. Pointers only, as always; packages are processed a few at a time.
 */



/** Whether a name is a pattern (has `*`, `?` or `[`). */
function isNamePattern(name) {
    return /[*?[]/.test(name);
}
/** A package-name pattern: `*` and `?` within one part of the name (they never match `/`). */
function namePatternRegExp(pattern) {
    let re = '';
    for (const ch of pattern) {
        if (ch === '*')
            re += '[^/]*';
        else if (ch === '?')
            re += '[^/]';
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, 'u');
}
/** Each matching package and what was (or would be) removed from it, in name order. */
async function cleanup(req) {
    if (req.policy && req.topHash !== undefined) {
        throw new errors/* QuiltError */.YH('A top hash cannot be combined with a retention policy: use one or the other.');
    }
    const re = namePatternRegExp(req.pattern);
    // A bad hash fails here, once; a good one need not be in every matching package.
    const topHash = req.topHash === undefined ? undefined : await resolveTopHash(req.registry, req.topHash);
    const names = (await req.registry.listPackages()).filter((n) => re.test(n));
    const results = await (0,quilt_concurrency/* mapLimit */.sf)(names, 8, async (name) => {
        try {
            return await deletePackage({
                name,
                registry: req.registry,
                topHash,
                policy: req.policy,
                dryRun: req.dryRun,
                now: req.now
            });
        }
        catch (e) {
            // The revision is not in this package, or the package went away since the listing.
            if (e instanceof errors/* RevisionNotFoundError */.pd || e instanceof errors/* PackageNotFoundError */.ci)
                return null;
            throw e;
        }
    });
    const out = new Map();
    names.forEach((n, i) => {
        const r = results[i];
        if (r)
            out.set(n, r);
    });
    return out;
}

;// CONCATENATED MODULE: ./src/action/execute.ts
/**
 * One request in, one operation run, the outputs out. Shared by the action and the command line.
 */











async function runBuild(inputs, clients, log) {
    const registry = await registryOf(inputs, clients, log);
    const hashType = hashTypeOf(inputs, clients, log);
    const source = await sourceOf(inputs, clients, log, hashType);
    const bytes = source.entries.reduce((n, e) => n + e.size, 0);
    log.info(`Building ${inputs.name} from ${source.display} (${plural(source.entries.length, 'file')}, ${report_formatBytes(bytes)}) into ${registry.display}`);
    const progress = new ProgressLine((l) => log.info(l), 'Hashed');
    const result = await build({
        name: inputs.name,
        source,
        registry,
        message: inputs.message,
        userMeta: inputs.meta,
        workflow: { source: workflowSource(registry, clients), choice: inputs.workflow },
        hashType
    }, {
        concurrency: inputs.concurrency,
        s3: source.kind === 's3' ? await clients.get() : undefined,
        dryRun: inputs.dryRun,
        onWarning: (w) => log.warning(w),
        onProgress: (p) => progress.update(p.bytesDone, p.bytesTotal, false, {
            done: p.filesDone,
            total: p.filesTotal
        })
    }).catch((e) => {
        throw asInputError(e);
    });
    progress.update(result.bytes, result.bytes, true, { done: result.files, total: result.files });
    log.info(`Package ${inputs.name}@${result.topHash.slice(0, 7)} built in ${registry.display}`);
    return packageResult('build', inputs, registry, log, {
        ...result,
        uploadedBytes: 0,
        reused: 0,
        changed: result.previousTopHash !== result.topHash,
        written: !inputs.dryRun
    });
}
async function runPush(inputs, clients, log) {
    const registry = await s3RegistryOf(inputs.registry.bucket, clients, log);
    const source = await sourceOf(inputs, clients, log);
    const bytes = source.entries.reduce((n, e) => n + e.size, 0);
    log.info(`Pushing ${inputs.name} from ${source.display} (${plural(source.entries.length, 'file')}, ${report_formatBytes(bytes)}) to ${registry.display}`);
    const hashing = new ProgressLine((l) => log.info(l), 'Hashed');
    const sending = new ProgressLine((l) => log.info(l), 'Uploaded');
    let result;
    try {
        const { push } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711), __nccwpck_require__.e(620), __nccwpck_require__.e(118)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9118));
        result = await push({
            name: inputs.name,
            source,
            registry,
            dest: inputs.dest,
            message: inputs.message,
            userMeta: inputs.meta,
            force: inputs.force,
            dedupe: inputs.dedupe,
            dryRun: inputs.dryRun,
            workflow: { source: workflowSource(registry, clients), choice: inputs.workflow },
            hashType: hashTypeOf(inputs, clients, log)
        }, {
            concurrency: inputs.concurrency,
            onProgress: (p) => (p.phase === 'hashing' ? hashing : sending).update(p.bytesDone, p.bytesTotal, false, {
                done: p.filesDone,
                total: p.filesTotal
            }),
            onWarning: (w) => log.warning(w),
            onInfo: (m) => log.info(m)
        });
    }
    catch (e) {
        throw asInputError(e);
    }
    log.info(`${plural(result.transferred, 'file')} uploaded or copied (${report_formatBytes(result.uploadedBytes)}), ${plural(result.reused, 'file')} already in S3`);
    if (result.written) {
        log.info(`Package ${inputs.name}@${result.topHash.slice(0, 7)} pushed to ${registry.display}`);
    }
    return packageResult('push', inputs, registry, log, result);
}
async function runDelete(inputs, clients, log) {
    const registry = await registryOf(inputs, clients, log);
    const policy = inputs.keepLast !== undefined || inputs.olderThanSeconds !== undefined
        ? { keepLast: inputs.keepLast, olderThanSeconds: inputs.olderThanSeconds }
        : undefined;
    const pattern = isNamePattern(inputs.name);
    const verb = inputs.dryRun ? 'Would remove' : 'Removed';
    const now = new Date();
    const cutoff = policy ? retentionCutoff(policy, now) : null;
    if (policy)
        log.info(`Retention: ${describePolicy(policy, cutoff)}.`);
    let results;
    try {
        if (pattern) {
            results = await cleanup({
                pattern: inputs.name,
                registry,
                policy,
                topHash: inputs.topHash,
                dryRun: inputs.dryRun,
                now
            });
            if (results.size === 0) {
                log.warning(`No package of ${registry.display} matches ${inputs.name}: nothing to delete.`);
            }
        }
        else {
            const r = await deletePackage({
                name: inputs.name,
                registry,
                topHash: inputs.topHash,
                policy,
                dryRun: inputs.dryRun,
                now
            });
            results = new Map([[inputs.name, r]]);
        }
    }
    catch (e) {
        throw asInputError(e);
    }
    for (const [name, r] of results) {
        for (const w of r.warnings)
            log.warning(w);
        log.info(`${name}: ${verb.toLowerCase()} ${plural(r.pointersRemoved.length, 'pointer')} (${r.deleted.join(', ') || 'none'}), kept ${plural(r.kept.length, 'revision')}; manifests and data are kept.`);
        log.info(r.latest
            ? `${name}: latest ${inputs.dryRun ? 'would point' : 'points'} to ${r.latest}`
            : `${name} has no revisions left`);
    }
    // The messages of the revisions the summary shows.
    const shown = cleanupRows([...results].map(([name, r]) => ({ name, kept: r.kept, removed: r.removed })));
    const shownHashes = [...new Set(shown.tables.flatMap((t) => t.rows.map((p) => p.topHash)))];
    const messages = new Map(pattern || policy
        ? await (0,quilt_concurrency/* mapLimit */.sf)(shownHashes, 16, async (h) => [h, await (0,registry_registry/* readRevisionMessage */.NP)(registry, h)])
        : []);
    return deleteResult(inputs, registry, log, results, { pattern, policy, cutoff, messages });
}
async function execute(inputs, log, deps = {}) {
    const clients = new Clients(inputs, deps);
    try {
        switch (inputs.mode) {
            case 'build':
                return await runBuild(inputs, clients, log);
            case 'push':
                return await runPush(inputs, clients, log);
            case 'delete':
                return await runDelete(inputs, clients, log);
        }
    }
    finally {
        clients.close();
    }
}

// EXTERNAL MODULE: ./src/action/metadata.ts + 1 modules
var metadata = __nccwpck_require__(8195);
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The command for people: `quilt-package-action <mode> --name ... --path ...`. Its flags are the
 * action's inputs as action.yml declares them (the same defaults, the same checks, the same
 * operation), parsed with node:util `parseArgs`; `--help` is written from action.yml too.
 * Progress goes to stderr, the outputs to stdout.
 */








const COMMAND = 'quilt-package-action';
/** The command's own options, beside the action's inputs. */
const COMMAND_OPTIONS = {
    json: 'print the outputs as one JSON object (numbers and booleans as JSON numbers and booleans)',
    version: 'print the version and exit',
    help: 'print this text and exit (also -h)'
};
/** A command line that cannot be run: exit code 2, the message and a pointer to --help. */
class UsageError extends Error {
    name = 'UsageError';
}
function unknownOption(flag, meta) {
    if (flag === 'mode') {
        return new UsageError(`The mode is the first argument, not a flag: ${COMMAND} build|push|delete --name ... Run with --help.`);
    }
    // Every flag there is: the inputs but mode (the first argument), and the command's own.
    const known = [
        ...Object.keys(meta.inputs).filter((n) => n !== 'mode'),
        ...Object.keys(COMMAND_OPTIONS)
    ];
    const near = closestNames(known, flag, 1);
    const hint = near.length > 0 ? ` Did you mean --${near[0]}?` : '';
    return new UsageError(`Unknown option --${flag}.${hint} Run with --help to list them.`);
}
/**
 * One flag in `--name=value` form, for parseArgs: a switch alone is `=true`, `--no-<switch>`
 * is `=false`, a flag's value may be the next argument. Returns how many arguments it used.
 */
function normalizeFlag(argv, i, meta, out) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const value = eq < 0 ? undefined : arg.slice(eq + 1);
    if (flag in COMMAND_OPTIONS) {
        if (value !== undefined)
            throw new UsageError(`Option --${flag} takes no value.`);
        out.push(arg);
        return 1;
    }
    const negated = flag.startsWith('no-') ? meta.inputs[flag.slice(3)] : undefined;
    if (negated && (0,metadata/* isSwitch */.Tb)(negated)) {
        if (value !== undefined)
            throw new UsageError(`Option --${flag} takes no value.`);
        out.push(`--${flag.slice(3)}=false`);
        return 1;
    }
    const spec = meta.inputs[flag];
    if (!spec || flag === 'mode')
        throw unknownOption(flag, meta);
    if (value !== undefined) {
        out.push(`--${flag}=${value}`);
        return 1;
    }
    if ((0,metadata/* isSwitch */.Tb)(spec)) {
        out.push(`--${flag}=true`);
        return 1;
    }
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`Option --${flag} needs a value (use --${flag}=VALUE for a value starting with --).`);
    }
    out.push(`--${flag}=${next}`);
    return 2;
}
/** Parse `<mode> --flag value --flag=value --switch --no-switch ...`; unknown flags are errors. */
function parseArgs(argv, meta = (0,metadata/* actionMetadata */.Sp)()) {
    const normalized = [];
    for (let i = 0; i < argv.length;) {
        const arg = argv[i];
        if (arg === '-h') {
            normalized.push('--help');
            i++;
        }
        else if (arg === '--') {
            normalized.push(...argv.slice(i));
            break;
        }
        else if (arg.startsWith('--'))
            i += normalizeFlag(argv, i, meta, normalized);
        else {
            normalized.push(arg);
            i++;
        }
    }
    const options = {};
    for (const name of Object.keys(COMMAND_OPTIONS))
        options[name] = { type: 'boolean' };
    for (const name of Object.keys(meta.inputs))
        if (name !== 'mode')
            options[name] = { type: 'string' };
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: normalized,
        options,
        allowPositionals: true,
        strict: true
    });
    const inputs = new Map();
    const [mode, ...extra] = positionals;
    if (extra.length > 0)
        throw new UsageError(`Unexpected argument '${extra[0]}'. Run with --help.`);
    if (mode !== undefined)
        inputs.set('mode', mode);
    for (const [name, value] of Object.entries(values)) {
        if (typeof value === 'string')
            inputs.set(name, value);
    }
    return {
        inputs,
        json: values.json === true,
        help: values.help === true,
        version: values.version === true
    };
}
/** `text` wrapped at `width` columns, each line indented by `indent`. */
function wrap(text, indent, width = 80) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && indent.length + line.length + 1 + word.length > width) {
            lines.push(indent + line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    if (line)
        lines.push(indent + line);
    return lines.join('\n');
}
/** The flag as `--help` shows it, with what it defaults to. */
function flagLine(name, spec) {
    if (name === 'mode')
        return '  <mode>  (required: build, push or delete)';
    const form = (0,metadata/* isSwitch */.Tb)(spec) ? `--${name}, --no-${name}` : `--${name} VALUE`;
    const note = spec.required
        ? '  (required)'
        : spec.default !== ''
            ? `  (default: ${spec.default}${(0,metadata/* isSwitch */.Tb)(spec) ? `; or --${name}=true|false` : ''})`
            : '';
    return `  ${form}${note}`;
}
/** `--help`: written from action.yml, the same table the action and the README use. */
function usage(meta = (0,metadata/* actionMetadata */.Sp)()) {
    const parts = [
        `Usage: ${COMMAND} <mode> [--INPUT VALUE | --INPUT=VALUE ...] [--json]`,
        `       ${COMMAND} --help | --version`,
        '',
        wrap(meta.description, ''),
        '',
        "Inputs (the action's inputs as flags; defaults as in action.yml):"
    ];
    for (const [name, spec] of Object.entries(meta.inputs)) {
        parts.push(flagLine(name, spec), wrap(spec.description, '      '));
    }
    parts.push('', 'Options of the command:');
    for (const [name, text] of Object.entries(COMMAND_OPTIONS))
        parts.push(`  --${name}`, wrap(text, '      '));
    parts.push('', "Outputs (printed as 'name: value' lines, or one JSON object with --json):");
    for (const [name, spec] of Object.entries(meta.outputs)) {
        parts.push(`  ${name}`, wrap(spec.description, '      '));
    }
    parts.push('', 'AWS credentials come from your environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, ...); GitHub OIDC', '(role-to-assume) works only inside GitHub Actions. With --role-chaining, --role-to-assume is', 'assumed with the credentials of your environment (AssumeRole; no session tags are sent).', 'With --quilt-api-key and --catalog, the credentials come from the Quilt catalog instead.', '');
    return parts.join('\n');
}
/** The flags given as the action's inputs; parseInputs applies action.yml's defaults. */
function inputReader(given) {
    // `--workflow ''` (quilt3's CLI way of saying "no workflow") is the action's `(none)`.
    if (given.get('workflow') === '')
        given.set('workflow', action_inputs/* NO_WORKFLOW */.gk);
    return (name) => given.get(name) ?? '';
}
/**
 * `--quilt-api-key` signs in through the catalog, as in the action; `--role-to-assume` works
 * with `--role-chaining` only: AssumeRole with the environment's keys.
 */
async function signIn(inputs, info) {
    const auth = inputs.auth;
    if (auth.quiltApiKey !== undefined) {
        const { signInWithApiKey } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 4209));
        const { catalog, key } = auth.quiltApiKey;
        // Nothing to mask outside Actions: the key and the credentials are never printed.
        const r = await signInWithApiKey(catalog, key, { mask: () => undefined, info }).catch((e) => {
            throw asInputError(e);
        });
        return { credentials: r.credentials, catalogConfig: r.config };
    }
    if (auth.roleToAssume === undefined)
        return {};
    if (!auth.roleChaining) {
        throw new action_inputs/* InputError */.dz('role-to-assume', "Input 'role-to-assume' signs in with GitHub OIDC, which only works inside GitHub Actions. Locally, use the AWS credentials of your environment (AWS_PROFILE, AWS_ACCESS_KEY_ID...), or add --role-chaining to assume the role with them.");
    }
    const { chainedCredentials, roleSettings } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(695), __nccwpck_require__.e(726)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5726));
    // No tags: outside a workflow run there is no run to describe.
    return {
        credentials: chainedCredentials(
        // Inside a workflow run, the session name names it as the action's does.
        { ...roleSettings(inputs, await currentGitHubRun()), externalId: auth.externalId, tags: [] }, { mask: () => undefined, info })
    };
}
async function main(argv) {
    const meta = (0,metadata/* actionMetadata */.Sp)();
    let args;
    try {
        args = parseArgs(argv, meta);
    }
    catch (e) {
        // parseArgs' own errors (ERR_PARSE_ARGS_*) are usage errors too.
        process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
        return 2;
    }
    if (args.version) {
        process.stdout.write(`${COMMAND} ${(0,metadata/* packageVersion */.Tl)()}\n`);
        return 0;
    }
    if (args.help || args.inputs.size === 0) {
        process.stdout.write(usage(meta));
        return args.help ? 0 : 2;
    }
    try {
        const inputs = (0,action_inputs/* parseInputs */.TL)(inputReader(args.inputs));
        const log = {
            info: (m) => process.stderr.write(`${m}\n`),
            warning: (m) => process.stderr.write(`warning: ${m}\n`)
        };
        const result = await execute(inputs, log, await signIn(inputs, log.info));
        if (args.json)
            process.stdout.write(JSON.stringify(result.outputs) + '\n');
        else {
            for (const [k, v] of Object.entries(result.outputs)) {
                process.stdout.write(`${k}: ${outputText(v)}\n`);
            }
        }
        return 0;
    }
    catch (e) {
        process.stderr.write(`error: ${errorMessage(e)}\n`);
        return 1;
    }
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5547);
/* istanbul ignore file */

process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ resolveConcurrency),
/* harmony export */   Gm: () => (/* binding */ forEachLimit),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   jf: () => (/* binding */ Semaphore),
/* harmony export */   sf: () => (/* binding */ mapLimit),
/* harmony export */   z2: () => (/* binding */ defaultHashThreads)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Bounded concurrency: a weighted semaphore (requests in flight, bytes held in memory) and a
 * jittered retry for operations the SDK cannot retry by itself.
 */

/**
 * Requests in flight to S3 by default: real S3 is latency-bound (tens of ms a request), so many
 * small files need many requests at once; bytes held in memory are capped separately.
 */
const DEFAULT_CONCURRENCY = 32;
/** Threads hashing local files by default: one per core (hashing is CPU-bound). */
function defaultHashThreads() {
    return (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)();
}
/**
 * The `concurrency` input: S3 requests in flight at that number, hashing threads too but at most
 * one per core (more threads than cores only cost memory: 8 MiB each); else the defaults.
 */
function resolveConcurrency(n) {
    const cores = defaultHashThreads();
    return { s3Requests: n ?? DEFAULT_CONCURRENCY, hashThreads: Math.min(n ?? cores, cores) };
}
/** A counting semaphore whose permits may be taken several at a time (e.g. bytes). */
class Semaphore {
    capacity;
    available;
    waiters = [];
    constructor(capacity) {
        this.capacity = capacity;
        this.available = capacity;
    }
    /** Take `n` permits (at most the capacity), waiting until they are free. */
    async acquire(n = 1) {
        if (this.tryAcquire(n))
            return;
        await new Promise((resolve) => this.waiters.push({ n: Math.min(n, this.capacity), resolve }));
    }
    /** Take `n` permits if they are free now (and nobody waits before): whether it did. */
    tryAcquire(n = 1) {
        const want = Math.min(n, this.capacity);
        if (this.waiters.length === 0 && this.available >= want) {
            this.available -= want;
            return true;
        }
        return false;
    }
    release(n = 1) {
        this.available += Math.min(n, this.capacity);
        while (this.waiters.length > 0 && this.available >= this.waiters[0].n) {
            const w = this.waiters.shift();
            this.available -= w.n;
            w.resolve();
        }
    }
    async use(n, fn) {
        // Free permits are taken without a turn of the event loop.
        if (!this.tryAcquire(n))
            await this.acquire(n);
        try {
            return await fn();
        }
        finally {
            this.release(n);
        }
    }
}
/**
 * Run `fn` over `items`, at most `limit` at once, taking items only as workers free up (no
 * promise per item is made ahead: memory stays flat however many items). The first failure
 * stops the taking of new items, is passed to `onFailure` (e.g. to abort requests in flight),
 * and is the one thrown once the items already started have settled: never an error caused by
 * the stop itself.
 */
async function forEachLimit(items, limit, fn, onFailure) {
    let next = 0;
    let failed = false;
    let firstError = undefined;
    const worker = async () => {
        while (next < items.length && !failed) {
            const i = next++;
            try {
                await fn(items[i], i);
            }
            catch (e) {
                if (!failed) {
                    failed = true;
                    firstError = e;
                    onFailure?.(e);
                }
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failed)
        throw firstError instanceof Error ? firstError : new Error(String(firstError));
}
/** Run `fn` over `items` with at most `limit` at once; results in order (see `forEachLimit`). */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    await forEachLimit(items, limit, async (item, i) => {
        out[i] = await fn(item, i);
    });
    return out;
}
const defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Retry with full-jitter exponential backoff (`random * min(max, base * 2^n)`). */
async function retry(fn, o = {}) {
    const attempts = o.attempts ?? 5;
    const sleep = o.sleep ?? defaultSleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (e) {
            if (attempt >= attempts || !(o.retryable ?? (() => true))(e))
                throw e;
            const delay = Math.random() * Math.min(o.maxMs ?? 10_000, (o.baseMs ?? 200) * 2 ** (attempt - 1));
            o.onRetry?.(attempt, e, delay);
            await sleep(delay);
        }
    }
}


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ SourceReadError),
/* harmony export */   Oe: () => (/* binding */ WorkflowConfigError),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   U3: () => (/* binding */ CommitUnknownError),
/* harmony export */   YH: () => (/* binding */ QuiltError),
/* harmony export */   ci: () => (/* binding */ PackageNotFoundError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   id: () => (/* binding */ DeleteConflictError),
/* harmony export */   jL: () => (/* binding */ FileChangedError),
/* harmony export */   jm: () => (/* binding */ EntryError),
/* harmony export */   lt: () => (/* binding */ DestinationError),
/* harmony export */   nc: () => (/* binding */ WorkflowValidationError),
/* harmony export */   pd: () => (/* binding */ RevisionNotFoundError),
/* harmony export */   tn: () => (/* binding */ WorkflowChoiceError)
/* harmony export */ });
/**
 * Typed errors of the engine. The action maps them to the input at fault by type (never by the
 * text of a message); each message says what happened and what to do.
 */
/** A quilt3 exception text (`QuiltException`, `URLParseError`, ...) raised for bad input. */
class QuiltError extends Error {
    name = 'QuiltError';
}
/**
 * A manifest that cannot be read as quilt3 8.0.0 reads one (`Package._from_path`): not UTF-8,
 * a line that is not a JSON object, a field quilt3 needs that is missing, a key that clashes.
 */
class ManifestError extends QuiltError {
    reason;
    constructor(
    /** What is wrong, and where (`line N: ...`). */
    reason) {
        super(`Invalid manifest: ${reason}`);
        this.reason = reason;
        this.name = 'ManifestError';
    }
}
/** Another writer moved `latest` since this run read it: nothing of ours is left as `latest`. */
class ConflictError extends QuiltError {
    packageName;
    expected;
    found;
    name = 'ConflictError';
    constructor(packageName, expected, found, action = 'push') {
        super(`Conflict: package '${packageName}' was changed by someone else during this ${action}: latest is now ${found ?? 'absent'}, ` +
            `but this ${action} started from ${expected ?? 'no revision'}. Nothing was overwritten. ` +
            (action === 'push'
                ? 'Re-run to build on the new latest, or set force: true to replace it.'
                : 'Re-run to build on the new latest.'));
        this.packageName = packageName;
        this.expected = expected;
        this.found = found;
    }
}
/**
 * The answer to the write of `latest` was lost and `latest` has moved on since: whether this
 * revision was `latest` in between cannot be told (an unversioned bucket keeps no history). Its
 * timestamp pointer is kept: the revision is complete, and may be another's parent.
 */
class CommitUnknownError extends QuiltError {
    packageName;
    topHash;
    revision;
    name = 'CommitUnknownError';
    constructor(packageName, topHash, revision) {
        super(`The answer to this run's write of latest for '${packageName}' was lost, and latest has moved on since: whether ${topHash} was latest in between cannot be told (the bucket keeps no version history). ` +
            `The revision is complete and keeps its timestamp pointer ${revision}. Check the package's history before re-running.`);
        this.packageName = packageName;
        this.topHash = topHash;
        this.revision = revision;
    }
}
/** `delete` kept finding the package moved under it and gave up without removing `latest`. */
class DeleteConflictError extends QuiltError {
    packageName;
    name = 'DeleteConflictError';
    constructor(packageName, rounds) {
        super(`Conflict: package '${packageName}' kept changing while this delete ran (${rounds} attempts): another run is writing it. ` +
            'Nothing that run wrote was removed. Re-run the delete when the package is quiet (e.g. in the same concurrency group as the publishers).');
        this.packageName = packageName;
    }
}
/** A package name with no revision in the registry. */
class PackageNotFoundError extends QuiltError {
    packageName;
    registry;
    closest;
    name = 'PackageNotFoundError';
    constructor(packageName, registry, closest) {
        super(`Package ${packageName} does not exist in ${registry}` +
            (closest.length > 0
                ? `; the closest names there are: ${closest.join(', ')}.`
                : ' (the registry has no package with a similar name).') +
            ' Check the name; nothing was deleted.');
        this.packageName = packageName;
        this.registry = registry;
        this.closest = closest;
    }
}
/** A push destination (`dest`) outside the registry bucket, or with a version. */
class DestinationError extends QuiltError {
    name = 'DestinationError';
}
/** A top hash (or prefix) that names no revision, or several. */
class RevisionNotFoundError extends QuiltError {
    name = 'RevisionNotFoundError';
}
/** A source file that changed (size, mtime or inode) while the run read it. */
class FileChangedError extends QuiltError {
    path;
    name = 'FileChangedError';
    constructor(path, what) {
        super(`${path} changed while this run read it (${what}): the package would not record what is in S3. ` +
            'Nothing was published; re-run when the files no longer change.');
        this.path = path;
    }
}
/** A file or folder of the source that cannot be read. */
class SourceReadError extends QuiltError {
    path;
    code;
    name = 'SourceReadError';
    constructor(path, code, what) {
        super(`Cannot read the ${what} ${path} (${code}): a package is every file below 'path', so none may be left out. ` +
            (code === 'EACCES' || code === 'EPERM'
                ? `Give the job read permission on it, or list it in .quiltignore.`
                : `Fix it, or list it in .quiltignore.`));
        this.path = path;
        this.code = code;
    }
}
/**
 * The first failure of a transfer (upload, copy, hash of an entry): which entry, then the cause
 * (kept as `cause`, so the action can explain an S3 error with the permission to add).
 */
class EntryError extends QuiltError {
    logicalKey;
    source;
    cause;
    name = 'EntryError';
    constructor(logicalKey, source, cause) {
        super(`${logicalKey} (${source}): ${cause instanceof Error ? cause.message : String(cause)}`);
        this.logicalKey = logicalKey;
        this.source = source;
        this.cause = cause;
    }
}
/** A config or schema that cannot be used (quilt3 `ConfigurationError`). */
class WorkflowConfigError extends QuiltError {
    name = 'WorkflowConfigError';
}
/**
 * The workflow asked for (the `workflow` input, or none) cannot be used with this registry's
 * config: none exists, it has no such workflow, or it requires one. quilt3 raises these as
 * `QuiltException`, with the same messages.
 */
class WorkflowChoiceError extends QuiltError {
    name = 'WorkflowChoiceError';
}
/** The package does not pass its workflow (quilt3 `WorkflowValidationError`). */
class WorkflowValidationError extends QuiltError {
    violations;
    name = 'WorkflowValidationError';
    constructor(message, 
    /** Every violation, `<JSON path>: <message>`. */
    violations = []) {
        super(message);
        this.violations = violations;
    }
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ crc64nvmeKernel)
/* harmony export */ });
/**
 * CRC-64/NVME (the checksum S3 computes by default, and quilt's `CRC64NVME` hash type):
 * reflected polynomial 0x9a6c9329ac4bc9b5, initial value and final xor all ones. Checked by the
 * standard check value: CRC-64/NVME("123456789") = 0xae8b14860a799888.
 *
 * `crc64nvmeKernel` is self-contained (no reference outside itself): the hashing workers run it
 * from its source text, and the main thread calls it directly, so the algorithm is stated once.
 * It works on 32-bit halves with slice-by-8 tables (no BigInt in the loop).
 */
function crc64nvmeKernel() {
    // t[k * 512 + 2 * i] = high half, + 1 = low half of the k-th slice table at byte i.
    const t = new Uint32Array(8 * 512);
    const POLY_HI = 0x9a6c9329;
    const POLY_LO = 0xac4bc9b5;
    for (let i = 0; i < 256; i++) {
        let hi = 0;
        let lo = i;
        for (let b = 0; b < 8; b++) {
            const carry = lo & 1;
            lo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
            hi = hi >>> 1;
            if (carry) {
                hi = (hi ^ POLY_HI) >>> 0;
                lo = (lo ^ POLY_LO) >>> 0;
            }
        }
        t[2 * i] = hi;
        t[2 * i + 1] = lo;
    }
    for (let k = 1; k < 8; k++) {
        for (let i = 0; i < 256; i++) {
            const prev = (k - 1) * 512 + 2 * i;
            const hi = t[prev];
            const lo = t[prev + 1];
            const j = 2 * (lo & 255);
            t[k * 512 + 2 * i] = (hi >>> 8) ^ t[j];
            t[k * 512 + 2 * i + 1] = (((lo >>> 8) | ((hi & 255) << 24)) ^ t[j + 1]) >>> 0;
        }
    }
    return {
        start: () => ({ hi: 0xffffffff, lo: 0xffffffff }),
        update(s, data) {
            let hi = s.hi;
            let lo = s.lo;
            const n = data.length;
            let i = 0;
            const end8 = n - (n % 8);
            while (i < end8) {
                lo ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
                hi ^= data[i + 4] | (data[i + 5] << 8) | (data[i + 6] << 16) | (data[i + 7] << 24);
                i += 8;
                const a = 7 * 512 + 2 * (lo & 255);
                const b = 6 * 512 + 2 * ((lo >>> 8) & 255);
                const c = 5 * 512 + 2 * ((lo >>> 16) & 255);
                const d = 4 * 512 + 2 * (lo >>> 24);
                const e = 3 * 512 + 2 * (hi & 255);
                const f = 2 * 512 + 2 * ((hi >>> 8) & 255);
                const g = 512 + 2 * ((hi >>> 16) & 255);
                const h = 2 * (hi >>> 24);
                hi = t[a] ^ t[b] ^ t[c] ^ t[d] ^ t[e] ^ t[f] ^ t[g] ^ t[h];
                lo =
                    t[a + 1] ^
                        t[b + 1] ^
                        t[c + 1] ^
                        t[d + 1] ^
                        t[e + 1] ^
                        t[f + 1] ^
                        t[g + 1] ^
                        t[h + 1];
            }
            while (i < n) {
                const j = 2 * ((lo ^ data[i++]) & 255);
                lo = ((lo >>> 8) | ((hi & 255) << 24)) ^ t[j + 1];
                hi = (hi >>> 8) ^ t[j];
            }
            s.hi = hi >>> 0;
            s.lo = lo >>> 0;
        },
        digest(s) {
            const out = new Uint8Array(8);
            const hi = (s.hi ^ 0xffffffff) >>> 0;
            const lo = (s.lo ^ 0xffffffff) >>> 0;
            out[0] = hi >>> 24;
            out[1] = (hi >>> 16) & 255;
            out[2] = (hi >>> 8) & 255;
            out[3] = hi & 255;
            out[4] = lo >>> 24;
            out[5] = (lo >>> 16) & 255;
            out[6] = (lo >>> 8) & 255;
            out[7] = lo & 255;
            return out;
        }
    };
}


/***/ }),

/***/ 5397:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ SHA256_CHUNKED),
/* harmony export */   T2: () => (/* binding */ HASH_TYPES),
/* harmony export */   VR: () => (/* binding */ partCount),
/* harmony export */   YH: () => (/* binding */ combineParts),
/* harmony export */   ZL: () => (/* binding */ chunkSize),
/* harmony export */   _S: () => (/* binding */ quiltHashFromSinglePartChecksum),
/* harmony export */   _i: () => (/* binding */ crc64Base64),
/* harmony export */   fN: () => (/* binding */ CRC64NVME),
/* harmony export */   kv: () => (/* binding */ combinePartDigests),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   xf: () => (/* binding */ MULTIPART_THRESHOLD),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/* unused harmony exports SHA256_LEGACY, READABLE_HASH_TYPES, legacySha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _crc64_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(201);
/**
 * The hash arithmetic of the spec (§5): `sha2-256-chunked` (quilt3 8 writes only this), `CRC64NVME`
 * (quilt3 8 reads and verifies it; the catalog and quilt-rs write it) and legacy `SHA256`: part
 * sizes, the combination of the parts' digests, and S3's checksums read as quilt hashes.
 */


const MiB = 1024 * 1024;
/** quilt3 `CHECKSUM_MULTIPART_THRESHOLD`: from this size on, pushes use multipart uploads. */
const MULTIPART_THRESHOLD = 8 * MiB;
const MIN_CHUNK = 8 * MiB;
const MAX_PARTS = 10_000;
const SHA256_CHUNKED = 'sha2-256-chunked';
const CRC64NVME = 'CRC64NVME';
const SHA256_LEGACY = 'SHA256';
const HASH_TYPES = [SHA256_CHUNKED, CRC64NVME];
/** The hash types quilt3 8.0.0 reads (`SUPPORTED_HASH_TYPES`). */
const READABLE_HASH_TYPES = [SHA256_LEGACY, SHA256_CHUNKED, CRC64NVME];
/** quilt3 `get_checksum_chunksize`: 8 MiB, doubled until the file has at most 10,000 parts. */
function chunkSize(size) {
    let chunk = MIN_CHUNK;
    while (Math.ceil(size / chunk) > MAX_PARTS)
        chunk *= 2;
    return chunk;
}
/** Number of parts of the quilt hash (and of a quilt multipart upload); 0 for an empty file. */
function partCount(size) {
    return Math.ceil(size / chunkSize(size));
}
function sha256(data, encoding) {
    if (oneShot)
        return oneShot('sha256', data, encoding ?? 'buffer');
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data);
    return encoding === undefined ? h.digest() : h.digest(encoding);
}
const oneShot = typeof node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash === 'function' ? node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash : undefined;
/** `b64(sha256(d1 ‖ d2 ‖ … ‖ dn))`; with no parts, `b64(sha256(""))`. */
function combinePartDigests(digests) {
    if (digests.length === 1)
        return sha256(digests[0], 'base64');
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const d of digests)
        h.update(d);
    return h.digest('base64');
}
/** The quilt hash of bytes held in memory (manifests, tests, small objects). */
function hashBytes(data, type = SHA256_CHUNKED) {
    if (type === CRC64NVME)
        return crc64Base64(data);
    const size = data.length;
    // One part (`combinePartDigests` of one digest), without a list.
    if (size > 0 && size <= MULTIPART_THRESHOLD)
        return sha256(sha256(data), 'base64');
    const chunk = chunkSize(size);
    const digests = [];
    for (let off = 0; off < size; off += chunk)
        digests.push(sha256(data.subarray(off, off + chunk)));
    return combinePartDigests(digests);
}
/** The hash of a file from its parts' digests, in order (an empty file has no part). */
function combineParts(type, parts) {
    if (type === SHA256_CHUNKED)
        return combinePartDigests(parts.map((p) => p.digest));
    let crc = 0n;
    let opSize = -1;
    let op = 0n;
    parts.forEach((p, i) => {
        const value = BigInt('0x' + Buffer.from(p.digest).toString('hex'));
        if (i === 0) {
            crc = value;
            return;
        }
        if (p.size !== opSize) {
            op = xPow8nModP(p.size);
            opSize = p.size;
        }
        crc = multModP(op, crc) ^ value;
    });
    return crc64ToBase64(crc);
}
let kernel;
/** `CRC64NVME` of bytes in memory: base64 of the 8-byte big-endian CRC-64/NVME (quilt3, S3). */
function crc64Base64(data) {
    kernel ??= (0,_crc64_js__WEBPACK_IMPORTED_MODULE_1__/* .crc64nvmeKernel */ .O)();
    const s = kernel.start();
    kernel.update(s, data);
    return Buffer.from(kernel.digest(s)).toString('base64');
}
function crc64ToBase64(crc) {
    return Buffer.from(crc.toString(16).padStart(16, '0'), 'hex').toString('base64');
}
// CRC combination (as zlib's crc32_combine, for CRC-64/NVME): CRC(A ‖ B) = x^(8|B|)·CRC(A) ⊕
// CRC(B) modulo the polynomial, in the reflected bit order. Part CRCs computed in parallel are
// combined into the whole file's CRC, the value S3 gives for a full-object CRC64NVME.
const POLY = 0x9a6c9329ac4bc9b5n;
const TOP = 1n << 63n;
/** a·b modulo the polynomial (reflected: bit 63 is x^0). */
function multModP(a, b) {
    let m = TOP;
    let p = 0n;
    for (;;) {
        if (a & m) {
            p ^= b;
            if ((a & (m - 1n)) === 0n)
                break;
        }
        m >>= 1n;
        b = b & 1n ? (b >> 1n) ^ POLY : b >> 1n;
    }
    return p;
}
/** x^(8n) modulo the polynomial: the operator that appends n zero bytes. */
function xPow8nModP(n) {
    let p = TOP; // x^0
    let square = TOP >> 8n; // x^8 (one byte)
    for (let k = n; k > 0; k = Math.floor(k / 2)) {
        if (k % 2 === 1)
            p = multModP(square, p);
        square = multModP(square, square);
    }
    return p;
}
/** Legacy `SHA256`: lower-case hex sha256 of the whole content. */
function legacySha256(data) {
    return createHash('sha256').update(data).digest('hex');
}
/**
 * quilt3 `_simple_s3_to_quilt_checksum`: S3's single-request `ChecksumSHA256` (sha256 of the
 * whole object) as a quilt hash: hashed once more, except for the empty object.
 */
function quiltHashFromSinglePartChecksum(checksumB64) {
    const digest = Buffer.from(checksumB64, 'base64');
    if (digest.equals((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').digest()))
        return checksumB64;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(digest).digest('base64');
}


/***/ }),

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Xs: () => (/* binding */ NewEntry),
  lP: () => (/* binding */ Package),
  uA: () => (/* binding */ maxRecordSizeFromEnv),
  Pp: () => (/* binding */ readHash),
  Fx: () => (/* binding */ setNewHash)
});

// UNUSED EXPORTS: DEFAULT_MAX_RECORD_SIZE, NO_META, compareLogicalKeys, hashObject, newHash

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/quilt/py/json.ts
var json = __nccwpck_require__(5063);
// EXTERNAL MODULE: ./src/quilt/format/names.ts + 1 modules
var names = __nccwpck_require__(2378);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var hash = __nccwpck_require__(5397);
;// CONCATENATED MODULE: ./src/quilt/format/line-scan.ts

/** The scanner (`chunkedType`: the `sha2-256-chunked` hash type, whose lines are flagged). */
function lineScanner(chunkedType) {
    /** A constant text, and its bytes as little-endian 4-byte words (compared 4 bytes at a time). */
    class Piece {
        bytes;
        words;
        length;
        constructor(text) {
            this.bytes = ascii(text);
            this.length = this.bytes.length;
            const view = new DataView(this.bytes.buffer);
            this.words = Int32Array.from({ length: this.bytes.length >>> 2 }, (_, k) => view.getInt32(k * 4, true));
        }
    }
    // The entry line quilt3 writes (`PackageEntry.as_dict`, `json.dumps` with its default separators),
    // piece by piece around its five values.
    const LK_OPEN = new Piece('{"logical_key": "');
    const PK_OPEN = new Piece('", "physical_keys": ["');
    const SIZE_OPEN = new Piece('"], "size": ');
    const HASH_OPEN = new Piece(', "hash": {"type": "');
    const VALUE_OPEN = new Piece('", "value": "');
    const META_OPEN = new Piece('"}, "meta": ');
    const CHUNKED_TYPE = new Piece(chunkedType);
    /** The most digits a size may have to be read here: any 15-digit integer is below 2^53. */
    const MAX_FAST_DIGITS = 15;
    function ascii(s) {
        return Uint8Array.from(s, (c) => c.charCodeAt(0));
    }
    /** Whether `bytes` holds `text` at `at`. */
    function holds(bytes, at, text) {
        if (at + text.length > bytes.length)
            return false;
        for (let i = 0; i < text.length; i++)
            if (bytes[at + i] !== text[i])
                return false;
        return true;
    }
    /** `holds` for a piece, through `view` (the bytes' DataView). */
    function holdsPiece(view, at, piece) {
        const text = piece.bytes;
        if (at + text.length > view.byteLength)
            return false;
        const words = piece.words;
        for (let k = 0; k < words.length; k++)
            if (view.getInt32(at + k * 4, true) !== words[k])
                return false;
        for (let i = words.length * 4; i < text.length; i++) {
            if (view.getUint8(at + i) !== text[i])
                return false;
        }
        return true;
    }
    /**
     * Whether the last string `plainStringEnd` read is printable ASCII (0x20-0x7e): its bytes are
     * its text in the top hash too (`ensure_ascii` escapes 0x7f and up).
     */
    let lastStringPlain = true;
    /**
     * The 4-byte words of `bytes` (word `w` is bytes `4w` to `4w + 3`), to skip plain text 4 bytes at
     * a time; null when the bytes do not start on a word boundary.
     */
    function wordsOf(bytes) {
        if (bytes.byteOffset % 4 !== 0)
            return null;
        return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
    }
    /**
     * Whether a byte of the word `x` is `"`, `\\`, a control character or 0x7f and up (exact as a
     * yes or no: the classic "has a zero byte" tests, on bytes below 0x80).
     */
    function hasStringStop(x) {
        const q = x ^ 0x22222222;
        const b = x ^ 0x5c5c5c5c;
        const d = x ^ 0x7f7f7f7f;
        const t = ((q - 0x01010101) & ~q) |
            ((b - 0x01010101) & ~b) |
            ((d - 0x01010101) & ~d) |
            ((x - 0x20202020) & ~x) |
            x;
        return (t & 0x80808080) !== 0;
    }
    /**
     * The first position from `i` (a multiple of 4), before `end`, of a word with a byte that ends a
     * plain string (`hasStringStop`), or of the last incomplete word.
     */
    function skipStringWords(words, i, end) {
        let w = i >>> 2;
        const last = Math.floor(end / 4);
        while (w < last && !hasStringStop(words[w]))
            w++;
        return w * 4;
    }
    /** `hasStringStop`, or a byte is `?` or `#`: where a plain path of an `s3://` URL stops. */
    function hasPathStop(x) {
        const q = x ^ 0x3f3f3f3f;
        const h = x ^ 0x23232323;
        return (hasStringStop(x) || ((((q - 0x01010101) & ~q) | ((h - 0x01010101) & ~h)) & 0x80808080) !== 0);
    }
    /** `hasStringStop`, or a byte is `&` or `#`: where a plain version ID stops. */
    function hasVersionStop(x) {
        const a = x ^ 0x26262626;
        const h = x ^ 0x23232323;
        return (hasStringStop(x) || ((((a - 0x01010101) & ~a) | ((h - 0x01010101) & ~h)) & 0x80808080) !== 0);
    }
    /** `skipStringWords` for `hasPathStop`. */
    function skipPathWords(words, i, end) {
        let w = i >>> 2;
        const last = Math.floor(end / 4);
        while (w < last && !hasPathStop(words[w]))
            w++;
        return w * 4;
    }
    /** `skipStringWords` for `hasVersionStop`. */
    function skipVersionWords(words, i, end) {
        let w = i >>> 2;
        const last = Math.floor(end / 4);
        while (w < last && !hasVersionStop(words[w]))
            w++;
        return w * 4;
    }
    /**
     * Where the string starting at `from` (just after its opening quote) ends, before `end`, when it
     * holds no escape and no control character (then its text is its bytes decoded); -1 otherwise.
     * `words`: the bytes' words (`wordsOf`), to skip plain text faster.
     */
    function plainStringEnd(bytes, from, end, words = null) {
        let plain = true;
        for (let i = from; i < end; i++) {
            if (words !== null && (i & 3) === 0) {
                i = skipStringWords(words, i, end);
                if (i >= end)
                    break;
            }
            const c = bytes[i];
            if (c === 0x22) {
                lastStringPlain = plain;
                return i;
            }
            if (c === 0x5c || c < 0x20)
                return -1;
            if (c >= 0x7f)
                plain = false;
        }
        return -1;
    }
    const S3_SCHEME = new Piece('s3://');
    const VERSION_QUERY = new Piece('?versionId=');
    /** The bytes of a bucket name this reading takes: `[A-Za-z0-9._-]` (1; others 0). */
    const BUCKET_BYTES = Uint8Array.from({ length: 256 }, (_, c) => (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2e ||
        c === 0x5f ||
        c === 0x2d
        ? 1
        : 0);
    /**
     * Whether the last URL `urlStringEnd` read is an `s3://` URL whose `PhysicalKey.fromUrl` cannot
     * fail: a bucket of `[A-Za-z0-9._-]`, `/`, a path without `?` or `#`, at most a `?versionId=`
     * without `&` or `#`. Such a URL is parsed on first use; any other URL is parsed as its line is
     * read, as quilt3 `_load` does.
     */
    let lastUrlPlainS3 = false;
    /** `plainStringEnd` for a URL, which also tells `lastUrlPlainS3`: the string read once. */
    function urlStringEnd(bytes, view, from, end, words) {
        lastUrlPlainS3 = false;
        if (!holdsPiece(view, from, S3_SCHEME))
            return plainStringEnd(bytes, from, end, words);
        let i = from + S3_SCHEME.length;
        const bucketStart = i;
        while (i < end && BUCKET_BYTES[bytes[i]] === 1)
            i++;
        if (i === bucketStart || bytes[i] !== 0x2f)
            return plainStringEnd(bytes, from, end, words);
        // The path.
        for (; i < end; i++) {
            if (words !== null && (i & 3) === 0) {
                i = skipPathWords(words, i, end);
                if (i >= end)
                    return -1;
            }
            const c = bytes[i];
            if (c === 0x22) {
                lastUrlPlainS3 = true;
                return i;
            }
            if (c === 0x5c || c < 0x20)
                return -1;
            if (c === 0x3f)
                break;
            if (c === 0x23)
                return plainStringEnd(bytes, i, end, words);
        }
        if (i >= end)
            return -1;
        if (!holdsPiece(view, i, VERSION_QUERY))
            return plainStringEnd(bytes, i, end, words);
        // The version ID.
        for (i += VERSION_QUERY.length; i < end; i++) {
            if (words !== null && (i & 3) === 0) {
                i = skipVersionWords(words, i, end);
                if (i >= end)
                    return -1;
            }
            const c = bytes[i];
            if (c === 0x22) {
                lastUrlPlainS3 = true;
                return i;
            }
            if (c === 0x5c || c < 0x20)
                return -1;
            if (c === 0x26 || c === 0x23)
                return plainStringEnd(bytes, i, end, words);
        }
        return -1;
    }
    // What the table keeps of each line, relative to its start: where its fields end.
    const LK_END = 0;
    const URL_END = 1;
    const SIZE_END = 2;
    const TYPE_END = 3;
    const VALUE_END = 4;
    const LINE_END = 5;
    const STRIDE = 6;
    // And its flags.
    /** The logical key is printable ASCII (its bytes are its top-hash text). */
    const KEY_PLAIN = 1;
    /** The hash type is printable ASCII. */
    const TYPE_PLAIN = 2;
    /** The hash type is `sha2-256-chunked`. */
    const CHUNKED = 4;
    /** The meta is empty (`{}`, which quilt3 reads as `meta or {}`). */
    const META_EMPTY = 8;
    /** The URL is an `s3://` URL whose parsing cannot fail (`lastUrlPlainS3`). */
    const PLAIN_S3 = 16;
    /** Where `plainObjectMembers` and its helpers are in the bytes. */
    let cursor = 0;
    /** Nesting deeper than this is left to the exact parser. */
    const MAX_PLAIN_DEPTH = 64;
    /**
     * Whether `bytes[start, end)` is one JSON object the exact parser reads as it is (no allocation):
     * its number of members (0 or 1: some), or -1 when it is not such an object or the check is not
     * sure. Stricter than the parser, never looser: only spaces between tokens, no `NaN` or
     * `Infinity`, numbers whose value a double holds (at most 15 digits before the exponent, an
     * exponent of at most 2 digits, integers of at most 300 digits), `\\u` escapes outside the
     * surrogates, at most 64 levels deep.
     */
    function plainObjectMembers(bytes, start, end) {
        if (bytes[start] !== 0x7b)
            return -1;
        cursor = start + 1;
        skipSpaces(bytes, end);
        const empty = bytes[cursor] === 0x7d;
        cursor = start;
        if (!plainValue(bytes, end, 0) || cursor !== end)
            return -1;
        return empty ? 0 : 1;
    }
    function skipSpaces(bytes, end) {
        while (cursor < end && bytes[cursor] === 0x20)
            cursor++;
    }
    /** Past the value at `cursor` (moving it), when it is plain (`plainObjectMembers`). */
    function plainValue(bytes, end, depth) {
        if (cursor >= end)
            return false;
        const c = bytes[cursor];
        if (c === 0x22)
            return plainString(bytes, end);
        if (c === 0x7b || c === 0x5b) {
            if (depth >= MAX_PLAIN_DEPTH)
                return false;
            const close = c + 2; // `}` or `]`
            cursor++;
            skipSpaces(bytes, end);
            if (bytes[cursor] === close) {
                cursor++;
                return true;
            }
            for (;;) {
                if (c === 0x7b) {
                    if (bytes[cursor] !== 0x22 || !plainString(bytes, end))
                        return false;
                    skipSpaces(bytes, end);
                    if (bytes[cursor] !== 0x3a)
                        return false;
                    cursor++;
                    skipSpaces(bytes, end);
                }
                if (!plainValue(bytes, end, depth + 1))
                    return false;
                skipSpaces(bytes, end);
                if (cursor >= end)
                    return false;
                const d = bytes[cursor++];
                if (d === close)
                    return true;
                if (d !== 0x2c)
                    return false;
                skipSpaces(bytes, end);
            }
        }
        if (c === 0x74)
            return word(bytes, end, TRUE);
        if (c === 0x66)
            return word(bytes, end, FALSE);
        if (c === 0x6e)
            return word(bytes, end, NULL);
        return plainNumber(bytes, end);
    }
    const TRUE = ascii('true');
    const FALSE = ascii('false');
    const NULL = ascii('null');
    function word(bytes, end, w) {
        if (cursor + w.length > end || !holds(bytes, cursor, w))
            return false;
        cursor += w.length;
        return true;
    }
    function isDigit(c) {
        return c !== undefined && c >= 0x30 && c <= 0x39;
    }
    /** `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`, of a size any double holds (see above). */
    function plainNumber(bytes, end) {
        if (bytes[cursor] === 0x2d)
            cursor++;
        const intStart = cursor;
        if (bytes[cursor] === 0x30)
            cursor++;
        else
            while (cursor < end && isDigit(bytes[cursor]))
                cursor++;
        const intDigits = cursor - intStart;
        if (intDigits === 0)
            return false;
        let float = false;
        let digits = intDigits;
        if (cursor < end && bytes[cursor] === 0x2e) {
            float = true;
            const from = ++cursor;
            while (cursor < end && isDigit(bytes[cursor]))
                cursor++;
            if (cursor === from)
                return false;
            digits += cursor - from;
        }
        if (cursor < end && (bytes[cursor] === 0x65 || bytes[cursor] === 0x45)) {
            float = true;
            cursor++;
            if (cursor < end && (bytes[cursor] === 0x2b || bytes[cursor] === 0x2d))
                cursor++;
            const from = cursor;
            while (cursor < end && isDigit(bytes[cursor]))
                cursor++;
            if (cursor === from || cursor - from > 2)
                return false;
        }
        // Far from a double's overflow (below 1e115) and from Python's limit on int digits.
        return float ? digits <= 15 : intDigits <= 300;
    }
    /** Past the string at `cursor` (its opening quote), escapes checked. */
    function plainString(bytes, end) {
        for (let i = cursor + 1; i < end; i++) {
            const c = bytes[i];
            if (c === 0x22) {
                cursor = i + 1;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c !== 0x5c)
                continue;
            const e = bytes[++i];
            if (e === 0x75) {
                if (i + 4 >= end)
                    return false;
                let unit = 0;
                for (let k = 1; k <= 4; k++) {
                    const h = bytes[i + k];
                    const v = h >= 0x30 && h <= 0x39
                        ? h - 0x30
                        : h >= 0x61 && h <= 0x66
                            ? h - 0x57
                            : h >= 0x41 && h <= 0x46
                                ? h - 0x37
                                : -1;
                    if (v < 0)
                        return false;
                    unit = unit * 16 + v;
                }
                if (unit >= 0xd800 && unit <= 0xdfff)
                    return false;
                i += 4;
            }
            else if (e !== 0x22 &&
                e !== 0x5c &&
                e !== 0x2f &&
                e !== 0x62 &&
                e !== 0x66 &&
                e !== 0x6e &&
                e !== 0x72 &&
                e !== 0x74) {
                return false;
            }
        }
        return false;
    }
    /**
     * Index the line `bytes[start, end)` in `t` (which has room for one more) if it has quilt3's
     * shape: its index, else -1 (nothing kept). `words` and `view`: the bytes' (`wordsOf`, a
     * DataView). Never throws.
     */
    function scan(t, bytes, words, view, start, end) {
        if (!holdsPiece(view, start, LK_OPEN))
            return -1;
        const lkStart = start + LK_OPEN.length;
        const lkEnd = plainStringEnd(bytes, lkStart, end, words);
        if (lkEnd < 0 || !holdsPiece(view, lkEnd, PK_OPEN))
            return -1;
        let flags = lastStringPlain ? KEY_PLAIN : 0;
        const urlStart = lkEnd + PK_OPEN.length;
        const urlEnd = urlStringEnd(bytes, view, urlStart, end, words);
        if (urlEnd < 0 || !holdsPiece(view, urlEnd, SIZE_OPEN))
            return -1;
        const sizeStart = urlEnd + SIZE_OPEN.length;
        let sizeEnd = sizeStart;
        for (let c = bytes[sizeEnd]; c >= 0x30 && c <= 0x39; c = bytes[++sizeEnd])
            ;
        const digits = sizeEnd - sizeStart;
        if (digits === 0 || digits > MAX_FAST_DIGITS)
            return -1;
        // JSON has no leading zero: `012` is not a number (the exact parser says why).
        if (digits > 1 && bytes[sizeStart] === 0x30)
            return -1;
        if (!holdsPiece(view, sizeEnd, HASH_OPEN))
            return -1;
        const typeStart = sizeEnd + HASH_OPEN.length;
        // Most often `sha2-256-chunked` (then its end is known).
        const chunked = holdsPiece(view, typeStart, CHUNKED_TYPE) && bytes[typeStart + CHUNKED_TYPE.length] === 0x22;
        const typeEnd = chunked
            ? typeStart + CHUNKED_TYPE.length
            : plainStringEnd(bytes, typeStart, end);
        if (typeEnd < 0 || !holdsPiece(view, typeEnd, VALUE_OPEN))
            return -1;
        if (chunked || lastStringPlain)
            flags |= TYPE_PLAIN;
        if (chunked)
            flags |= CHUNKED;
        const valueStart = typeEnd + VALUE_OPEN.length;
        const valueEnd = plainStringEnd(bytes, valueStart, end, words);
        if (valueEnd < 0 || !lastStringPlain || !holdsPiece(view, valueEnd, META_OPEN))
            return -1;
        const metaStart = valueEnd + META_OPEN.length;
        const last = end - 1;
        if (bytes[last] !== 0x7d || bytes[metaStart] !== 0x7b)
            return -1;
        if (last - metaStart === 2 && bytes[metaStart + 1] === 0x7d)
            flags |= META_EMPTY;
        else {
            // Any other object: checked here without being read (it is read when used); what the
            // check is not sure of, the exact parser reads (and what it refuses, the reading of the
            // whole line reports, with its place).
            const members = plainObjectMembers(bytes, metaStart, last);
            if (members < 0)
                return -1;
            // quilt3: `self._meta = meta or {}`
            if (members === 0)
                flags |= META_EMPTY;
        }
        if (lastUrlPlainS3)
            flags |= PLAIN_S3;
        const i = t.length;
        t.starts[i] = start;
        const p = i * STRIDE;
        const places = t.places;
        places[p + LK_END] = lkEnd - start;
        places[p + URL_END] = urlEnd - start;
        places[p + SIZE_END] = sizeEnd - start;
        places[p + TYPE_END] = typeEnd - start;
        places[p + VALUE_END] = valueEnd - start;
        places[p + LINE_END] = end - start;
        t.flags[i] = flags;
        t.length = i + 1;
        return i;
    }
    /** Whether line `j`'s key sorts after line `i`'s and is not below it (`i`'s key + `/`...). */
    function follows(t, bytes, view, i, j) {
        const a = t.starts[i] + LK_OPEN.length;
        const aLength = t.starts[i] + t.places[i * STRIDE + LK_END] - a;
        const b = t.starts[j] + LK_OPEN.length;
        const bLength = t.starts[j] + t.places[j * STRIDE + LK_END] - b;
        const n = Math.min(aLength, bLength);
        // The first byte that differs (the common start 4 bytes at a time), else `n`.
        let d = 0;
        while (d + 4 <= n && view.getInt32(a + d) === view.getInt32(b + d))
            d += 4;
        while (d < n && bytes[a + d] === bytes[b + d])
            d++;
        if (d < n) {
            const x = bytes[a + d];
            const y = bytes[b + d];
            // `/` is below every other character (and never part of a longer one).
            return x === 0x2f || (y !== 0x2f && x < y);
        }
        // `i`'s key starts `j`'s: after it unless the same, and not below it (`i`'s key + `/`...).
        return bLength > aLength && bytes[b + aLength] !== 0x2f;
    }
    return {
        field: { LK_END, URL_END, SIZE_END, TYPE_END, VALUE_END, LINE_END, STRIDE },
        flag: { KEY_PLAIN, TYPE_PLAIN, CHUNKED, META_EMPTY, PLAIN_S3 },
        /** The length of the text before each value. */
        opening: {
            key: LK_OPEN.length,
            url: PK_OPEN.length,
            size: SIZE_OPEN.length,
            type: HASH_OPEN.length,
            value: VALUE_OPEN.length,
            meta: META_OPEN.length
        },
        /**
         * The shortest line `scan` keeps with its `\n`: a table of `bytes / MIN_LINE + 1` lines
         * holds every line of the bytes.
         */
        MIN_LINE: LK_OPEN.length +
            PK_OPEN.length +
            's3://b/'.length +
            SIZE_OPEN.length +
            1 +
            HASH_OPEN.length +
            VALUE_OPEN.length +
            META_OPEN.length +
            '{}}\n'.length,
        scan,
        follows,
        wordsOf
    };
}
/** This thread's scanner. */
const LINE_SCANNER = lineScanner(hash/* SHA256_CHUNKED */.Bg);

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/quilt/format/scan-worker.ts
/**
 * A large manifest's lines scanned while its bytes download (`Package.readWhileArriving`): the
 * main thread receives the bytes into shared memory; a worker thread scans them in segments
 * (each segment's bytes checked: UTF-8, no `\r`; each complete line scanned with the line
 * scanner, format/line-scan.ts, into a shared table) as they arrive. Once all are in, the main
 * thread scans the segments the worker has not claimed, the segments' lines are joined into one
 * table, and the main thread reads what was left (the first line, and every line from the first
 * one not taken).
 *
 * A line is taken as the main thread's reading would take it without a question: a line of
 * quilt3's shape, after the one before it in walk order and not below it, with a plain `s3://`
 * URL. At the first other line its segment stops scanning (and goes on checking the bytes).
 *
 * The worker runs from source text (`scanWorkerSource()`, started with `eval: true`), as the
 * hashing worker does: `scanWorkerMain` and `scanSegments` refer to nothing outside themselves
 * (Node's modules from `process.getBuiltinModule`, the layout of the shared memory in its data).
 */




/** Manifests of at least this many bytes are scanned by a worker as they download. */
const SCAN_WORKER_MIN_BYTES = 32 * 1024 * 1024;
/**
 * The most bytes a worker scans: the control slots hold byte counts in 32-bit integers. Larger
 * manifests are read on the main thread.
 */
const SCAN_WORKER_MAX_BYTES = 0x7fffffff;
/** The control slots: bytes arrived, reading abandoned, next segment to claim, first line's end. */
const SLOTS = { arrived: 0, abandoned: 1, next: 2, headEnd: 3 };
/**
 * A segment's fields, and its states: not done yet, every line taken, stopped at line `stop`
 * (which is not taken: the main thread reads it and every later line), or bytes that are not
 * UTF-8 or hold a `\r`.
 */
const SEGMENT = { state: 0, lines: 1, stop: 2, fields: 3, OK: 1, STOPPED: 2, BAD: 3 };
/**
 * Scan segments until none is left to claim (each claimed once, by whichever thread is free):
 * each line starting in the segment, as the bytes arrive (waiting for them: a worker). A line is
 * taken as the main thread's reading would take it without a question: of quilt3's shape, after
 * the line before it in walk order and not below it, with a plain `s3://` URL; at the first other
 * one the segment stops (the line before a segment's first is checked when they are joined).
 * Each segment's bytes are checked (UTF-8, no `\r`), also after a stop. Returns false when the
 * reading was abandoned. Self-contained (run from source text by the worker).
 */
function scanSegments(makeScanner, d, BufferClass, isUtf8) {
    const S = d.fields;
    const bytes = BufferClass.from(d.bytes);
    const control = new Int32Array(d.control);
    const results = new Int32Array(d.segments);
    const { arrived: ARRIVED, abandoned: ABANDONED, next: NEXT, headEnd: HEAD_END } = d.slots;
    const table = {
        starts: new Float64Array(d.starts),
        places: new Uint32Array(d.places),
        flags: new Uint8Array(d.flags),
        length: 0
    };
    const scan = makeScanner(d.chunkedType);
    const words = scan.wordsOf(bytes);
    const view = new DataView(d.bytes);
    const plainS3 = scan.flag.PLAIN_S3;
    const total = bytes.length;
    const count = Math.ceil(total / d.segment);
    /** Bytes in (at least `need` of them, or all): false when abandoned. */
    function waitFor(need) {
        for (;;) {
            if (Atomics.load(control, ABANDONED) !== 0)
                return false;
            const arrived = Atomics.load(control, ARRIVED);
            if (arrived >= need || arrived === total)
                return true;
            Atomics.wait(control, ARRIVED, arrived);
        }
    }
    /** Where the first line starting at or after `at` starts (`total`: none); -1: abandoned. */
    function lineStartFrom(at) {
        if (at === 0)
            return 0;
        for (let from = at - 1;;) {
            const arrived = Atomics.load(control, ARRIVED);
            const i = arrived > from ? bytes.subarray(from, arrived).indexOf(0x0a) : -1;
            if (i >= 0)
                return from + i + 1;
            if (arrived === total)
                return total;
            from = Math.max(from, arrived);
            if (!waitFor(arrived + 1))
                return -1;
        }
    }
    for (;;) {
        const k = Atomics.add(control, NEXT, 1);
        if (k >= count)
            return true;
        const limit = Math.min(total, (k + 1) * d.segment);
        const r = k * S.fields;
        const from = lineStartFrom(k * d.segment);
        if (from < 0)
            return false;
        const base = k * d.room;
        let pos = from;
        let lines = 0;
        let stop = -1;
        /** Bytes before this were searched for a `\n` (a long line is not searched again). */
        let searched = pos;
        // The lines starting in the segment, each once its `\n` is in.
        while (stop < 0 && pos < limit) {
            const arrived = Atomics.load(control, ARRIVED);
            let to = total;
            if (arrived < total) {
                const at = Math.max(pos, searched);
                const last = bytes.subarray(at, arrived).lastIndexOf(0x0a);
                searched = Math.max(searched, arrived);
                to = last < 0 ? pos : at + last + 1;
            }
            if (to <= pos) {
                if (!waitFor(arrived + 1))
                    return false;
                continue;
            }
            while (pos < to && pos < limit) {
                let end = bytes.indexOf(0x0a, pos);
                if (end < 0 || end >= to)
                    end = to;
                if (pos === 0)
                    Atomics.store(control, HEAD_END, end);
                else {
                    table.length = base + lines;
                    const i = lines < d.room ? scan.scan(table, bytes, words, view, pos, end) : -1;
                    if (i < 0 ||
                        (lines > 0 && !scan.follows(table, bytes, view, i - 1, i)) ||
                        (table.flags[i] & plainS3) === 0) {
                        stop = pos;
                        break;
                    }
                    lines++;
                }
                pos = end + 1;
            }
        }
        // The segment's bytes: up to the next segment's first line.
        const end = limit === total ? total : lineStartFrom(limit);
        if (end < 0)
            return false;
        if (!waitFor(end))
            return false;
        const part = bytes.subarray(from, end);
        // A `\n` is never part of a longer character: parts are UTF-8 one by one or not at all.
        const bad = !isUtf8(part) || part.indexOf(0x0d) >= 0;
        results[r + S.lines] = lines;
        results[r + S.stop] = stop;
        Atomics.store(results, r + S.state, bad ? S.BAD : stop >= 0 ? S.STOPPED : S.OK);
    }
}
/** The worker: scans segments, then says so. */
function scanWorkerMain(run, makeScanner) {
    const threads = process.getBuiltinModule('node:worker_threads');
    const { Buffer, isUtf8 } = process.getBuiltinModule('node:buffer');
    const parentPort = threads.parentPort;
    if (!parentPort)
        return;
    if (run(makeScanner, threads.workerData, Buffer, isUtf8))
        parentPort.postMessage('done');
}
/** The source text the worker runs. */
function scanWorkerSource() {
    return `(${String(scanWorkerMain)})(${String(scanSegments)}, ${String(lineScanner)})\n`;
}
/** Segments of this many bytes by default (`ScanData.segment`). */
const SEGMENT_BYTES = 4 * 1024 * 1024;
/**
 * The main thread's side: the shared buffer the bytes go to, told as they arrive; once all are
 * in, this thread scans the segments the worker has not claimed yet, and the segments' lines are
 * joined into one table.
 */
class ScanWorker {
    bytes;
    control;
    data;
    worker;
    done;
    /**
     * A worker for a manifest of `length` bytes, or null when it is not worth one (`force`: one
     * whatever the length; `segment`: another segment size, for tests).
     */
    static start(length, options = {}) {
        if (length === 0 || length > SCAN_WORKER_MAX_BYTES)
            return null;
        if (options.force !== true && length < SCAN_WORKER_MIN_BYTES)
            return null;
        return new ScanWorker(length, options.segment ?? SEGMENT_BYTES);
    }
    constructor(length, segment) {
        // Room for every line a segment may keep: none is shorter than MIN_LINE.
        const room = Math.floor(segment / LINE_SCANNER.MIN_LINE) + 1;
        const lines = Math.ceil(length / segment) * room;
        const stride = LINE_SCANNER.field.STRIDE;
        this.data = {
            bytes: new SharedArrayBuffer(length),
            control: new SharedArrayBuffer(4 * 4),
            slots: SLOTS,
            starts: new SharedArrayBuffer(lines * 8),
            places: new SharedArrayBuffer(lines * stride * 4),
            flags: new SharedArrayBuffer(lines),
            segments: new SharedArrayBuffer(Math.ceil(length / segment) * SEGMENT.fields * 4),
            segment,
            room,
            fields: SEGMENT,
            chunkedType: hash/* SHA256_CHUNKED */.Bg
        };
        this.bytes = external_node_buffer_.Buffer.from(this.data.bytes);
        this.control = new Int32Array(this.data.control);
        this.control[SLOTS.headEnd] = -1;
        this.worker = new external_node_worker_threads_.Worker(scanWorkerSource(), { eval: true, workerData: this.data });
        this.done = new Promise((resolve) => {
            this.worker.once('message', () => resolve(true));
            // A worker that fails leaves the reading to the main thread.
            this.worker.once('error', () => resolve(false));
            this.worker.once('exit', () => resolve(false));
        });
        // Not what keeps the process alive while the bytes arrive (unref'd after its listeners,
        // which would ref it again); `result` waits for it.
        this.worker.unref();
    }
    /** Bytes `[0, n)` are in. */
    arrived(n) {
        Atomics.store(this.control, SLOTS.arrived, n);
        Atomics.notify(this.control, SLOTS.arrived);
    }
    /**
     * Every byte is in: the segments left are scanned here, then joined (null: the worker failed,
     * the main thread reads it all).
     */
    async result() {
        // The process waits for the worker's answer (nothing else may keep it alive meanwhile).
        this.worker.ref();
        this.arrived(this.bytes.length);
        scanSegments(lineScanner, this.data, external_node_buffer_.Buffer, external_node_buffer_.isUtf8);
        if (!(await this.done))
            return null;
        return this.join();
    }
    /** The segments' lines in one table, up to the first line not taken. */
    join() {
        const d = this.data;
        const segments = new Int32Array(d.segments);
        const t = this.table(0);
        const view = new DataView(d.bytes);
        const headEnd = this.control[SLOTS.headEnd];
        const count = segments.length / SEGMENT.fields;
        const stride = LINE_SCANNER.field.STRIDE;
        for (let k = 0; k < count; k++) {
            const state = segments[k * SEGMENT.fields + SEGMENT.state];
            if (state === SEGMENT.BAD)
                return { bad: true, n: 0, pos: 0, length: 0, headEnd };
        }
        let taken = 0;
        for (let k = 0; k < count; k++) {
            const r = k * SEGMENT.fields;
            const lines = segments[r + SEGMENT.lines];
            const base = k * d.room;
            if (lines > 0 && base !== taken) {
                t.starts.copyWithin(taken, base, base + lines);
                t.places.copyWithin(taken * stride, base * stride, (base + lines) * stride);
                t.flags.copyWithin(taken, base, base + lines);
            }
            // The segment's first line after the line before it.
            if (lines > 0 && taken > 0 && !LINE_SCANNER.follows(t, this.bytes, view, taken - 1, taken)) {
                return { bad: false, n: 1 + taken, pos: t.starts[taken], length: taken, headEnd };
            }
            taken += lines;
            if (segments[r + SEGMENT.state] === SEGMENT.STOPPED) {
                return {
                    bad: false,
                    n: 1 + taken,
                    pos: segments[r + SEGMENT.stop],
                    length: taken,
                    headEnd
                };
            }
        }
        return { bad: false, n: 1 + taken, pos: this.bytes.length, length: taken, headEnd };
    }
    /** The table the scanning filled, `length` lines of it. */
    table(length) {
        return {
            starts: new Float64Array(this.data.starts),
            places: new Uint32Array(this.data.places),
            flags: new Uint8Array(this.data.flags),
            length
        };
    }
    /** The bytes will not all arrive: the worker stops. */
    abandon() {
        Atomics.store(this.control, SLOTS.abandoned, 1);
        Atomics.notify(this.control, SLOTS.arrived);
        void this.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/quilt/format/manifest.ts
/**
 * The package model and its manifest: tree-walk order, manifest lines (read and write, byte for
 * byte like quilt3 8.0.0) and the top hash (spec §2, §4).
 */









/** quilt3 `QUILT_MANIFEST_MAX_RECORD_SIZE` default. */
const DEFAULT_MAX_RECORD_SIZE = 1_000_000;
/** The record limit from `QUILT_MANIFEST_MAX_RECORD_SIZE`, as quilt3 reads it. */
function maxRecordSizeFromEnv(env = process.env) {
    const raw = env.QUILT_MANIFEST_MAX_RECORD_SIZE;
    if (!raw)
        return DEFAULT_MAX_RECORD_SIZE;
    const n = pyInt(raw);
    if (n === null || n <= 0n) {
        throw new errors/* QuiltError */.YH('QUILT_MANIFEST_MAX_RECORD_SIZE must be a positive integer');
    }
    return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}
/**
 * Python `int(text)` for the values people write: surrounding whitespace, a sign, `_` between
 * digits, compatibility digits such as fullwidth ones (NFKC). Other scripts' digits are refused.
 */
function pyInt(text) {
    const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(text.normalize('NFKC'));
    if (!m)
        return null;
    const v = BigInt(m[2].replace(/_/g, ''));
    return m[1] === '-' ? -v : v;
}
/** A hash object in quilt3's key order. */
function hashObject(h) {
    return (0,json/* pyObject */.LP)([
        ['type', h.type],
        ['value', h.value]
    ]);
}
/** The `{type, value}` of a hash object, when it has that shape. */
function readHash(h) {
    if (!(0,json/* isPyObject */.zt)(h))
        return null;
    const type = h.get('type');
    const value = h.get('value');
    return typeof type === 'string' && typeof value === 'string' ? { type, value } : null;
}
/**
 * Tree-walk order (spec §2.1): per level, by code point, which is comparing the `/`-separated
 * components in turn. Treating `/` as lower than every character gives the same order.
 */
function compareLogicalKeys(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y) {
            if (x === 0x2f)
                return -1;
            if (y === 0x2f)
                return 1;
            return (0,json/* compareCodePoints */.OP)(a.slice(i, i + 1), b.slice(i, i + 1));
        }
    }
    return a.length - b.length;
}
/**
 * Whether each key sorts after the one before (walk order, no duplicate) and is not below it
 * (an entry cannot also be a directory): then no two entries conflict.
 */
function inStrictWalkOrder(entries) {
    for (let i = 1; i < entries.length; i++) {
        const before = entries[i - 1].logicalKey;
        const key = entries[i].logicalKey;
        if (compareLogicalKeys(before, key) >= 0)
            return false;
        if (key.length > before.length &&
            key.charCodeAt(before.length) === 0x2f &&
            key.startsWith(before))
            return false;
    }
    return true;
}
/** An in-memory package: the package-line metadata, entries, directory metadata. */
class Package {
    /** The package line (`version`, `user_meta`, `workflow`, `message`, ...), in order. */
    meta = (0,json/* pyObject */.LP)([['version', 'v0']]);
    entries = new Map();
    /** Directories (`a`, `a/b`) that hold entries or metadata. */
    dirs = new Set();
    /** Directory metadata by directory path (no trailing `/`). */
    dirMeta = new Map();
    /** Whether the entries were added in walk order (a read manifest's are): no sort to walk. */
    inWalkOrder = true;
    lastKey = null;
    /**
     * A read manifest's entries while they come in strict walk order, with no directory line and
     * no entry below another: no index is built (`get` searches them). Indexed on any other use.
     */
    sortedEntries = null;
    /**
     * A read manifest's entry lines of quilt3's shape (each one's fields are places in the bytes).
     * While `lazy`, they are all the entries, in strict walk order: no entry is made until one is
     * asked for (`get`), and `walk` makes them all (then `sortedEntries` holds them).
     */
    lines = null;
    lazy = false;
    /** The directory of the last entry added: a known one. */
    lastDir = null;
    get size() {
        if (this.lazy)
            return this.lines.length;
        return this.sortedEntries?.length ?? this.entries.size;
    }
    get(logicalKey) {
        if (this.lazy)
            return this.lines.find(logicalKey);
        const list = this.sortedEntries;
        if (list === null)
            return this.entries.get(logicalKey);
        let lo = 0;
        let hi = list.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const c = compareLogicalKeys(list[mid].logicalKey, logicalKey);
            if (c === 0)
                return list[mid];
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return undefined;
    }
    /** Add or replace an entry (quilt3 `Package._set` rules for keys and conflicts). */
    set(entry) {
        (0,names/* validateLogicalKey */.$r)(entry.logicalKey);
        this.index();
        this.insert(entry);
    }
    /**
     * `set` each of `entries`. Into an empty package, entries already in strict walk order with
     * none below another (a folder's listing) are kept as they come: no index is built.
     */
    setAll(entries) {
        if (this.isEmpty() && inStrictWalkOrder(entries)) {
            for (const e of entries)
                (0,names/* validateLogicalKey */.$r)(e.logicalKey);
            this.sortedEntries = entries.slice();
            return;
        }
        for (const e of entries)
            this.set(e);
    }
    isEmpty() {
        return (!this.lazy && this.sortedEntries === null && this.entries.size === 0 && this.dirs.size === 0);
    }
    /**
     * The logical key and size of each entry, in walk order, without making the entries of a read
     * manifest (a parent of a million entries costs a string and a number at a time).
     */
    *keysAndSizes() {
        if (!this.lazy) {
            for (const e of this.walk())
                yield { logicalKey: e.logicalKey, size: e.size };
            return;
        }
        const lines = this.lines;
        for (let i = 0; i < lines.length; i++)
            yield lines.keyAndSize(i);
    }
    /** The lines of a read manifest made into its entries, kept in walk order. */
    unfold() {
        if (!this.lazy)
            return;
        this.lazy = false;
        this.sortedEntries = this.lines.entries();
    }
    /** Index the entries kept in walk order (then every check runs as for any package). */
    index() {
        this.unfold();
        const list = this.sortedEntries;
        if (list === null)
            return;
        this.sortedEntries = null;
        for (const e of list)
            this.insert(e, true);
    }
    /** Add without validating the key (quilt3 `_load` takes keys from a manifest as they are). */
    insert(entry, isNew = !this.entries.has(entry.logicalKey)) {
        const key = entry.logicalKey;
        if (this.dirs.has(key)) {
            throw new errors/* QuiltError */.YH(`Cannot overwrite directory ${(0,repr/* pyRepr */.n)(key.split('/').pop())} with PackageEntry`);
        }
        const slash = key.lastIndexOf('/');
        // A directory already known has had each of its ancestors checked and added, and no entry
        // can be added at a known directory since: nothing to check again. Consecutive entries of
        // a read manifest mostly share theirs.
        if (slash >= 0 && !(slash === this.lastDir?.length && key.startsWith(this.lastDir))) {
            const dir = key.slice(0, slash);
            if (!this.dirs.has(dir))
                this.ensureDirs(dir.split('/'));
            this.lastDir = dir;
        }
        if (isNew) {
            if (this.lastKey !== null && compareLogicalKeys(this.lastKey, key) >= 0) {
                this.inWalkOrder = false;
            }
            this.lastKey = key;
        }
        this.entries.set(key, entry);
    }
    ensureDirs(parts) {
        for (let i = 1; i <= parts.length; i++) {
            const dir = parts.slice(0, i).join('/');
            if (this.entries.has(dir)) {
                throw new errors/* QuiltError */.YH(`Already a PackageEntry for ${(0,repr/* pyRepr */.n)(parts[i - 1])} along the path [${parts.map(repr/* pyRepr */.n).join(', ')}]: ${String(this.entries.get(dir).physicalKey)}`);
            }
            this.dirs.add(dir);
        }
    }
    /** Directory metadata (the `meta` of a directory line); `dir` without trailing `/`. */
    setDirMeta(dir, meta) {
        this.index();
        this.ensureDirs(dir.split('/'));
        this.dirMeta.set(dir, meta);
    }
    /** quilt3 `Package.set_meta`: the package's `user_meta` (any JSON value, null included). */
    setUserMeta(userMeta) {
        this.meta.set('user_meta', userMeta);
    }
    /** quilt3 `_set_commit_message`: `message` is always present after build/push. */
    setMessage(message) {
        this.meta.set('message', message);
    }
    /** Entries in tree-walk order. */
    walk() {
        this.unfold();
        if (this.sortedEntries !== null)
            return this.sortedEntries.slice();
        const entries = [...this.entries.values()];
        return this.inWalkOrder
            ? entries
            : entries.sort((a, b) => compareLogicalKeys(a.logicalKey, b.logicalKey));
    }
    /** Directory lines in walk order (pre-order), only directories with truthy metadata. */
    dirLines() {
        return [...this.dirMeta.entries()]
            .filter(([, meta]) => (0,json/* pyTruthy */.Kn)(meta))
            .sort(([a], [b]) => compareLogicalKeys(a, b))
            .map(([dir, meta]) => ({ logicalKey: dir + '/', meta }));
    }
    /** The top hash (spec §4); every entry must have its hash. */
    topHash(entries) {
        if (this.meta.has('top_hash'))
            throw new errors/* QuiltError */.YH("'top_hash' cannot be a metadata key");
        const h = (0,external_node_crypto_.createHash)('sha256');
        h.update((0,json/* toHashJson */.wQ)(this.meta));
        const w = new RecordWriter(h);
        // A read manifest's lines: their records from their bytes, no entry made.
        if (entries === undefined && this.lazy)
            this.lines.writeHashRecords(w);
        for (const e of entries ?? (this.lazy ? [] : this.walk())) {
            if (e instanceof LineEntry)
                e.writeHashRecord(w);
            else
                w.text(hashRecord(e));
        }
        w.flush();
        return h.digest('hex');
    }
    /**
     * The manifest bytes (spec §2): package line, directory lines (unless `withDirMeta` is false,
     * as push drops them), entry lines. Each record is checked against `maxRecordSize`.
     */
    toManifest(options = {}) {
        const limit = options.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE;
        const lines = [checkRecord((0,json/* toManifestJson */.VL)(this.meta), null, limit)];
        if (options.withDirMeta ?? true) {
            for (const d of this.dirLines()) {
                const line = (0,json/* pyObject */.LP)([
                    ['logical_key', d.logicalKey],
                    ['meta', d.meta]
                ]);
                lines.push(checkRecord((0,json/* toManifestJson */.VL)(line), d.logicalKey, limit));
            }
        }
        for (const e of options.entries ?? this.walk()) {
            lines.push(checkRecord(entryLine(e), e.logicalKey, limit));
        }
        return encodeLines(lines);
    }
    /** Check the package line alone against the record limit (before any hashing). */
    checkMetaRecord(maxRecordSize = DEFAULT_MAX_RECORD_SIZE) {
        checkRecord((0,json/* toManifestJson */.VL)(this.meta), null, maxRecordSize);
    }
    /**
     * Read a manifest's bytes as quilt3 `Package._from_path` does: strict UTF-8 (a byte order mark
     * is kept, and refused as JSON), then `fromManifest`. The package may keep `bytes` (its entries
     * read their fields from them on first use): they must not change afterwards. `exact` reads
     * every line with the exact parser (the reference the reading of quilt3's own lines is tested
     * against).
     */
    static fromManifestBytes(bytes, resolveLocal, { exact = false } = {}) {
        const buf = external_node_buffer_.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (!(0,external_node_buffer_.isUtf8)(buf))
            throw new errors/* ManifestError */.Sh("it is not UTF-8 ('utf-8' codec can't decode it)");
        // A `\r` makes the newline rules matter: the text is read whole then.
        if (buf.indexOf(0x0d) >= 0) {
            return Package.fromManifest(buf.toString('utf-8'), resolveLocal, { exact });
        }
        return Package.readBytes(buf, resolveLocal, exact);
    }
    /**
     * Read a manifest as quilt3 `Package._from_path` and `_load` do. The file is read as text with
     * universal newlines: `\r\n` and a lone `\r` end a line as `\n` does. Line 1 is the package
     * metadata (`top_hash` dropped). A line whose `physical_keys` is falsy sets metadata on the
     * node its key's parent names (`_ensure_subpackage(path[:-1]).set_meta(meta)`): `a/b/` the
     * directory `a/b`, `a/b` the directory `a`, a key without `/` the package's `user_meta`, and
     * an entry's `user_meta` when the parent is an entry. Other lines are entries, whose `size`,
     * `hash` and `meta` are kept as read. `resolveLocal` resolves `file://` paths (quilt3 applies
     * `os.path.realpath`). Whatever quilt3 refuses to load is a ManifestError.
     */
    static fromManifest(text, resolveLocal, { exact = false } = {}) {
        const normalized = text.replace(/\r\n?/g, '\n');
        // Text that UTF-8 can hold is read as its bytes (the lines of quilt3's shape without the
        // generic parser); a lone surrogate (only a string can hold one) leaves the exact parser alone.
        if (!json/* LONE_SURROGATE */.uG.test(normalized)) {
            return Package.readBytes(external_node_buffer_.Buffer.from(normalized, 'utf-8'), resolveLocal, exact);
        }
        const lines = normalized.split('\n');
        if (lines[lines.length - 1] === '')
            lines.pop();
        if (lines.length === 0)
            throw new errors/* ManifestError */.Sh('it is empty');
        const pkg = new Package();
        lines.forEach((line, i) => {
            try {
                if (i === 0)
                    pkg.readHead(line);
                else
                    pkg.readLine(line, resolveLocal);
            }
            catch (e) {
                throw lineError(i + 1, e);
            }
        });
        return pkg;
    }
    /**
     * Read the lines of UTF-8 `bytes` without `\r`: the runs between `\n` bytes (a byte below 0x80
     * is never part of a longer character), each decoded on its own when it must be.
     */
    static readBytes(buf, resolveLocal, exact) {
        if (buf.length === 0)
            throw new errors/* ManifestError */.Sh('it is empty');
        const reader = Package.lineReader(buf, resolveLocal, exact);
        reader.read(buf.length);
        return reader.pkg;
    }
    /**
     * The reading of `readBytes`, resumable: `read(upTo)` reads the lines not read yet that end
     * before `upTo` (a line ends at its `\n`, the last one at the end of `buf`), and no byte at or
     * after `upTo`. Reading in steps reads the same lines the same way as reading at once.
     */
    static lineReader(buf, resolveLocal, exact = false, scanned) {
        const pkg = new Package();
        const lines = (pkg.lines = new LineIndex(buf, resolveLocal, scanned?.table));
        pkg.lazy = true;
        let n = 0;
        let pos = 0;
        if (scanned !== undefined && scanned.n > 0) {
            // The first line, then the lines scanned: each one after the one before it, as `readLineAt`
            // takes them (lazily) without a question.
            n = 1;
            try {
                pkg.readHead(buf.toString('utf-8', 0, scanned.headEnd));
            }
            catch (e) {
                throw lineError(1, e);
            }
            n = scanned.n;
            pos = scanned.pos;
        }
        const read = (upTo) => {
            // The bytes that have arrived: no `\n` searched for beyond them.
            const arrived = upTo === buf.length ? buf : buf.subarray(0, upTo);
            while (pos < upTo) {
                let end = arrived.indexOf(0x0a, pos);
                if (end < 0) {
                    if (upTo < buf.length)
                        return;
                    end = buf.length;
                }
                n++;
                try {
                    if (n === 1)
                        pkg.readHead(buf.toString('utf-8', pos, end));
                    else {
                        const i = exact ? -1 : lines.scan(pos, end);
                        if (i < 0)
                            pkg.readLine(buf.toString('utf-8', pos, end), resolveLocal);
                        else
                            pkg.readLineAt(i);
                    }
                }
                catch (e) {
                    throw lineError(n, e);
                }
                pos = end + 1;
            }
        };
        return { pkg, read };
    }
    /**
     * A manifest of `length` bytes read while its bytes arrive (e.g. a download's): they go to
     * `bytes`, `arrived(n)` is told when bytes `[0, n)` are in, then `finish()` once all are (or
     * `abandon()` when they will not all arrive). The lines complete so far are read as the bytes
     * arrive, so that little is left to read after the last one: by a worker thread for a large
     * manifest (`ScanWorker`, with this thread once all are in; `worker`: always or never, and
     * `segment`, for tests), else on this thread. The
     * package is the one `fromManifestBytes(bytes)` reads, and its errors are that reading's:
     * anything but UTF-8 lines without `\r` that read without error is left to it.
     */
    static readWhileArriving(length, options = {}) {
        const scan = options.worker === false
            ? null
            : ScanWorker.start(length, { force: options.worker, segment: options.segment });
        if (scan === null)
            return Package.readInThread(external_node_buffer_.Buffer.allocUnsafe(length));
        const bytes = scan.bytes;
        return {
            bytes,
            arrived: (n) => scan.arrived(n),
            async finish() {
                const r = await scan.result();
                if (r === null || r.bad)
                    return Package.fromManifestBytes(bytes);
                const scanned = { table: scan.table(r.length), n: r.n, pos: r.pos, headEnd: r.headEnd };
                try {
                    const reader = Package.lineReader(bytes, undefined, false, scanned);
                    reader.read(bytes.length);
                    return reader.pkg;
                }
                catch {
                    // Told by `fromManifestBytes` as it tells it.
                    return Package.fromManifestBytes(bytes);
                }
            },
            abandon: () => scan.abandon()
        };
    }
    /** `readWhileArriving` on this thread, into `bytes`. */
    static readInThread(bytes) {
        const reader = Package.lineReader(bytes, undefined);
        /** Bytes before this were checked (UTF-8, no `\r`) and their lines read; -1: given up. */
        let checked = 0;
        /** Bytes before this were searched for a `\n` (a long line is not searched again). */
        let searched = 0;
        /** Check `[checked, to)` (ending with a `\n`, or at the end), then read its lines. */
        const take = (to) => {
            const part = bytes.subarray(checked, to);
            // A `\n` is never part of a longer character: lines are UTF-8 one by one or not at all.
            if (!(0,external_node_buffer_.isUtf8)(part) || part.indexOf(0x0d) >= 0) {
                checked = -1;
                return;
            }
            checked = to;
            try {
                reader.read(to);
            }
            catch {
                // Told by `fromManifestBytes` as it tells it.
                checked = -1;
            }
        };
        return {
            bytes,
            arrived(n) {
                if (checked < 0 || n <= searched)
                    return;
                const from = searched;
                searched = n;
                const last = bytes.subarray(from, n).lastIndexOf(0x0a);
                if (last >= 0)
                    take(from + last + 1);
            },
            finish() {
                if (checked >= 0 && bytes.length > 0)
                    take(bytes.length);
                return Promise.resolve(checked === bytes.length && bytes.length > 0
                    ? reader.pkg
                    : Package.fromManifestBytes(bytes));
            },
            abandon() { }
        };
    }
    readHead(line) {
        const head = parseLine(line);
        head.delete('top_hash');
        this.meta.clear();
        for (const [k, v] of head)
            this.meta.set(k, v);
    }
    /** Entry line `i` of `lines` (of quilt3's shape): checked as `readLine` checks it. */
    readLineAt(i) {
        const lines = this.lines;
        if (this.lazy) {
            // After the last key, and not below it (an entry cannot be a directory): then neither a
            // duplicate nor a conflict with any entry before (those would sort between the two).
            if (i === 0 || lines.follows(i - 1, i)) {
                lines.checkPhysicalKey(i);
                return;
            }
            this.lazy = false;
            this.sortedEntries = lines.entries(i);
            this.index();
        }
        // The package holds it from now on: not kept by the index.
        const e = new LineEntry(lines, i);
        if (this.entries.has(e.logicalKey)) {
            throw new errors/* ManifestError */.Sh(`Duplicate logical key ${(0,repr/* pyRepr */.n)(e.logicalKey.split('/').pop())}`);
        }
        e.checkPhysicalKey();
        this.insert(e, true);
    }
    /** Any line but the first, read by the exact parser. */
    readLine(line, resolveLocal) {
        this.index();
        const obj = parseLine(line);
        const lk = obj.get('logical_key');
        if (typeof lk !== 'string')
            throw new errors/* ManifestError */.Sh('no string "logical_key"');
        const pks = obj.get('physical_keys');
        if (pks === undefined || !(0,json/* pyTruthy */.Kn)(pks)) {
            this.setLoadedMeta(lk.split('/'), field(obj, 'meta'));
            return;
        }
        if (this.entries.has(lk)) {
            throw new errors/* ManifestError */.Sh(`Duplicate logical key ${(0,repr/* pyRepr */.n)(lk.split('/').pop())}`);
        }
        const url = Array.isArray(pks) ? pks[0] : undefined;
        if (typeof url !== 'string')
            throw new errors/* ManifestError */.Sh('"physical_keys" is not a list of URLs');
        const size = field(obj, 'size');
        const hash = field(obj, 'hash');
        const meta = field(obj, 'meta');
        const exact = typeof size === 'bigint' && size >= 0n && size <= BigInt(Number.MAX_SAFE_INTEGER);
        this.insert({
            logicalKey: lk,
            physicalKey: names/* PhysicalKey */.ll.fromUrl(url, resolveLocal),
            size: typeof size === 'bigint' || typeof size === 'number' ? Number(size) : NaN,
            ...(exact ? {} : { sizeValue: size }),
            hash,
            // quilt3: `self._meta = meta or {}`
            meta: (0,json/* pyTruthy */.Kn)(meta) ? meta : (0,json/* pyObject */.LP)()
        });
    }
    /** quilt3 `_load` for a line without physical keys: `set_meta` on the key's parent node. */
    setLoadedMeta(parts, meta) {
        const node = parts.slice(0, -1);
        if (node.length === 0) {
            this.setUserMeta(meta);
            return;
        }
        const key = node.join('/');
        const entry = this.entries.get(key);
        if (entry === undefined) {
            this.setDirMeta(key, meta);
            return;
        }
        // The walk to the node stops at an entry: only the last step may reach one.
        this.ensureDirs(node.slice(0, -1));
        if (!(0,json/* isPyObject */.zt)(entry.meta)) {
            throw new errors/* ManifestError */.Sh(`cannot set metadata on ${(0,repr/* pyRepr */.n)(key)}: its "meta" is not an object`);
        }
        entry.meta.set('user_meta', meta);
    }
}
/**
 * Lines as UTF-8 bytes, each ending with `\n`, written straight into one buffer (no joined text:
 * a manifest of 100,000 entries is 25 MB, held once as text and once as bytes, not twice as
 * text). The buffer is as long as the text's characters (its bytes when it is ASCII), grown when
 * a line does not fit.
 */
function encodeLines(lines) {
    let chars = 0;
    for (const l of lines)
        chars += l.length + 1;
    let out = external_node_buffer_.Buffer.allocUnsafe(chars);
    const grow = (need) => {
        const grown = external_node_buffer_.Buffer.allocUnsafe(Math.max(out.length * 2, need));
        out.copy(grown, 0, 0, pos);
        out = grown;
    };
    let pos = 0;
    for (const l of lines) {
        let n = out.write(l, pos, 'utf-8');
        // `write` stops before a character that does not fit (one is at most 4 bytes).
        if (out.length - pos - n < 4) {
            const bytes = external_node_buffer_.Buffer.byteLength(l, 'utf-8');
            if (n < bytes) {
                grow(pos + bytes + 1);
                n = out.write(l, pos, 'utf-8');
            }
        }
        pos += n;
        if (pos === out.length)
            grow(pos + 1);
        out[pos++] = 0x0a;
    }
    return pos === out.length ? out : out.subarray(0, pos);
}
/** An error met reading line `n`, told as quilt3's loading refusal of that line. */
function lineError(n, e) {
    if (e instanceof json/* JsonSyntaxError */.q3) {
        return new errors/* ManifestError */.Sh(`line ${n}: ${e.reason} at column ${e.column}`);
    }
    if (e instanceof errors/* ManifestError */.Sh)
        return new errors/* ManifestError */.Sh(`line ${n}: ${e.reason}`);
    if (e instanceof errors/* QuiltError */.YH)
        return new errors/* ManifestError */.Sh(`line ${n}: ${e.message}`);
    return e;
}
/** One manifest line: a JSON object. */
function parseLine(line) {
    const v = (0,json/* parsePyJson */.j5)(line);
    if (!(0,json/* isPyObject */.zt)(v))
        throw new errors/* ManifestError */.Sh('not a JSON object');
    return v;
}
/** A field quilt3 reads as `obj[name]` (a KeyError when it is missing). */
function field(obj, name) {
    const v = obj.get(name);
    if (v === undefined)
        throw new errors/* ManifestError */.Sh(`no ${JSON.stringify(name)}`);
    return v;
}
/**
 * Printable ASCII without `"` or `\\`: the text JSON writes between the quotes as it is, in the
 * manifest's form and in the top hash's (`ensure_ascii`) alike.
 */
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/**
 * The hash of a new entry (its hash computed by this run, no metadata, an integer size) whose
 * logical key and hash are plain text, or null: its lines are written without the generic
 * encoder (the entry line also needs a plain physical key).
 */
function plainNewHash(e) {
    let h = null;
    if (e instanceof NewEntry)
        h = e.newHash();
    else if (e.hash instanceof NewHash)
        h = e.hash;
    return h !== null &&
        h.plain &&
        e.meta === NO_META &&
        e.sizeValue === undefined &&
        Number.isSafeInteger(e.size) &&
        e.size >= 0 &&
        PLAIN_TEXT.test(e.logicalKey)
        ? h
        : null;
}
/** An entry's record in the top hash (spec §4): `{"hash", "logical_key", "meta", "size"}`. */
function hashRecord(e) {
    const h = plainNewHash(e);
    if (h !== null) {
        return `{"hash":{"type":"${h.hashType}","value":"${h.hashValue}"},"logical_key":"${e.logicalKey}","meta":{},"size":${e.size}}`;
    }
    if (e.hash === null || e.sizeValue === null) {
        throw new errors/* QuiltError */.YH(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`);
    }
    const size = e.sizeValue === undefined ? String(e.size) : (0,json/* toHashJson */.wQ)(e.sizeValue);
    // Already in sorted key order.
    return `{"hash":${(0,json/* toHashJson */.wQ)(e.hash)},"logical_key":${(0,json/* quoteHashString */.WH)(e.logicalKey)},"meta":${(0,json/* toHashJson */.wQ)(e.meta)},"size":${size}}`;
}
function decode(bytes, start, end, plain) {
    return bytes.toString(plain ? 'latin1' : 'utf-8', start, end);
}
/** A text's bytes (ASCII). */
function ascii(s) {
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
/** Top-hash records written as bytes, handed to the hash 64 KiB at a time. */
class RecordWriter {
    hash;
    buf = external_node_buffer_.Buffer.allocUnsafe(65536);
    pos = 0;
    constructor(hash) {
        this.hash = hash;
    }
    flush() {
        this.hash.update(this.buf.subarray(0, this.pos));
        this.pos = 0;
    }
    /** Room for `n` more bytes (false: more than the buffer holds). */
    room(n) {
        if (this.pos + n > this.buf.length)
            this.flush();
        return n <= this.buf.length;
    }
    /** Bytes, copied one by one (the pieces are short). */
    bytes(src, start = 0, end = src.length) {
        if (!this.room(end - start)) {
            this.hash.update(src.subarray(start, end));
            return;
        }
        const buf = this.buf;
        let p = this.pos;
        for (let i = start; i < end; i++)
            buf[p++] = src[i];
        this.pos = p;
    }
    /** ASCII text (the top-hash form is ASCII: `ensure_ascii`). */
    text(s) {
        if (!this.room(s.length)) {
            this.hash.update(s, 'latin1');
            return;
        }
        this.pos += this.buf.write(s, this.pos, 'latin1');
    }
    /** A non-negative integer's digits (below 2^53). */
    digits(n) {
        this.room(16);
        const buf = this.buf;
        let end = this.pos;
        for (let k = n; k >= 10; k = Math.floor(k / 10))
            end++;
        this.pos = end + 1;
        for (let k = n;; k = Math.floor(k / 10)) {
            buf[end--] = 0x30 + (k % 10);
            if (k < 10)
                break;
        }
    }
}
// The pieces of an entry's top-hash record, `{"hash", "logical_key", "meta", "size"}`.
const REC_HASH = ascii('{"hash":{"type":"');
const REC_CHUNKED = ascii(`{"hash":{"type":"${hash/* SHA256_CHUNKED */.Bg}","value":"`);
const REC_VALUE = ascii('","value":"');
const REC_LK = ascii('"},"logical_key":');
const REC_META = ascii(',"meta":');
const REC_SIZE = ascii(',"size":');
const REC_END = ascii('}');
const QUOTE = ascii('"');
// What the line scanner (format/line-scan.ts) keeps of each line, relative to its start: where
// its fields end, its flags, and the length of the text before each value.
const { LK_END, URL_END, SIZE_END, TYPE_END, VALUE_END, LINE_END, STRIDE } = LINE_SCANNER.field;
const { KEY_PLAIN, TYPE_PLAIN, CHUNKED, META_EMPTY, PLAIN_S3 } = LINE_SCANNER.flag;
const OPEN = LINE_SCANNER.opening;
/**
 * The entry lines of a manifest read that have the exact shape quilt3 writes:
 * `{"logical_key": S, "physical_keys": [S], "size": N, "hash": {"type": S, "value": S}, "meta": M}`
 * with strings free of escapes and control characters, a size of at most 15 digits and an
 * object `M` (read by the exact parser). Such a line means what the exact parser reads in it.
 * The index keeps the manifest's bytes and where each line's fields are (33 bytes a line); an
 * entry (`LineEntry`) is made of a line only when asked for, and top-hash records are written
 * from the bytes: a million lines cost little more than their bytes. Any other line is read by
 * the exact parser.
 */
class LineIndex {
    bytes;
    resolveLocal;
    length = 0;
    // The table the scanner fills (`LineTable`).
    starts;
    places;
    flags;
    /** The entries made of lines, by line (one entry per line, whoever asks). */
    made = new Map();
    words;
    view;
    /** `table`: lines of `bytes` already scanned (by a worker), taken as they are. */
    constructor(bytes, resolveLocal, table) {
        this.bytes = bytes;
        this.resolveLocal = resolveLocal;
        this.words = LINE_SCANNER.wordsOf(bytes);
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (table !== undefined) {
            this.starts = table.starts;
            this.places = table.places;
            this.flags = table.flags;
            this.length = table.length;
            return;
        }
        // Room for lines of 160 bytes (quilt3's are longer), grown when they are shorter.
        const room = Math.ceil(bytes.length / 160) + 16;
        this.starts = new Float64Array(room);
        this.places = new Uint32Array(room * STRIDE);
        this.flags = new Uint8Array(room);
    }
    /** Index the line `bytes[start, end)` if it has quilt3's shape (`LineScanner.scan`). */
    scan(start, end) {
        if (this.length === this.flags.length)
            this.grow();
        return LINE_SCANNER.scan(this, this.bytes, this.words, this.view, start, end);
    }
    grow() {
        const n = this.flags.length * 2;
        const starts = new Float64Array(n);
        starts.set(this.starts);
        this.starts = starts;
        const places = new Uint32Array(n * STRIDE);
        places.set(this.places);
        this.places = places;
        const flags = new Uint8Array(n);
        flags.set(this.flags);
        this.flags = flags;
    }
    /** Where field `field` of line `i` ends in the bytes. */
    at(i, field) {
        return this.starts[i] + this.places[i * STRIDE + field];
    }
    has(i, flag) {
        return (this.flags[i] & flag) !== 0;
    }
    keyStart(i) {
        return this.starts[i] + OPEN.key;
    }
    key(i) {
        return decode(this.bytes, this.keyStart(i), this.at(i, LK_END), this.has(i, KEY_PLAIN));
    }
    size(i) {
        const bytes = this.bytes;
        let size = 0;
        for (let k = this.at(i, URL_END) + OPEN.size, end = this.at(i, SIZE_END); k < end; k++) {
            size = size * 10 + (bytes[k] - 0x30);
        }
        return size;
    }
    keyAndSize(i) {
        return { logicalKey: this.key(i), size: this.size(i) };
    }
    url(i) {
        return this.bytes.toString('utf-8', this.at(i, LK_END) + OPEN.url, this.at(i, URL_END));
    }
    /** The physical key of line `i` (`PhysicalKey.from_url`, which may throw). */
    physicalKey(i) {
        return names/* PhysicalKey */.ll.fromUrl(this.url(i), this.resolveLocal);
    }
    /**
     * What quilt3 `_load` checks as it reads the line: its physical key (`PhysicalKey.from_url`),
     * parsed now unless it is a plain `s3://` URL, whose parsing cannot fail.
     */
    checkPhysicalKey(i) {
        if (!this.has(i, PLAIN_S3))
            this.physicalKey(i);
    }
    hashType(i) {
        if (this.has(i, CHUNKED))
            return hash/* SHA256_CHUNKED */.Bg;
        const start = this.at(i, SIZE_END) + OPEN.type;
        return decode(this.bytes, start, this.at(i, TYPE_END), this.has(i, TYPE_PLAIN));
    }
    hashValue(i) {
        const start = this.at(i, TYPE_END) + OPEN.value;
        return this.bytes.toString('latin1', start, this.at(i, VALUE_END));
    }
    /** The meta of line `i`, read again (a new object each time). */
    meta(i) {
        if (this.has(i, META_EMPTY))
            return (0,json/* pyObject */.LP)();
        const start = this.at(i, VALUE_END) + OPEN.meta;
        return (0,json/* parsePyJson */.j5)(this.bytes.toString('utf-8', start, this.at(i, LINE_END) - 1));
    }
    /** The entry of line `i` (the same one each time). */
    entry(i) {
        let e = this.made.get(i);
        if (e === undefined) {
            e = new LineEntry(this, i);
            this.made.set(i, e);
        }
        return e;
    }
    /** The entries of the first `n` lines (all by default). */
    entries(n = this.length) {
        const list = new Array(n);
        for (let i = 0; i < n; i++)
            list[i] = this.entry(i);
        // The package holds them from now on (lines read later are new ones).
        this.made.clear();
        return list;
    }
    /** Whether line `j`'s key sorts after line `i`'s and is not below it (`i`'s key + `/`...). */
    follows(i, j) {
        return LINE_SCANNER.follows(this, this.bytes, this.view, i, j);
    }
    /** The entry whose logical key is `logicalKey`, when a line has it (binary search). */
    find(logicalKey) {
        // A lone surrogate cannot be in these lines' keys (nor in UTF-8).
        if (json/* LONE_SURROGATE */.uG.test(logicalKey))
            return undefined;
        const q = external_node_buffer_.Buffer.from(logicalKey, 'utf-8');
        const bytes = this.bytes;
        let lo = 0;
        let hi = this.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const c = compareKeyBytes(bytes, this.keyStart(mid), this.at(mid, LK_END), q, 0, q.length);
            if (c === 0)
                return this.entry(mid);
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return undefined;
    }
    /** The top-hash records of every line, from the bytes (or from the entry made of it). */
    writeHashRecords(w) {
        const made = this.made;
        for (let i = 0; i < this.length; i++) {
            const e = made.size === 0 ? undefined : made.get(i);
            if (e === undefined)
                this.writeHashRecord(w, i);
            else
                e.writeHashRecord(w);
        }
    }
    /** Line `i`'s top-hash record, with its own hash; its meta unless `meta` is given. */
    writeHashRecord(w, i, meta) {
        const bytes = this.bytes;
        if (this.has(i, CHUNKED))
            w.bytes(REC_CHUNKED);
        else {
            w.bytes(REC_HASH);
            w.text((0,json/* quoteHashString */.WH)(this.hashType(i)).slice(1, -1));
            w.bytes(REC_VALUE);
        }
        w.bytes(bytes, this.at(i, TYPE_END) + OPEN.value, this.at(i, VALUE_END));
        w.bytes(REC_LK);
        // A printable ASCII key: as many bytes as characters, and no escape in either form.
        if (this.has(i, KEY_PLAIN)) {
            w.bytes(QUOTE);
            w.bytes(bytes, this.keyStart(i), this.at(i, LK_END));
            w.bytes(QUOTE);
        }
        else
            w.text((0,json/* quoteHashString */.WH)(this.key(i)));
        w.bytes(REC_META);
        if (meta !== undefined)
            w.text((0,json/* toHashJson */.wQ)(meta));
        else if (this.has(i, META_EMPTY))
            w.bytes(EMPTY_OBJECT);
        else
            w.text((0,json/* toHashJson */.wQ)(this.meta(i)));
        w.bytes(REC_SIZE);
        // The line's digits: a JSON integer has no leading zero, so they are the number's.
        w.bytes(bytes, this.at(i, URL_END) + OPEN.size, this.at(i, SIZE_END));
        w.bytes(REC_END);
    }
}
const EMPTY_OBJECT = ascii('{}');
/**
 * Tree-walk order (`compareLogicalKeys`) of two logical keys as their UTF-8 bytes: UTF-8 keeps
 * code point order, and a `/` (never part of a longer character) is lower than any other.
 */
function compareKeyBytes(a, aStart, aEnd, b, bStart, bEnd) {
    const n = Math.min(aEnd - aStart, bEnd - bStart);
    for (let k = 0; k < n; k++) {
        const x = a[aStart + k];
        const y = b[bStart + k];
        if (x !== y) {
            if (x === 0x2f)
                return -1;
            if (y === 0x2f)
                return 1;
            return x - y;
        }
    }
    return aEnd - aStart - (bEnd - bStart);
}
/**
 * The entry of an indexed line (`LineIndex`): its key and size are read when it is made, its
 * physical key, hash and meta from the bytes on first use, and its top-hash record is written
 * from them while its hash is untouched.
 */
class LineEntry {
    lines;
    i;
    logicalKey;
    size;
    pk;
    hashValue;
    /** The meta once used; undefined until then (the line's). */
    metaValue;
    constructor(lines, i) {
        this.lines = lines;
        this.i = i;
        this.logicalKey = lines.key(i);
        this.size = lines.size(i);
    }
    /** `LineIndex.checkPhysicalKey`, keeping the physical key it parses. */
    checkPhysicalKey() {
        if (!this.lines.has(this.i, PLAIN_S3))
            this.pk = this.lines.physicalKey(this.i);
    }
    get physicalKey() {
        return (this.pk ??= this.lines.physicalKey(this.i));
    }
    set physicalKey(pk) {
        this.pk = pk;
    }
    get hash() {
        if (this.hashValue === undefined) {
            this.hashValue = hashObject({
                type: this.lines.hashType(this.i),
                value: this.lines.hashValue(this.i)
            });
        }
        return this.hashValue;
    }
    set hash(h) {
        this.hashValue = h;
    }
    get meta() {
        return (this.metaValue ??= this.lines.meta(this.i));
    }
    set meta(m) {
        this.metaValue = m;
    }
    /** The top-hash record, from the line's bytes while the hash is the line's. */
    writeHashRecord(w) {
        if (this.hashValue !== undefined)
            w.text(hashRecord(this));
        else
            this.lines.writeHashRecord(w, this.i, this.metaValue);
    }
}
function entryLine(e) {
    const h = plainNewHash(e);
    if (h !== null) {
        const url = String(e.physicalKey);
        if (PLAIN_TEXT.test(url)) {
            return `{"logical_key": "${e.logicalKey}", "physical_keys": ["${url}"], "size": ${e.size}, "hash": {"type": "${h.hashType}", "value": "${h.hashValue}"}, "meta": {}}`;
        }
    }
    if (e.hash === null) {
        throw new errors/* QuiltError */.YH(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`);
    }
    // quilt3 `PackageEntry.as_dict` order: logical_key, physical_keys, size, hash, meta.
    const size = e.sizeValue === undefined ? String(e.size) : (0,json/* toManifestJson */.VL)(e.sizeValue);
    return `{"logical_key": ${(0,json/* quoteManifestString */.TE)(e.logicalKey)}, "physical_keys": [${(0,json/* quoteManifestString */.TE)(String(e.physicalKey))}], "size": ${size}, "hash": ${(0,json/* toManifestJson */.VL)(e.hash)}, "meta": ${(0,json/* toManifestJson */.VL)(e.meta)}}`;
}
function checkRecord(line, logicalKey, limit) {
    // A UTF-16 unit is at most 3 bytes of UTF-8: most lines need no count.
    if (line.length * 3 <= limit)
        return line;
    const size = external_node_buffer_.Buffer.byteLength(line, 'utf-8');
    if (size > limit) {
        const what = logicalKey === null ? 'package metadata' : `entry with logical key ${(0,repr/* pyRepr */.n)(logicalKey)}`;
        throw new errors/* QuiltError */.YH(`Size of manifest record for ${what} is ${size} bytes, but must be less than ${limit} bytes. ` +
            'Quilt recommends less than 1 MB of metadata per object, and less than 1 MB of package-level metadata. ' +
            'This enables S3 select, Athena and downstream services to work correctly. ' +
            'This limit can be overridden with the QUILT_MANIFEST_MAX_RECORD_SIZE environment variable.');
    }
    return line;
}
/** An empty `meta` that refuses changes: shared by every new entry (one Map, not one each). */
class EmptyMeta extends Map {
    set() {
        throw new Error('the shared empty meta cannot change: give the entry a meta of its own');
    }
    delete() {
        throw new Error('the shared empty meta cannot change: give the entry a meta of its own');
    }
    clear() {
        throw new Error('the shared empty meta cannot change: give the entry a meta of its own');
    }
}
/** The `{}` meta of new entries (quilt3 writes `"meta": {}` for a file set without metadata). */
const NO_META = new EmptyMeta();
/**
 * The hash object of a new entry, `{"type", "value"}` (two strings): a Map that refuses changes
 * (give the entry a new hash instead). When both strings are plain text (`plain`: base64 values
 * are), its lines are written without the generic encoder.
 */
class NewHash extends Map {
    hashType;
    hashValue;
    plain;
    constructor(hashType, hashValue, plain = PLAIN_TEXT.test(hashType) && PLAIN_TEXT.test(hashValue)) {
        super();
        this.hashType = hashType;
        this.hashValue = hashValue;
        this.plain = plain;
        Map.prototype.set.call(this, 'type', hashType);
        Map.prototype.set.call(this, 'value', hashValue);
    }
    set() {
        throw new Error('a hash object cannot change: give the entry a new hash');
    }
    delete() {
        throw new Error('a hash object cannot change: give the entry a new hash');
    }
    clear() {
        throw new Error('a hash object cannot change: give the entry a new hash');
    }
}
/** A new entry's hash object, of the type the run writes (default `sha2-256-chunked`). */
function newHash(value, type = hash/* SHA256_CHUNKED */.Bg) {
    return new NewHash(type, value);
}
/** Give `e` the hash this run computed (`newHash(value, type)`; a new entry keeps the strings). */
function setNewHash(e, value, type = hash/* SHA256_CHUNKED */.Bg) {
    if (e instanceof NewEntry)
        e.setNewHash(type, value);
    else
        e.hash = newHash(value, type);
}
/**
 * A file build or push adds to a package (not one read from a manifest). A hash of quilt3's
 * shape (`{"type", "value"}`, two strings, in that order) is kept as its two strings, not as a
 * Map: a Map per entry costs about 250 bytes, a quarter of a gigabyte for a million files.
 * Reading `hash` gives that object, a new one each time that refuses changes (set `hash` to
 * change it); any other value is kept as it is.
 */
class NewEntry {
    logicalKey;
    physicalKey;
    size;
    meta;
    /** The hash type when the hash is kept as its two strings (`hashValue` is its value). */
    hashType = null;
    /** The hash value (a string) after `hashType`, else the whole hash as it was set. */
    hashValue = null;
    /** Whether the two strings are plain text (see NewHash). */
    plainHash = false;
    constructor(logicalKey, physicalKey, size, meta = NO_META) {
        this.logicalKey = logicalKey;
        this.physicalKey = physicalKey;
        this.size = size;
        this.meta = meta;
    }
    get hash() {
        const type = this.hashType;
        return type === null
            ? this.hashValue
            : new NewHash(type, this.hashValue, this.plainHash);
    }
    /** A hash of quilt3's shape (two strings) this entry keeps as its strings, or null. */
    newHash() {
        const type = this.hashType;
        if (type === null)
            return null;
        return { hashType: type, hashValue: this.hashValue, plain: this.plainHash };
    }
    /** Set the hash to `{"type": type, "value": value}` (no hash object made). */
    setNewHash(type, value) {
        this.hashType = type;
        this.hashValue = value;
        this.plainHash =
            (type === hash/* SHA256_CHUNKED */.Bg || type === hash/* CRC64NVME */.fN || PLAIN_TEXT.test(type)) &&
                PLAIN_TEXT.test(value);
    }
    set hash(h) {
        if (h instanceof NewHash) {
            this.hashType = h.hashType;
            this.hashValue = h.hashValue;
            this.plainHash = h.plain;
            return;
        }
        if ((0,json/* isPyObject */.zt)(h) && h.size === 2 && h.keys().next().value === 'type') {
            const type = h.get('type');
            const value = h.get('value');
            if (typeof type === 'string' && typeof value === 'string') {
                this.hashType = type;
                this.hashValue = value;
                this.plainHash = PLAIN_TEXT.test(type) && PLAIN_TEXT.test(value);
                return;
            }
        }
        this.hashType = null;
        this.hashValue = h;
    }
}


/***/ }),

/***/ 2378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ll: () => (/* binding */ PhysicalKey),
  eW: () => (/* binding */ isValidPackageName),
  V2: () => (/* binding */ resolveLocalLocation),
  $r: () => (/* binding */ validateLogicalKey),
  Eu: () => (/* binding */ validatePackageName)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/quilt/py/paths.ts
/** Python's path functions quilt3 relies on (`os.path.realpath`, `os.path.expanduser`). */



/**
 * Python `os.path.realpath` (non-strict): resolves symlinks of the parts that exist and keeps
 * the rest as written.
 */
function pyRealpath(path) {
    const abs = (0,external_node_path_.resolve)(path);
    try {
        return external_node_fs_.realpathSync.native(abs);
    }
    catch {
        // Resolve the longest existing prefix, keep the rest.
        const parts = abs.split('/');
        for (let k = parts.length - 1; k > 0; k--) {
            const head = parts.slice(0, k).join('/') || '/';
            try {
                const real = external_node_fs_.realpathSync.native(head);
                return (real === '/' ? '' : real) + '/' + parts.slice(k).join('/');
            }
            catch {
                continue;
            }
        }
        return abs;
    }
}
/** `~` and `~/...` expanded as Python's `expanduser` does for the current user. */
function expandUser(path) {
    if (path === '~')
        return (0,external_node_os_.homedir)();
    if (path.startsWith('~/'))
        return (0,external_node_os_.homedir)() + path.slice(1);
    return path;
}

// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
// EXTERNAL MODULE: ./src/quilt/py/url.ts
var py_url = __nccwpck_require__(6732);
;// CONCATENATED MODULE: ./src/quilt/format/names.ts
/**
 * Names quilt3 validates and the URLs it writes: package names (spec §7.1), logical keys (§7.2)
 * and physical keys (§3), with Python's exact percent-encoding.
 */





// Python's `\w` on str is Unicode-aware: letters, numerics and `_` (not combining marks).
const PACKAGE_NAME = /^[\p{L}\p{N}_-]+\/[\p{L}\p{N}_-]+$/u;
/**
 * quilt3 `validate_package_name`: `namespace/package` of word characters and `-`.
 * (quilt3 also accepts one trailing newline through a quirk of `$`; that is refused here.)
 */
function validatePackageName(name) {
    if (!PACKAGE_NAME.test(name))
        throw new errors/* QuiltError */.YH(`Invalid package name: ${name}.`);
}
function isValidPackageName(name) {
    return PACKAGE_NAME.test(name);
}
/** An empty, `.` or `..` part of a key. */
const BAD_PART = /(?:^|\/)(?:\.\.?)?(?:\/|$)/;
/** quilt3 `Package._set` + `validate_key`: a logical key must name a file, no ''/'.'/'..' parts. */
function validateLogicalKey(key) {
    if (key === '' || key.endsWith('/')) {
        throw new errors/* QuiltError */.YH(`A package entry logical key ${(0,repr/* pyRepr */.n)(key)} must be a file.`);
    }
    if (BAD_PART.test(key)) {
        throw new errors/* QuiltError */.YH(`Invalid key ${(0,repr/* pyRepr */.n)(key)}. A package entry key cannot contain a file or folder named '.' or '..' in its path.`);
    }
}
// ---------------------------------------------------------------------------------------------
// Physical keys
// ---------------------------------------------------------------------------------------------
/**
 * `str(pathlib.PurePosixPath(path))` for an absolute path: empty and `.` components dropped
 * (so doubled and trailing `/` go), `..` kept, and a leading `//` kept when it is exactly two
 * slashes (POSIX leaves that root implementation-defined; pathlib preserves it).
 */
function purePosixPath(path) {
    const root = path.startsWith('//') && !path.startsWith('///') ? '//' : '/';
    return (root +
        path
            .split('/')
            .filter((part) => part !== '' && part !== '.')
            .join('/'));
}
/** An absolute path of only the characters `urllib.parse.quote(s, safe="/")` keeps. */
const SAFE_PATH = /^\/[A-Za-z0-9_.~/-]*$/;
/**
 * Where an entry's bytes are: an S3 object (bucket, key, optional version) or a local file
 * (an absolute, symlink-resolved path). quilt3 `util.PhysicalKey`.
 */
class PhysicalKey {
    bucket;
    path;
    versionId;
    constructor(
    /** S3 bucket, or null for a local file. */
    bucket, 
    /** S3 key (no leading `/`) or absolute local path. */
    path, versionId) {
        this.bucket = bucket;
        this.path = path;
        this.versionId = versionId;
    }
    static s3(bucket, key, versionId = null) {
        if (!bucket)
            throw new errors/* QuiltError */.YH('Missing bucket');
        return new PhysicalKey(bucket, key, versionId);
    }
    /** A local file; `absPath` must already be absolute and symlink-resolved (quilt3 `from_path`). */
    static local(absPath) {
        if (!absPath.startsWith('/'))
            throw new errors/* QuiltError */.YH('Relative paths are not allowed');
        return new PhysicalKey(null, absPath, null);
    }
    /**
     * quilt3 `PhysicalKey.from_url`. `resolveLocal` maps a decoded local path to its real path
     * (quilt3 applies `os.path.realpath`); by default the path is taken as it is.
     */
    static fromUrl(url, resolveLocal = (p) => p) {
        const u = (0,py_url/* pyUrlSplit */.nz)(url);
        if (u.scheme === 's3') {
            if (!u.netloc)
                throw new errors/* QuiltError */.YH('Missing bucket');
            const key = (0,py_url/* pyUnquote */.Rr)(u.path).slice(1);
            const query = (0,py_url/* pyParseQs */.nV)(u.query);
            const versions = query.get('versionId');
            query.delete('versionId');
            if (query.size > 0)
                throw new errors/* QuiltError */.YH(`Unexpected S3 query string: ${(0,repr/* pyRepr */.n)(u.query)}`);
            return new PhysicalKey(u.netloc, key, versions?.[0] ?? null);
        }
        if (u.scheme === 'file') {
            if (u.netloc !== '' && u.netloc !== 'localhost')
                throw new errors/* QuiltError */.YH('Unexpected hostname');
            if (!u.path)
                throw new errors/* QuiltError */.YH('Missing path');
            if (!u.path.startsWith('/'))
                throw new errors/* QuiltError */.YH('Relative paths are not allowed');
            if (u.query)
                throw new errors/* QuiltError */.YH('Unexpected query');
            const decoded = (0,py_url/* pyUnquote */.Rr)(u.path);
            let resolved = resolveLocal(decoded);
            if (decoded.endsWith('/') && !resolved.endsWith('/'))
                resolved += '/';
            return new PhysicalKey(null, resolved, null);
        }
        throw new errors/* QuiltError */.YH(`Unexpected scheme: ${(0,repr/* pyRepr */.n)(u.scheme)}`);
    }
    isLocal() {
        return this.bucket === null;
    }
    /** quilt3 `PhysicalKey.join`. */
    join(relPath) {
        if (this.versionId !== null)
            throw new errors/* QuiltError */.YH('Cannot append paths to URLs with a version ID');
        const path = this.path
            ? this.path.replace(/\/+$/, '') + '/' + relPath.replace(/^\/+/, '')
            : relPath.replace(/^\/+/, '');
        return new PhysicalKey(this.bucket, path, null);
    }
    withVersion(versionId) {
        if (this.bucket === null)
            throw new errors/* QuiltError */.YH('Local keys cannot have a version ID');
        return new PhysicalKey(this.bucket, this.path, versionId);
    }
    equals(other) {
        return (this.bucket === other.bucket && this.path === other.path && this.versionId === other.versionId);
    }
    url;
    /** The URL quilt3 writes (`str(PhysicalKey)`); computed once (the key is immutable). */
    toString() {
        if (this.url !== undefined)
            return this.url;
        if (this.bucket === null) {
            // pathlib.PurePath(path).as_uri(): normalized as PurePosixPath does, then quoted. A path
            // already normal (no empty or `.` part) of characters quote() keeps is its own URL path.
            const p = this.path;
            this.url =
                SAFE_PATH.test(p) && !p.includes('//') && !p.endsWith('/') && !/\/\.(\/|$)/.test(p)
                    ? 'file://' + p
                    : 'file://' + (0,py_url/* pyQuote */.e5)(purePosixPath(p));
        }
        else {
            const query = this.versionId === null ? '' : `?versionId=${(0,py_url/* pyQuotePlus */.EK)(this.versionId)}`;
            this.url = `s3://${this.bucket}${(0,py_url/* pyQuote */.e5)('/' + this.path)}${query}`;
        }
        return this.url;
    }
}
/**
 * A local folder given as a path or a `file://` URL, resolved like quilt3 `fix_url` followed by
 * `PhysicalKey.from_url`: `~` expanded, made absolute against the working directory, symlinks
 * resolved. Returns null when `location` is a URL of another scheme (e.g. `s3://`).
 */
function resolveLocalLocation(location, cwd = process.cwd()) {
    if (location === '')
        throw new errors/* QuiltError */.YH('Empty URL');
    const scheme = (0,py_url/* pyUrlSplit */.nz)(location).scheme;
    if (scheme !== '' && !/^[A-Za-z]:[\\/]/.test(location)) {
        if (scheme !== 'file')
            return null;
        return PhysicalKey.fromUrl(location, pyRealpath).path.replace(/(.)\/$/, '$1');
    }
    const expanded = expandUser(location);
    return pyRealpath((0,external_node_path_.isAbsolute)(expanded) ? expanded : (0,external_node_path_.resolve)(cwd, expanded));
}


/***/ }),

/***/ 9022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ computeMissingHashes)
/* harmony export */ });
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7182);
/* harmony import */ var _format_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8600);
/* harmony import */ var _format_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5397);
/** Hashes of the entries that have none yet: local files by the pool, S3 objects by the S3 hasher. */



/**
 * Compute every missing hash (quilt3 `_calculate_missing_hashes`), in place, of `type` (quilt3
 * writes `sha2-256-chunked`).
 */
async function computeMissingHashes(entries, hashers, type = _format_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .SHA256_CHUNKED */ .Bg) {
    const missing = entries.filter((e) => e.hash === null);
    const local = missing.filter((e) => e.physicalKey.isLocal());
    const remote = missing.filter((e) => !e.physicalKey.isLocal());
    const jobs = [];
    if (local.length > 0) {
        if (!hashers.local)
            throw new Error('no hasher for local files');
        const pool = hashers.local;
        jobs.push(pool
            .hashFiles(local.map((e) => ({ path: e.physicalKey.path, size: e.size })), type)
            .then((hs) => {
            local.forEach((e, i) => (0,_format_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .setNewHash */ .Fx)(e, hs[i], type));
        }));
    }
    if (remote.length > 0) {
        if (!hashers.s3)
            throw new Error('no hasher for S3 objects');
        const s3 = hashers.s3;
        // A few objects at a time (no promise per object made ahead); the hasher bounds requests.
        jobs.push((0,_concurrency_js__WEBPACK_IMPORTED_MODULE_0__/* .forEachLimit */ .Gm)(remote, Math.max(1, s3.concurrency) * 2, async (e) => {
            const pk = e.physicalKey;
            const o = { bucket: pk.bucket, key: pk.path, versionId: pk.versionId, size: e.size };
            (0,_format_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .setNewHash */ .Fx)(e, await s3.hash(o, type), type);
        }));
    }
    const settled = await Promise.allSettled(jobs);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
}


/***/ }),

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ HashPool)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
// EXTERNAL MODULE: ./src/quilt/concurrency.ts
var concurrency = __nccwpck_require__(7182);
// EXTERNAL MODULE: ./src/quilt/format/hash.ts
var hash = __nccwpck_require__(5397);
// EXTERNAL MODULE: ./src/quilt/format/crc64.ts
var crc64 = __nccwpck_require__(201);
// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/quilt/sources/file.ts
var sources_file = __nccwpck_require__(1232);
;// CONCATENATED MODULE: ./src/quilt/hashing/worker.ts
/**
 * The hashing of local files, run by worker threads (and, for small jobs, on the main thread).
 * A worker runs from source text (`workerSource()`, started with `eval: true`), so the same code
 * works from the TypeScript sources, under jest and from the ncc bundle: these functions must not
 * refer to anything outside themselves, and take Node's modules from `process.getBuiltinModule`
 * (no `require`/`import` a bundler could rewrite).
 *
 * Requests (one at a time, answered in order):
 *  - `{id, kind: 'files', type, files: [{path, size, ino?, mtimeMs?}]}`: whole small files
 *    (size <= part size): answered with their quilt hashes of that type, in order (spec §5.1:
 *    sha256 of sha256(data), or sha256('') when empty; or the base64 CRC-64/NVME), and the
 *    failures by index. A file given with what the listing saw of it (`ino`, `mtimeMs`) is checked
 *    on the descriptor it was read through (fstat after the read): a file replaced, written or
 *    resized since the listing is reported with what it is now, never hashed as it was listed;
 *  - `{id, kind: 'part', path, fd?, algorithm?, offset, length}`: the raw sha256 (or md5, or
 *    8-byte CRC-64/NVME) of one part of a large file, read through `fd` when given (an open
 *    descriptor of the caller's);
 *  - `{id, kind: 'sha256', path, size}`: the hex sha256 of a whole file (legacy `SHA256`).
 * A file whose length differs from the size given is reported as changed, never hashed wrong.
 */

function hashRequestHandler(crc64Kernel) {
    const fs = process.getBuiltinModule('node:fs');
    const crypto = process.getBuiltinModule('node:crypto');
    const BUF = 8 * 1024 * 1024;
    const buf = Buffer.allocUnsafe(BUF);
    let crc;
    // One-shot hashing (Node >= 20.12): no Hash object per small file.
    const oneShot = typeof crypto.hash === 'function' ? crypto.hash : undefined;
    function digester(algorithm) {
        if (algorithm === 'crc64nvme') {
            crc ??= crc64Kernel();
            const k = crc;
            const s = k.start();
            const d = {
                update: (c) => {
                    k.update(s, c);
                    return d;
                },
                digest: () => Buffer.from(k.digest(s))
            };
            return d;
        }
        const h = crypto.createHash(algorithm);
        const d = {
            update: (c) => {
                h.update(c);
                return d;
            },
            digest: () => h.digest()
        };
        return d;
    }
    /** Read `length` bytes at `offset` into `buf` piecewise, feeding `onChunk`; returns bytes read. */
    function readRange(fd, offset, length, onChunk) {
        let done = 0;
        while (done < length) {
            const want = Math.min(BUF, length - done);
            let got = 0;
            while (got < want) {
                const n = fs.readSync(fd, buf, got, want - got, offset + done + got);
                if (n === 0)
                    break;
                got += n;
            }
            if (got > 0)
                onChunk(buf.subarray(0, got));
            done += got;
            if (got < want)
                break;
        }
        return done;
    }
    function hasMore(fd, at) {
        const one = Buffer.allocUnsafe(1);
        return fs.readSync(fd, one, 0, 1, at) > 0;
    }
    function changed(path, size) {
        return `File ${path} changed while it was being hashed (expected ${size} bytes)`;
    }
    function errorText(e) {
        return e instanceof Error ? e.message : String(e);
    }
    /**
     * The quilt hash of one small file (or why it has none): read in one go with one byte more
     * asked for (a file that grew is caught), then, when the listing's view is given, checked
     * against the descriptor's fstat.
     */
    function hashSmall(f, crc64, failures, index) {
        const { path, size } = f;
        let fd = -1;
        try {
            fd = fs.openSync(path, 'r');
            let got;
            let inner;
            if (size < BUF) {
                got = 0;
                while (got <= size) {
                    const n = fs.readSync(fd, buf, got, size + 1 - got, got);
                    if (n === 0)
                        break;
                    got += n;
                }
                const data = buf.subarray(0, Math.min(got, size));
                if (crc64)
                    inner = digester('crc64nvme').update(data).digest();
                else
                    inner = oneShot
                        ? oneShot('sha256', data, 'buffer')
                        : crypto.createHash('sha256').update(data).digest();
            }
            else {
                const h = digester(crc64 ? 'crc64nvme' : 'sha256');
                got = readRange(fd, 0, size, (c) => h.update(c));
                if (got === size && hasMore(fd, size))
                    got++;
                inner = h.digest();
            }
            if (f.ino !== undefined) {
                const st = fs.fstatSync(fd);
                if (st.ino !== f.ino || st.size !== size || st.mtimeMs !== f.mtimeMs) {
                    failures.push({ index, now: { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs } });
                    return '';
                }
            }
            if (got !== size) {
                failures.push({ index, changed: got < size ? 'it became shorter' : 'it became longer' });
                return '';
            }
            if (size === 0 || crc64)
                return inner.toString('base64');
            return oneShot
                ? oneShot('sha256', inner, 'base64')
                : crypto.createHash('sha256').update(inner).digest('base64');
        }
        catch (e) {
            const code = e?.code;
            failures.push({
                index,
                error: errorText(e),
                code: typeof code === 'string' ? code : undefined
            });
            return '';
        }
        finally {
            if (fd >= 0)
                fs.closeSync(fd);
        }
    }
    return (msg) => {
        try {
            if (msg.kind === 'files') {
                const crc64 = msg.type === 'CRC64NVME';
                const failures = [];
                const values = msg.files.map((f, i) => hashSmall(f, crc64, failures, i));
                return failures.length === 0 ? { id: msg.id, values } : { id: msg.id, values, failures };
            }
            else if (msg.kind === 'part') {
                // An open descriptor of the caller's (threads share them) is read, never closed here.
                const fd = msg.fd ?? fs.openSync(msg.path, 'r');
                try {
                    const h = digester(msg.algorithm ?? 'sha256');
                    const got = readRange(fd, msg.offset, msg.length, (c) => h.update(c));
                    if (got !== msg.length)
                        throw new Error(changed(msg.path, msg.offset + msg.length));
                    if (msg.last && hasMore(fd, msg.offset + msg.length)) {
                        throw new Error(changed(msg.path, msg.offset + msg.length));
                    }
                    const digest = h.digest();
                    return { id: msg.id, digest };
                }
                finally {
                    if (msg.fd === undefined)
                        fs.closeSync(fd);
                }
            }
            else {
                const fd = fs.openSync(msg.path, 'r');
                try {
                    const h = crypto.createHash('sha256');
                    const got = readRange(fd, 0, msg.size, (c) => h.update(c));
                    if (got !== msg.size || hasMore(fd, msg.size))
                        throw new Error(changed(msg.path, msg.size));
                    return { id: msg.id, hex: h.digest('hex') };
                }
                finally {
                    fs.closeSync(fd);
                }
            }
        }
        catch (e) {
            return { id: msg.id, error: errorText(e) };
        }
    };
}
/**
 * A worker thread's main: answers each request with the handler. The functions come as
 * arguments (see `workerSource`): the worker has no module to import them from.
 */
function hashWorkerMain(handler, crc64Kernel) {
    const port = process.getBuiltinModule('node:worker_threads').parentPort;
    if (!port)
        return;
    const handle = handler(crc64Kernel);
    port.on('message', (msg) => port.postMessage(handle(msg)));
}
/** The source text a worker runs: its main called with the handler and the CRC kernel. */
function workerSource() {
    return `(${String(hashWorkerMain)})(${String(hashRequestHandler)}, ${String(crc64/* crc64nvmeKernel */.O)})\n`;
}

;// CONCATENATED MODULE: ./src/quilt/hashing/pool.ts
/**
 * The one place that hashes file contents (the arithmetic is format/hash.ts).
 *
 * Local files are hashed by a pool of worker threads (one per core by default): small files go in
 * batches, large files are cut into their quilt parts and the parts are hashed in parallel, each
 * read with positional reads into one fixed buffer per worker. Memory stays bounded (8 MiB per
 * worker) whatever the file sizes, and the main thread stays free to walk and schedule.
 */








/** Jobs this small are hashed on the main thread (files no larger than one part). */
function isSmallJob(files) {
    let bytes = 0;
    for (const f of files) {
        if (f.size > hash/* MULTIPART_THRESHOLD */.xf)
            return false;
        bytes += f.size;
    }
    return files.length <= 256 && bytes <= 16 * hash/* MiB */.lv;
}
/** Batch small files up to this many bytes or files per worker request. */
const BATCH_BYTES = 4 * hash/* MiB */.lv;
const BATCH_FILES = 256;
/** What opening, checking and closing one file costs, counted as bytes hashed. */
const FILE_COST = 8 * 1024;
/** The largest request (in bytes, see FILE_COST) the calling thread of an adaptive pool hashes. */
const HELP_COST = BATCH_FILES * FILE_COST + hash/* MiB */.lv;
/** Adaptive pools start another worker while more than this much work (in bytes) waits. */
const SPAWN_BACKLOG = 256 * hash/* MiB */.lv;
/** The work of a request, in bytes hashed (see FILE_COST). */
function requestCost(req) {
    if (req.kind === 'files') {
        let n = 0;
        for (const f of req.files)
            n += f.size + FILE_COST;
        return n;
    }
    return (req.kind === 'part' ? req.length : req.size) + FILE_COST;
}
/**
 * A pool of hashing threads. `hashFiles` hashes many files at once with every worker busy;
 * `close()` ends the threads (always call it, e.g. in `finally`).
 */
class HashPool {
    workers = [];
    queue = [];
    queueHead = 0;
    /** The cost of the requests queued, not yet sent to a worker. */
    backlog = 0;
    inflight = new Map();
    nextId = 1;
    closed = false;
    inline;
    size;
    onBytes;
    adaptive;
    constructor(options = {}) {
        this.size = Math.max(1, options.workers ?? (0,concurrency/* defaultHashThreads */.z2)());
        this.onBytes = options.onBytes;
        this.adaptive = options.adaptive ?? false;
    }
    spawn() {
        const w = new external_node_worker_threads_.Worker(workerSource(), { eval: true });
        this.inflight.set(w, new Map());
        w.on('message', (res) => {
            const pending = this.inflight.get(w).get(res.id);
            this.inflight.get(w).delete(res.id);
            this.feed(w);
            pending?.resolve(res);
        });
        w.on('error', (e) => this.fail(w, e));
        w.on('exit', (code) => {
            if (!this.closed)
                this.fail(w, new Error(`hash worker exited with code ${code}`));
        });
        this.workers.push(w);
        return w;
    }
    fail(w, e) {
        for (const p of this.inflight.get(w)?.values() ?? [])
            p.reject(e);
        this.inflight.get(w)?.clear();
    }
    /** Keep up to two requests in flight per worker so it never waits for the main thread. */
    feed(w) {
        const mine = this.inflight.get(w);
        while (mine.size < 2 && this.queueHead < this.queue.length) {
            const { req, pending, cost } = this.queue[this.queueHead];
            this.queue[this.queueHead++] = undefined;
            this.backlog -= cost;
            mine.set(req.id, pending);
            w.postMessage(req);
        }
        if (this.queueHead === this.queue.length) {
            this.queue = [];
            this.queueHead = 0;
        }
    }
    request(req) {
        if (this.closed)
            return Promise.reject(new Error('hash pool is closed'));
        const full = { ...req, id: this.nextId++ };
        const cost = requestCost(full);
        const promise = new Promise((resolve, reject) => {
            this.queue.push({ req: full, pending: { resolve, reject }, cost });
        });
        this.backlog += cost;
        for (const w of this.workers)
            this.feed(w);
        if (this.workers.length < this.size &&
            (!this.adaptive || this.workers.length === 0 || this.backlog > SPAWN_BACKLOG)) {
            this.feed(this.spawn());
        }
        return promise;
    }
    /**
     * While small-file batches wait in the queue, hash them on this thread (an adaptive pool of
     * more than one thread): the last ones first, the workers take theirs from the front.
     */
    async helpWhileWaiting() {
        if (!this.adaptive || this.size < 2)
            return;
        for (;;) {
            const last = this.queue.length - 1;
            const item = last >= this.queueHead ? this.queue[last] : undefined;
            // Batches of small files only: a large file read here would keep the workers' answers
            // (and their next requests) waiting.
            if (item === undefined || item.req.kind !== 'files' || item.cost > HELP_COST)
                return;
            if (this.closed)
                return;
            this.queue.pop();
            this.backlog -= item.cost;
            this.inline ??= hashRequestHandler(crc64/* crc64nvmeKernel */.O);
            item.pending.resolve(this.inline(item.req));
            // Let the workers' answers in (and feed them) between batches.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    /**
     * The hash values (of `type`, default `sha2-256-chunked`) of `files`, in order. A file that
     * cannot be read, or whose size is no longer the one given, or that is no longer what the
     * listing saw (`identity`), rejects with a message naming it.
     */
    async hashFiles(files, type = hash/* SHA256_CHUNKED */.Bg) {
        if (this.workers.length === 0 && isSmallJob(files))
            return this.hashHere(files, type);
        const out = new Array(files.length);
        const jobs = [];
        let batch = [];
        let indexes = [];
        let batchBytes = 0;
        const flush = () => {
            if (batch.length === 0)
                return;
            const items = batch;
            const at = indexes;
            const bytes = batchBytes;
            batch = [];
            indexes = [];
            batchBytes = 0;
            jobs.push(this.request({ kind: 'files', type, files: items }).then((res) => {
                const values = smallValues(res, items);
                for (let i = 0; i < values.length; i++)
                    out[at[i]] = values[i];
                this.onBytes?.(bytes, items.length);
            }));
        };
        for (let index = 0; index < files.length; index++) {
            const file = files[index];
            const chunk = (0,hash/* chunkSize */.ZL)(file.size);
            if (file.size <= chunk && file.size <= hash/* MULTIPART_THRESHOLD */.xf) {
                batch.push(smallFile(file));
                indexes.push(index);
                batchBytes += file.size;
                if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES)
                    flush();
            }
            else {
                jobs.push(this.hashFile(file, type).then((v) => {
                    out[index] = v;
                }));
            }
        }
        flush();
        // Every job's failure is handled before this thread helps (a job may fail meanwhile, and
        // a rejection nothing awaits yet would end the process).
        const all = settleAll(jobs);
        all.catch(() => undefined);
        await this.helpWhileWaiting();
        await all;
        return out;
    }
    /** A small job on the main thread: starting worker threads would cost more than it saves. */
    hashHere(files, type) {
        this.inline ??= hashRequestHandler(crc64/* crc64nvmeKernel */.O);
        const items = files.map(smallFile);
        const out = smallValues(this.inline({ id: 0, kind: 'files', type, files: items }), items);
        this.onBytes?.(files.reduce((n, f) => n + f.size, 0), files.length);
        return out;
    }
    /** The digests of a file's quilt parts, each hashed by a worker. */
    async partDigests(file, algorithm, report) {
        const chunk = (0,hash/* chunkSize */.ZL)(file.size);
        const n = Math.ceil(file.size / chunk);
        const parts = [];
        for (let i = 0; i < n; i++) {
            const offset = i * chunk;
            const length = Math.min(chunk, file.size - offset);
            parts.push(this.request({
                kind: 'part',
                path: file.path,
                fd: file.fd,
                algorithm,
                offset,
                length,
                last: i === n - 1
            }).then((res) => {
                if (res.error !== undefined)
                    throw new Error(res.error);
                if (report)
                    this.onBytes?.(length, 0);
                return { digest: res.digest, size: length };
            }));
        }
        return settleAll(parts);
    }
    /**
     * The hash value (of `type`, default `sha2-256-chunked`) of one file, its parts hashed in
     * parallel by the workers, read through `file.fd` when given.
     */
    async hashFile(file, type = hash/* SHA256_CHUNKED */.Bg) {
        const algorithm = type === hash/* SHA256_CHUNKED */.Bg ? 'sha256' : 'crc64nvme';
        const value = (0,hash/* combineParts */.YH)(type, await this.partDigests(file, algorithm, true));
        // Read whole: still the file the listing saw.
        if (file.identity)
            (0,sources_file/* checkFilesUnchanged */.JH)([{ path: file.path, identity: file.identity }]);
        this.onBytes?.(0, 1);
        return value;
    }
    /**
     * The ETag S3 gives the file uploaded with quilt's part sizes (quilt3 `_calculate_etag`): the
     * MD5 of the file below 8 MiB, else the MD5 of the parts' MD5s and `-N`; quoted.
     */
    async s3Etag(file) {
        const digests = file.size === 0 ? [] : await this.partDigests(file, 'md5', false);
        if (file.size < hash/* MULTIPART_THRESHOLD */.xf) {
            return `"${Buffer.from(digests[0]?.digest ?? (0,external_node_crypto_.createHash)('md5').digest()).toString('hex')}"`;
        }
        const md5 = (0,external_node_crypto_.createHash)('md5');
        for (const d of digests)
            md5.update(d.digest);
        return `"${md5.digest('hex')}-${digests.length}"`;
    }
    /** Legacy `SHA256` of a file (hex), for verifying old manifests. */
    async legacySha256File(file) {
        const res = await this.request({ kind: 'sha256', path: file.path, size: file.size });
        if (res.error !== undefined)
            throw new Error(res.error);
        this.onBytes?.(file.size, 1);
        return res.hex;
    }
    async close() {
        this.closed = true;
        for (const item of this.queue.slice(this.queueHead))
            item?.pending.reject(new Error('hash pool closed'));
        this.queue = [];
        // Requests a worker was given: their answers will not come.
        for (const pending of this.inflight.values()) {
            for (const p of pending.values())
                p.reject(new Error('hash pool closed'));
            pending.clear();
        }
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
/** What a worker is sent of a small file. */
function smallFile(f) {
    return f.identity
        ? { path: f.path, size: f.size, ino: f.identity.ino, mtimeMs: f.identity.mtimeMs }
        : { path: f.path, size: f.size };
}
/** The hashes of a `files` answer, or the error of its first failure, naming the file. */
function smallValues(res, items) {
    if (res.error !== undefined)
        throw new Error(res.error);
    const failure = res.failures?.[0];
    if (failure !== undefined)
        throw failureError(failure, items[failure.index]);
    return res.values;
}
/** A worker's failure to hash `file` as the user should read it. */
function failureError(f, file) {
    if (f.now !== undefined) {
        const was = { ino: file.ino, size: file.size, mtimeMs: file.mtimeMs };
        return new errors/* FileChangedError */.jL(file.path, (0,sources_file/* identityDifference */.qA)(was, f.now) ?? 'it changed');
    }
    if (f.changed !== undefined) {
        // Without the listing's view: the worker's words, as before.
        return file.ino === undefined
            ? new Error(`File ${file.path} changed while it was being hashed (expected ${file.size} bytes)`)
            : new errors/* FileChangedError */.jL(file.path, f.changed);
    }
    if (f.code !== undefined) {
        return (0,sources_file/* sourceError */.I8)(file.path, Object.assign(new Error(f.error), { code: f.code }));
    }
    return new Error(f.error);
}
/** Like Promise.all, but waits for every promise before rejecting with the first error. */
async function settleAll(promises) {
    const results = await Promise.allSettled(promises);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
    return results.map((r) => r.value);
}


/***/ }),

/***/ 1962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TH: () => (/* binding */ prepareRevision),
  bX: () => (/* binding */ readParent)
});

// UNUSED EXPORTS: preparePackage

// EXTERNAL MODULE: ./src/quilt/errors.ts
var errors = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/quilt/format/manifest.ts + 2 modules
var manifest = __nccwpck_require__(8600);
// EXTERNAL MODULE: ./src/quilt/format/names.ts + 1 modules
var names = __nccwpck_require__(2378);
// EXTERNAL MODULE: ./src/quilt/py/json.ts
var json = __nccwpck_require__(5063);
// EXTERNAL MODULE: ./src/quilt/py/repr.ts
var repr = __nccwpck_require__(7526);
// EXTERNAL MODULE: ./src/quilt/py/regex.ts
var regex = __nccwpck_require__(9506);
;// CONCATENATED MODULE: ./src/quilt/workflows/apply.ts





const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
function refuseRefs(v) {
    if (Array.isArray(v))
        v.forEach(refuseRefs);
    else if (v && typeof v === 'object') {
        if ('$ref' in v)
            throw new errors/* QuiltError */.YH("Currently we don't support $ref in schema.");
        Object.values(v).forEach(refuseRefs);
    }
}
/** A workflow chosen and checked: what to record in the package line, or null (none). */
async function applyWorkflow(source, choice, pkg) {
    const loaded = await source.fetch(source.configKey);
    if (loaded === null) {
        if (choice.kind === 'default')
            return null;
        const what = choice.kind === 'none' ? 'None' : (0,repr/* pyRepr */.n)(choice.id);
        throw new errors/* WorkflowChoiceError */.tn(`${what} workflow is specified, but no workflows config exist.`);
    }
    // What reads YAML and JSON Schema is loaded only for a registry that has workflows, as one
    // chunk of the bundles (the name), one import after the other: they share modules (jest's
    // module loader fails on a shared module asked for by two imports at once).
    const { parseConfig } = await Promise.all(/* import() | workflows */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(259)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6180));
    const { failureText, makeAjv, metaSchemaViolations, toPlain, violationsOf } = await Promise.all(/* import() | workflows */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(259)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8887));
    const { decodeUtf8 } = await Promise.all(/* import() | workflows */[__nccwpck_require__.e(815), __nccwpck_require__.e(463), __nccwpck_require__.e(259)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2690));
    const config = parseConfig(loaded.data);
    const id = choice.kind === 'default'
        ? (config.default_workflow ?? null)
        : choice.kind === 'none'
            ? null
            : choice.id;
    let def = null;
    if (id === null) {
        if (config.is_workflow_required ?? true)
            throw new errors/* WorkflowChoiceError */.tn('Workflow required, but none specified.');
    }
    else {
        def = Object.prototype.hasOwnProperty.call(config.workflows, id) ? config.workflows[id] : null;
        if (def === null)
            throw new errors/* WorkflowChoiceError */.tn(`There is no ${(0,repr/* pyRepr */.n)(id)} workflow in config.`);
    }
    // quilt3 compiles the pattern and loads the schemas before checking anything.
    let pattern = null;
    if (def?.handle_pattern) {
        try {
            pattern = (0,regex/* pyRegExp */.rM)(def.handle_pattern);
        }
        catch (e) {
            if (e instanceof regex/* PatternError */.JM)
                throw new errors/* WorkflowConfigError */.Oe(`Workflow ${(0,repr/* pyRepr */.n)(id)}: handle_pattern: ${e.message}`);
            throw e;
        }
    }
    const schemaUrls = [];
    const loadedByUrl = new Map();
    const loadSchema = async (schemaId) => {
        const spec = config.schemas?.[schemaId];
        if (!spec)
            throw new errors/* WorkflowConfigError */.Oe(`There is no ${(0,repr/* pyRepr */.n)(schemaId)} in schemas.`);
        let pk;
        try {
            pk = names/* PhysicalKey */.ll.fromUrl(spec.url);
        }
        catch {
            throw new errors/* WorkflowConfigError */.Oe(`Couldn't parse URL ${(0,repr/* pyRepr */.n)(spec.url)}.`);
        }
        if (pk.isLocal() && !source.configKey.isLocal()) {
            throw new errors/* WorkflowConfigError */.Oe(`Local schema ${(0,repr/* pyRepr */.n)(String(pk))} can't be used on the remote registry.`);
        }
        const known = loadedByUrl.get(String(pk));
        if (known) {
            schemaUrls.push([schemaId, known.url]);
            return known;
        }
        const got = await source.fetch(pk);
        if (got === null)
            throw new errors/* WorkflowConfigError */.Oe(`Couldn't load schema at ${String(pk)}.`);
        let schema;
        let text;
        try {
            text = decodeUtf8(got.data);
            schema = JSON.parse(text);
        }
        catch {
            throw new errors/* WorkflowConfigError */.Oe(`Couldn't parse ${String(pk)} as JSON.`);
        }
        refuseRefs(schema);
        let tree = schema;
        try {
            tree = (0,json/* parsePyJson */.j5)(text);
        }
        catch {
            // Values quilt3 could not write in a manifest (e.g. huge ints): messages use plain JSON.
        }
        if (schema && typeof schema === 'object' && !Array.isArray(schema) && '$schema' in schema) {
            const meta = schema.$schema;
            if (typeof meta !== 'string')
                throw new errors/* WorkflowConfigError */.Oe('$schema must be a string.');
            if (meta !== DRAFT_07)
                throw new errors/* WorkflowConfigError */.Oe(`Unsupported meta-schema: ${meta}.`);
        }
        let validate;
        try {
            const ajv = makeAjv();
            if (!ajv.validateSchema(schema)) {
                const metaSchema = ajv.getSchema(DRAFT_07.replace(/#$/, ''))?.schema;
                const violations = metaSchemaViolations(ajv.errors ?? [], metaSchema, tree);
                throw new errors/* WorkflowConfigError */.Oe(failureText(`Schema ${(0,repr/* pyRepr */.n)(schemaId)} is not valid`, violations));
            }
            validate = ajv.compile(schema);
        }
        catch (e) {
            if (e instanceof errors/* QuiltError */.YH)
                throw e;
            throw new errors/* WorkflowConfigError */.Oe(`Schema ${(0,repr/* pyRepr */.n)(schemaId)} is not valid: ${e.message}.`);
        }
        const entry = { validate, tree, url: got.url };
        loadedByUrl.set(String(pk), entry);
        schemaUrls.push([schemaId, got.url]);
        return entry;
    };
    const metaSchema = def?.metadata_schema ? await loadSchema(def.metadata_schema) : null;
    const entriesSchema = def?.entries_schema ? await loadSchema(def.entries_schema) : null;
    // The checks, in quilt3's order.
    if (def?.is_message_required && !pkg.message) {
        throw new errors/* WorkflowValidationError */.nc('Commit message is required by workflow, but none was provided.');
    }
    if (pattern && !pattern.test(pkg.name)) {
        const violation = `${(0,repr/* pyRepr */.n)(pkg.name)} does not match ${(0,repr/* pyRepr */.n)(def.handle_pattern)}`;
        throw new errors/* WorkflowValidationError */.nc(`Package name doesn't match required pattern. ${violation}.`, [violation]);
    }
    /** `tree`: the value with Python types (a PyValue), for messages and their order. */
    const check = (schema, tree, what) => {
        if (schema.validate(toPlain(tree)))
            return;
        const violations = violationsOf(schema.validate.errors ?? [], schema.tree, tree, true);
        throw new errors/* WorkflowValidationError */.nc(failureText(`${what} failed validation`, violations), violations.map((v) => `${v.path}: ${v.message}`));
    };
    if (metaSchema) {
        check(metaSchema, pkg.userMeta === undefined ? (0,json/* pyObject */.LP)() : pkg.userMeta, 'Metadata');
    }
    if (entriesSchema) {
        const entries = pkg.entries.map((e) => (0,json/* pyObject */.LP)([
            ['logical_key', e.logicalKey],
            ['size', BigInt(e.size)],
            [
                'meta',
                (0,json/* isPyObject */.zt)(e.meta) && e.meta.has('user_meta') ? e.meta.get('user_meta') : (0,json/* pyObject */.LP)()
            ]
        ]));
        check(entriesSchema, entries, 'Package entries');
    }
    const recorded = (0,json/* pyObject */.LP)([
        ['id', id],
        ['config', loaded.url]
    ]);
    if (schemaUrls.length > 0)
        recorded.set('schemas', (0,json/* pyObject */.LP)(schemaUrls));
    return recorded;
}

;// CONCATENATED MODULE: ./src/quilt/ops/prepare.ts
/**
 * The start build and push share: the package they are about to write, without its hashes (the
 * entries of the source, the metadata, the workflow check and its record, the message — in
 * quilt3's order, so the package line's keys come out as quilt3 writes them: `version`,
 * `user_meta`, `workflow`, `message`), and the parent revision it builds on. Everything in
 * `prepareRevision` fails before a byte is sent (a build hashes its local files meanwhile; a
 * failure here is the one it reports).
 */




async function preparePackage(req, maxRecordSize) {
    (0,names/* validatePackageName */.Eu)(req.name);
    const pkg = new manifest/* Package */.lP();
    pkg.setUserMeta(req.userMeta === undefined ? null : req.userMeta);
    pkg.setAll(req.entries.map((e) => new manifest/* NewEntry */.Xs(e.logicalKey, e.physicalKey, e.size)));
    if (req.workflow) {
        const recorded = await applyWorkflow(req.workflow.source, req.workflow.choice, {
            name: req.name,
            message: req.message,
            userMeta: pkg.meta.get('user_meta'),
            entries: pkg.walk()
        });
        if (recorded)
            pkg.meta.set('workflow', recorded);
        else
            pkg.meta.delete('workflow');
    }
    pkg.setMessage(req.message);
    // Oversized metadata fails here, before any file is read.
    pkg.checkMetaRecord(maxRecordSize);
    return pkg;
}
/** The package from the request, its entries and its local files, before any hashing. */
async function prepareRevision(req, maxRecordSize) {
    const { source, ...rest } = req;
    const pkg = await preparePackage({ ...rest, entries: source.entries }, maxRecordSize);
    const entries = pkg.walk();
    let localFiles;
    return {
        pkg,
        entries,
        bytes: entries.reduce((n, e) => n + e.size, 0),
        // Made when first asked for (a build checks its files as it hashes them, without it).
        get localFiles() {
            if (localFiles === undefined) {
                localFiles = new Map();
                for (const e of source.entries) {
                    if (e.identity && e.physicalKey.isLocal())
                        localFiles.set(e.logicalKey, { path: e.physicalKey.path, identity: e.identity });
                }
            }
            return localFiles;
        }
    };
}
/**
 * Read the parent. A manifest `latest` names that is missing, or that quilt3 could not load
 * either (ManifestError), never stops a build or a push: `onWarning` hears of it, and the
 * revision has no parent. quilt3's own build and push never read that manifest at all (only
 * the `latest` pointer's text, for the conflict check and dedupe).
 */
async function readParent(registry, name, onWarning) {
    const latest = await registry.readLatest(name);
    if (latest.topHash === null)
        return { latest, previous: null };
    const where = registry.manifestLocation(latest.topHash);
    let previous;
    try {
        previous = await registry.readPackage(latest.topHash);
    }
    catch (e) {
        if (!(e instanceof errors/* ManifestError */.Sh))
            throw e;
        onWarning?.(`The latest revision of ${name} cannot be read: its manifest ${where} is not one quilt3 can load (${e.reason}), so ` +
            NO_PARENT);
        return { latest, previous: null };
    }
    if (previous === null) {
        onWarning?.(`The latest revision of ${name} is ${latest.topHash}, but its manifest ${where} is missing, so ` +
            NO_PARENT);
    }
    return { latest, previous };
}
const NO_PARENT = 'this revision is treated as having no parent (no changes shown against it, nothing re-used from it).';


/***/ }),

/***/ 5063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ pyTruthy),
/* harmony export */   LP: () => (/* binding */ pyObject),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   PU: () => (/* binding */ pyEquals),
/* harmony export */   TE: () => (/* binding */ quoteManifestString),
/* harmony export */   VL: () => (/* binding */ toManifestJson),
/* harmony export */   WH: () => (/* binding */ quoteHashString),
/* harmony export */   XO: () => (/* binding */ pyFloatRepr),
/* harmony export */   j5: () => (/* binding */ parsePyJson),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   uG: () => (/* binding */ LONE_SURROGATE),
/* harmony export */   wQ: () => (/* binding */ toHashJson),
/* harmony export */   zt: () => (/* binding */ isPyObject)
/* harmony export */ });
/* unused harmony exports PY_INT_MAX_STR_DIGITS, JsonValueError */
/**
 * JSON with Python semantics, as quilt3 reads and writes it.
 *
 * Values keep what Python's `json.loads` would keep: integers are exact (`bigint`), floats are
 * JS numbers (Python floats are IEEE doubles too), objects keep insertion order (`Map`, so keys
 * like "10" are not moved to the front as plain JS objects would do). Two serializations:
 *
 * - `toManifestJson`: `json.JSONEncoder(ensure_ascii=False)`: insertion order, `", "` and `": "`,
 *   raw UTF-8 (spec §2.5), used for the lines of a manifest file;
 * - `toHashJson`: `json.JSONEncoder(sort_keys=True, separators=(",", ":"))`: keys sorted by code
 *   point at every level, compact, non-ASCII as `\uXXXX` (spec §4), used for the top hash.
 *
 * Floats are written like Python `repr(float)` (spec §14). NaN and infinities are refused: quilt3
 * cannot write them (`Out of range float values are not JSON compliant`).
 */
/** Python 3.11 refuses to convert integer strings longer than this (`sys.get_int_max_str_digits`). */
const PY_INT_MAX_STR_DIGITS = 4300;
/** A JSON text that Python's `json.loads` would refuse, or that quilt3 could never write. */
class JsonSyntaxError extends Error {
    reason;
    line;
    column;
    constructor(reason, line, column) {
        super(`${reason}: line ${line} column ${column}`);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = 'JsonSyntaxError';
    }
}
/** A value that cannot be serialized the way quilt3 does (NaN, lone surrogates, ...). */
class JsonValueError extends Error {
    constructor(message) {
        super(message);
        this.name = 'JsonValueError';
    }
}
function isPyObject(v) {
    return v instanceof Map;
}
/** Build a PyObject from entries, in order. */
function pyObject(entries = []) {
    return new Map(entries);
}
// ---------------------------------------------------------------------------------------------
// Parsing (Python `json.loads`, strict mode)
// ---------------------------------------------------------------------------------------------
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER_RE = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const SIMPLE_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
/**
 * Parse JSON text as Python's `json.loads` does, keeping int/float distinctions and key order.
 * Errors give the line and column (1-based, in characters) like Python's messages.
 *
 * Values Python reads but quilt3 could never write — NaN, Infinity, numbers that overflow a
 * double, lone surrogate escapes — are refused here rather than at write time, but only when they
 * are part of the result: like Python, a duplicate key's later value replaces the earlier one, so
 * `{"a": NaN, "a": 1}` is `{"a": 1}`. Syntax errors anywhere come first, as in Python.
 */
function parsePyJson(text) {
    const p = new Parser(text);
    if (text.charCodeAt(0) === 0xfeff) {
        throw p.error('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    }
    p.skipWs();
    const value = p.parseValue();
    p.skipWs();
    if (p.pos !== text.length)
        throw p.error('Extra data', p.pos);
    const kept = p.unwritable.find((u) => u !== null);
    if (kept)
        throw p.error(kept.reason, kept.at);
    return value;
}
class Parser {
    text;
    pos = 0;
    /**
     * The unwritable values met so far, in text order; `null` once a duplicate key has replaced
     * the value holding it. A value's own ones are a contiguous run of this list.
     */
    unwritable = [];
    constructor(text) {
        this.text = text;
    }
    unwritableAt(reason, at) {
        this.unwritable.push({ reason, at });
    }
    error(reason, at) {
        // Python counts characters (code points); lines split on "\n" only.
        const before = this.text.slice(0, at);
        const nl = before.lastIndexOf('\n');
        const line = before.split('\n').length;
        const column = [...before.slice(nl + 1)].length + 1;
        return new JsonSyntaxError(reason, line, column);
    }
    skipWs() {
        const t = this.text;
        while (this.pos < t.length && WS.has(t.charCodeAt(this.pos)))
            this.pos++;
    }
    parseValue() {
        const t = this.text;
        const c = t[this.pos];
        switch (c) {
            case '{':
                return this.parseObject();
            case '[':
                return this.parseArray();
            case '"':
                return this.parseString();
            case 'n':
                if (t.startsWith('null', this.pos)) {
                    this.pos += 4;
                    return null;
                }
                break;
            case 't':
                if (t.startsWith('true', this.pos)) {
                    this.pos += 4;
                    return true;
                }
                break;
            case 'f':
                if (t.startsWith('false', this.pos)) {
                    this.pos += 5;
                    return false;
                }
                break;
            case 'N':
                if (t.startsWith('NaN', this.pos))
                    return this.nonFinite('NaN', NaN);
                break;
            case 'I':
                if (t.startsWith('Infinity', this.pos))
                    return this.nonFinite('Infinity', Infinity);
                break;
            case '-':
                if (t.startsWith('-Infinity', this.pos))
                    return this.nonFinite('-Infinity', -Infinity);
                break;
        }
        NUMBER_RE.lastIndex = this.pos;
        const m = NUMBER_RE.exec(t);
        if (m)
            return this.parseNumber(m);
        throw this.error('Expecting value', this.pos);
    }
    /** Python's NaN/Infinity literals: read, and noted as unwritable. */
    nonFinite(token, value) {
        this.unwritableAt(`${token} is not allowed (quilt3 cannot write it: "Out of range float values are not JSON compliant")`, this.pos);
        this.pos += token.length;
        return value;
    }
    parseNumber(m) {
        const token = m[0];
        const start = this.pos;
        this.pos += token.length;
        if (m[1] === undefined && m[2] === undefined) {
            const digits = token.startsWith('-') ? token.length - 1 : token.length;
            if (digits > PY_INT_MAX_STR_DIGITS) {
                throw this.error(`Integer with ${digits} digits exceeds Python's limit of ${PY_INT_MAX_STR_DIGITS} digits`, start);
            }
            return BigInt(token);
        }
        const value = Number(token);
        if (!Number.isFinite(value)) {
            this.unwritableAt(`Number ${token} is out of the range of a 64-bit float (quilt3 cannot write it)`, start);
        }
        return value;
    }
    parseString() {
        const t = this.text;
        const start = this.pos;
        let i = this.pos + 1;
        let out = '';
        let chunkStart = i;
        for (;;) {
            if (i >= t.length)
                throw this.error('Unterminated string starting at', start);
            const code = t.charCodeAt(i);
            if (code === 0x22) {
                out += t.slice(chunkStart, i);
                this.pos = i + 1;
                break;
            }
            if (code < 0x20)
                throw this.error('Invalid control character at', i);
            if (code !== 0x5c) {
                i++;
                continue;
            }
            out += t.slice(chunkStart, i);
            const esc = t[i + 1];
            if (esc === undefined)
                throw this.error('Unterminated string starting at', start);
            if (esc === 'u') {
                const unit = this.hex4(i);
                i += 6;
                if (unit >= 0xd800 && unit <= 0xdbff && t[i] === '\\' && t[i + 1] === 'u') {
                    const low = this.hex4(i);
                    if (low >= 0xdc00 && low <= 0xdfff) {
                        out += String.fromCharCode(unit, low);
                        i += 6;
                        chunkStart = i;
                        continue;
                    }
                }
                if (unit >= 0xd800 && unit <= 0xdfff) {
                    // Python keeps it (and reads a following escape on its own); no UTF-8 for it, though.
                    this.unwritableAt('Lone surrogate escape (cannot be encoded as UTF-8, quilt3 cannot write it)', i - 6);
                }
                out += String.fromCharCode(unit);
                chunkStart = i;
                continue;
            }
            const simple = SIMPLE_ESCAPES[esc];
            if (simple === undefined)
                throw this.error('Invalid \\escape', i);
            out += simple;
            i += 2;
            chunkStart = i;
        }
        return out;
    }
    /** The four hex digits of the `\\u` escape whose backslash is at `at`. */
    hex4(at) {
        const hex = this.text.slice(at + 2, at + 6);
        // Like Python, a character must follow the digits (the closing quote at least): a text that
        // ends inside or right after the escape is an invalid escape, not an unterminated string.
        if (at + 6 >= this.text.length || !/^[0-9a-fA-F]{4}$/.test(hex)) {
            throw this.error('Invalid \\uXXXX escape', at + 1);
        }
        return parseInt(hex, 16);
    }
    parseArray() {
        const t = this.text;
        const out = [];
        this.pos++;
        this.skipWs();
        if (t[this.pos] === ']') {
            this.pos++;
            return out;
        }
        for (;;) {
            this.skipWs();
            out.push(this.parseValue());
            this.skipWs();
            const c = t[this.pos];
            if (c === ']') {
                this.pos++;
                return out;
            }
            if (c !== ',')
                throw this.error("Expecting ',' delimiter", this.pos);
            this.pos++;
        }
    }
    parseObject() {
        const t = this.text;
        const out = new Map();
        // Where each key's value has unwritable values (a run of `this.unwritable`), if it has any.
        let runs = null;
        this.pos++;
        this.skipWs();
        if (t[this.pos] === '}') {
            this.pos++;
            return out;
        }
        for (;;) {
            this.skipWs();
            if (t[this.pos] !== '"') {
                throw this.error('Expecting property name enclosed in double quotes', this.pos);
            }
            const key = this.parseString();
            this.skipWs();
            if (t[this.pos] !== ':')
                throw this.error("Expecting ':' delimiter", this.pos);
            this.pos++;
            this.skipWs();
            // Python keeps the last value of a duplicate key at the first key's position: Map.set does.
            // What the replaced value held is gone, unwritable values included.
            const from = this.unwritable.length;
            out.set(key, this.parseValue());
            const to = this.unwritable.length;
            const replaced = runs?.get(key);
            if (replaced) {
                this.unwritable.fill(null, replaced[0], replaced[1]);
                runs.delete(key);
            }
            if (to > from)
                (runs ??= new Map()).set(key, [from, to]);
            this.skipWs();
            const c = t[this.pos];
            if (c === '}') {
                this.pos++;
                return out;
            }
            if (c !== ',')
                throw this.error("Expecting ',' delimiter", this.pos);
            this.pos++;
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Serialization
// ---------------------------------------------------------------------------------------------
/** Python `repr(float)` for a finite double (spec §14). */
function pyFloatRepr(x) {
    if (!Number.isFinite(x)) {
        throw new JsonValueError('Out of range float values are not JSON compliant');
    }
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const sign = x < 0 ? '-' : '';
    const [mantissa, expText] = Math.abs(x).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exp = Number(expText);
    if (exp >= -4 && exp < 16) {
        if (exp < 0)
            return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
        const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
        const frac = digits.slice(exp + 1);
        return `${sign}${intPart}.${frac === '' ? '0' : frac}`;
    }
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = String(Math.abs(exp)).padStart(2, '0');
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
}
function pyIntRepr(x) {
    const s = x.toString();
    const digits = x < 0n ? s.length - 1 : s.length;
    if (digits > PY_INT_MAX_STR_DIGITS) {
        throw new JsonValueError(`Integer with ${digits} digits exceeds Python's limit of ${PY_INT_MAX_STR_DIGITS} digits`);
    }
    return s;
}
// A lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function checkWellFormed(s) {
    if (LONE_SURROGATE.test(s)) {
        throw new JsonValueError(`String ${JSON.stringify(s.slice(0, 60))} contains a lone surrogate, which cannot be encoded as UTF-8`);
    }
}
/** A string as `json.dumps(s, ensure_ascii=False)` writes it (equal to JSON.stringify). */
function quoteManifestString(s) {
    checkWellFormed(s);
    return JSON.stringify(s);
}
// JSON.stringify already escapes `"`, `\`, the short escapes and other controls (lower-case
// hex); ensure_ascii additionally escapes every UTF-16 unit from U+007F up.
const NON_ASCII = /[\u007f-\uffff]/g;
function escapeUnit(ch) {
    return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
}
/** A string as `json.dumps(s)` (ensure_ascii=True) writes it. */
function quoteHashString(s) {
    checkWellFormed(s);
    return JSON.stringify(s).replace(NON_ASCII, escapeUnit);
}
/**
 * Compare two strings by Unicode code point, like Python's `str` comparison.
 * JS `<` compares UTF-16 units, which puts U+1F600 (surrogates D83D..) before U+FF01.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return fixup(x) - fixup(y);
    }
    return a.length - b.length;
}
function fixup(unit) {
    // Move surrogates (D800-DFFF) above E000-FFFF: then unit order equals code point order.
    if (unit < 0xd800)
        return unit;
    return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
const MANIFEST = { quote: quoteManifestString, item: ', ', key: ': ', sortKeys: false };
const HASH = { quote: quoteHashString, item: ',', key: ':', sortKeys: true };
function encode(v, style) {
    switch (typeof v) {
        case 'string':
            return style.quote(v);
        case 'bigint':
            return pyIntRepr(v);
        case 'number':
            return pyFloatRepr(v);
        case 'boolean':
            return v ? 'true' : 'false';
    }
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return '[' + v.map((x) => encode(x, style)).join(style.item) + ']';
    const keys = style.sortKeys ? [...v.keys()].sort(compareCodePoints) : [...v.keys()];
    return ('{' +
        keys.map((k) => style.quote(k) + style.key + encode(v.get(k) ?? null, style)).join(style.item) +
        '}');
}
/** `json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode(v)`: the manifest line form. */
function toManifestJson(v) {
    return encode(v, MANIFEST);
}
/** `json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode(v)`: the top-hash form. */
function toHashJson(v) {
    return encode(v, HASH);
}
/** Python truthiness of a JSON value (`if meta:`), used for directory metadata lines. */
function pyTruthy(v) {
    if (v === null || v === false)
        return false;
    if (typeof v === 'string')
        return v.length > 0;
    if (typeof v === 'bigint')
        return v !== 0n;
    if (typeof v === 'number')
        return v !== 0;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof Map)
        return v.size > 0;
    return true;
}
/** Deep equality with Python semantics (`1 == 1.0` is true in Python, and so here). */
function pyEquals(a, b) {
    if (typeof a === 'bigint' || typeof a === 'number' || typeof a === 'boolean') {
        if (typeof b !== 'bigint' && typeof b !== 'number' && typeof b !== 'boolean')
            return false;
        return numericValue(a) === numericValue(b);
    }
    if (a === null || typeof a === 'string')
        return a === b;
    if (Array.isArray(a)) {
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEquals(x, b[i]));
    }
    if (!(b instanceof Map) || a.size !== b.size)
        return false;
    for (const [k, x] of a) {
        const y = b.get(k);
        if (y === undefined || !pyEquals(x, y))
            return false;
    }
    return true;
}
function numericValue(v) {
    if (typeof v === 'boolean')
        return v ? 1n : 0n;
    if (typeof v === 'number' && Number.isInteger(v))
        return BigInt(v);
    return v;
}


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ PatternError),
/* harmony export */   rM: () => (/* binding */ pyRegExp)
/* harmony export */ });
/* unused harmony exports translatePyRegex, pySearch */
/**
 * Python regular expressions (`re`, str patterns, no flags) as JavaScript RegExps with the same
 * meaning, for workflow `handle_pattern`s and JSON Schema `pattern`s. What cannot be translated
 * faithfully is refused with an error rather than guessed; what Python refuses (`re.error`) is
 * refused too, so that a pattern quilt3 cannot compile never passes here.
 *
 * Differences handled: `.` excludes only `\n` in Python (JS also excludes `\r`, U+2028/9); `$`
 * also matches before a final `\n`; `\d`, `\w`, `\s`, `\b` are Unicode-aware (as Python's str
 * patterns: `\w` is `str.isalnum()` or `_`, `\s` is `str.isspace()`); `\A`, `\Z`; `(?P<name>...)`,
 * `(?P=name)` (Unicode names); a `{` that is not a quantifier is a literal, `{,n}` is `{0,n}`;
 * octal (`\0`, `\12` in classes, `\123`), `\x`, `\u`, `\U` escapes; `\D`, `\W`, `\S` inside
 * classes; quantified lookarounds; `(?#...)` comments (a quantifier after one applies to the item
 * before it). Python's errors are reproduced: nothing to repeat, multiple repeat, bad escapes and
 * ranges, open or unknown group references, variable-width look-behinds, repeat counts of 2**32-1
 * and more.
 *
 * Refused although Python accepts them: inline flags (`(?i)`, `(?i:...)`), conditionals
 * (`(?(1)a|b)`), atomic groups, possessive quantifiers, `\N{...}`, POSIX-looking `[[:`, group
 * references inside look-behinds, and references to a group that may not have taken part in the
 * match when the reference is reached (one inside a repeated or optional group, another branch of
 * an alternation, or a negative lookaround): Python fails such a reference, JavaScript matches it
 * as empty, and a repeated group's last value differs between the two engines.
 */
class PatternError extends Error {
    pattern;
    constructor(pattern, reason) {
        super(`Cannot use the regular expression ${JSON.stringify(pattern)}: ${reason}`);
        this.pattern = pattern;
        this.name = 'PatternError';
    }
}
// Python's str.isspace() characters.
const SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
// Python's \w for str: alphanumerics (letters, numerics) and underscore.
const WORD = '\\p{L}\\p{N}_';
const DIGIT = '\\p{Nd}';
const CLASS_ESCAPES = { d: DIGIT, w: WORD, s: SPACE };
const NEGATED = { D: 'd', W: 'w', S: 's' };
const CONTROL = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
const OCTAL = /^[0-7]$/;
const DECIMAL = /^[0-9]$/;
const HEX = /^[0-9a-fA-F]$/;
/** sre's MAXREPEAT (a repeat count must be below it). */
const MAXREPEAT = 4294967295;
/**
 * The search is made by the pattern itself, from the start: JavaScript's own search loop (V8)
 * also tries positions between the two halves of a surrogate pair, where look-arounds see lone
 * surrogates (`\\B` would match inside '😀'); Python strings have no such positions. A lazy
 * `[\\s\\S]*?` steps over whole code points.
 */
const SEARCH = '^[\\s\\S]*?';
function cp(n) {
    return `\\u{${n.toString(16)}}`;
}
class Translator {
    source;
    i = 0;
    p;
    frames = [{ kind: 'root', branches: 1, quantified: false }];
    stack = [0];
    captures = [];
    names = new Map();
    refs = [];
    lookbehinds = 0;
    constructor(source) {
        this.source = source;
        this.p = Array.from(source);
    }
    fail(reason) {
        throw new PatternError(this.source, reason);
    }
    peek(k = 0) {
        return this.p[this.i + k];
    }
    path() {
        return this.stack.map((frame) => ({ frame, branch: this.frames[frame].branches - 1 }));
    }
    translate() {
        const out = this.alternation();
        if (this.i < this.p.length) {
            if (this.peek() === ')')
                this.fail(`unbalanced parenthesis at position ${this.i}`);
            this.fail(`unexpected ${JSON.stringify(this.peek())} at position ${this.i}`);
        }
        this.checkReferences();
        return `${SEARCH}(?:${out.text})`;
    }
    /** Branches separated by `|`, in the current frame. */
    alternation() {
        const frame = this.frames[this.stack[this.stack.length - 1]];
        const branches = [this.sequence()];
        while (this.peek() === '|') {
            this.i++;
            frame.branches++;
            branches.push(this.sequence());
        }
        if (branches.length === 1)
            return branches[0];
        return {
            text: branches.map((b) => b.text).join('|'),
            min: Math.min(MAXREPEAT - 1, ...branches.map((b) => b.min)),
            max: Math.max(0, ...branches.map((b) => b.max)),
            kind: 'unit'
        };
    }
    sequence() {
        const items = [];
        while (this.i < this.p.length && this.peek() !== '|' && this.peek() !== ')') {
            const c = this.peek();
            if (c === '*' || c === '+' || c === '?' || (c === '{' && this.braceQuantifier())) {
                const last = items.pop();
                if (last === undefined || last.kind === 'at')
                    this.fail(`nothing to repeat at position ${this.i}`);
                if (last.kind === 'repeat')
                    this.fail(`multiple repeat at position ${this.i}`);
                items.push(this.quantify(last));
                continue;
            }
            const item = this.atom();
            if (item)
                items.push(item);
        }
        let min = 0;
        let max = 0;
        for (const it of items) {
            min += it.min;
            max += it.max;
        }
        return {
            text: items.map((it) => it.text).join(''),
            min: Math.min(min, MAXREPEAT - 1),
            max: Math.min(max, MAXREPEAT),
            kind: 'unit'
        };
    }
    /** A `{m,n}` quantifier at the current position: its bounds, or null (then `{` is a literal). */
    braceQuantifier() {
        let j = this.i + 1;
        let lo = '';
        while (DECIMAL.test(this.p[j] ?? ''))
            lo += this.p[j++];
        let hi;
        if (this.p[j] === ',') {
            j++;
            hi = '';
            while (DECIMAL.test(this.p[j] ?? ''))
                hi += this.p[j++];
        }
        if (this.p[j] !== '}')
            return null;
        // `{}` is a literal; `{,}` is {0,inf}.
        if (lo === '' && hi === undefined)
            return null;
        return { lo, hi, length: j + 1 - this.i };
    }
    quantify(item) {
        const c = this.peek();
        let lo;
        let hi;
        let q;
        if (c === '{') {
            const b = this.braceQuantifier();
            lo = b.lo === '' ? 0 : Number(b.lo);
            hi = b.hi === undefined ? lo : b.hi === '' ? MAXREPEAT : Number(b.hi);
            if (lo >= MAXREPEAT || (b.hi !== undefined && b.hi !== '' && hi >= MAXREPEAT))
                this.fail('the repetition number is too large');
            if (hi < lo)
                this.fail(`min repeat greater than max repeat at position ${this.i + 1}`);
            q = b.hi === undefined ? `{${lo}}` : `{${lo},${b.hi === '' ? '' : hi}}`;
            this.i += b.length;
        }
        else {
            this.i++;
            [lo, hi, q] = c === '*' ? [0, MAXREPEAT, '*'] : c === '+' ? [1, MAXREPEAT, '+'] : [0, 1, '?'];
        }
        if (this.peek() === '?') {
            q += '?';
            this.i++;
        }
        else if (this.peek() === '+') {
            this.fail('possessive quantifiers have no JavaScript equivalent');
        }
        if (item.frame !== undefined)
            this.frames[item.frame].quantified = true;
        const max = hi === MAXREPEAT && item.max > 0 ? MAXREPEAT : Math.min(item.max * hi, MAXREPEAT);
        return {
            text: item.text + q,
            min: Math.min(item.min * lo, MAXREPEAT - 1),
            max,
            kind: 'repeat'
        };
    }
    /** The next atom; null for a comment. */
    atom() {
        const c = this.p[this.i++];
        const unit = (text) => ({ text, min: 1, max: 1, kind: 'unit' });
        const at = (text) => ({ text, min: 0, max: 0, kind: 'at' });
        switch (c) {
            case '.':
                return unit('[^\\n]');
            case '^':
                return at('^');
            case '$':
                // Python: at the end, or before a newline that ends the string.
                return at('(?=\\n?$)');
            case '(':
                return this.group();
            case '[':
                return unit(this.charClass());
            case '\\':
                return this.escape();
            default:
                // `{` here is not a quantifier (see sequence): a literal, as are `}` and `]`.
                return unit(cp(c.codePointAt(0)));
        }
    }
    open(kind) {
        this.frames.push({ kind, branches: 1, quantified: false });
        const id = this.frames.length - 1;
        return id;
    }
    /** The body of a group up to its `)`, in a new frame. */
    body(frame) {
        this.stack.push(frame);
        const inner = this.alternation();
        this.stack.pop();
        if (this.p[this.i++] !== ')')
            this.fail('missing ), unterminated subpattern');
        return inner;
    }
    capture(name) {
        const path = this.path();
        const frame = this.open('group');
        const number = this.captures.length + 1;
        this.captures.push({ path, frame, closed: false });
        if (name !== null)
            this.names.set(name, number);
        const inner = this.body(frame);
        this.captures[number - 1].closed = true;
        return { text: `(${inner.text})`, min: inner.min, max: inner.max, kind: 'unit', frame };
    }
    reference(group, name) {
        const c = this.captures[group - 1];
        if (c === undefined)
            this.fail(`invalid group reference ${name}`);
        if (!c.closed)
            this.fail(`cannot refer to an open group (${name})`);
        if (this.lookbehinds > 0)
            this.fail(`group references inside a look-behind (${name}) are not supported`);
        this.refs.push({ group, path: this.path(), name });
        // The width of a reference is the width of its group; not needed outside look-behinds.
        return { text: `(?:\\${group})`, min: 0, max: MAXREPEAT, kind: 'unit' };
    }
    groupName(end) {
        let name = '';
        for (;;) {
            const ch = this.p[this.i++];
            if (ch === undefined)
                this.fail(`missing ${end}, unterminated name`);
            if (ch === end)
                break;
            name += ch;
        }
        if (name === '')
            this.fail('missing group name');
        if (!/^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(name))
            this.fail(`bad character in group name ${JSON.stringify(name)}`);
        return name;
    }
    group() {
        if (this.peek() !== '?')
            return this.capture(null);
        this.i++;
        const c = this.p[this.i++];
        if (c === ':') {
            const frame = this.open('group');
            const inner = this.body(frame);
            return { text: `(?:${inner.text})`, min: inner.min, max: inner.max, kind: 'unit', frame };
        }
        if (c === '=' || c === '!') {
            const frame = this.open(c === '=' ? 'lookahead' : 'neglookahead');
            const inner = this.body(frame);
            // Wrapped: JS refuses a quantifier on a bare lookaround, Python accepts one.
            return { text: `(?:(?${c}${inner.text}))`, min: 0, max: 0, kind: 'unit', frame };
        }
        if (c === '<' && (this.peek() === '=' || this.peek() === '!')) {
            const d = this.p[this.i++];
            const frame = this.open(d === '=' ? 'lookbehind' : 'neglookbehind');
            this.lookbehinds++;
            const inner = this.body(frame);
            this.lookbehinds--;
            if (inner.min !== inner.max)
                this.fail('look-behind requires fixed-width pattern');
            return { text: `(?:(?<${d}${inner.text}))`, min: 0, max: 0, kind: 'unit', frame };
        }
        if (c === 'P' && this.peek() === '<') {
            this.i++;
            const name = this.groupName('>');
            if (this.names.has(name))
                this.fail(`redefinition of group name ${JSON.stringify(name)}`);
            return this.capture(name);
        }
        if (c === 'P' && this.peek() === '=') {
            this.i++;
            const name = this.groupName(')');
            const number = this.names.get(name);
            if (number === undefined)
                this.fail(`unknown group name ${JSON.stringify(name)}`);
            return this.reference(number, name);
        }
        if (c === '#') {
            for (;;) {
                const ch = this.p[this.i++];
                if (ch === undefined)
                    this.fail('missing ), unterminated comment');
                if (ch === ')')
                    return null;
            }
        }
        if (c === undefined)
            this.fail('unexpected end of pattern');
        if (c === 'P')
            this.fail(`unknown extension ?P${this.peek() ?? ''}`);
        if (c === '<')
            this.fail(`unknown extension ?<${this.peek() ?? ''}`);
        return this.fail(`the construct (?${c}...) (inline flags, conditionals, atomic groups) is not supported`);
    }
    /** An escape outside a class. */
    escape() {
        const c = this.p[this.i++];
        if (c === undefined)
            this.fail('bad escape (end of pattern)');
        const unit = (text) => ({ text, min: 1, max: 1, kind: 'unit' });
        if (c in CLASS_ESCAPES)
            return unit(`[${CLASS_ESCAPES[c]}]`);
        if (c in NEGATED)
            return unit(`[^${CLASS_ESCAPES[NEGATED[c]]}]`);
        const at = (text) => ({ text, min: 0, max: 0, kind: 'at' });
        if (c === 'A')
            return at('^');
        if (c === 'Z')
            return at('$');
        if (c === 'b' || c === 'B') {
            const w = `[${WORD}]`;
            const boundary = `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
            // Python: \B never matches in an empty string.
            const inside = `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`;
            return at(c === 'b' ? boundary : inside);
        }
        if (/^[1-9]$/.test(c)) {
            // Three octal digits make an octal escape; otherwise one or two digits: a group reference.
            let digits = c;
            if (DECIMAL.test(this.peek() ?? '')) {
                digits += this.p[this.i++];
                if (OCTAL.test(digits[0]) && OCTAL.test(digits[1]) && OCTAL.test(this.peek() ?? '')) {
                    digits += this.p[this.i++];
                    const v = parseInt(digits, 8);
                    if (v > 0o377)
                        this.fail(`octal escape value \\${digits} outside of range 0-0o377`);
                    return unit(cp(v));
                }
            }
            return this.reference(Number(digits), digits);
        }
        return unit(cp(this.literalEscape(c, false)));
    }
    /** The code point of a literal escape (`\n`, `\x41`, `\u00e9`, `\.`, octal...). */
    literalEscape(c, inClass) {
        if (c in CONTROL)
            return CONTROL[c];
        if (OCTAL.test(c) && (c === '0' || inClass)) {
            // `\0` and up to two more octal digits; in a class, any octal digit starts one.
            let oct = c;
            while (OCTAL.test(this.peek() ?? '') && oct.length < 3)
                oct += this.p[this.i++];
            const v = parseInt(oct, 8);
            if (v > 0o377)
                this.fail(`octal escape value \\${oct} outside of range 0-0o377`);
            return v;
        }
        const hexLen = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
        if (hexLen > 0) {
            let hex = '';
            while (hex.length < hexLen && HEX.test(this.peek() ?? ''))
                hex += this.p[this.i++];
            if (hex.length < hexLen)
                this.fail(`incomplete escape \\${c}${hex}`);
            const v = parseInt(hex, 16);
            if (v > 0x10ffff)
                this.fail(`bad escape \\${c}${hex}`);
            return v;
        }
        if (c === 'N')
            this.fail('\\N{...} named characters are not supported');
        if (/^[A-Za-z0-9]$/.test(c))
            this.fail(`bad escape \\${c}`);
        return c.codePointAt(0);
    }
    /** One member of a class: a code point, or a class escape (`\d`, `\W`...). */
    classMember(c) {
        if (c !== '\\') {
            if (c === '[' && this.peek() === ':')
                this.fail('POSIX classes like [:alpha:] are not supported');
            return { single: c.codePointAt(0) };
        }
        const e = this.p[this.i++];
        if (e === undefined)
            this.fail('bad escape (end of pattern)');
        if (e in CLASS_ESCAPES || e in NEGATED)
            return { escape: e };
        if (e === 'b')
            return { single: 8 };
        return { single: this.literalEscape(e, true) };
    }
    charClass() {
        let negate = false;
        if (this.peek() === '^') {
            negate = true;
            this.i++;
        }
        let body = '';
        // Members that JS cannot put in a class (`\W`, `\S`): complements of these classes.
        const complements = [];
        let first = true;
        for (;;) {
            const c = this.p[this.i++];
            if (c === undefined)
                this.fail('unterminated character set');
            if (c === ']' && !first)
                break;
            first = false;
            const m = this.classMember(c);
            if (this.peek() === '-') {
                const d = this.peek(1);
                if (d === undefined)
                    this.fail('unterminated character set');
                if (d !== ']') {
                    // A range: both ends must be single characters.
                    this.i += 2;
                    const hi = this.classMember(d);
                    const text = (x) => 'escape' in x ? `\\${x.escape}` : String.fromCodePoint(x.single);
                    if ('escape' in m || 'escape' in hi || hi.single < m.single)
                        this.fail(`bad character range ${text(m)}-${text(hi)}`);
                    body += `${cp(m.single)}-${cp(hi.single)}`;
                    continue;
                }
            }
            if ('single' in m)
                body += cp(m.single);
            else if (m.escape in CLASS_ESCAPES)
                body += CLASS_ESCAPES[m.escape];
            else if (m.escape === 'D')
                body += '\\P{Nd}';
            else
                complements.push(`[^${CLASS_ESCAPES[NEGATED[m.escape]]}]`);
        }
        if (complements.length === 0)
            return `[${negate ? '^' : ''}${body}]`;
        const union = [...(body ? [`[${body}]`] : []), ...complements].join('|');
        return negate ? `(?:(?!${union})[\\s\\S])` : `(?:${union})`;
    }
    /**
     * Python fails a reference to a group that did not take part in the match; JS matches it as
     * empty. Only references to groups that certainly matched before them are accepted.
     */
    checkReferences() {
        for (const ref of this.refs) {
            const group = this.captures[ref.group - 1];
            const where = new Map(ref.path.map((x) => [x.frame, x.branch]));
            const unsure = (reason) => this.fail(`the reference to group ${ref.name} may run before that group matched (${reason}); Python and JavaScript differ there`);
            for (const { frame, branch } of group.path) {
                const f = this.frames[frame];
                const refBranch = where.get(frame);
                if (refBranch !== undefined) {
                    if (refBranch !== branch)
                        unsure('another branch of an alternation');
                }
                else {
                    if (f.branches > 1)
                        unsure('the group is in an alternation');
                    if (f.quantified)
                        unsure('the group is repeated or optional');
                    if (f.kind === 'neglookahead' || f.kind === 'neglookbehind')
                        unsure('the group is in a negative lookaround');
                }
            }
            if (!where.has(group.frame) && this.frames[group.frame].quantified)
                unsure('the group is repeated or optional');
        }
    }
}
/** Translate a Python pattern to the source of an equivalent JS RegExp (use with the `u` flag). */
function translatePyRegex(pattern) {
    return new Translator(pattern).translate();
}
/** A RegExp that behaves like `re.compile(pattern)` for `search`. */
function pyRegExp(pattern) {
    const source = translatePyRegex(pattern);
    try {
        return new RegExp(source, 'u');
    }
    catch (e) {
        throw new PatternError(pattern, `its translation is not a valid JavaScript pattern (${e.message})`);
    }
}
/** Python `re.search(pattern, s) is not None`. */
function pySearch(pattern, s) {
    return (typeof pattern === 'string' ? pyRegExp(pattern) : pattern).test(s);
}


/***/ }),

/***/ 7526:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ pyRepr)
/* harmony export */ });
/** Python `repr()`, for messages that read as quilt3's. */
function pyRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += '\\' + quote;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) {
            if (cp < 0x100)
                out += '\\x' + cp.toString(16).padStart(2, '0');
            else if (cp < 0x10000)
                out += '\\u' + cp.toString(16).padStart(4, '0');
            else
                out += '\\U' + cp.toString(16).padStart(8, '0');
        }
        else
            out += ch;
    }
    return out + quote;
}


/***/ }),

/***/ 6732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ pyQuotePlus),
/* harmony export */   Rr: () => (/* binding */ pyUnquote),
/* harmony export */   e5: () => (/* binding */ pyQuote),
/* harmony export */   nV: () => (/* binding */ pyParseQs),
/* harmony export */   nz: () => (/* binding */ pyUrlSplit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5126);
/* harmony import */ var _repr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7526);
/**
 * Percent-encoding and URL splitting as Python's `urllib.parse` does them (`quote`,
 * `quote_plus`, `unquote`, `parse_qs`, `urlsplit`): quilt3 writes and reads physical keys with them.
 */


const ALWAYS_SAFE = /[A-Za-z0-9_.~-]/;
const utf8 = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => '%' + i.toString(16).toUpperCase().padStart(2, '0'));
function quoteWith(s, safe, plus) {
    let out = '';
    for (const byte of utf8.encode(s)) {
        const ch = String.fromCharCode(byte);
        if (byte < 0x80 && (ALWAYS_SAFE.test(ch) || safe.includes(ch)))
            out += ch;
        else if (plus && byte === 0x20)
            out += '+';
        else
            out += HEX[byte];
    }
    return out;
}
function checkEncodable(s) {
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .QuiltError */ .YH(`${(0,_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n)(s)} contains a lone surrogate and cannot be encoded as UTF-8`);
    }
}
/** `urllib.parse.quote(s, safe="/")`: upper-case `%XX`, only `A-Za-z0-9_.-~/` kept. */
function pyQuote(s, safe = '/') {
    checkEncodable(s);
    return quoteWith(s, safe, false);
}
/** `urllib.parse.quote_plus(s, safe="")`: form encoding, space as `+`. */
function pyQuotePlus(s) {
    checkEncodable(s);
    return quoteWith(s, '', true);
}
// ignoreBOM: keep a decoded U+FEFF (TextDecoder would drop one at the start of each run).
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
/** `urllib.parse.unquote`: decode `%XX` runs as UTF-8 (invalid bytes become U+FFFD). */
function pyUnquote(s) {
    if (!s.includes('%'))
        return s;
    return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
        const bytes = new Uint8Array(run.length / 3);
        for (let i = 0; i < bytes.length; i++)
            bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
        return utf8Lossy.decode(bytes);
    });
}
/** `urllib.parse.parse_qs(query)` with Python 3.10+ defaults (only `&` separates). */
function pyParseQs(query) {
    const out = new Map();
    for (const field of query.split('&')) {
        if (field === '')
            continue;
        const eq = field.indexOf('=');
        if (eq < 0)
            continue;
        const rawValue = field.slice(eq + 1);
        if (rawValue === '')
            continue;
        const name = pyUnquote(field.slice(0, eq).replace(/\+/g, ' '));
        const value = pyUnquote(rawValue.replace(/\+/g, ' '));
        const list = out.get(name);
        if (list)
            list.push(value);
        else
            out.set(name, [value]);
    }
    return out;
}
/** `urllib.parse.urlsplit` as Python 3.11 does it for the URLs quilt3 sees. */
function pyUrlSplit(url) {
    // eslint-disable-next-line no-control-regex
    let rest = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\r\n]/g, '');
    let scheme = '';
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
    if (m) {
        scheme = m[1].toLowerCase();
        rest = rest.slice(m[0].length);
    }
    let netloc = '';
    if (rest.startsWith('//')) {
        const end = rest.slice(2).search(/[/?#]/);
        netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2);
        rest = end < 0 ? '' : rest.slice(end + 2);
    }
    let fragment = '';
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        fragment = rest.slice(hash + 1);
        rest = rest.slice(0, hash);
    }
    let query = '';
    const q = rest.indexOf('?');
    if (q >= 0) {
        query = rest.slice(q + 1);
        rest = rest.slice(0, q);
    }
    return { scheme, netloc, path: rest, query, fragment };
}


/***/ }),

/***/ 2358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NP: () => (/* binding */ readRevisionMessage),
/* harmony export */   TA: () => (/* binding */ TOP_HASH_RE),
/* harmony export */   UF: () => (/* binding */ isTimestampPointer),
/* harmony export */   xc: () => (/* binding */ commitRevision)
/* harmony export */ });
/* unused harmony export timestampPointerName */
/* harmony import */ var _py_json_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5063);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5126);
/* harmony import */ var _s3_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3033);
/**
 * The registry interface (spec §6, layout V1): manifests under `.quilt/packages/<top hash>`,
 * revision pointers under `.quilt/named_packages/<name>/<unix seconds>` and `latest`.
 */



/** quilt3's timestamp pointer name: `str(int(time.time()))`. */
function timestampPointerName(now = new Date()) {
    return String(Math.floor(now.getTime() / 1000));
}
const TOP_HASH_RE = /^[0-9a-f]{64}$/;
/** Whether a pointer name is a timestamp (Unix seconds), as opposed to `latest`. */
function isTimestampPointer(pointer) {
    return /^\d+$/.test(pointer);
}
/**
 * Publish a revision as quilt3 `push_manifest` does, each step safe against other writers: the
 * manifest (content-addressed: any writer writes the same bytes), then a timestamp pointer no
 * other revision has, then `latest`, moved only from `parent` to this revision. When another
 * writer moved `latest` first, our timestamp pointer is taken back and a `ConflictError` names
 * both hashes. Returns the timestamp pointer's name.
 */
async function commitRevision(registry, req) {
    const { name, topHash } = req;
    await registry.putManifest(topHash, req.manifest);
    const seconds = Math.floor((req.now ?? new Date()).getTime() / 1000);
    const revision = await registry.createRevisionPointer(name, topHash, seconds);
    if (req.force) {
        await registry.forceLatest(name, topHash);
        return revision;
    }
    let outcome;
    try {
        outcome = await registry.replaceLatest(name, topHash, req.parent);
    }
    catch (e) {
        // A refusal (e.g. AccessDenied) means latest is not ours: the pointer goes. After a lost
        // answer the write may still land: the pointer stays (it names a complete revision).
        if (!(0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnclearOutcome */ .D5)(e))
            await takeBack(registry, name, revision);
        throw e;
    }
    if (outcome === 'written')
        return revision;
    if (outcome === 'unknown')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CommitUnknownError */ .U3(name, topHash, revision);
    // Lost: our pointer goes (its name is ours alone), so a failed run adds no revision...
    await takeBack(registry, name, revision);
    const found = await registry.readLatest(name);
    // ...unless a delete made latest this revision meanwhile (the newest one it saw): it is then
    // published, and gets a pointer again.
    if (found.topHash === topHash)
        return registry.createRevisionPointer(name, topHash, seconds);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .fK(name, req.parent.topHash, found.topHash, req.operation);
}
/** Remove the timestamp pointer this run created (best effort: a failure is already reported). */
async function takeBack(registry, name, revision) {
    await registry.deletePointers(name, [revision]).catch(() => undefined);
}
/**
 * A revision's commit message, from the package line at the head of its manifest (null when
 * absent, or when the line is longer than what was read).
 */
async function readRevisionMessage(registry, topHash) {
    const head = await registry.readManifestHead(topHash, 64 * 1024);
    if (head === null)
        return null;
    const end = head.indexOf(0x0a);
    if (end < 0)
        return null;
    try {
        const meta = (0,_py_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePyJson */ .j5)(head.subarray(0, end).toString('utf-8'));
        const message = meta instanceof Map ? meta.get('message') : undefined;
        return typeof message === 'string' ? message : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 3033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ isUnclearOutcome),
/* harmony export */   Mx: () => (/* binding */ iamActionsOf),
/* harmony export */   PH: () => (/* binding */ mayHaveApplied),
/* harmony export */   Q6: () => (/* binding */ s3ErrorContext),
/* harmony export */   Zj: () => (/* binding */ isBrokenTransfer),
/* harmony export */   _Y: () => (/* binding */ isS3Operation),
/* harmony export */   az: () => (/* binding */ s3ErrorCode),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   sr: () => (/* binding */ S3_PERMISSIONS)
/* harmony export */ });
/**
 * Reading S3 errors (code, HTTP status, the request they came from) without loading the SDK.
 */
const READ = {
    scope: 'object',
    actions: ['s3:GetObject'],
    versionActions: ['s3:GetObjectVersion'],
    missingActions: ['s3:ListBucket']
};
const WRITE = { scope: 'object', actions: ['s3:PutObject'] };
const COPY = {
    ...WRITE,
    sourceActions: ['s3:GetObject'],
    sourceVersionActions: ['s3:GetObjectVersion']
};
/**
 * Every S3 operation this code sends, and the IAM actions it needs: the one statement of them.
 * Error messages name the permission from it, and the tests check that every S3 command of
 * `src/` is here and that the README's permission table lists what each mode's requests need.
 */
const S3_PERMISSIONS = {
    GetObject: READ,
    HeadObject: READ,
    GetObjectAttributes: {
        scope: 'object',
        actions: ['s3:GetObject', 's3:GetObjectAttributes'],
        versionActions: ['s3:GetObjectVersion', 's3:GetObjectVersionAttributes'],
        missingActions: ['s3:ListBucket']
    },
    PutObject: WRITE,
    CreateMultipartUpload: WRITE,
    UploadPart: WRITE,
    CompleteMultipartUpload: WRITE,
    CopyObject: COPY,
    UploadPartCopy: COPY,
    AbortMultipartUpload: { scope: 'object', actions: ['s3:AbortMultipartUpload'] },
    DeleteObject: { scope: 'object', actions: ['s3:DeleteObject'] },
    /** On each key of the request (they are in its body). */
    DeleteObjects: { scope: 'object', actions: ['s3:DeleteObject'] },
    ListObjectsV2: { scope: 'bucket', actions: ['s3:ListBucket'] },
    ListObjectVersions: { scope: 'bucket', actions: ['s3:ListBucketVersions'] },
    ListMultipartUploads: { scope: 'bucket', actions: ['s3:ListBucketMultipartUploads'] }
};
function isS3Operation(name) {
    return Object.hasOwn(S3_PERMISSIONS, name);
}
/**
 * The IAM actions one request needs: on its own object or bucket, on a copy's source, and on
 * the bucket when the key turned out not to exist (`missing`: S3 answered 404). Throws for a
 * version on an operation whose versioned form this code never sends.
 */
function iamActionsOf(operation, request = {}) {
    const p = S3_PERMISSIONS[operation];
    const actions = request.versioned ? p.versionActions : p.actions;
    if (actions === undefined)
        throw new Error(`${operation} is never sent with a versionId`);
    const source = (request.sourceVersioned ? p.sourceVersionActions : p.sourceActions) ?? [];
    const bucket = request.missing ? (p.missingActions ?? []) : [];
    return { actions, sourceActions: source, bucketActions: bucket };
}
/** The request an S3 error came from (set by the client's middleware). */
function s3ErrorContext(e) {
    if (!e || typeof e !== 'object')
        return {};
    const o = e;
    return {
        command: o.$command,
        bucket: o.$bucket,
        key: o.$key,
        versioned: o.$versioned,
        sourceVersioned: o.$sourceVersioned
    };
}
/** The error's S3 code (`NoSuchKey`, `AccessDenied`, ...) or name. */
function s3ErrorCode(e) {
    if (e && typeof e === 'object') {
        const o = e;
        if (typeof o.Code === 'string')
            return o.Code;
        if (typeof o.name === 'string')
            return o.name;
    }
    return '';
}
function httpStatus(e) {
    if (e && typeof e === 'object' && '$metadata' in e) {
        const m = e.$metadata;
        return m?.httpStatusCode;
    }
    return undefined;
}
function isNotFound(e) {
    const code = s3ErrorCode(e);
    return code === 'NoSuchKey' || code === 'NotFound' || httpStatus(e) === 404;
}
/**
 * A transfer cut off without an S3 answer (connection reset, aborted or short body), or a
 * server that could not be reached for now (a name not resolved, no route: what the SDK retries
 * too): worth another attempt. Errors S3 answered (they carry an HTTP status) are the SDK's to
 * retry.
 */
function isBrokenTransfer(e) {
    if (!e || typeof e !== 'object')
        return false;
    if (httpStatus(e) !== undefined)
        return false;
    const o = e;
    if (o.name === 'AbortError')
        return false;
    return (/ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket hang up|aborted|premature close|terminated/i.test(`${o.code ?? ''} ${o.message ?? ''}`) || o.name === 'TimeoutError');
}
/**
 * A write whose outcome is unknown: no answer (the request may have been applied), or a server
 * error after the SDK's retries (one of them may have been).
 */
function isUnclearOutcome(e) {
    const status = httpStatus(e);
    return isBrokenTransfer(e) || (status !== undefined && status >= 500 && status !== 501);
}
/** An error after which a write may have been applied: unclear, or refused on an SDK retry. */
function mayHaveApplied(e) {
    if (isUnclearOutcome(e))
        return true;
    const attempts = e?.$metadata?.attempts;
    return (attempts ?? 1) > 1;
}


/***/ }),

/***/ 1232:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ sourceError),
/* harmony export */   JH: () => (/* binding */ checkFilesUnchanged),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   e7: () => (/* binding */ SYNC_READ_MAX),
/* harmony export */   qA: () => (/* binding */ identityDifference),
/* harmony export */   sC: () => (/* binding */ SourceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5126);
/* harmony import */ var _format_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5397);
/**
 * A local file of a package, open for the whole time a push reads it: hashed and uploaded
 * through one descriptor, so every byte published comes from the same file, and checked against
 * the listing (size, modification time, inode) before its bytes are committed to S3. A file
 * replaced (a new inode at its path) or written in place (a new mtime) while the run reads it
 * fails the run naming it; it is never published torn.
 */




const readAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.read);
/** Reads below this size are made on the calling thread (`readNow`). */
const SYNC_READ_MAX = _format_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .MiB */ .lv;
/** The identity of a file as `stat` gives it. */
function identityOf(st) {
    return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}
/** What differs between two identities, or null when they are the same. */
function identityDifference(was, now) {
    if (now.ino !== was.ino)
        return 'it was replaced by another file';
    if (now.size !== was.size)
        return `its size is now ${now.size} bytes, not ${was.size}`;
    if (now.mtimeMs !== was.mtimeMs)
        return 'it was written to (its modification time moved)';
    return null;
}
/** An error of the file system as the user should read it: which file, what to do. */
function sourceError(path, e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(path, 'it was deleted');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'ELOOP') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceReadError */ .Ct(path, code, 'file');
    }
    return e instanceof Error ? e : new Error(String(e));
}
class SourceFile {
    path;
    fd;
    identity;
    closed = false;
    constructor(path, fd, identity) {
        this.path = path;
        this.fd = fd;
        this.identity = identity;
    }
    /**
     * Open `path`; fails (naming it) when it cannot be read or is no longer the file the listing
     * saw (`expected`, when known).
     */
    static open(path, expected) {
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
        }
        catch (e) {
            throw sourceError(path, e);
        }
        try {
            const file = new SourceFile(path, fd, identityOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd)));
            const diff = expected ? identityDifference(expected, file.identity) : null;
            if (diff !== null)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(path, diff);
            return file;
        }
        catch (e) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            throw e;
        }
    }
    get size() {
        return this.identity.size;
    }
    /**
     * `length` bytes at `offset` (at the end of the file one byte more is asked for, so a file
     * that grew is caught). Small reads (below SYNC_READ_MAX) are synchronous: cheaper than a trip
     * through the thread pool.
     */
    async read(offset, length) {
        if (length < SYNC_READ_MAX)
            return this.readNow(offset, length);
        const buf = this.bufferFor(offset, length);
        let got = 0;
        try {
            while (got < buf.length) {
                const n = (await readAsync(this.fd, buf, got, buf.length - got, offset + got)).bytesRead;
                if (n === 0)
                    break;
                got += n;
            }
        }
        catch (e) {
            throw sourceError(this.path, e);
        }
        return this.checkRead(buf, got, length);
    }
    /** `read`, on this thread now: for small reads (below SYNC_READ_MAX). */
    readNow(offset, length) {
        const buf = this.bufferFor(offset, length);
        let got = 0;
        try {
            while (got < buf.length) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, buf, got, buf.length - got, offset + got);
                if (n === 0)
                    break;
                got += n;
            }
        }
        catch (e) {
            throw sourceError(this.path, e);
        }
        return this.checkRead(buf, got, length);
    }
    /** The buffer of a read: one byte more at the end of the file. */
    bufferFor(offset, length) {
        return Buffer.allocUnsafe(length + (offset + length >= this.size ? 1 : 0));
    }
    checkRead(buf, got, length) {
        if (got !== length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(this.path, got < length ? 'it became shorter' : 'it became longer');
        }
        return buf.subarray(0, length);
    }
    /**
     * Fails when the file is no longer what was opened: written in place (mtime, size), or its
     * path now names another file. Called after reading and before the bytes are committed.
     */
    checkUnchanged() {
        const diff = identityDifference(this.identity, identityOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(this.fd))) ??
            (() => {
                try {
                    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(this.path).ino === this.identity.ino
                        ? null
                        : 'it was replaced by another file';
                }
                catch (e) {
                    return e.code === 'ENOENT' ? 'it was deleted' : null;
                }
            })();
        if (diff !== null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(this.path, diff);
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
/** Check that every local file still is what the listing saw (a last look before a commit). */
function checkFilesUnchanged(files) {
    for (const f of files) {
        let now;
        try {
            now = identityOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(f.path));
        }
        catch (e) {
            throw sourceError(f.path, e);
        }
        const diff = identityDifference(f.identity, now);
        if (diff !== null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileChangedError */ .jL(f.path, diff);
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map