export const id = 259;
export const ids = [259];
export const modules = {

/***/ 2690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ pyYamlSafeLoad),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/** YAML as PyYAML's `safe_load` reads it (YAML 1.1 with PyYAML's own resolvers), with Python's types. */

// PyYAML's implicit resolvers (yaml/resolver.py) where the yaml package's YAML 1.1 schema
// resolves more: `y`/`n` are not booleans, `1e3` and `.` are strings, `09` is not an int, a date
// needs two-digit month and day.
const PY_FLOAT = '(?:[-+]?[0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*)';
const PY_RESOLVERS = [
    { tag: 'bool', when: /rue/, test: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/ },
    { tag: 'bool', when: /alse/, test: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/ },
    { tag: 'int', format: undefined, test: /^[-+]?(?:0|[1-9][0-9_]*)$/ },
    { tag: 'int', format: 'TIME', test: /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/ },
    { tag: 'float', format: 'EXP', test: new RegExp(`^${PY_FLOAT}[eE][-+][0-9]+$`) },
    { tag: 'float', format: undefined, when: /\\\.\[0-9_\]\*\$/, test: new RegExp(`^${PY_FLOAT}$`) },
    {
        tag: 'timestamp',
        test: /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/
    }
];
function pyYamlTags(tags) {
    const out = tags.map((t) => {
        if (typeof t !== 'object' || !('test' in t) || !(t.test instanceof RegExp))
            return t;
        const scalar = t;
        const rule = PY_RESOLVERS.find((r) => scalar.tag === `tag:yaml.org,2002:${r.tag}` &&
            (r.tag === 'timestamp' || scalar.format === r.format) &&
            (!r.when || r.when.test(scalar.test.source)));
        if (!rule)
            return t;
        if (rule.tag !== 'timestamp')
            return { ...scalar, test: rule.test };
        // PyYAML makes a date; its value is not needed, only that it is not a string.
        const replaced = {
            ...scalar,
            test: rule.test,
            resolve: (value, onError, options) => {
                try {
                    return scalar.resolve(value, onError, options);
                }
                catch {
                    return new Date(NaN);
                }
            }
        };
        return replaced;
    });
    // Explicit `!!float` / `!!int` on any text, as PyYAML's constructors read it.
    const explicit = (tag) => ({
        tag: `tag:yaml.org,2002:${tag}`,
        default: false,
        resolve: (text, onError) => {
            const v = text.replace(/_/g, '').toLowerCase();
            const sign = v.startsWith('-') ? -1 : 1;
            const body = v.replace(/^[-+]/, '');
            if (tag === 'float') {
                if (body === '.inf')
                    return sign * Infinity;
                if (body === '.nan')
                    return NaN;
                const n = body.includes(':')
                    ? body.split(':').reduce((acc, part) => acc * 60 + Number(part), 0)
                    : /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$|^(?:inf|infinity|nan)$/.test(body)
                        ? Number(body.replace(/^inf(inity)?$/, 'Infinity'))
                        : NaN;
                if (Number.isNaN(n) && body !== 'nan')
                    onError(`could not convert string to float: ${text}`);
                return sign * n;
            }
            try {
                const base = body.startsWith('0b')
                    ? 2
                    : body.startsWith('0x')
                        ? 16
                        : /^0\d/.test(body)
                            ? 8
                            : 10;
                const digits = base === 10 || base === 8 ? body : body.slice(2);
                if (body.includes(':')) {
                    return BigInt(sign) * body.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n);
                }
                const prefix = base === 2 ? '0b' : base === 16 ? '0x' : base === 8 ? '0o' : '';
                if (!/^[0-9a-f]+$/.test(digits))
                    throw new Error('not an int');
                return BigInt(sign) * BigInt(prefix + (base === 8 ? digits.slice(1) : digits));
            }
            catch {
                onError(`invalid literal for int(): ${text}`);
                return null;
            }
        }
    });
    out.push(explicit('float'), explicit('int'));
    // `!!omap` and `!!pairs` make lists of pairs (Python lists), not mappings.
    for (const tag of ['omap', 'pairs']) {
        const i = out.findIndex((t) => typeof t === 'object' && t.tag === `tag:yaml.org,2002:${tag}`);
        if (i >= 0)
            out.splice(i, 1);
        const pairs = {
            tag: `tag:yaml.org,2002:${tag}`,
            collection: 'seq',
            default: false,
            resolve: (seq, onError) => {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq) || !seq.items.every((x) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(x) && x.items.length === 1))
                    onError(`expected a sequence of one-pair mappings for !!${tag}`);
                return seq;
            }
        };
        out.push(pairs);
    }
    // `=` is PyYAML's `value` tag, which safe_load cannot construct.
    const value = {
        tag: 'tag:yaml.org,2002:value',
        default: true,
        test: /^=$/,
        resolve: (_value, onError) => {
            onError('could not determine a constructor for the tag tag:yaml.org,2002:value');
            return null;
        }
    };
    out.push(value);
    return out;
}
// PyYAML's reader refuses these characters anywhere in the stream.
// eslint-disable-next-line no-control-regex -- PyYAML's own table, control characters included
const PY_NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// Line breaks for PyYAML (YAML 1.1), not for the yaml package: refused rather than read otherwise.
const PY_ONLY_LINE_BREAKS = /[\x85\u2028\u2029]/;
/** UTF-8 text as Python's `bytes.decode()` reads it (invalid bytes are an error). */
function decodeUtf8(data) {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
}
/**
 * YAML as PyYAML's `safe_load` reads it (throws when safe_load would), with Python's types: ints
 * as bigint, floats as numbers, mappings as Maps (non-string keys replaced by `keyFor(key)`), dates,
 * bytes and sets as such.
 */
