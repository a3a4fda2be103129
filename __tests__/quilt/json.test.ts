/**
 * The JSON engine (src/quilt/py/json.ts) against Python itself: `json.loads` errors (message, line,
 * column), values read and written by `json.JSONEncoder(ensure_ascii=False, allow_nan=False)`
 * (manifest lines) and `json.JSONEncoder(sort_keys=True, separators=(",", ":"))` (top hash),
 * `repr(float)`, `sorted()` of str. All Python answers come from one process (spec §2.5, §4, §14).
 *
 * Lone surrogates cannot travel through JSON to Python reliably; they are tested on our side only.
 */
import {
  compareCodePoints,
  isPyObject,
  JsonSyntaxError,
  JsonValueError,
  parsePyJson,
  PY_INT_MAX_STR_DIGITS,
  pyEquals,
  pyFloatRepr,
  pyObject,
  pyTruthy,
  quoteHashString,
  quoteManifestString,
  toHashJson,
  toManifestJson,
  type PyObject,
  type PyValue
} from '../../src/quilt/py/json.js'
import { runPython } from '../helpers/python.js'
import { cleanupTempDirs } from '../helpers/tmp.js'

// ---------------------------------------------------------------------------------------------
// Deterministic random data
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so every run tests the same values. */
function rng(seed: number): { next: () => number; int: (n: number) => number } {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n) => Math.floor(next() * n) }
}

type Rng = ReturnType<typeof rng>

function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[r.int(xs.length)]!
}

function doubleFromBits(hi: number, lo: number): number {
  const b = Buffer.alloc(8)
  b.writeUInt32BE(hi >>> 0, 0)
  b.writeUInt32BE(lo >>> 0, 4)
  return b.readDoubleBE(0)
}

function bitsHex(x: number): string {
  const b = Buffer.alloc(8)
  b.writeDoubleBE(x, 0)
  return b.toString('hex')
}

/** ~20,000 finite doubles: every magnitude from subnormals (~5e-324, 1e-320) to 1.8e308. */
function randomDoubles(): number[] {
  const r = rng(14)
  const out: number[] = []
  const sign = (): number => (r.next() < 0.5 ? -1 : 1)
  // Full-precision decimals at every decimal exponent.
  for (let i = 0; i < 8500; i++) {
    const e = -320 + r.int(629)
    out.push(sign() * Number(`${(1 + r.next() * 9).toFixed(16)}e${e}`))
  }
  // Uniform over the bit patterns (binary exponents 0..2046, subnormals included).
  for (let i = 0; i < 6000; i++) {
    const hi = r.int(0x7fe) * 0x100000 + r.int(0x100000)
    out.push(sign() * Math.abs(doubleFromBits(hi, r.int(0x100000000))))
  }
  // Short decimals, where the fixed/scientific choice and padding matter.
  for (let i = 0; i < 5000; i++) {
    const digits = String(1 + r.int(10 ** (1 + r.int(9))))
    out.push(sign() * Number(`${digits}e${-25 + r.int(50)}`))
  }
  // Boundaries: powers of ten, around 1e16 and 2**53, extremes.
  for (let e = -324; e <= 308; e++) out.push(Number(`1e${e}`))
  for (const x of [
    0,
    -0,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    2.225073858507201e-308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.EPSILON,
    9007199254740992,
    9007199254740994,
    9999999999999998,
    1e16 - 2,
    1e16,
    1e16 + 2,
    123456789012345680,
    0.1,
    0.2,
    0.30000000000000004,
    1 / 3,
    2 / 3,
    100,
    1e-4,
    9.999999999999999e-5,
    1e-5,
    0.00012345,
    123.456e5,
    1.5e300,
    2.5e-8,
    4.35
  ]) {
    out.push(x)
  }
  return out.filter((x) => Number.isFinite(x))
}

/** Characters that stress escaping and ordering (no lone surrogates). */
const CHARS = [
  'a',
  'b',
  'B',
  'Z',
  '_',
  '~',
  ' ',
  '/',
  '0',
  '9',
  '"',
  '\\',
  '\n',
  '\t',
  '\r',
  '\b',
  '\f',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u009f',
  'é',
  'e\u0301',
  'ü',
  '\u0800',
  '\u2028',
  '\u2029',
  '\ud7ff',
  '\ue000',
  '\ufeff',
  '\uff01',
  '\uffff',
  '日',
  '😀',
  '😁',
  '\u{10000}',
  '\u{10ffff}',
  '\u{1d7d8}',
  '\u{20000}'
] as const

