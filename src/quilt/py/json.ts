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

/** An object with Python dict semantics: insertion-ordered string keys. */
export type PyObject = Map<string, PyValue>
/** A JSON value as Python holds it: `bigint` is a Python int, `number` a Python float. */
export type PyValue = null | boolean | string | bigint | number | PyValue[] | PyObject

/** Python 3.11 refuses to convert integer strings longer than this (`sys.get_int_max_str_digits`). */
export const PY_INT_MAX_STR_DIGITS = 4300

/** A JSON text that Python's `json.loads` would refuse, or that quilt3 could never write. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number
  ) {
    super(`${reason}: line ${line} column ${column}`)
    this.name = 'JsonSyntaxError'
  }
}

/** A value that cannot be serialized the way quilt3 does (NaN, lone surrogates, ...). */
export class JsonValueError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JsonValueError'
  }
}

export function isPyObject(v: PyValue | undefined): v is PyObject {
  return v instanceof Map
}

/** Build a PyObject from entries, in order. */
export function pyObject(entries: Iterable<readonly [string, PyValue]> = []): PyObject {
  return new Map(entries)
}

// ---------------------------------------------------------------------------------------------
// Parsing (Python `json.loads`, strict mode)
// ---------------------------------------------------------------------------------------------

const WS = new Set([0x20, 0x09, 0x0a, 0x0d])
const NUMBER_RE = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y
const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

/**
 * Parse JSON text as Python's `json.loads` does, keeping int/float distinctions and key order.
 * Errors give the line and column (1-based, in characters) like Python's messages.
 *
 * Values Python reads but quilt3 could never write — NaN, Infinity, numbers that overflow a
 * double, lone surrogate escapes — are refused here rather than at write time, but only when they
 * are part of the result: like Python, a duplicate key's later value replaces the earlier one, so
 * `{"a": NaN, "a": 1}` is `{"a": 1}`. Syntax errors anywhere come first, as in Python.
 */
