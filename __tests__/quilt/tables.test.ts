/**
 * Every row of the quilt3 8.0.0 tables in `fixtures/vectors/tables.json` (spec §2, §3, §4, §7):
 * package names, logical keys, physical-key URLs, number and string encodings, key sorting, the
 * worked top-hash example, NaN and the record size limit. Where a table is a sample of a larger
 * rule (Unicode `\w`, URL quoting and parsing, `PurePath.as_uri`), the rule is also checked
 * against the real quilt3 in one Python process.
 */
import { createHash } from 'node:crypto'
import { hashBytes } from '../../src/quilt/format/hash.js'
import {
  JsonSyntaxError,
  JsonValueError,
  parsePyJson,
  pyObject,
  toHashJson,
  toManifestJson,
  type PyObject
} from '../../src/quilt/py/json.js'
import {
  newHash,
  DEFAULT_MAX_RECORD_SIZE,
  maxRecordSizeFromEnv,
  Package,
  type Entry
} from '../../src/quilt/format/manifest.js'
import {
  isValidPackageName,
  PhysicalKey,
  validateLogicalKey,
  validatePackageName
} from '../../src/quilt/format/names.js'
import { QuiltError } from '../../src/quilt/errors.js'
import { runPython } from '../helpers/python.js'
import { cleanupTempDirs } from '../helpers/tmp.js'
import { readJson } from '../helpers/vectors.js'

interface ParsedRow {
  url: string
  bucket: string | null
  path: string
  version_id: string | null
  str: string
}

interface RefusedRow {
  url: string
  exception: string
  message: string
}

interface Tables {
  package_names: { name: string; valid: boolean; error: string | null }[]
  logical_keys_set: {
    logical_key: string
    accepted: boolean
    error: string | null
    stored_as: string[] | null
  }[]
  logical_key_conflicts: Record<
    'set_file_over_dir' | 'set_under_file',
    { exception: string; message: string }
  >
  s3_physical_keys: {
    bucket: string
    path: string
    version_id: string | null
    url: string
    roundtrip_ok: boolean
  }[]
  physical_key_parse: (ParsedRow | RefusedRow)[]
  local_paths_to_url: { path: string; url: string }[]
  numbers: (
    | { json_text: string; python_type: 'int' | 'float'; manifest: string; hash_input: string }
    | { json_text: string; python_type: 'float'; manifest_error: string; hash_input: string }
  )[]
  strings: { string: string; codepoints: string[]; manifest: string; hash_input: string }[]
  object_key_sort: { input_insertion_order: string[]; manifest: string; hash_input: string }
  top_hash_worked_example: {
    hash_parts: string[]
    concatenated_utf8_sha256: string
    top_hash: string
  }
  nan_in_meta: { top_hash_computes: string; build_error: { exception: string; message: string } }
  record_size_limit_default: number
  record_too_large_error: { exception: string; message: string }
}

const T = readJson('tables.json') as Tables

/** The error `fn` throws (fails the test if it returns). */
function thrown(fn: () => unknown): Error {
  try {
    fn()
  } catch (e) {
    if (e instanceof Error) return e
    throw new Error(`threw a non-Error: ${String(e)}`)
  }
  throw new Error('expected an error, but nothing was thrown')
}

/** What a user sees of an error: its class and its text. */
function seen(fn: () => unknown): { name: string; message: string } {
  const e = thrown(fn)
  return { name: e.name, message: e.message }
}

const K_HASH = newHash(hashBytes(Buffer.from('k')))

function entry(logicalKey: string, meta: PyObject = pyObject()): Entry {
  return { logicalKey, physicalKey: PhysicalKey.local('/tmp/x'), size: 1, hash: K_HASH, meta }
}

// ---------------------------------------------------------------------------------------------
// Python (quilt3 8.0.0): one process for the whole file
// ---------------------------------------------------------------------------------------------