function randomString(r: Rng, max = 6): string {
  let s = ''
  const n = r.int(max + 1)
  for (let i = 0; i < n; i++) s += pick(r, CHARS)
  return s
}

function randomInt(r: Rng): bigint {
  const kind = r.int(4)
  if (kind === 0) return BigInt(r.int(21) - 10)
  const digits = kind === 1 ? 1 + r.int(15) : kind === 2 ? 15 + r.int(5) : 20 + r.int(60)
  let s = String(1 + r.int(9))
  for (let i = 1; i < digits; i++) s += String(r.int(10))
  return (r.next() < 0.5 ? -1n : 1n) * BigInt(s)
}

function randomValue(r: Rng, doubles: number[], depth = 0): PyValue {
  const kind = depth >= 3 ? r.int(6) : r.int(8)
  switch (kind) {
    case 0:
      return null
    case 1:
      return r.next() < 0.5
    case 2:
      return randomInt(r)
    case 3:
      return pick(r, doubles)
    case 4:
    case 5:
      return randomString(r)
    case 6:
      return Array.from({ length: r.int(4) }, () => randomValue(r, doubles, depth + 1))
    default: {
      const o: PyObject = new Map()
      const n = r.int(6)
      for (let i = 0; i < n; i++) o.set(randomString(r, 4), randomValue(r, doubles, depth + 1))
      return o
    }
  }
}

/**
 * Another JSON text for `v` that Python reads as the same value: random whitespace, `\uXXXX`
 * escapes (upper/lower hex, surrogate pairs for astral characters), `\/`, floats in long or
 * exponent forms, `-0`, duplicate keys whose last value is `v`'s.
 */
function messyText(v: PyValue, r: Rng): string {
  const ws = (): string => pick(r, ['', '', ' ', '\n', '\t', '\r\n', '  '])
  const str = (s: string): string => {
    let out = '"'
    for (const ch of s) {
      const cp = ch.codePointAt(0)!
      const roll = r.next()
      if (ch === '/' && roll < 0.5) out += '\\/'
      else if (roll < 0.3 || cp < 0x20 || ch === '"' || ch === '\\') {
        for (let i = 0; i < ch.length; i++) {
          const hex = ch.charCodeAt(i).toString(16).padStart(4, '0')
          out += '\\u' + (r.next() < 0.5 ? hex : hex.toUpperCase())
        }
      } else out += ch
    }
    return out + '"'
  }
  if (v === null) return 'null'
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'string') return str(v)
  if (typeof v === 'bigint') return v === 0n && r.next() < 0.5 ? '-0' : v.toString()
  if (typeof v === 'number') {
    const forms = [
      pyFloatRepr(v),
      v.toExponential(),
      v.toExponential(20).replace('e', 'E'),
      v.toPrecision(17)
    ].filter((t) => /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(t) && /[.eE]/.test(t))
    return pick(r, forms)
  }
  if (Array.isArray(v))
    return '[' + ws() + v.map((x) => messyText(x, r)).join(ws() + ',' + ws()) + ws() + ']'
  const items: string[] = []
  for (const [k, x] of v) {
    if (r.next() < 0.1) items.push(str(k) + ws() + ':' + ws() + '"overwritten"')
    items.push(str(k) + ws() + ':' + ws() + messyText(x, r))
  }
  return '{' + ws() + items.join(ws() + ',' + ws()) + ws() + '}'
}

// ---------------------------------------------------------------------------------------------
// Inputs for Python
// ---------------------------------------------------------------------------------------------

