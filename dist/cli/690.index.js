export const id = 690;
export const ids = [690];
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


/***/ })

};

//# sourceMappingURL=690.index.js.map