/** S3 keys and version ids whose URLs quilt3 writes: every ASCII character, controls, Unicode. */
const S3_KEYS: [string, string, string | null][] = [
  ...Array.from({ length: 0x80 - 0x20 }, (_, i) => {
    const ch = String.fromCharCode(0x20 + i)
    return ['bucket', `a${ch}b`, null] as [string, string, string | null]
  }),
  ['bucket', 'tab\tnl\ncr\r\u0001\u001f', null],
  ['bucket', 'é/e\u0301/😀/日本/\u2028\ufeff\u0080', null],
  ['bucket', '', null],
  ['bucket', 'dir/sub/', null],
  ['bucket', '/leading//double', null],
  ['bucket', '~user/.hidden/...', null],
  ['bucket', 'k', 'v1'],
  ['bucket', 'k', 'a b'],
  ['bucket', 'k', 'a+b/c=d&e?f#g%h'],
  ['bucket', 'k', '~_.-AZaz09'],
  ['bucket', 'k', 'ü😀'],
  ['bucket', 'k', ''],
  ['bucket', 'k', 'null'],
  ['my-bucket.with.dots', 'a b/c', '01.84ce44bd03e2+A/B=']
]

/** URLs given to `PhysicalKey.from_url` (file paths under a folder that does not exist). */
const URLS: string[] = [
  's3://bucket/k',
  's3://bucket/a%20b',
  's3://bucket/a+b',
  's3://bucket/a%2Bb',
  's3://bucket/a%2Fb',
  's3://bucket/%7E%41%61',
  's3://bucket/%zz%2',
  's3://bucket/100%',
  's3://bucket/%C3',
  's3://bucket/%C3%28',
  's3://bucket/%F0%9F%98',
  's3://bucket/%F0%9F%98x%80',
  's3://bucket/%ED%A0%80',
  's3://bucket/%FF%FE',
  's3://bucket/ü😀',
  's3://bucket/%EF%BB%BFk',
  's3://bucket/k%EF%BB%BF?versionId=%EF%BB%BFv',
  's3://bucket/a%EF%BB%BF%EF%BB%BF',
  's3://bucket/\ufeffraw',
  's3://bucket/a\\b',
  's3://bucket/k?versionId=v1',
  's3://bucket/k?versionId=a+b',
  's3://bucket/k?versionId=a%2Bb',
  's3://bucket/k?versionId=a%2Fb%3D',
  's3://bucket/k?versionId=%E2%82%AC',
  's3://bucket/k?versionId=a b',
  's3://bucket/k?versionId=',
  's3://bucket/k?versionId',
  's3://bucket/k?versionId=1&versionId=2',
  's3://bucket/k?&versionId=v&',
  's3://bucket/k?versionId=v;x=1',
  's3://bucket/k?x=1',
  's3://bucket/k?versionId=v&x=1',
  's3://bucket/k?VersionId=v',
  's3://bucket/k?x',
  's3://bucket/k?x=',
  's3://bucket/k?',
  's3://bucket/k#frag',
  's3://bucket/k?versionId=v#frag',
  's3://bucket/k#frag?versionId=v',
  's3://bucket',
  's3://bucket/',
  's3://bucket//k',
  's3://bucket?versionId=v',
  's3:///k',
  's3:k',
  's3:/k',
  's3:',
  'S3://Bucket/K',
  ' \u0001s3://bucket/k',
  's3://bucket/k\n',
  's3://buc\tket/k\r',
  's3://bucket/k ',
  's3://user@bucket:80/k',
  's3://bucket%20x/k',
  'file:///qpa-none/a%20b',
  'file:///qpa-none/%C3%BC/%F0%9F%98%80',
  'file:///qpa-none/%EF%BB%BFlead',
  'file://localhost/qpa-none/x',
  'file:///qpa-none/dir/',
  'file:///qpa-none/x#frag',
  'FILE:///qpa-none/x',
  'file://host/x',
  'file://LOCALHOST/x',
  'file:relative',
  'file:',
  'file://',
  'file:///qpa-none/x?y=1',
  'file:///qpa-none/x?',
  'http://example.com/x',
  's3x://bucket/k',
  'gs://bucket/k',
  '',
  'bucket/key',
  '/abs/path',
  '1s3://bucket/k'
]