/** Texts Python's `json.loads` refuses (none involves what we refuse by design). */
const MALFORMED: string[] = [
  '',
  ' ',
  '\n\n',
  '[',
  '[1,',
  '[1,]',
  '[1 2]',
  '[,1]',
  ']',
  '{',
  '{"a"',
  '{"a":',
  '{"a":1,}',
  '{"a" 1}',
  '{a:1}',
  "{'a':1}",
  '{"a":1 "b":2}',
  '{"a":1}}',
  '{"a":1,"a"}',
  '{1:2}',
  '[1]x',
  '1 2',
  '01',
  '-01',
  '1.',
  '.5',
  '-',
  '+1',
  '1e',
  '1e+',
  '1.e5',
  '0x10',
  'tru',
  'nul',
  'True',
  'nan',
  '-Inf',
  'Infinit',
  '"abc',
  '"',
  '"\\',
  '"a\\x"',
  '"a\\U0041"',
  '"\\u12"',
  '"\\u12G4"',
  '"\\u0041',
  '"\\u004',
  '"\\ud83d\\uZZZZ"',
  '"\\ud83d\\ude00',
  '"\\ud83d\\ude0',
  '"a\tb"',
  '"a\nb"',
  '"\u0000"',
  '"\u001f"',
  '\ufeff[1]',
  '\ufeff',
  ' \ufeff1',
  '["\u{1f600}\u{1f600}\u{1f600}", x]',
  '{"\u00e9":1, "x"}',
  '\n  [1,\n  2,,]',
  '[1,\r\n2,]',
  '[\n"\u{1f600}\n',
  '[1]\n\n x',
  '"\\ud83d\\ude00" x',
  '\u00a0 1',
  '[1,\u2028 2]',
  '[1,\u000b2]',
  '{"a":[1,{"b":}]}',
  // Syntax errors come first, even after a value quilt3 could not write (as in Python).
  '[NaN, }',
  '{"a": 1e400 "b"}',
  '["\\ud800", x]',
  '[-Infinity',
  '{"a": NaN, "a": 1,}',
  '[[[[[[[[[[]]]]]]]]]'
]

/** Texts Python reads; both serializations are compared. */
const VALID: string[] = [
  '"\u007f"',
  '"\\/"',
  '{"a":1,"b":2,"a":3}',
  '{"a":{"x":1},"b":null,"a":[2]}',
  ' [ ] ',
  '{ }',
  '\r\n\t{"k" :\n[true ,false,null]}\t',
  '"\\uD83D\\uDE00\\ud83d\\ude01"',
  '"\\u00E9\\u00e9e\\u0301"',
  '"\ufeff starts with a BOM inside"',
  '-0',
  '-0.0',
  '0e0',
  '0E-0',
  '1E-2',
  '1e+2',
  '123456789012345678901234567890.5',
  '0.000000000000000000000000000000000000001',
  '1.5e-310',
  '2.4703282292062328e-324',
  '2.4703282292062327e-324',
  '1.7976931348623158e308',
  '9007199254740993.0',
  '"\\b\\f\\n\\r\\t\\"\\\\"',
  '{"":0,"10":1,"9":2,"\uff01":3,"\u{1f600}":4,"a":{"z":1,"y":[{"b":1,"a":2}]}}',
  '["\u{10ffff}", "\\udbff\\udfff"]',
  // What quilt3 could not write, replaced by a later duplicate key: Python drops it.
  '{"a": NaN, "a": 1}',
  '{"a": [Infinity], "a": 1}',
  '{"a": 1e400, "a": 1}',
  '{"x": {"a": -Infinity}, "y": [3], "x": 2}',
  '{"a": "\\ud800", "a": 1}',
  '{"a": {"b": NaN, "b": 0.5}, "c": {"d": "\\udc00x", "d": null}}'
]

interface PyParse {
  ok?: boolean
  manifest?: string
  hash?: string
  error?: string
  msg?: string
  lineno?: number
  colno?: number
}

interface PyAnswers {
  parsed: PyParse[]
  float_repr: string[]
  sorted: string[]
  values: PyParse[]
  messy: PyParse[]
}

const PY_SCRIPT = String.raw`
import json, struct

MANIFEST = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
HASH = json.JSONEncoder(sort_keys=True, separators=(',', ':')).encode

def load(text):
    try:
        v = json.loads(text)
    except json.JSONDecodeError as e:
        return {'error': 'JSONDecodeError', 'msg': e.msg, 'lineno': e.lineno, 'colno': e.colno}
    except ValueError as e:
        return {'error': 'ValueError', 'msg': str(e)}
    return {'ok': True, 'manifest': MANIFEST(v), 'hash': HASH(v)}

def main(data):
    return {
        'parsed': [load(t) for t in data['texts']],
        'float_repr': [repr(struct.unpack('>d', bytes.fromhex(h))[0]) for h in data['doubles']],
        'sorted': sorted(data['strings']),
        'values': [load(t) for t in data['values']],
        'messy': [load(t) for t in data['messy']],
    }
`