function pyYamlSafeLoad(text, keyFor) {
    if (PY_NON_PRINTABLE.test(text) || PY_ONLY_LINE_BREAKS.test(text))
        throw new Error('unacceptable character');
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
        version: '1.1',
        schema: 'yaml-1.1',
        uniqueKeys: false,
        intAsBigInt: true,
        customTags: pyYamlTags,
        // Problems are collected on the document (and refused below), not printed.
        logLevel: 'error'
    });
    if (doc.errors.length > 0 || doc.warnings.length > 0)
        throw new Error('not safe_load-able');
    let unhashable = false;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Pair(_, pair) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(pair.key) ? pair.key.resolve(doc) : pair.key;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isCollection */ .P3)(key))
                unhashable = true;
        }
    });
    if (unhashable)
        throw new Error('found unhashable key');
    const typed = (v) => {
        if (Array.isArray(v))
            return v.map(typed);
        if (v instanceof Map) {
            const m = new Map();
            for (const [k, x] of v)
                m.set(typeof k === 'string' ? k : keyFor(k), typed(x));
            return m;
        }
        return v;
    };
    return typed(doc.toJS({ mapAsMap: true }));
}


/***/ }),

/***/ 6180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5126);
/* harmony import */ var _py_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2690);
/* harmony import */ var _jsonschema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8887);
/** `.quilt/workflows/config.yml`: read as PyYAML reads it and checked against quilt3's config schema. */