/** Absolute paths written as `PurePath(path).as_uri()`. */
const LOCAL_PATHS: string[] = [
  '/tmp/a b.txt',
  '/',
  '/tmp/x/',
  '/tmp//x//',
  '///tmp/x',
  '//tmp/x',
  '//',
  '/tmp/./x',
  '/tmp/x/.',
  '/./tmp',
  '/tmp/../x',
  '/tmp/ü😀/e\u0301',
  '/tmp/a\nb\tc',
  '/tmp/%#?+&=;:@$,!*\'()[]{}|^`<>"\\~',
  '/tmp/.hidden/...'
]

/** Invalid logical keys whose error messages print `repr(key)`: quotes, controls, invisibles. */
const BAD_KEYS: string[] = [
  'a//\u00ad\'"',
  './\u200b',
  'a/../\u3000\u00a0',
  '\u2028\u2029/',
  'x\ud7ff/..',
  '😀/./',
  '\u0378/.',
  '\ue000//',
  'tab\t\r\n/..',
  '\u0000\u007f\u0080\u009f/.',
  "'/..",
  '"/..',
  '"\'/..',
  '\\/..',
  '\u{e0001}\u{f0000}/..',
  '\ufeff\ufffe\uffff/',
  'é\u0301日本/'
]

interface PyParsed {
  bucket?: string | null
  path?: string
  version_id?: string | null
  str?: string
  error?: string
  message?: string
}

interface PyAnswers {
  /** Code point ranges matched by Python's `[\w-]` (str patterns: Unicode-aware). */
  word: [number, number][]
  /** Code point ranges unassigned (category Cn) in Python's Unicode database. */
  unassigned: [number, number][]
  unidata_version: string
  s3_str: string[]
  parsed: PyParsed[]
  local_uri: string[]
  bad_keys: string[]
}

const PY_SCRIPT = String.raw`
import pathlib, re, sys, unicodedata
from quilt3 import Package
from quilt3.util import PhysicalKey, PACKAGE_NAME_FORMAT, QuiltException

def ranges(codes):
    out = []
    for c in codes:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out

def main(data):
    assert PACKAGE_NAME_FORMAT == r"^[\w-]+/[\w-]+$", PACKAGE_NAME_FORMAT
    every = ''.join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    word = sorted(ord(ch) for ch in re.findall(r'[\w-]', every))
    unassigned = [ord(ch) for ch in every if unicodedata.category(ch) == 'Cn']
    s3 = [str(PhysicalKey(b, p, v)) for b, p, v in data['s3']]
    parsed = []
    for url in data['urls']:
        try:
            pk = PhysicalKey.from_url(url)
            parsed.append({'bucket': pk.bucket, 'path': pk.path, 'version_id': pk.version_id,
                           'str': str(pk)})
        except Exception as e:
            parsed.append({'error': type(e).__name__, 'message': str(e)})
    local = [pathlib.PurePath(p).as_uri() for p in data['local']]
    bad_keys = []
    for key in data['bad_keys']:
        try:
            Package().set(key, 's3://bucket/k')
            bad_keys.append('accepted')
        except QuiltException as e:
            bad_keys.append(str(e))
    return {'word': ranges(word), 'unassigned': ranges(unassigned),
            'unidata_version': unicodedata.unidata_version,
            's3_str': s3, 'parsed': parsed, 'local_uri': local, 'bad_keys': bad_keys}
`

let py: PyAnswers

beforeAll(async () => {
  py = await runPython<PyAnswers>(PY_SCRIPT, {
    s3: S3_KEYS,
    urls: URLS,
    local: LOCAL_PATHS,
    bad_keys: BAD_KEYS
  })
}, 60_000)
afterAll(() => cleanupTempDirs())

function inRanges(ranges: [number, number][]): (cp: number) => boolean {
  const set = new Set<number>()
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) set.add(c)
  return (cp) => set.has(cp)
}

// ---------------------------------------------------------------------------------------------
// §7.1 Package names
// ---------------------------------------------------------------------------------------------