const DOUBLES = randomDoubles()
const SORT_STRINGS = (() => {
  const r = rng(7)
  return Array.from({ length: 4000 }, () => randomString(r, 5))
})()
const VALUES = (() => {
  const r = rng(21)
  return Array.from({ length: 1500 }, () => randomValue(r, DOUBLES))
})()
const MESSY = (() => {
  const r = rng(35)
  return VALUES.map((v) => messyText(v, r))
})()

let py: PyAnswers

beforeAll(async () => {
  py = await runPython<PyAnswers>(PY_SCRIPT, {
    texts: [...MALFORMED, ...VALID],
    doubles: DOUBLES.map(bitsHex),
    strings: SORT_STRINGS,
    values: VALUES.map(toManifestJson),
    messy: MESSY
  })
}, 60_000)
afterAll(() => cleanupTempDirs())

/** What our parser gives, in the shape of the Python answers. */
function ours(text: string): PyParse {
  try {
    const v = parsePyJson(text)
    return { ok: true, manifest: toManifestJson(v), hash: toHashJson(v) }
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e
    return { error: 'JSONDecodeError', msg: e.reason, lineno: e.line, colno: e.column }
  }
}

function thrown(fn: () => unknown): Error {
  try {
    fn()
  } catch (e) {
    if (e instanceof Error) return e
    throw new Error(`threw a non-Error: ${String(e)}`)
  }
  throw new Error('expected an error, but nothing was thrown')
}

function syntaxError(text: string): {
  reason: string
  line: number
  column: number
  message: string
} {
  const e = thrown(() => parsePyJson(text))
  if (!(e instanceof JsonSyntaxError)) throw new Error(`not a JsonSyntaxError: ${String(e)}`)
  return { reason: e.reason, line: e.line, column: e.column, message: e.message }
}

// ---------------------------------------------------------------------------------------------
// Parsing: errors like Python's
// ---------------------------------------------------------------------------------------------

describe('parse errors, compared with Python json.loads', () => {
  it('the malformed inputs are all refused by Python', () => {
    const accepted = MALFORMED.filter((_, i) => py.parsed[i]!.ok)
    expect(accepted).toEqual([])
  })

  it.each(MALFORMED.map((t, i) => [JSON.stringify(t), t, i] as const))(
    '%s: same message, line and column',
    (_, text, i) => {
      const theirs = py.parsed[i]!
      expect(theirs.error).toBe('JSONDecodeError')
      expect(ours(text)).toEqual(theirs)
      // The text a user reads: "Expecting value: line 1 column 5" (Python adds "(char N)").
      expect(thrown(() => parsePyJson(text)).message).toBe(
        `${theirs.msg!}: line ${theirs.lineno!} column ${theirs.colno!}`
      )
    }
  )

  it.each(VALID.map((t, i) => [JSON.stringify(t), t, MALFORMED.length + i] as const))(
    '%s: read like Python, written like quilt3',
    (_, text, i) => {
      expect(py.parsed[i]!.ok).toBe(true)
      expect(ours(text)).toEqual(py.parsed[i])
    }
  )

  it('columns count code points and lines split on "\\n" only', () => {
    expect(syntaxError('["😀😀😀", x]')).toMatchObject({
      reason: 'Expecting value',
      line: 1,
      column: 9
    })
    expect(syntaxError('[1,\r\n\r\n  ]')).toMatchObject({ line: 3, column: 3 })
    expect(syntaxError('[1,\r2,]')).toMatchObject({ line: 1, column: 7 })
    expect(syntaxError('{"a": 1,\n "b": ?}').message).toBe('Expecting value: line 2 column 7')
  })
})