const SUPPORTED_VERSION = [1, 1, 0];
// The structure of config.yml (quilt3's config-1 schema, written out here).
const VERSION = { type: 'string', pattern: '^[1-9][0-9]*(\\.(0|[1-9][0-9]*)){0,2}$' };
const CONFIG_SCHEMA = {
    type: 'object',
    required: ['version', 'workflows'],
    additionalProperties: false,
    properties: {
        catalog: true,
        version: {
            oneOf: [
                VERSION,
                {
                    type: 'object',
                    additionalProperties: false,
                    required: ['base'],
                    properties: { base: VERSION, catalog: VERSION }
                }
            ]
        },
        is_workflow_required: { type: 'boolean' },
        default_workflow: { type: 'string' },
        workflows: {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: '^[A-Za-z_-][A-Za-z0-9_-]*$', maxLength: 64 },
            additionalProperties: {
                type: 'object',
                required: ['name'],
                additionalProperties: false,
                properties: {
                    catalog: true,
                    name: { type: 'string', minLength: 1 },
                    description: { type: 'string', minLength: 1 },
                    handle_pattern: { type: 'string' },
                    metadata_schema: { type: 'string' },
                    entries_schema: { type: 'string' },
                    is_message_required: { type: 'boolean' }
                }
            }
        },
        schemas: {
            type: 'object',
            minProperties: 1,
            additionalProperties: {
                type: 'object',
                required: ['url'],
                properties: { url: { type: 'string' } }
            }
        },
        successors: {
            type: 'object',
            minProperties: 1,
            additionalProperties: {
                type: 'object',
                required: ['title'],
                properties: { title: { type: 'string', minLength: 1 }, copy_data: { type: 'boolean' } }
            }
        }
    }
};
function versionTuple(v) {
    return [...v.split('.').map(Number), 0, 0].slice(0, 3);
}
function compareVersions(a, b) {
    for (let i = 0; i < 3; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
/** Parse and check config.yml (PyYAML `safe_load`, YAML 1.1; quilt3's config schema). */
function parseConfig(data) {
    let tree;
    try {
        tree = (0,_py_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .pyYamlSafeLoad */ .a)((0,_py_yaml_js__WEBPACK_IMPORTED_MODULE_1__.decodeUtf8)(data), _jsonschema_js__WEBPACK_IMPORTED_MODULE_2__/* .keyStandIn */ .P);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkflowConfigError */ .Oe("Couldn't parse workflows config as YAML.");
    }
    const config = (0,_jsonschema_js__WEBPACK_IMPORTED_MODULE_2__.toPlain)(tree);
    const validate = (0,_jsonschema_js__WEBPACK_IMPORTED_MODULE_2__.makeAjv)().compile(CONFIG_SCHEMA);
    if (!validate(config)) {
        const violations = (0,_jsonschema_js__WEBPACK_IMPORTED_MODULE_2__.violationsOf)(validate.errors ?? [], CONFIG_SCHEMA, tree, true);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkflowConfigError */ .Oe((0,_jsonschema_js__WEBPACK_IMPORTED_MODULE_2__.failureText)('Workflows config failed validation', violations));
    }
    const c = config;
    const version = typeof c.version === 'string' ? c.version : c.version.base;
    if (compareVersions(versionTuple(version), SUPPORTED_VERSION) > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkflowConfigError */ .Oe(`Version '${versionTuple(version).join('.')}' is not supported`);
    }
    return c;
}


/***/ }),

/***/ 8887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ keyStandIn),
/* harmony export */   failureText: () => (/* binding */ failureText),
/* harmony export */   makeAjv: () => (/* binding */ makeAjv),
/* harmony export */   metaSchemaViolations: () => (/* binding */ metaSchemaViolations),
/* harmony export */   toPlain: () => (/* binding */ toPlain),
/* harmony export */   violationsOf: () => (/* binding */ violationsOf)
/* harmony export */ });
/* unused harmony export describeError */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _py_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5063);
/* harmony import */ var _py_repr_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7526);
/* harmony import */ var _py_regex_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9506);
/**
 * JSON Schema validation worded as Python's jsonschema words it (quilt3 checks metadata with it):
 * the first message jsonschema reports, then every violation with its JSON path.
 */




/** ajv's regular-expression engine: Python semantics (`code` names it for standalone code only). */
const PY_REGEXP_ENGINE = Object.assign((source) => (0,_py_regex_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRegExp */ .rM)(source), { code: 'pyRegExp' });
function makeAjv() {
    return new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv({
        allErrors: true,
        strict: false,
        // Errors carry their schema (describeError quotes its values).
        verbose: true,
        validateFormats: false,
        // JSON Schema `pattern`s are Python regular expressions here, as with quilt3's jsonschema.
        code: { regExp: PY_REGEXP_ENGINE }
    });
}
/** Values from YAML that have no JSON type (PyYAML makes date, bytes, set). */
function isPythonOnly(v) {
    return v instanceof Date || v instanceof Uint8Array || v instanceof Set;
}
const PYTHON_OBJECT = Symbol('a Python object of no JSON type');
/**
 * Stand-ins for YAML mapping keys that are not strings (PyYAML keeps ints, None, booleans as
 * keys; jsonschema's `propertyNames` ignores them): short strings that pass the config schema's
 * key rules (at most 64 characters), one per distinct key as Python shows it, so loading a config
 * again adds none. No workflow input or YAML string can name them.
 */