describe('package_names (spec §7.1)', () => {
  // quilt3 accepts "user/pkg\n" only because Python's `$` also matches before a final newline;
  // we refuse it on purpose (spec §7.1), so that row is checked separately below.
  const QUIRK = 'user/pkg\n'
  const rows = T.package_names.filter((r) => r.name !== QUIRK)

  it('has the quirk row and the other rows', () => {
    expect(T.package_names.find((r) => r.name === QUIRK)?.valid).toBe(true)
    expect(rows).toHaveLength(20)
  })

  it.each(rows.filter((r) => r.valid).map((r) => [JSON.stringify(r.name), r.name] as const))(
    'accepts %s',
    (_, name) => {
      expect(isValidPackageName(name)).toBe(true)
      expect(() => validatePackageName(name)).not.toThrow()
    }
  )

  it.each(
    rows.filter((r) => !r.valid).map((r) => [JSON.stringify(r.name), r.name, r.error!] as const)
  )('rejects %s with quilt3 message', (_, name, error) => {
    expect(isValidPackageName(name)).toBe(false)
    expect(thrown(() => validatePackageName(name))).toBeInstanceOf(QuiltError)
    expect(seen(() => validatePackageName(name))).toEqual({ name: 'QuiltError', message: error })
  })

  it('rejects "user/pkg\\n" although quilt3 accepts it (deliberately stricter, spec §7.1)', () => {
    expect(isValidPackageName(QUIRK)).toBe(false)
    expect(seen(() => validatePackageName(QUIRK))).toEqual({
      name: 'QuiltError',
      message: 'Invalid package name: user/pkg\n.'
    })
  })

  it("matches Python's Unicode [\\w-] for every code point (only newer Unicode may be added)", () => {
    const pyWord = inRanges(py.word)
    const unassignedInPython = inRanges(py.unassigned)
    const rejectedButPythonAccepts: string[] = []
    const acceptedButPythonRejects: string[] = []
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const ch = String.fromCodePoint(cp)
      // The character in the middle of each part: the `$` quirk cannot play a role.
      const ours = isValidPackageName(`a${ch}b/c${ch}d`)
      const theirs = pyWord(cp)
      const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0')
      if (theirs && !ours) rejectedButPythonAccepts.push(hex)
      // Characters Python's Unicode database does not know yet may be letters for us.
      if (!theirs && ours && !unassignedInPython(cp)) acceptedButPythonRejects.push(hex)
    }
    expect(rejectedButPythonAccepts).toEqual([])
    expect(acceptedButPythonRejects).toEqual([])
    // Sanity: the Python side did see the whole range (letters, digits, CJK, astral).
    expect(py.word.length).toBeGreaterThan(500)
    expect(pyWord(0x1d7d8)).toBe(true) // 𝟘
    expect(pyWord(0x301)).toBe(false) // combining acute
  })
})

// ---------------------------------------------------------------------------------------------
// §7.2 Logical keys
// ---------------------------------------------------------------------------------------------

describe('logical_keys_set (spec §7.2)', () => {
  const rows = T.logical_keys_set.map((r) => [JSON.stringify(r.logical_key), r] as const)

  it.each(rows.filter(([, r]) => r.accepted))('accepts %s, stored verbatim', (_, r) => {
    expect(() => validateLogicalKey(r.logical_key)).not.toThrow()
    const pkg = new Package()
    pkg.set(entry(r.logical_key))
    expect(pkg.walk().map((e) => e.logicalKey)).toEqual(r.stored_as)
  })

  it.each(rows.filter(([, r]) => !r.accepted))('rejects %s with quilt3 message', (_, r) => {
    expect(thrown(() => validateLogicalKey(r.logical_key))).toBeInstanceOf(QuiltError)
    expect(seen(() => validateLogicalKey(r.logical_key))).toEqual({
      name: 'QuiltError',
      message: r.error
    })
    const pkg = new Package()
    expect(seen(() => pkg.set(entry(r.logical_key)))).toEqual({
      name: 'QuiltError',
      message: r.error
    })
    expect(pkg.size).toBe(0)
  })
})

describe('logical key error messages print the key like Python repr()', () => {
  it('equal quilt3 Package.set messages for keys with quotes, controls and invisible characters', () => {
    const ours = BAD_KEYS.map((key) => {
      try {
        validateLogicalKey(key)
        return 'accepted'
      } catch (e) {
        return (e as Error).message
      }
    })
    const rows = BAD_KEYS.map((key, i) => ({ key, ours: ours[i], quilt3: py.bad_keys[i] }))
    expect(rows.filter((r) => r.ours !== r.quilt3)).toEqual([])
    expect(py.bad_keys).not.toContain('accepted')
  })
})