describe('parsing', () => {
  it('keeps the last value of a duplicate key, at the first key position', () => {
    const v = parsePyJson('{"a": 1, "b": 2, "a": {"x": 3}, "c": 4, "b": 5}')
    expect(isPyObject(v)).toBe(true)
    expect([...(v as PyObject).keys()]).toEqual(['a', 'b', 'c'])
    expect(toManifestJson(v)).toBe('{"a": {"x": 3}, "b": 5, "c": 4}')
  })

  it('keeps object keys in text order, numeric-looking keys included', () => {
    const v = parsePyJson('{"b": 0, "10": 1, "2": 2, "__proto__": 3, "a": 4}')
    expect(toManifestJson(v)).toBe('{"b": 0, "10": 1, "2": 2, "__proto__": 3, "a": 4}')
    expect(toHashJson(v)).toBe('{"10":1,"2":2,"__proto__":3,"a":4,"b":0}')
  })

  it('reads ints as bigint (exact) and floats as number', () => {
    expect(parsePyJson('9007199254740993')).toBe(9007199254740993n)
    expect(parsePyJson('-0')).toBe(0n)
    expect(Object.is(parsePyJson('-0.0'), -0)).toBe(true)
    expect(parsePyJson('1.0')).toBe(1)
    expect(parsePyJson('1e-400')).toBe(0)
  })

  it(`accepts integers of ${PY_INT_MAX_STR_DIGITS} digits, refuses longer ones`, () => {
    const max = '7'.repeat(PY_INT_MAX_STR_DIGITS)
    expect(parsePyJson(max)).toBe(BigInt(max))
    expect(parsePyJson('-' + max)).toBe(-BigInt(max))
    expect(toManifestJson(parsePyJson(`[${max}]`))).toBe(`[${max}]`)
    for (const text of [max + '7', '-' + max + '7', `{"n": ${max}7}`]) {
      const e = syntaxError(text)
      expect(e.reason).toBe(
        `Integer with ${PY_INT_MAX_STR_DIGITS + 1} digits exceeds Python's limit of ${PY_INT_MAX_STR_DIGITS} digits`
      )
    }
    expect(syntaxError(`{"n": ${max}7}`)).toMatchObject({ line: 1, column: 7 })
    // Long floats are not limited (Python reads them with float()).
    expect(parsePyJson('1'.repeat(5000) + 'e-4999')).toBe(1.1111111111111112)
    // Nor are ints when they are written: the limit is Python's, for both directions.
    expect(() => toManifestJson(BigInt(max + '7'))).toThrow(JsonValueError)
  })

  it('combines surrogate-pair escapes into one character', () => {
    expect(parsePyJson('"\\ud83d\\ude00"')).toBe('😀')
    expect(parsePyJson('"\\uD83D\\uDE00x"')).toBe('😀x')
    expect(parsePyJson('"\\udbff\\udfff"')).toBe('\u{10ffff}')
    expect(parsePyJson('"\\ud800\\udc00"')).toBe('\u{10000}')
  })

  it.each([
    ['"\\ud800"', 2],
    ['"\\udfff"', 2],
    ['"ab\\ud83d"', 4],
    ['"\\ud83dx"', 2],
    ['"\\ud83d\\u0041"', 2],
    ['"\\ud83d\\ud83d\\ude00"', 2],
    ['"\\ude00\\ud83d"', 2],
    ['["ok", {"k": "\\udc00"}]', 15]
  ])('refuses the lone surrogate escape in %s (column %p)', (text, column) => {
    const e = syntaxError(text)
    expect(e.reason).toBe(
      'Lone surrogate escape (cannot be encoded as UTF-8, quilt3 cannot write it)'
    )
    expect(e.column).toBe(column)
  })

  it('refuses a text that starts with a BOM, accepts U+FEFF elsewhere', () => {
    expect(syntaxError('\ufeff{}')).toMatchObject({
      reason: 'Unexpected UTF-8 BOM (decode using utf-8-sig)',
      line: 1,
      column: 1
    })
    expect(parsePyJson('"\ufeff"')).toBe('\ufeff')
  })

  it.each(Array.from({ length: 32 }, (_, c) => [c.toString(16).padStart(2, '0'), c] as const))(
    'refuses the raw control character U+00%s inside a string',
    (_, c) => {
      const e = syntaxError(`{"k": "ab${String.fromCharCode(c)}"}`)
      expect(e).toMatchObject({ reason: 'Invalid control character at', line: 1, column: 10 })
      // Escaped, it is fine.
      const escaped = `"\\u${c.toString(16).padStart(4, '0')}"`
      expect(parsePyJson(escaped)).toBe(String.fromCharCode(c))
    }
  )

  it('accepts DEL and C1 controls raw inside strings', () => {
    expect(parsePyJson('"\u007f\u0080\u009f"')).toBe('\u007f\u0080\u009f')
  })

  it.each(['NaN', '-Infinity', '[Infinity]', '{"x": 1e309}', '-1e400'])(
    'refuses %s: quilt3 could not write it',
    (text) => {
      expect(syntaxError(text).reason).toMatch(/quilt3 cannot write it/)
    }
  )

  it('drops what quilt3 could not write when a later duplicate key replaces it', () => {
    expect(toManifestJson(parsePyJson('{"a": NaN, "b": 2, "a": 1}'))).toBe('{"a": 1, "b": 2}')
    expect(toManifestJson(parsePyJson('{"a": {"x": [1e999, "\\ud800"]}, "a": 0.5}'))).toBe(
      '{"a": 0.5}'
    )
    expect(toManifestJson(parsePyJson('[{"a": NaN, "a": {"b": -Infinity, "b": 1}}]'))).toBe(
      '[{"a": {"b": 1}}]'
    )
  })

  it.each([
    ['{"a": 1, "a": NaN}', 15],
    ['{"a": NaN, "a": 1, "a": Infinity}', 25],
    ['[{"a": NaN, "a": 1}, -Infinity]', 22],
    ['{"a": NaN, "b": {"a": 1}}', 7],
    ['{"x": {"a": 1e400, "a": 2}, "y": 1e400}', 34],
    ['{"\\ud800": 1, "\\ud800": 2}', 3]
  ] as const)('still refuses what is kept in %s (column %p)', (text, column) => {
    const e = syntaxError(text)
    expect(e.reason).toMatch(/quilt3 cannot write it/)
    expect(e.column).toBe(column)
  })
})

