/** YAML as PyYAML's `safe_load` reads it (YAML 1.1 with PyYAML's own resolvers), with Python's types. */
import {
  isAlias,
  isCollection,
  isMap,
  isSeq,
  parseDocument,
  visit,
  type CollectionTag,
  type Document,
  type ScalarTag,
  type Tags
} from 'yaml'
import { type PyObject, type PyValue } from './json.js'

// PyYAML's implicit resolvers (yaml/resolver.py) where the yaml package's YAML 1.1 schema
// resolves more: `y`/`n` are not booleans, `1e3` and `.` are strings, `09` is not an int, a date
// needs two-digit month and day.
const PY_FLOAT = '(?:[-+]?[0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*)'
const PY_RESOLVERS: { tag: string; format?: string; when?: RegExp; test: RegExp }[] = [
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
]

function pyYamlTags(tags: Tags): Tags {
  const out: Tags = tags.map((t) => {
    if (typeof t !== 'object' || !('test' in t) || !(t.test instanceof RegExp)) return t
    const scalar = t as ScalarTag
    const rule = PY_RESOLVERS.find(
      (r) =>
        scalar.tag === `tag:yaml.org,2002:${r.tag}` &&
        (r.tag === 'timestamp' || scalar.format === r.format) &&
        (!r.when || r.when.test(scalar.test!.source))
    )
    if (!rule) return t
    if (rule.tag !== 'timestamp') return { ...scalar, test: rule.test }
    // PyYAML makes a date; its value is not needed, only that it is not a string.
    const replaced: ScalarTag = {
      ...scalar,
      test: rule.test,
      resolve: (value, onError, options) => {
        try {
          return scalar.resolve(value, onError, options)
        } catch {
          return new Date(NaN)
        }
      }
    }
    return replaced
  })
  // Explicit `!!float` / `!!int` on any text, as PyYAML's constructors read it.
  const explicit = (tag: 'float' | 'int'): ScalarTag => ({
    tag: `tag:yaml.org,2002:${tag}`,
    default: false,
    resolve: (text, onError) => {
      const v = text.replace(/_/g, '').toLowerCase()
      const sign = v.startsWith('-') ? -1 : 1
      const body = v.replace(/^[-+]/, '')
      if (tag === 'float') {
        if (body === '.inf') return sign * Infinity
        if (body === '.nan') return NaN
        const n = body.includes(':')
          ? body.split(':').reduce((acc, part) => acc * 60 + Number(part), 0)
          : /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$|^(?:inf|infinity|nan)$/.test(body)
            ? Number(body.replace(/^inf(inity)?$/, 'Infinity'))
            : NaN
        if (Number.isNaN(n) && body !== 'nan') onError(`could not convert string to float: ${text}`)
        return sign * n
      }
      try {
        const base = body.startsWith('0b')
          ? 2
          : body.startsWith('0x')
            ? 16
            : /^0\d/.test(body)
              ? 8
              : 10
        const digits = base === 10 || base === 8 ? body : body.slice(2)
        if (body.includes(':')) {
          return BigInt(sign) * body.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n)
        }
        const prefix = base === 2 ? '0b' : base === 16 ? '0x' : base === 8 ? '0o' : ''
        if (!/^[0-9a-f]+$/.test(digits)) throw new Error('not an int')
        return BigInt(sign) * BigInt(prefix + (base === 8 ? digits.slice(1) : digits))
      } catch {
        onError(`invalid literal for int(): ${text}`)
        return null
      }
    }
  })
  out.push(explicit('float'), explicit('int'))
  // `!!omap` and `!!pairs` make lists of pairs (Python lists), not mappings.
  for (const tag of ['omap', 'pairs']) {
    const i = out.findIndex((t) => typeof t === 'object' && t.tag === `tag:yaml.org,2002:${tag}`)
    if (i >= 0) out.splice(i, 1)
    const pairs: CollectionTag = {
      tag: `tag:yaml.org,2002:${tag}`,
      collection: 'seq',
      default: false,
      resolve: (seq, onError) => {
        if (!isSeq(seq) || !seq.items.every((x) => isMap(x) && x.items.length === 1))
          onError(`expected a sequence of one-pair mappings for !!${tag}`)
        return seq
      }
    }
    out.push(pairs)
  }
  // `=` is PyYAML's `value` tag, which safe_load cannot construct.
  const value: ScalarTag = {
    tag: 'tag:yaml.org,2002:value',
    default: true,
    test: /^=$/,
    resolve: (_value, onError) => {
      onError('could not determine a constructor for the tag tag:yaml.org,2002:value')
      return null
    }
  }
  out.push(value)
  return out
}

// PyYAML's reader refuses these characters anywhere in the stream.
// eslint-disable-next-line no-control-regex -- PyYAML's own table, control characters included
const PY_NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
// Line breaks for PyYAML (YAML 1.1), not for the yaml package: refused rather than read otherwise.
const PY_ONLY_LINE_BREAKS = /[\x85\u2028\u2029]/

/** UTF-8 text as Python's `bytes.decode()` reads it (invalid bytes are an error). */
export function decodeUtf8(data: Buffer): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data)
}

/**
 * YAML as PyYAML's `safe_load` reads it (throws when safe_load would), with Python's types: ints
 * as bigint, floats as numbers, mappings as Maps (non-string keys replaced by `keyFor(key)`), dates,
 * bytes and sets as such.
 */
export function pyYamlSafeLoad(text: string, keyFor: (key: unknown) => string): PyValue {
  if (PY_NON_PRINTABLE.test(text) || PY_ONLY_LINE_BREAKS.test(text))
    throw new Error('unacceptable character')
  const doc: Document = parseDocument(text, {
    version: '1.1',
    schema: 'yaml-1.1',
    uniqueKeys: false,
    intAsBigInt: true,
    customTags: pyYamlTags,
    // Problems are collected on the document (and refused below), not printed.
    logLevel: 'error'
  })
  if (doc.errors.length > 0 || doc.warnings.length > 0) throw new Error('not safe_load-able')
  let unhashable = false
  visit(doc, {
    Pair(_, pair) {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key
      if (isCollection(key)) unhashable = true
    }
  })
  if (unhashable) throw new Error('found unhashable key')
  const typed = (v: unknown): PyValue => {
    if (Array.isArray(v)) return v.map(typed)
    if (v instanceof Map) {
      const m: PyObject = new Map()
      for (const [k, x] of v as Map<unknown, unknown>)
        m.set(typeof k === 'string' ? k : keyFor(k), typed(x))
      return m
    }
    return v as PyValue
  }
  return typed(doc.toJS({ mapAsMap: true }))
}