describe('logical_key_conflicts (spec §7.2)', () => {
  it('set_file_over_dir: "a" after "a/b.txt"', () => {
    const row = T.logical_key_conflicts.set_file_over_dir
    const pkg = new Package()
    pkg.set(entry('a/b.txt'))
    expect(seen(() => pkg.set(entry('a')))).toEqual({ name: 'QuiltError', message: row.message })
    expect(pkg.walk().map((e) => e.logicalKey)).toEqual(['a/b.txt'])
  })

  it('set_under_file: "a/b.txt/c" after "a/b.txt"', () => {
    const row = T.logical_key_conflicts.set_under_file
    // quilt3 ends the message with the repr of the physical key (`PhysicalKey(None, …)`); ours
    // prints the URL, so only the text before it is compared.
    const prefix = row.message.slice(0, row.message.indexOf(': PhysicalKey'))
    expect(prefix).toBe("Already a PackageEntry for 'b.txt' along the path ['a', 'b.txt']")
    const pkg = new Package()
    pkg.set(entry('a/b.txt'))
    const e = thrown(() => pkg.set(entry('a/b.txt/c')))
    expect(e.name).toBe('QuiltError')
    expect(e.message.startsWith(prefix + ': ')).toBe(true)
    expect(e.message.slice(prefix.length + 2)).toBe('file:///tmp/x')
    expect(pkg.walk().map((x) => x.logicalKey)).toEqual(['a/b.txt'])
  })
})

// ---------------------------------------------------------------------------------------------
// §3 Physical keys
// ---------------------------------------------------------------------------------------------

describe('s3_physical_keys (spec §3.1)', () => {
  it.each(T.s3_physical_keys.map((r) => [r.url, r] as const))('%s', (url, r) => {
    expect(r.roundtrip_ok).toBe(true)
    expect(PhysicalKey.s3(r.bucket, r.path, r.version_id).toString()).toBe(url)
    const back = PhysicalKey.fromUrl(url)
    expect([back.bucket, back.path, back.versionId]).toEqual([r.bucket, r.path, r.version_id])
    expect(back.toString()).toBe(url)
  })

  it('writes the URL quilt3 writes for every ASCII character, controls, Unicode, version ids', () => {
    const ours = S3_KEYS.map(([b, k, v]) => PhysicalKey.s3(b, k, v).toString())
    expect(ours).toEqual(py.s3_str)
    expect(ours[0]).toBe('s3://bucket/a%20b')
  })
})

describe('physical_key_parse (spec §3)', () => {
  const ok = T.physical_key_parse.filter((r): r is ParsedRow => !('exception' in r))
  const bad = T.physical_key_parse.filter((r): r is RefusedRow => 'exception' in r)

  it.each(ok.map((r) => [r.url, r] as const))('parses %s', (url, r) => {
    const pk = PhysicalKey.fromUrl(url)
    expect([pk.bucket, pk.path, pk.versionId]).toEqual([r.bucket, r.path, r.version_id])
    expect(pk.isLocal()).toBe(r.bucket === null)
    expect(pk.toString()).toBe(r.str)
  })

  it.each(bad.map((r) => [r.url, r] as const))('refuses %s', (url, r) => {
    expect(r.exception).toBe('URLParseError')
    expect(thrown(() => PhysicalKey.fromUrl(url))).toBeInstanceOf(QuiltError)
    expect(seen(() => PhysicalKey.fromUrl(url))).toEqual({
      name: 'QuiltError',
      message: r.message
    })
  })

  it('parses like quilt3 PhysicalKey.from_url for odd URLs (decoding, queries, schemes)', () => {
    const ours = URLS.map((url): PyParsed => {
      try {
        const pk = PhysicalKey.fromUrl(url)
        return { bucket: pk.bucket, path: pk.path, version_id: pk.versionId, str: pk.toString() }
      } catch (e) {
        return { error: 'URLParseError', message: (e as Error).message }
      }
    })
    const rows = URLS.map((url, i) => ({ url, ours: ours[i], quilt3: py.parsed[i] }))
    expect(rows.filter((r) => JSON.stringify(r.ours) !== JSON.stringify(r.quilt3))).toEqual([])
  })
})