// ---------------------------------------------------------------------------------------------
// Serialization
// ---------------------------------------------------------------------------------------------

describe('serialization, compared with Python json encoders', () => {
  it('1,500 random values: our manifest text, read by Python, gives back the same two forms', () => {
    const diffs: unknown[] = []
    VALUES.forEach((v, i) => {
      const theirs = py.values[i]!
      const mine = { ok: true, manifest: toManifestJson(v), hash: toHashJson(v) }
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) diffs.push({ i, mine, theirs })
    })
    expect(diffs.slice(0, 5)).toEqual([])
  })

  it('the same values written as messy JSON text: parsed and written like Python', () => {
    const diffs: unknown[] = []
    MESSY.forEach((text, i) => {
      const theirs = py.messy[i]!
      const mine = ours(text)
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) diffs.push({ text, mine, theirs })
    })
    expect(diffs.slice(0, 5)).toEqual([])
    // The messy texts really are different from the clean ones.
    expect(MESSY.filter((t, i) => t !== toManifestJson(VALUES[i]!)).length).toBeGreaterThan(500)
  })

  it('parse → write is the identity on manifest text', () => {
    for (const v of VALUES) {
      const text = toManifestJson(v)
      expect(toManifestJson(parsePyJson(text))).toBe(text)
      expect(toHashJson(parsePyJson(toHashJson(v)))).toBe(toHashJson(v))
    }
  })

  it('the hash form is ASCII only', () => {
    for (const v of VALUES) expect(toHashJson(v)).toMatch(/^[\x20-\x7e]*$/)
  })
})