const KEY_PREFIX = `--qpa-${Math.random().toString(36).slice(2, 10)}-`;
const STAND_IN_OF_REPR = new Map();
const REPR_OF_STAND_IN = new Map();
function keyStandIn(key) {
    const repr = pyValueRepr(key, true);
    let standIn = STAND_IN_OF_REPR.get(repr);
    if (standIn === undefined) {
        standIn = `${KEY_PREFIX}${STAND_IN_OF_REPR.size}`;
        STAND_IN_OF_REPR.set(repr, standIn);
        REPR_OF_STAND_IN.set(standIn, repr);
    }
    return standIn;
}
/** The Python repr of the key a stand-in stands for, or undefined for a real key. */
function standInRepr(key) {
    return REPR_OF_STAND_IN.get(key);
}
/** PyValue as the plain JSON value a schema validator sees (ints beyond 2^53 approximated). */
function toPlain(v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(toPlain);
    // YAML dates, bytes and sets: no JSON type at all for the validator, as for jsonschema.
    if (isPythonOnly(v))
        return PYTHON_OBJECT;
    if (v instanceof Map) {
        const o = {};
        for (const [k, x] of v)
            Object.defineProperty(o, k, {
                value: toPlain(x),
                enumerable: true,
                writable: true,
                configurable: true
            });
        return o;
    }
    return v;
}
/**
 * A value as Python's `repr` shows it in jsonschema messages. `floats`: the value comes from
 * Python-semantics JSON (`PyValue`: a JS number is a Python float, a bigint an int); otherwise
 * (YAML, plain JSON) integral numbers are ints.
 */
function pyValueRepr(v, floats) {
    if (typeof v === 'string')
        return (0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(v);
    if (v === null || v === undefined)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'bigint')
        return v.toString();
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
        return floats || !Number.isInteger(v) ? (0,_py_json_js__WEBPACK_IMPORTED_MODULE_0__/* .pyFloatRepr */ .XO)(v) : String(v);
    }
    if (Array.isArray(v))
        return '[' + v.map((x) => pyValueRepr(x, floats)).join(', ') + ']';
    if (v instanceof Map) {
        const items = [...v.entries()];
        const key = (k) => standInRepr(k) ?? (0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(k);
        return '{' + items.map(([k, x]) => `${key(k)}: ${pyValueRepr(x, floats)}`).join(', ') + '}';
    }
    if (v instanceof Set)
        return `{${[...v].map((x) => pyValueRepr(x, floats)).join(', ')}}`;
    if (v instanceof Uint8Array) {
        let out = "b'";
        for (const b of v) {
            const c = String.fromCharCode(b);
            out +=
                c === '\\' || c === "'"
                    ? '\\' + c
                    : c === '\n'
                        ? '\\n'
                        : c === '\r'
                            ? '\\r'
                            : c === '\t'
                                ? '\\t'
                                : b >= 0x20 && b < 0x7f
                                    ? c
                                    : '\\x' + b.toString(16).padStart(2, '0');
        }
        return out + "'";
    }
    if (v instanceof Date) {
        if (Number.isNaN(v.getTime()))
            return 'datetime';
        const date = [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()];
        const time = [
            v.getUTCHours(),
            v.getUTCMinutes(),
            v.getUTCSeconds(),
            v.getUTCMilliseconds() * 1000
        ];
        if (time.every((x) => x === 0))
            return `datetime.date(${date.join(', ')})`;
        // Python's repr leaves out zero microseconds, then zero seconds.
        while (time.length > 2 && time[time.length - 1] === 0)
            time.pop();
        return `datetime.datetime(${[...date, ...time].join(', ')})`;
    }
    if (typeof v === 'object') {
        const items = Object.entries(v);
        return '{' + items.map(([k, x]) => `${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(k)}: ${pyValueRepr(x, floats)}`).join(', ') + '}';
    }
    return typeof v === 'symbol' || typeof v === 'function' ? 'object' : 'None';
}
function unescapePointer(seg) {
    return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}