describe('local_paths_to_url (spec §3.2)', () => {
  it.each(T.local_paths_to_url.map((r) => [r.path, r.url] as const))('%s', (path, url) => {
    expect(PhysicalKey.local(path).toString()).toBe(url)
  })

  it('writes PurePath(path).as_uri() for unnormalized paths too', () => {
    const ours = LOCAL_PATHS.map((p) => PhysicalKey.local(p).toString())
    const rows = LOCAL_PATHS.map((path, i) => ({ path, ours: ours[i], quilt3: py.local_uri[i] }))
    expect(rows.filter((r) => r.ours !== r.quilt3)).toEqual([])
  })

  it('refuses relative paths', () => {
    expect(seen(() => PhysicalKey.local('tmp/x'))).toEqual({
      name: 'QuiltError',
      message: 'Relative paths are not allowed'
    })
  })
})

// ---------------------------------------------------------------------------------------------
// §2.5 / §4 JSON encodings
// ---------------------------------------------------------------------------------------------

describe('numbers (spec §2.5)', () => {
  const written = T.numbers.filter((r) => 'manifest' in r)
  const unwritable = T.numbers.filter((r) => 'manifest_error' in r)

  it('has rows that quilt3 writes and rows it cannot write', () => {
    expect(written.length).toBeGreaterThan(30)
    expect(unwritable.map((r) => r.json_text)).toEqual([
      '1e400',
      '-1e400',
      'NaN',
      'Infinity',
      '-Infinity'
    ])
  })

  it.each(written.map((r) => [r.json_text, r] as const))('%s', (text, r) => {
    const v = parsePyJson(text)
    expect(typeof v).toBe(r.python_type === 'int' ? 'bigint' : 'number')
    expect(toManifestJson(v)).toBe(r.manifest)
    expect(toHashJson(v)).toBe(r.hash_input)
    // The same inside containers, with insignificant whitespace around.
    const inObject = parsePyJson(`{ "n" :\n${text} , "l": [ ${text} ] }`)
    expect(toManifestJson(inObject)).toBe(`{"n": ${r.manifest}, "l": [${r.manifest}]}`)
    expect(toHashJson(inObject)).toBe(`{"l":[${r.hash_input}],"n":${r.hash_input}}`)
  })

  it.each(unwritable.map((r) => [r.json_text, r] as const))(
    '%s: refused when parsed, since quilt3 could not write it',
    (text, r) => {
      expect(r.manifest_error).toBe('Out of range float values are not JSON compliant')
      for (const doc of [text, `{"a": [${text}]}`]) {
        const e = thrown(() => parsePyJson(doc))
        if (!(e instanceof JsonSyntaxError)) throw new Error(`not a JsonSyntaxError: ${String(e)}`)
        expect(e.reason).toMatch(/cannot write it/)
      }
      // And the value itself, were it built in code, cannot be written (quilt3's exact text).
      const value = text.includes('NaN') ? NaN : text.startsWith('-') ? -Infinity : Infinity
      expect(seen(() => toManifestJson(value))).toEqual({
        name: 'JsonValueError',
        message: r.manifest_error
      })
    }
  )
})

describe('strings (spec §2.5, §4)', () => {
  it.each(T.strings.map((r) => [r.codepoints.join(' '), r] as const))('%s', (_, r) => {
    const s = r.string
    expect(
      [...s].map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'))
    ).toEqual(r.codepoints)
    expect(toManifestJson(s)).toBe(r.manifest)
    expect(toHashJson(s)).toBe(r.hash_input)
    // Both forms read back to the same string.
    expect(parsePyJson(r.manifest)).toBe(s)
    expect(parsePyJson(r.hash_input)).toBe(s)
    // As an object key, too.
    const obj = pyObject([[s, s]])
    expect(toManifestJson(obj)).toBe(`{${r.manifest}: ${r.manifest}}`)
    expect(toHashJson(obj)).toBe(`{${r.hash_input}:${r.hash_input}}`)
  })
})