describe('pyFloatRepr', () => {
  it(`equals Python repr(float) for ${DOUBLES.length} doubles from 5e-324 to 1.8e308`, () => {
    expect(DOUBLES.length).toBeGreaterThan(20000)
    expect(Math.min(...DOUBLES.filter((x) => x > 0))).toBe(5e-324)
    expect(Math.max(...DOUBLES)).toBe(Number.MAX_VALUE)
    const diffs: string[] = []
    DOUBLES.forEach((x, i) => {
      const mine = pyFloatRepr(x)
      if (mine !== py.float_repr[i])
        diffs.push(`${bitsHex(x)}: ours ${mine}, Python ${py.float_repr[i]!}`)
    })
    expect(diffs.slice(0, 10)).toEqual([])
  })

  it.each([
    [1, '1.0'],
    [-0, '-0.0'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [1.23e20, '1.23e+20'],
    [5e-324, '5e-324'],
    [-1.5e-7, '-1.5e-07']
  ])('pyFloatRepr(%p) is %s', (x, text) => {
    expect(pyFloatRepr(x)).toBe(text)
  })

  it.each([NaN, Infinity, -Infinity])('pyFloatRepr(%p) throws quilt3 message', (x) => {
    const e = thrown(() => pyFloatRepr(x))
    expect(e).toBeInstanceOf(JsonValueError)
    expect(e.message).toBe('Out of range float values are not JSON compliant')
    expect(() => toHashJson([x])).toThrow('Out of range float values are not JSON compliant')
  })
})

describe('compareCodePoints', () => {
  it(`sorts ${SORT_STRINGS.length} random strings (astral ones included) like Python sorted()`, () => {
    const mine = [...SORT_STRINGS].sort(compareCodePoints)
    expect(mine).toEqual(py.sorted)
    // UTF-16 order differs on these strings, so the comparison really was tested.
    expect([...SORT_STRINGS].sort()).not.toEqual(py.sorted)
  })

  it('orders by code point, then length', () => {
    const cases: [string, string][] = [
      ['', 'a'],
      ['a', 'ab'],
      ['B', 'a'],
      ['\uffff', '\u{10000}'],
      ['\uff01', '😀'],
      ['\ue000', '😀'],
      ['😀', '😁'],
      ['😀a', '😀b'],
      ['\u{1ffff}', '\u{20000}'],
      ['10', '9']
    ]
    for (const [a, b] of cases) {
      expect(Math.sign(compareCodePoints(a, b))).toBe(-1)
      expect(Math.sign(compareCodePoints(b, a))).toBe(1)
      expect(compareCodePoints(a, a)).toBe(0)
    }
  })
})

describe('strings that cannot be written', () => {
  it.each(['\ud800', 'a\udfff', '\ude00\ud83d', 'x\ud83d'])(
    '%j: lone surrogate refused in both forms',
    (s) => {
      for (const f of [quoteManifestString, quoteHashString, toManifestJson, toHashJson]) {
        const e = thrown(() => f(s))
        expect(e).toBeInstanceOf(JsonValueError)
        expect(e.message).toMatch(/lone surrogate, which cannot be encoded as UTF-8$/)
      }
      expect(() => toManifestJson(pyObject([[s, 1n]]))).toThrow(JsonValueError)
      expect(() => toHashJson(pyObject([['k', [s]]]))).toThrow(JsonValueError)
    }
  )

  it('well-formed astral characters are fine', () => {
    expect(quoteManifestString('😀')).toBe('"😀"')
    expect(quoteHashString('😀\u007f')).toBe('"\\ud83d\\ude00\\u007f"')
  })
})

describe('pyTruthy and pyEquals (Python semantics)', () => {
  it.each([
    ['null', false],
    ['false', false],
    ['0', false],
    ['0.0', false],
    ['-0.0', false],
    ['""', false],
    ['[]', false],
    ['{}', false],
    ['true', true],
    ['1', true],
    ['-1e-300', true],
    ['" "', true],
    ['[null]', true],
    ['{"": null}', true]
  ])('bool(%s) is %p', (text, truthy) => {
    expect(pyTruthy(parsePyJson(text))).toBe(truthy)
  })

  it.each([
    ['1', '1.0', true],
    ['true', '1', true],
    ['false', '0.0', true],
    ['-0.0', '0', true],
    ['{"a": [1, {"b": 2}]}', '{"a": [1.0, {"b": 2.0}]}', true],
    ['{"a": 1, "b": 2}', '{"b": 2, "a": 1}', true],
    ['9007199254740993', '9007199254740992.0', false],
    [
      '1e300',
      '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160',
      true
    ],
    [
      '1e300',
      '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540161',
      false
    ],
    ['0.5', '0', false],
    ['"1"', '1', false],
    ['null', 'false', false],
    ['[1]', '[1, 2]', false],
    ['{"a": 1}', '{"a": 1, "b": 2}', false],
    ['{"a": null}', '{"b": null}', false],
    ['[]', '{}', false]
  ])('%s == %s is %p', (a, b, equal) => {
    expect(pyEquals(parsePyJson(a), parsePyJson(b))).toBe(equal)
    expect(pyEquals(parsePyJson(b), parsePyJson(a))).toBe(equal)
  })
})