function pointerSegments(pointer) {
    return pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointer);
}
function jsonPath(segments, arrayIndexes) {
    return ('$' +
        segments
            .map((seg, i) => arrayIndexes[i] && /^\d+$/.test(seg)
            ? `[${seg}]`
            : standInRepr(seg) !== undefined
                ? `[${standInRepr(seg)}]`
                : /^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)
                    ? `.${seg}`
                    : `[${JSON.stringify(seg)}]`)
            .join(''));
}
/** A node's keys in order (Maps from Python-semantics JSON keep the text's order). */
function keysOf(node) {
    if (node instanceof Map)
        return [...node.keys()];
    if (node && typeof node === 'object' && !Array.isArray(node))
        return Object.keys(node);
    return [];
}
function childOf(node, key) {
    if (node instanceof Map)
        return node.get(key);
    if (Array.isArray(node))
        return node[Number(key)];
    if (node && typeof node === 'object')
        return node[key];
    return undefined;
}
/** The place an instance path (a JSON pointer) names: its JSON path (`$.a[0]`) and the value there. */
function instanceAt(root, pointer) {
    const segs = pointerSegments(pointer);
    const arrays = [];
    let value = root;
    for (const seg of segs) {
        arrays.push(Array.isArray(value));
        value = childOf(value, seg);
    }
    return { path: jsonPath(segs, arrays), value };
}
function isObjectNode(node) {
    return node instanceof Map || (!!node && typeof node === 'object' && !Array.isArray(node));
}
/**
 * Where a violation comes in Python jsonschema's `iter_errors` order (keywords in the schema's key
 * order, `properties` in theirs, array items and additional properties in the instance's order,
 * `required` in its list's), with the schema that holds the failing keyword. Null for the errors
 * jsonschema does not report: those under `anyOf`, `oneOf`, `not`, `contains` (it reports only
 * the keyword's own error) and ajv's wrappers (`if`, `propertyNames`).
 */