describe('object_key_sort (spec §2.5, §4)', () => {
  const row = T.object_key_sort
  const built = (): PyObject =>
    pyObject(row.input_insertion_order.map((k, i) => [k, BigInt(i + 1)] as const))

  it('keeps insertion order in the manifest form', () => {
    expect(toManifestJson(built())).toBe(row.manifest)
  })

  it('sorts keys by code point in the hash form', () => {
    expect(toHashJson(built())).toBe(row.hash_input)
  })

  it('reads the manifest form back in the same order', () => {
    const parsed = parsePyJson(row.manifest) as PyObject
    expect([...parsed.keys()]).toEqual(row.input_insertion_order)
    expect(toManifestJson(parsed)).toBe(row.manifest)
    expect(toHashJson(parsed)).toBe(row.hash_input)
    expect(toHashJson(parsePyJson(row.hash_input))).toBe(row.hash_input)
  })
})

// ---------------------------------------------------------------------------------------------
// §4 Top hash
// ---------------------------------------------------------------------------------------------

describe('top_hash_worked_example (spec §4)', () => {
  const ex = T.top_hash_worked_example

  function build(): Package {
    const pkg = new Package()
    pkg.setUserMeta(pyObject([['é', 1.0]]))
    pkg.setMessage('msg ü')
    // Inserted out of walk order on purpose.
    pkg.set(entry('b.txt', pyObject([['user_meta', pyObject([['x', 1n]])]])))
    pkg.set(entry('a/c.txt'))
    return pkg
  }

  it('the content "k" has the hash of the example', () => {
    expect(K_HASH.get('value')).toBe('N3dYrfMzfJJ9N+PyjByDy8g3B14fx+UA6bgBxp2mJik=')
  })

  it('part 1 is the package metadata, keys sorted, ASCII-escaped', () => {
    expect(toHashJson(build().meta)).toBe(ex.hash_parts[0])
  })

  it('parts 2 and 3 are the entries in walk order', () => {
    const parts = build()
      .walk()
      .map((e) =>
        toHashJson(
          pyObject([
            ['hash', e.hash!],
            ['logical_key', e.logicalKey],
            ['meta', e.meta],
            ['size', BigInt(e.size)]
          ])
        )
      )
    expect(parts).toEqual(ex.hash_parts.slice(1))
  })

  it('the top hash is sha256 of the concatenated parts', () => {
    const concat = createHash('sha256').update(ex.hash_parts.join(''), 'utf-8').digest('hex')
    expect(concat).toBe(ex.concatenated_utf8_sha256)
    expect(ex.top_hash).toBe(concat)
    expect(build().topHash()).toBe(ex.top_hash)
  })

  it('a fresh package writes its meta keys as version, user_meta, message', () => {
    const first = build().toManifest().toString('utf-8').split('\n')[0]
    expect(first).toBe('{"version": "v0", "user_meta": {"é": 1.0}, "message": "msg ü"}')
  })

  it('physical keys do not change the top hash', () => {
    const pkg = build()
    for (const e of pkg.walk()) e.physicalKey = PhysicalKey.s3('other', e.logicalKey, 'v')
    expect(pkg.topHash()).toBe(ex.top_hash)
  })

  it('the empty package without a message', () => {
    const pkg = new Package()
    pkg.setMessage(null)
    expect(toHashJson(pkg.meta)).toBe('{"message":null,"version":"v0"}')
    expect(pkg.topHash()).toBe('2a5a67156ca9238c14d12042db51c5b52260fdd5511b61ea89b58929d6e1769b')
    expect(pkg.toManifest().toString()).toBe('{"version": "v0", "message": null}\n')
  })
})