export function parsePyJson(text: string): PyValue {
  const p = new Parser(text)
  if (text.charCodeAt(0) === 0xfeff) {
    throw p.error('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0)
  }
  p.skipWs()
  const value = p.parseValue()
  p.skipWs()
  if (p.pos !== text.length) throw p.error('Extra data', p.pos)
  const kept = p.unwritable.find((u) => u !== null)
  if (kept) throw p.error(kept.reason, kept.at)
  return value
}

/** A value quilt3 could not write, found at `at`. */
interface Unwritable {
  reason: string
  at: number
}

class Parser {
  pos = 0
  /**
   * The unwritable values met so far, in text order; `null` once a duplicate key has replaced
   * the value holding it. A value's own ones are a contiguous run of this list.
   */
  readonly unwritable: (Unwritable | null)[] = []
  constructor(readonly text: string) {}

  unwritableAt(reason: string, at: number): void {
    this.unwritable.push({ reason, at })
  }

  error(reason: string, at: number): JsonSyntaxError {
    // Python counts characters (code points); lines split on "\n" only.
    const before = this.text.slice(0, at)
    const nl = before.lastIndexOf('\n')
    const line = before.split('\n').length
    const column = [...before.slice(nl + 1)].length + 1
    return new JsonSyntaxError(reason, line, column)
  }

  skipWs(): void {
    const t = this.text
    while (this.pos < t.length && WS.has(t.charCodeAt(this.pos))) this.pos++
  }

  parseValue(): PyValue {
    const t = this.text
    const c = t[this.pos]
    switch (c) {
      case '{':
        return this.parseObject()
      case '[':
        return this.parseArray()
      case '"':
        return this.parseString()
      case 'n':
        if (t.startsWith('null', this.pos)) {
          this.pos += 4
          return null
        }
        break
      case 't':
        if (t.startsWith('true', this.pos)) {
          this.pos += 4
          return true
        }
        break
      case 'f':
        if (t.startsWith('false', this.pos)) {
          this.pos += 5
          return false
        }
        break
      case 'N':
        if (t.startsWith('NaN', this.pos)) return this.nonFinite('NaN', NaN)
        break
      case 'I':
        if (t.startsWith('Infinity', this.pos)) return this.nonFinite('Infinity', Infinity)
        break
      case '-':
        if (t.startsWith('-Infinity', this.pos)) return this.nonFinite('-Infinity', -Infinity)
        break
    }
    NUMBER_RE.lastIndex = this.pos
    const m = NUMBER_RE.exec(t)
    if (m) return this.parseNumber(m)
    throw this.error('Expecting value', this.pos)
  }

  /** Python's NaN/Infinity literals: read, and noted as unwritable. */
  nonFinite(token: string, value: number): number {
    this.unwritableAt(
      `${token} is not allowed (quilt3 cannot write it: "Out of range float values are not JSON compliant")`,
      this.pos
    )
    this.pos += token.length
    return value
  }

  parseNumber(m: RegExpExecArray): PyValue {
    const token = m[0]
    const start = this.pos
    this.pos += token.length
    if (m[1] === undefined && m[2] === undefined) {
      const digits = token.startsWith('-') ? token.length - 1 : token.length
      if (digits > PY_INT_MAX_STR_DIGITS) {
        throw this.error(
          `Integer with ${digits} digits exceeds Python's limit of ${PY_INT_MAX_STR_DIGITS} digits`,
          start
        )
      }
      return BigInt(token)
    }
    const value = Number(token)
    if (!Number.isFinite(value)) {
      this.unwritableAt(
        `Number ${token} is out of the range of a 64-bit float (quilt3 cannot write it)`,
        start
      )
    }
    return value
  }

  parseString(): string {
    const t = this.text
    const start = this.pos
    let i = this.pos + 1
    let out = ''
    let chunkStart = i
    for (;;) {
      if (i >= t.length) throw this.error('Unterminated string starting at', start)
      const code = t.charCodeAt(i)
      if (code === 0x22) {
        out += t.slice(chunkStart, i)
        this.pos = i + 1
        break
      }
      if (code < 0x20) throw this.error('Invalid control character at', i)
      if (code !== 0x5c) {
        i++
        continue
      }
      out += t.slice(chunkStart, i)
      const esc = t[i + 1]
      if (esc === undefined) throw this.error('Unterminated string starting at', start)
      if (esc === 'u') {
        const unit = this.hex4(i)
        i += 6
        if (unit >= 0xd800 && unit <= 0xdbff && t[i] === '\\' && t[i + 1] === 'u') {
          const low = this.hex4(i)
          if (low >= 0xdc00 && low <= 0xdfff) {
            out += String.fromCharCode(unit, low)
            i += 6
            chunkStart = i
            continue
          }
        }
        if (unit >= 0xd800 && unit <= 0xdfff) {
          // Python keeps it (and reads a following escape on its own); no UTF-8 for it, though.
          this.unwritableAt(
            'Lone surrogate escape (cannot be encoded as UTF-8, quilt3 cannot write it)',
            i - 6
          )
        }
        out += String.fromCharCode(unit)
        chunkStart = i
        continue
      }
      const simple = SIMPLE_ESCAPES[esc]
      if (simple === undefined) throw this.error('Invalid \\escape', i)
      out += simple
      i += 2
      chunkStart = i
    }
    return out
  }

  /** The four hex digits of the `\\u` escape whose backslash is at `at`. */
  hex4(at: number): number {
    const hex = this.text.slice(at + 2, at + 6)
    // Like Python, a character must follow the digits (the closing quote at least): a text that
    // ends inside or right after the escape is an invalid escape, not an unterminated string.
    if (at + 6 >= this.text.length || !/^[0-9a-fA-F]{4}$/.test(hex)) {
      throw this.error('Invalid \\uXXXX escape', at + 1)
    }
    return parseInt(hex, 16)
  }

  parseArray(): PyValue[] {
    const t = this.text
    const out: PyValue[] = []
    this.pos++
    this.skipWs()
    if (t[this.pos] === ']') {
      this.pos++
      return out
    }
    for (;;) {
      this.skipWs()
      out.push(this.parseValue())
      this.skipWs()
      const c = t[this.pos]
      if (c === ']') {
        this.pos++
        return out
      }
      if (c !== ',') throw this.error("Expecting ',' delimiter", this.pos)
      this.pos++
    }
  }

  parseObject(): PyObject {
    const t = this.text
    const out: PyObject = new Map()
    // Where each key's value has unwritable values (a run of `this.unwritable`), if it has any.
    let runs: Map<string, [number, number]> | null = null
    this.pos++
    this.skipWs()
    if (t[this.pos] === '}') {
      this.pos++
      return out
    }
    for (;;) {
      this.skipWs()
      if (t[this.pos] !== '"') {
        throw this.error('Expecting property name enclosed in double quotes', this.pos)
      }
      const key = this.parseString()
      this.skipWs()
      if (t[this.pos] !== ':') throw this.error("Expecting ':' delimiter", this.pos)
      this.pos++
      this.skipWs()
      // Python keeps the last value of a duplicate key at the first key's position: Map.set does.
      // What the replaced value held is gone, unwritable values included.
      const from = this.unwritable.length
      out.set(key, this.parseValue())
      const to = this.unwritable.length
      const replaced = runs?.get(key)
      if (replaced) {
        this.unwritable.fill(null, replaced[0], replaced[1])
        runs!.delete(key)
      }
      if (to > from) (runs ??= new Map()).set(key, [from, to])
      this.skipWs()
      const c = t[this.pos]
      if (c === '}') {
        this.pos++
        return out
      }
      if (c !== ',') throw this.error("Expecting ',' delimiter", this.pos)
      this.pos++
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Serialization
// ---------------------------------------------------------------------------------------------

/** Python `repr(float)` for a finite double (spec §14). */
export function pyFloatRepr(x: number): string {
  if (!Number.isFinite(x)) {
    throw new JsonValueError('Out of range float values are not JSON compliant')
  }
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const sign = x < 0 ? '-' : ''
  const [mantissa, expText] = Math.abs(x).toExponential().split('e') as [string, string]
  const digits = mantissa.replace('.', '')
  const exp = Number(expText)
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
    const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, '0')
    const frac = digits.slice(exp + 1)
    return `${sign}${intPart}.${frac === '' ? '0' : frac}`
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
  const e = String(Math.abs(exp)).padStart(2, '0')
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`
}

function pyIntRepr(x: bigint): string {
  const s = x.toString()
  const digits = x < 0n ? s.length - 1 : s.length
  if (digits > PY_INT_MAX_STR_DIGITS) {
    throw new JsonValueError(
      `Integer with ${digits} digits exceeds Python's limit of ${PY_INT_MAX_STR_DIGITS} digits`
    )
  }
  return s
}

// A lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one.
export const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function checkWellFormed(s: string): void {
  if (LONE_SURROGATE.test(s)) {
    throw new JsonValueError(
      `String ${JSON.stringify(s.slice(0, 60))} contains a lone surrogate, which cannot be encoded as UTF-8`
    )
  }
}

/** A string as `json.dumps(s, ensure_ascii=False)` writes it (equal to JSON.stringify). */
export function quoteManifestString(s: string): string {
  checkWellFormed(s)
  return JSON.stringify(s)
}

// JSON.stringify already escapes `"`, `\`, the short escapes and other controls (lower-case
// hex); ensure_ascii additionally escapes every UTF-16 unit from U+007F up.
const NON_ASCII = /[\u007f-\uffff]/g
function escapeUnit(ch: string): string {
  return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0')
}

/** A string as `json.dumps(s)` (ensure_ascii=True) writes it. */
export function quoteHashString(s: string): string {
  checkWellFormed(s)
  return JSON.stringify(s).replace(NON_ASCII, escapeUnit)
}

/**
 * Compare two strings by Unicode code point, like Python's `str` comparison.
 * JS `<` compares UTF-16 units, which puts U+1F600 (surrogates D83D..) before U+FF01.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return fixup(x) - fixup(y)
  }
  return a.length - b.length
}

function fixup(unit: number): number {
  // Move surrogates (D800-DFFF) above E000-FFFF: then unit order equals code point order.
  if (unit < 0xd800) return unit
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000
}

/** The differences between Python's two encoders quilt3 uses. */
interface Style {
  quote: (s: string) => string
  item: string
  key: string
  sortKeys: boolean
}

const MANIFEST: Style = { quote: quoteManifestString, item: ', ', key: ': ', sortKeys: false }
const HASH: Style = { quote: quoteHashString, item: ',', key: ':', sortKeys: true }

function encode(v: PyValue, style: Style): string {
  switch (typeof v) {
    case 'string':
      return style.quote(v)
    case 'bigint':
      return pyIntRepr(v)
    case 'number':
      return pyFloatRepr(v)
    case 'boolean':
      return v ? 'true' : 'false'
  }
  if (v === null) return 'null'
  if (Array.isArray(v)) return '[' + v.map((x) => encode(x, style)).join(style.item) + ']'
  const keys = style.sortKeys ? [...v.keys()].sort(compareCodePoints) : [...v.keys()]
  return (
    '{' +
    keys.map((k) => style.quote(k) + style.key + encode(v.get(k) ?? null, style)).join(style.item) +
    '}'
  )
}

/** `json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode(v)`: the manifest line form. */
export function toManifestJson(v: PyValue): string {
  return encode(v, MANIFEST)
}

/** `json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode(v)`: the top-hash form. */
export function toHashJson(v: PyValue): string {
  return encode(v, HASH)
}

/** Python truthiness of a JSON value (`if meta:`), used for directory metadata lines. */
export function pyTruthy(v: PyValue): boolean {
  if (v === null || v === false) return false
  if (typeof v === 'string') return v.length > 0
  if (typeof v === 'bigint') return v !== 0n
  if (typeof v === 'number') return v !== 0
  if (Array.isArray(v)) return v.length > 0
  if (v instanceof Map) return v.size > 0
  return true
}

/** Deep equality with Python semantics (`1 == 1.0` is true in Python, and so here). */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'bigint' || typeof a === 'number' || typeof a === 'boolean') {
    if (typeof b !== 'bigint' && typeof b !== 'number' && typeof b !== 'boolean') return false
    return numericValue(a) === numericValue(b)
  }
  if (a === null || typeof a === 'string') return a === b
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEquals(x, b[i]!))
  }
  if (!(b instanceof Map) || a.size !== b.size) return false
  for (const [k, x] of a) {
    const y = b.get(k)
    if (y === undefined || !pyEquals(x, y)) return false
  }
  return true
}

function numericValue(v: bigint | number | boolean): number | bigint {
  if (typeof v === 'boolean') return v ? 1n : 0n
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v)
  return v
}