function locate(e, schema, instance) {
    const segs = e.schemaPath
        .replace(/^#/, '')
        .split('/')
        .slice(1)
        .map((seg) => unescapePointer(decodeURIComponent(seg)));
    const inst = pointerSegments(e.instancePath);
    let node = schema;
    let data = instance;
    let depth = 0;
    const order = [];
    const descendData = () => {
        data = childOf(data, inst[depth]);
        depth++;
    };
    for (let i = 0; i < segs.length; i++) {
        const k = segs[i];
        const last = i === segs.length - 1;
        const pos = (name) => keysOf(node).indexOf(name);
        if (k === 'false schema')
            return { order, node };
        switch (k) {
            case 'properties':
            case 'patternProperties': {
                const name = segs[++i];
                order.push(pos(k), keysOf(childOf(node, k)).indexOf(name));
                if (k === 'patternProperties')
                    order.push(keysOf(data).indexOf(inst[depth]));
                node = childOf(childOf(node, k), name);
                descendData();
                continue;
            }
            case 'dependencies': {
                if (last) {
                    const p = e.params;
                    const list = childOf(childOf(node, k), p.property);
                    order.push(pos(k), keysOf(childOf(node, k)).indexOf(p.property));
                    order.push(Array.isArray(list) ? list.indexOf(p.missingProperty) : 0);
                    return { order, node };
                }
                const name = segs[++i];
                order.push(pos(k), keysOf(childOf(node, k)).indexOf(name));
                node = childOf(childOf(node, k), name);
                continue;
            }
            case 'items': {
                order.push(pos(k));
                const items = childOf(node, k);
                if (Array.isArray(items)) {
                    const index = Number(segs[++i]);
                    order.push(index);
                    node = items[index];
                }
                else {
                    order.push(Number(inst[depth]));
                    node = items;
                }
                descendData();
                continue;
            }
            case 'additionalItems':
            case 'additionalProperties': {
                order.push(pos(k));
                if (last)
                    return { order, node };
                order.push(k === 'additionalItems' ? Number(inst[depth]) : keysOf(data).indexOf(inst[depth]));
                node = childOf(node, k);
                descendData();
                continue;
            }
            case 'propertyNames': {
                if (last)
                    return null;
                order.push(pos(k), keysOf(data).indexOf(e.propertyName ?? ''));
                node = childOf(node, k);
                continue;
            }
            case 'definitions': {
                // Only the draft-07 meta-schema (whose `$ref`s ajv follows) leads here.
                const name = segs[++i];
                order.push(pos(k), keysOf(childOf(node, k)).indexOf(name));
                node = childOf(childOf(node, k), name);
                continue;
            }
            case 'allOf': {
                const index = Number(segs[++i]);
                order.push(pos(k), index);
                node = childOf(node, k)[index];
                continue;
            }
            case 'then':
            case 'else':
                order.push(pos('if'));
                node = childOf(node, k);
                continue;
            case 'if':
                return null;
            case 'anyOf':
            case 'oneOf':
            case 'not':
            case 'contains':
                if (!last)
                    return null;
                order.push(pos(k));
                return { order, node };
            case 'required': {
                const list = childOf(node, k);
                const missing = e.params.missingProperty;
                order.push(pos(k), Array.isArray(list) ? list.indexOf(missing) : 0);
                return { order, node };
            }
            default:
                order.push(pos(k));
                return { order, node };
        }
    }
    return { order, node };
}
/** Python `extras_msg`: `'a', 'b' were` / `'a' was`. */
function extrasMsg(extras, floats) {
    return `${extras.map((x) => pyValueRepr(x, floats)).join(', ')} ${extras.length === 1 ? 'was' : 'were'}`;
}
/** jsonschema's message for a violation (Draft 7 keywords, jsonschema 4.x wording). */
function jsonschemaMessage(e, node, value, floats) {
    const r = (v, f = floats) => pyValueRepr(v, f);
    // Schema values come from Python-semantics JSON (or the config schema, written here).
    const sv = (kw) => childOf(node, kw);
    // A schema read with Python semantics is made of Maps; a plain one (the config and meta
    // schemas) has ints as JS numbers.
    const typed = node instanceof Map;
    const sr = (kw) => pyValueRepr(sv(kw), typed);
    const p = e.params;
    const n = (kw) => Number(sv(kw));
    switch (e.keyword) {
        case 'false schema':
            return `False schema does not allow ${r(value)}`;
        case 'required':
            return `${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(String(p.missingProperty))} is a required property`;
        case 'type': {
            const t = sv('type');
            const types = Array.isArray(t) ? t : [t];
            return `${r(value)} is not of type ${types.map((x) => pyValueRepr(x, typed)).join(', ')}`;
        }
        case 'pattern':
            return `${r(value)} does not match ${sr('pattern')}`;
        case 'enum':
            return `${r(value)} is not one of ${sr('enum')}`;
        case 'const':
            return `${sr('const')} was expected`;
        case 'minimum':
            return `${r(value)} is less than the minimum of ${sr('minimum')}`;
        case 'maximum':
            return `${r(value)} is greater than the maximum of ${sr('maximum')}`;
        case 'exclusiveMinimum':
            return `${r(value)} is less than or equal to the minimum of ${sr('exclusiveMinimum')}`;
        case 'exclusiveMaximum':
            return `${r(value)} is greater than or equal to the maximum of ${sr('exclusiveMaximum')}`;
        case 'multipleOf':
            return `${r(value)} is not a multiple of ${sr('multipleOf')}`;
        case 'minLength':
        case 'minItems':
            return `${r(value)} ${n(e.keyword) === 1 ? 'should be non-empty' : 'is too short'}`;
        case 'maxLength':
        case 'maxItems':
            return `${r(value)} ${n(e.keyword) === 0 ? 'is expected to be empty' : 'is too long'}`;
        case 'minProperties':
            return `${r(value)} ${n(e.keyword) === 1 ? 'should be non-empty' : 'does not have enough properties'}`;
        case 'maxProperties':
            return `${r(value)} ${n(e.keyword) === 0 ? 'is expected to be empty' : 'has too many properties'}`;
        case 'uniqueItems':
            return `${r(value)} has non-unique elements`;
        case 'dependencies':
            return `${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(String(p.missingProperty))} is a dependency of ${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(String(p.property))}`;
        case 'anyOf':
            return `${r(value)} is not valid under any of the given schemas`;
        case 'oneOf': {
            const passing = p.passingSchemas;
            if (!passing)
                return `${r(value)} is not valid under any of the given schemas`;
            const all = sv('oneOf');
            const order = [...passing.slice(1), passing[0]];
            return `${r(value)} is valid under each of ${order.map((i) => pyValueRepr(all[i], typed)).join(', ')}`;
        }
        case 'not':
            return `${r(value)} should not be valid under ${sr('not')}`;
        case 'contains':
            return `None of ${r(value)} are valid under the given schema`;
        case 'additionalItems': {
            const items = sv('items');
            const extra = Array.isArray(value) && Array.isArray(items) ? value.slice(items.length) : [];
            return `Additional items are not allowed (${extrasMsg(extra, floats)} unexpected)`;
        }
        default:
            return e.message ?? e.keyword;
    }
}
/**
 * Every violation of a failed validation, in the order Python's jsonschema finds them (its
 * first one is what quilt3 reports). `floats`: see pyValueRepr.
 */
function violationsOf(errors, schema, instance, floats) {
    const out = [];
    // jsonschema reports all additional properties of an object in one error.
    const additional = new Map();
    for (const e of errors) {
        const found = locate(e, schema, instance);
        if (found === null)
            continue;
        let { path, value } = instanceAt(instance, e.instancePath);
        if (e.propertyName !== undefined) {
            value = e.propertyName;
            path += ` (property name ${(0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(e.propertyName)})`;
        }
        if (e.keyword === 'additionalProperties') {
            const key = `${e.instancePath}\u0000${e.schemaPath}`;
            const name = e.params.additionalProperty;
            const known = additional.get(key);
            if (known)
                known.extras.push(name);
            else {
                const v = { path, message: '', order: found.order };
                additional.set(key, { v, extras: [name], node: found.node });
                out.push(v);
            }
            continue;
        }
        out.push({ path, message: jsonschemaMessage(e, found.node, value, floats), order: found.order });
    }
    for (const { v, extras, node } of additional.values()) {
        // Sorted as Python sorts them (by str(key); stand-ins for non-string keys by their repr).
        const sortKey = (x) => standInRepr(x) ?? x;
        const sorted = [...extras].sort((a, b) => (0,_py_json_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodePoints */ .OP)(sortKey(a), sortKey(b)));
        const reprs = sorted.map((x) => standInRepr(x) ?? (0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(x));
        const patterns = childOf(node, 'patternProperties');
        v.message = isObjectNode(patterns)
            ? `${reprs.join(', ')} ${sorted.length === 1 ? 'does' : 'do'} not match any of the regexes: ${keysOf(patterns)
                .sort(_py_json_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodePoints */ .OP)
                .map((x) => (0,_py_repr_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n)(x))
                .join(', ')}`
            : `Additional properties are not allowed (${reprs.join(', ')} ${reprs.length === 1 ? 'was' : 'were'} unexpected)`;
    }
    const cmp = (a, b) => {
        for (let i = 0; i < Math.min(a.length, b.length); i++)
            if (a[i] !== b[i])
                return a[i] - b[i];
        return a.length - b.length;
    };
    return out.sort((a, b) => cmp(a.order, b.order));
}
/**
 * The violations of a schema against the draft-07 meta-schema, first the one jsonschema's
 * `check_schema` reports. ajv follows the meta-schema's `$ref`s, so its schema paths start over
 * at the referenced definition: errors under a failed `anyOf` are told by their instance path
 * (jsonschema reports only the `anyOf`), and the order is the meta-schema's `properties` order
 * of the schema keyword at fault.
 */
function metaSchemaViolations(errors, metaSchema, tree) {
    const composite = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    const under = (e, c) => e !== c &&
        (e.instancePath === c.instancePath || e.instancePath.startsWith(c.instancePath + '/'));
    const kept = errors.filter((e) => !composite.some((c) => under(e, c)));
    const keywords = keysOf(childOf(metaSchema, 'properties'));
    const rank = (e) => {
        const first = pointerSegments(e.instancePath)[0];
        return first === undefined ? -1 : keywords.indexOf(first);
    };
    const violations = kept.map((e) => {
        const [v] = violationsOf([e], metaSchema, tree, false);
        return { v, rank: rank(e) };
    });
    return violations
        .filter((x) => x.v !== undefined)
        .sort((a, b) => a.rank - b.rank)
        .map((x) => x.v);
}
/**
 * A violation in Python jsonschema's words, with where it is (`$.a[0]: message`). `schema`: the
 * validated schema (for its order and the values messages quote); without it, ajv's
 * `parentSchema` gives the values.
 */
function describeError(e, root, schema) {
    if (schema !== undefined) {
        const [v] = violationsOf([e], schema, root, false);
        if (v)
            return `${v.path}: ${v.message}`;
    }
    const { path, value } = instanceAt(root, e.instancePath);
    const shown = e.propertyName ?? value;
    return `${path}: ${jsonschemaMessage(e, e.parentSchema, shown, false)}`;
}
/**
 * The error text: quilt3's (`<what>: <first jsonschema message>.`), then every violation with
 * its JSON path.
 */
function failureText(what, violations) {
    const first = violations[0]?.message ?? 'invalid';
    const all = violations.map((v) => `${v.path}: ${v.message}`);
    return `${what}: ${first}. Violations (${all.length}): ${all.join('; ')}.`;
}


/***/ })

};

//# sourceMappingURL=259.index.js.map