describe('nan_in_meta (spec §2.5)', () => {
  const message = T.nan_in_meta.build_error.message

  it.each(['NaN', 'Infinity', '-Infinity', '{"a": NaN}', '[1, -Infinity]', '1e400', '-1e999'])(
    'parsePyJson(%s) refuses it, saying why',
    (text) => {
      const e = thrown(() => parsePyJson(text))
      expect(e).toBeInstanceOf(JsonSyntaxError)
      expect(e.message).toMatch(/quilt3 cannot write it/)
      expect(e.message).toMatch(/: line 1 column \d+$/)
    }
  )

  it.each([NaN, Infinity, -Infinity])('toManifestJson(%p) throws quilt3 ValueError text', (x) => {
    expect(T.nan_in_meta.build_error.exception).toBe('ValueError')
    expect(seen(() => toManifestJson(x))).toEqual({ name: 'JsonValueError', message })
    expect(seen(() => toManifestJson(pyObject([['a', [x]]])))).toEqual({
      name: 'JsonValueError',
      message
    })
  })

  it('a package whose metadata holds NaN cannot be written', () => {
    const pkg = new Package()
    pkg.setUserMeta(pyObject([['a', NaN]]))
    pkg.setMessage(null)
    const e = thrown(() => pkg.toManifest())
    expect(e).toBeInstanceOf(JsonValueError)
    expect(e.message).toBe(message)
  })
})

// ---------------------------------------------------------------------------------------------
// §2.6 Record size limit
// ---------------------------------------------------------------------------------------------

describe('record_size_limit_default and record_too_large_error (spec §2.6)', () => {
  /** A package whose line 1 is exactly `size` UTF-8 bytes (the text has a 2-byte character). */
  function packageWithMetaLine(size: number): Package {
    const pkg = new Package()
    pkg.setUserMeta('ü')
    pkg.setMessage(null)
    const base = Buffer.byteLength(toManifestJson(pkg.meta))
    pkg.setUserMeta('ü' + 'x'.repeat(size - base))
    expect(Buffer.byteLength(toManifestJson(pkg.meta))).toBe(size)
    return pkg
  }

  it('the default limit is quilt3 default', () => {
    expect(DEFAULT_MAX_RECORD_SIZE).toBe(T.record_size_limit_default)
    expect(maxRecordSizeFromEnv({})).toBe(T.record_size_limit_default)
    expect(maxRecordSizeFromEnv({ QUILT_MANIFEST_MAX_RECORD_SIZE: '' })).toBe(
      T.record_size_limit_default
    )
  })

  it('a 241-byte package line over a limit of 100 gives quilt3 message', () => {
    const pkg = packageWithMetaLine(241)
    expect(seen(() => pkg.toManifest({ maxRecordSize: 100 }))).toEqual({
      name: 'QuiltError',
      message: T.record_too_large_error.message
    })
    expect(seen(() => pkg.checkMetaRecord(100))).toEqual({
      name: 'QuiltError',
      message: T.record_too_large_error.message
    })
  })

  it('the limit is inclusive: a record of exactly the limit is written', () => {
    const pkg = packageWithMetaLine(241)
    expect(pkg.toManifest({ maxRecordSize: 241 }).toString()).toMatch(/^\{"version": "v0"/)
    expect(() => pkg.toManifest({ maxRecordSize: 240 })).toThrow(
      'Size of manifest record for package metadata is 241 bytes, but must be less than 240 bytes.'
    )
  })

  it('an entry line names the logical key', () => {
    const pkg = new Package()
    pkg.setMessage(null)
    pkg.set(entry("it's big", pyObject([['user_meta', 'y'.repeat(300)]])))
    const e = thrown(() => pkg.toManifest({ maxRecordSize: 200 }))
    const expected = T.record_too_large_error.message
      .replace('package metadata', `entry with logical key "it's big"`)
      .replace('241', String(e.message.match(/is (\d+) bytes/)![1]))
      .replace('100 bytes', '200 bytes')
    expect(e.message).toBe(expected)
  })

  it.each(['0', '-1', 'abc', '1.5', '-0'])(
    'QUILT_MANIFEST_MAX_RECORD_SIZE=%p is refused',
    (value) => {
      expect(seen(() => maxRecordSizeFromEnv({ QUILT_MANIFEST_MAX_RECORD_SIZE: value }))).toEqual({
        name: 'QuiltError',
        message: 'QUILT_MANIFEST_MAX_RECORD_SIZE must be a positive integer'
      })
    }
  )

  it.each([
    ['100', 100],
    [' 42 ', 42],
    ['+7', 7]
  ])('QUILT_MANIFEST_MAX_RECORD_SIZE=%p is %p', (value, n) => {
    expect(maxRecordSizeFromEnv({ QUILT_MANIFEST_MAX_RECORD_SIZE: value })).toBe(n)
  })
})
