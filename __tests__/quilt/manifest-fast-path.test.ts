/**
 * The reading of entry lines of quilt3's exact shape (straight from the bytes, fields on first
 * use) against the exact Python-JSON parser (`ReadOptions.exact`): on every manifest of the
 * vectors and on lines of unusual shapes (unicode, escapes, floats, big ints, nested meta, key
 * orders, URLs, duplicates, conflicts), both accept the same manifests with the same entries,
 * re-written bytes and top hash, or refuse them with the same message. A manifest read as its
 * bytes arrive (a download), in pieces cut anywhere, is read as the same bytes at once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { compareLogicalKeys, Package } from '../../src/quilt/format/manifest.js'
import {
  ScanWorker,
  SCAN_WORKER_MIN_BYTES,
  type ScanResult
} from '../../src/quilt/format/scan-worker.js'
import { toManifestJson } from '../../src/quilt/py/json.js'
import { VECTORS as VECTORS_DIR } from '../helpers/vectors.js'

const VECTORS = join(VECTORS_DIR, 'cases')
const HEAD = '{"version": "v0", "message": "m", "user_meta": {"u": 1}}'
const VALUE = 'X+zrZv/IbzjZUnhsbWlsecLbwjndTpG0ZynXOif7V+k='
const HASH = `{"type": "sha2-256-chunked", "value": "${VALUE}"}`

/** Everything a reading yields, or its error; `read` reads the bytes (default: at once). */
function outcome(
  bytes: Buffer,
  exact: boolean,
  read = (b: Buffer): Package => Package.fromManifestBytes(b, undefined, { exact })
): unknown {
  try {
    const pkg = read(bytes)
    let topHash: string
    try {
      topHash = pkg.topHash()
    } catch (e) {
      topHash = `error: ${String(e)}`
    }
    let manifest: string
    try {
      manifest = pkg.toManifest().toString('utf-8')
    } catch (e) {
      manifest = `error: ${String(e)}`
    }
    const entries = pkg.walk().map((e) => ({
      logicalKey: e.logicalKey,
      physicalKey: (() => {
        try {
          return String(e.physicalKey)
        } catch (err) {
          return `error: ${String(err)}`
        }
      })(),
      size: e.size,
      sizeValue: e.sizeValue === undefined ? undefined : toManifestJson(e.sizeValue),
      hash: toManifestJson(e.hash),
      meta: toManifestJson(e.meta)
    }))
    const found = pkg.walk().every((e) => pkg.get(e.logicalKey) === e)
    // A package read again, looked into before any walk: each key, and keys it does not have.
    const again = read(bytes)
    const keysAndSizes = [...again.keysAndSizes()]
    const lookups = pkg.walk().flatMap((e) =>
      [e.logicalKey, `${e.logicalKey}x`, `${e.logicalKey}/`, e.logicalKey.slice(0, -1)].map((k) => {
        const g = again.get(k)
        return (
          g && [k, String(g.physicalKey), g.size, toManifestJson(g.hash), toManifestJson(g.meta)]
        )
      })
    )
    return {
      topHash,
      manifest,
      entries,
      dirs: pkg.dirLines(),
      size: pkg.size,
      found,
      keysAndSizes,
      lookups,
      sizeAgain: again.size
    }
  } catch (e) {
    return { error: String(e) }
  }
}

function line(
  lk = '"a/b.txt"',
  pk = '["s3://bucket/a/b.txt?versionId=v1"]',
  size = '3',
  hash = HASH,
  meta = '{}'
): string {
  return `{"logical_key": ${lk}, "physical_keys": ${pk}, "size": ${size}, "hash": ${hash}, "meta": ${meta}}`
}

const KEYS = [
  '"a"',
  '"a/b/c.txt"',
  '"été/日本.csv"',
  '"emoji 😀.png"',
  '"caf\\u00e9"',
  '"q\\"uote"',
  '"back\\\\slash"',
  '"new\\nline"',
  '"slash\\/"',
  '"pair \\ud83d\\ude00"',
  '"lone \\ud800"',
  '"del \u007f"',
  '"tab\tin"',
  '""',
  '"/lead"',
  '"trail/"',
  '"a//b"',
  '"x" ',
  ' "x"',
  '1',
  'null'
]
const URLS = [
  '["s3://bucket/a?versionId=v1"]',
  '["s3://bucket/a"]',
  '["s3://bucket/a%20b?versionId=v%2B1"]',
  '["s3://bucket/a?versionId="]',
  '["s3://bucket/a?versionId=a&b=c"]',
  '["s3://bucket/a#frag"]',
  '["s3://bucket/été"]',
  '["s3://user@bucket:9/a"]',
  '["S3://bucket/a"]',
  '["s3:///a"]',
  '["s3://bucket"]',
  '["s3://b/a?x=1"]',
  '["file:///tmp/a"]',
  '["http://x/a"]',
  '["relative/a"]',
  '["s3://b/a", "s3://b/c"]',
  '[]',
  '"s3://b/a"',
  '["s3://b/\\u00e9"]',
  '[ "s3://b/a" ]'
]
const SIZES = [
  '0',
  '3',
  '00',
  '012',
  '-1',
  '-0',
  '3.0',
  '3.5',
  '1e3',
  '999999999999999',
  '1000000000000000',
  '9007199254740993',
  String(2n ** 70n),
  '"3"',
  'true',
  'null',
  '3 ',
  '1E400',
  'NaN'
]
const HASHES = [
  HASH,
  `{"value": "${VALUE}", "type": "sha2-256-chunked"}`,
  `{"type": "SHA256", "value": "${'ab'.repeat(32)}"}`,
  '{"type": "CRC64NVME", "value": "AAAAAAAAAAA="}',
  '{"type": "sha2-256-chunked", "value": "é"}',
  '{"type": "typé", "value": "v"}',
  '{"type": "t\\u0041", "value": "v"}',
  '{"type": "t", "value": "v\\n"}',
  '{"type": "t", "value": "\u007f"}',
  '{"type": "sha2-256-chunked"}',
  `{"type": "sha2-256-chunked", "value": "v", "x": 1}`,
  '{"type":"t","value":"v"}',
  '"zz"',
  'null',
  '{}'
]
const METAS = [
  '{}',
  '{ }',
  '{"user_meta": {"a": 1}}',
  '{"user_meta": {"f": 1.5, "e": 1e-7, "big": 1e300}}',
  '{"n": 123456789012345678901234567890}',
  '{"deep": {"a": [1, {"b": [null, true, false]}]}}',
  '{"é": "日本", "z": "\\u00e9\\ud83d\\ude00"}',
  '{"a": NaN}',
  '{"a": NaN, "a": 1}',
  '{"a": 1e400}',
  '{"b": 1, "a": 2, "10": 3}',
  '{"a": 1}}',
  '{"a": 1',
  '[]',
  'null',
  '0',
  '"x"',
  '{"x": "\\ud800"}',
  '{"user_meta": {}}',
  // What is checked without being read (the rest goes to the exact parser).
  '{"a":1,"b":[]}',
  '{"a" : 1 , "b" : [ ] , "c" : { } }',
  '{\t"a": 1}',
  '{"a": [1, 2, [3, [4, {"b": "c"}]]], "d": {"e": {"f": null}}}',
  '{"a": -0, "b": 0.5, "c": -1.25e-3, "d": 1E5, "e": 1e+5, "f": 12345678901234.5}',
  '{"a": 1234567890123456.5}',
  '{"a": 1e99, "b": 1e100, "c": 1e-99, "d": 1e-400}',
  '{"a": 01}',
  '{"a": 1.}',
  '{"a": .5}',
  '{"a": -}',
  '{"a": 1e}',
  '{"a": +1}',
  `{"a": ${'9'.repeat(300)}}`,
  `{"a": ${'9'.repeat(301)}}`,
  `{"a": ${'9'.repeat(4301)}}`,
  '{"a": true, "b": false, "c": null}',
  '{"a": tru}',
  '{"a": nul}',
  '{"a": Infinity}',
  '{"a": -Infinity}',
  '{"\\u0041\\n\\t\\/\\b\\f\\r\\"\\\\": "\\u00e9\\u0000"}',
  '{"a": "\\ud83d\\ude00"}',
  '{"a": "\\x"}',
  '{"a": "\\u12"}',
  '{"a": "\\u12g4"}',
  '{"a": "tab\tin"}',
  '{"a" 1}',
  '{"a": 1,}',
  '{"a": [1,]}',
  '{"a": 1 "b": 2}',
  '{1: 2}',
  '{"a": 1} {"b": 2}',
  '{"a": 1} ',
  `{"a": ${'['.repeat(63)}${']'.repeat(63)}}`,
  `{"a": ${'['.repeat(64)}${']'.repeat(64)}}`,
  `{"a": ${'['.repeat(65)}${']'.repeat(65)}}`
]

/**
 * Long strings with, at each place modulo 4, a byte that ends a plain string (or a URL's path or
 * version) or is not ASCII: what is read 4 bytes at a time is found in any of them.
 */
const STOPS = ['\\"', '\\\\', '\t', '\u007f', 'é', '日', '😀', '?', '#', '&', '%', ' ']
const LONG_KEYS = STOPS.flatMap((c) =>
  Array.from({ length: 8 }, (_, k) => `"${'x'.repeat(k)}${c}${'y'.repeat(9)}"`)
)
const LONG_URLS = STOPS.flatMap((c) =>
  Array.from({ length: 8 }, (_, k) => [
    `["s3://bucket/${'p'.repeat(k)}${c}${'q'.repeat(9)}?versionId=v1"]`,
    `["s3://bucket/${'p'.repeat(9)}?versionId=${'v'.repeat(k)}${c}${'w'.repeat(9)}"]`
  ]).flat()
)

/** Lines with one field varied, then lines whose keys come in other orders or shapes. */
const LINES: string[] = [
  ...KEYS.map((k) => line(k)),
  ...LONG_KEYS.map((k) => line(k)),
  ...URLS.map((u) => line(undefined, u)),
  ...LONG_URLS.map((u) => line(undefined, u)),
  ...SIZES.map((s) => line(undefined, undefined, s)),
  ...HASHES.map((h) => line(undefined, undefined, undefined, h)),
  ...METAS.map((m) => line(undefined, undefined, undefined, undefined, m)),
  `{"physical_keys": ["s3://b/a"], "logical_key": "a", "size": 3, "hash": ${HASH}, "meta": {}}`,
  `{"logical_key": "a", "physical_keys": ["s3://b/a"], "size": 3, "meta": {}, "hash": ${HASH}}`,
  `{"logical_key":"a","physical_keys":["s3://b/a"],"size":3,"hash":${HASH},"meta":{}}`,
  `{"logical_key": "a", "physical_keys": ["s3://b/a"], "size": 3, "hash": ${HASH}, "meta": {}, "x": 1}`,
  `{"logical_key": "a", "physical_keys": ["s3://b/a"], "size": 3, "hash": ${HASH}}`,
  `{"logical_key": "a", "logical_key": "b", "physical_keys": ["s3://b/a"], "size": 3, "hash": ${HASH}, "meta": {}}`,
  `{"logical_key": "a", "physical_keys": ["s3://b/a"], "size": 3, "size": 4, "hash": ${HASH}, "meta": {}}`,
  `${line()} `,
  ` ${line()}`,
  `\ufeff${line()}`,
  '{"logical_key": "a/", "meta": {"d": 1}}',
  '{"logical_key": "a", "physical_keys": [], "meta": {"d": 1}}'
] // prettier-ignore

/** Deterministic combinations of the variants above (a seeded generator). */
function combos(n: number): string[] {
  let seed = 14
  const pick = <T>(xs: T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return xs[seed % xs.length]!
  }
  return Array.from({ length: n }, () =>
    line(pick(KEYS), pick(URLS), pick(SIZES), pick(HASHES), pick(METAS))
  )
}

const lf = (...lines: string[]): Buffer => Buffer.from(lines.join('\n') + '\n', 'utf-8')

/** Several lines together: order, duplicates, entries below entries, directory lines. */
const MANY: [string, Buffer][] = [
  ['walk order', lf(HEAD, line('"a/a"'), line('"a/b"'), line('"b"'))],
  ['out of order', lf(HEAD, line('"b"'), line('"a/b"'), line('"a/a"'))],
  ['"/" sorts first', lf(HEAD, line('"a-b"'), line('"a/b"'))],
  ['code points above the BMP', lf(HEAD, line('"\uff01"'), line('"😀"'))],
  ['a duplicate', lf(HEAD, line('"a"'), line('"b"'), line('"a"'))],
  ['an adjacent duplicate', lf(HEAD, line('"a"'), line('"a"'))],
  ['an entry below an entry', lf(HEAD, line('"a"'), line('"a/b"'))],
  ['an entry above an entry', lf(HEAD, line('"a/b"'), line('"a"'))],
  ['an entry below an entry, later', lf(HEAD, line('"a"'), line('"a-"'), line('"a/b"'))],
  ['a directory line first', lf(HEAD, '{"logical_key": "a/", "meta": {"d": 1}}', line('"a/b"'))],
  ['a directory line last', lf(HEAD, line('"a/b"'), '{"logical_key": "a/", "meta": {"d": 1}}')],
  ['entry meta from a line below it', lf(HEAD, line('"a"'), '{"logical_key": "a/b", "meta": {"m": 1}}')],
  ['an exact line then its duplicate', lf(HEAD, line('"a"', undefined, '3.0'), line('"a"'))],
  ['a line then its duplicate, exact', lf(HEAD, line('"a"'), line('"a"', undefined, '3.0'))],
  ['a bad URL after a duplicate', lf(HEAD, line('"a"'), line('"a"', '["http://x"]'))],
  ['CRLF', Buffer.from([HEAD, line('"a"'), line('"b"')].join('\r\n') + '\r\n')],
  ['combinations', lf(HEAD, ...combos(40).filter((l, i, all) => all.indexOf(l) === i))],
  ['long keys in walk order', lf(HEAD, ...LONG_KEYS.filter((k) => !k.includes('\\') && !k.includes('\t')).map((k) => JSON.parse(k) as string).sort(compareLogicalKeys).map((k) => line(JSON.stringify(k))))],
  ['a long common prefix', lf(HEAD, ...['a/', 'a-', 'a', 'a/b', 'a/b/c', 'b'].map((k) => line(JSON.stringify('p'.repeat(37) + k))))]
] // prettier-ignore

// Every vector with a manifest (file-urls-local has none: its URLs depend on the machine).
const vectors = readdirSync(VECTORS)
  .filter((id) => existsSync(join(VECTORS, id, 'manifest.jsonl')))
  .map((id) => [id, readFileSync(join(VECTORS, id, 'manifest.jsonl'))] as const)

describe('entry lines of quilt3 shape are read as the exact parser reads them', () => {
  it.each(vectors)('vector %s', (_id, bytes) => {
    const exact = outcome(bytes, true)
    expect(exact).not.toHaveProperty('error')
    expect(outcome(bytes, false)).toEqual(exact)
  })

  it.each([...LINES, ...combos(300)].map((l) => [l] as const))('%s', (l) => {
    const bytes = lf(HEAD, l)
    expect(outcome(bytes, false)).toEqual(outcome(bytes, true))
  })

  it.each(MANY)('%s', (_name, bytes) => {
    expect(outcome(bytes, false)).toEqual(outcome(bytes, true))
  })

  it('the lines of quilt3 shape do take the line-shape reader (entries are not plain objects)', () => {
    const meta = '{"user_meta": {"label": "x", "score": 12.5, "tags": ["a", "b"], "n": null}}'
    const bytes = lf(
      HEAD,
      line('"a"'),
      line('"b"', undefined, '3.0'),
      line('"c"', undefined, undefined, undefined, meta),
      line('"d"', undefined, undefined, undefined, '{"a":\t1}')
    )
    const plain = (exact: boolean): boolean[] =>
      Package.fromManifestBytes(bytes, undefined, { exact })
        .walk()
        .map((e) => Object.getPrototypeOf(e) === Object.prototype)
    expect(plain(false)).toEqual([false, true, false, true])
    expect(plain(true)).toEqual([true, true, true, true])
  })

  it('a text with a lone surrogate is read by the exact parser', () => {
    const text = `${HEAD}\n${line('"\ud800"')}\n`
    expect(() => Package.fromManifest(text)).not.toThrow()
    expect(Package.fromManifest(text).walk()[0]!.logicalKey).toBe('\ud800')
  })
})

/**
 * `bytes` read as they arrive in pieces of `piece` bytes (`Package.readWhileArriving`, by a worker
 * thread or on this one), into a buffer whose bytes not arrived yet hold `\n`, `\r`, `}` and a
 * byte never in UTF-8: a reading that looked past what has arrived would read them.
 */
async function arriving(bytes: Buffer, piece: number, segment: number | null): Promise<Package> {
  const worker = segment !== null
  const arrival = Package.readWhileArriving(bytes.length, { worker, segment: segment ?? undefined })
  const buf = arrival.bytes
  for (let i = 0; i < buf.length; i++) buf[i] = [0x0a, 0x0d, 0x7d, 0xff][i % 4]!
  for (let n = 0; n < bytes.length;) {
    const to = Math.min(bytes.length, n + piece)
    bytes.copy(buf, n, n, to)
    arrival.arrived(to)
    n = to
    // Now and then a pause, so that a worker scans while the rest arrives.
    if (worker && (n / piece) % 64 === 0) await new Promise((r) => setTimeout(r, 1))
  }
  return arrival.finish()
}

/** `outcome` of `bytes` read twice as they arrive (`arriving`). */
async function arrivingOutcome(
  bytes: Buffer,
  piece: number,
  segment: number | null
): Promise<unknown> {
  const reads: unknown[] = []
  for (let k = 0; k < 2; k++) {
    try {
      reads.push(await arriving(bytes, piece, segment))
    } catch (e) {
      reads.push(e)
    }
  }
  let k = 0
  return outcome(bytes, false, () => {
    const r = reads[k++]
    if (r instanceof Package) return r
    throw r
  })
}

/**
 * A manifest whose second entry line is `l` with its `~` made a byte that is not UTF-8, or, with
 * `cut`, with the last `cut` bytes of the character before it dropped (and the `~`).
 */
function notUtf8(l: string, cut = 0): Buffer {
  const bytes = lf(HEAD, line('"a"'), l, line('"c"'))
  const at = bytes.indexOf('~')
  bytes[at] = 0xff
  return cut === 0 ? bytes : Buffer.concat([bytes.subarray(0, at - cut), bytes.subarray(at + 1)])
}

/** Pieces of 1 byte (every character cut), 2, 5, 7 and 64 bytes, and the whole at once. */
const PIECES = [1, 2, 5, 7, 64, Infinity]

/** Lines that stop a reading: what is before them is read first, what is after is not. */
const REFUSED: [string, Buffer][] = [
  ['empty', Buffer.alloc(0)],
  ['a newline alone', Buffer.from('\n')],
  ['no newline at the end', Buffer.from(`${HEAD}\n${line('"a"')}\n${line('"b"')}`)],
  ['a bad line among good ones', lf(HEAD, line('"a"'), '{"logical_key": "b", ', line('"c"'))],
  ['a bad line, then a byte that is not UTF-8', Buffer.concat([lf(HEAD, 'x', line('"a"')), Buffer.from([0xff, 0x0a])])],
  ['a byte that is not UTF-8 in a key', notUtf8(line('"b~"'))],
  ['a character cut in a key', notUtf8(line('"b日~"'), 2)],
  ['a byte that is not UTF-8 in a meta', notUtf8(line('"b"', undefined, undefined, undefined, '{"user_meta": "~"}'))],
  ['a character cut at the end', Buffer.concat([lf(HEAD, line('"a"')), Buffer.from([0xe6, 0x97])])],
  ['a \\r in the last line', Buffer.from(`${HEAD}\n${line('"a"')}\n${line('"b"')}\r\n`)],
  ['a lone \\r ending a line', Buffer.from(`${HEAD}\n${line('"a"')}\r${line('"b"')}\n`)],
  ['a \\r between the fields of a line', lf(HEAD, line('"a"'), line('"b"').replace(', "size"', ',\r"size"'), line('"c"'))],
  ['a byte order mark', Buffer.from(`\ufeff${HEAD}\n${line('"a"')}\n`)],
  ['a duplicate far from the first', lf(HEAD, ...Array.from({ length: 50 }, (_, i) => line(`"k${String(i).padStart(2, '0')}"`)), line('"k03"'))]
] // prettier-ignore

describe('a manifest read as its bytes arrive is read as the same bytes at once', () => {
  it.each(vectors)('vector %s', async (_id, bytes) => {
    const whole = outcome(bytes, false)
    expect(whole).not.toHaveProperty('error')
    for (const piece of PIECES) expect(await arrivingOutcome(bytes, piece, null)).toEqual(whole)
    // Scanned by a worker thread (as a manifest of SCAN_WORKER_MIN_BYTES or more is), in one
    // segment, and in segments of 40 bytes (lines across them, segments without a line start).
    expect(await arrivingOutcome(bytes, 7, 1 << 22)).toEqual(whole)
    expect(await arrivingOutcome(bytes, 7, 40)).toEqual(whole)
  })

  it.each([...MANY, ...REFUSED])('%s', async (_name, bytes) => {
    const whole = outcome(bytes, false)
    for (const [k, piece] of PIECES.entries()) {
      expect(await arrivingOutcome(bytes, piece, null)).toEqual(whole)
      expect(await arrivingOutcome(bytes, piece, [13, 100, 4096][k % 3]!)).toEqual(whole)
    }
  })

  it.each(REFUSED.filter(([name]) => name !== 'no newline at the end' && name !== 'a byte order mark' && !name.includes('\\r')))('%s is refused', (_name, bytes) => {
    expect(outcome(bytes, false)).toHaveProperty('error')
  }) // prettier-ignore

  it('lines of every kind, in one manifest cut in pieces of 1 to 64 bytes', async () => {
    // Each line with a key of its own, in walk order; those a manifest of their own can hold.
    const lines = [...LINES, ...combos(300)]
      .map((l, i) => l.replace(/"logical_key": ("[^"]*"|[^,]*)/, `"logical_key": "${String(i).padStart(4, '0')}"`))
      .filter((l) => !('error' in (outcome(lf(HEAD, l), false) as object)))
    expect(lines.length).toBeGreaterThan(300)
    const bytes = lf(HEAD, ...lines)
    const whole = outcome(bytes, false)
    expect(whole).not.toHaveProperty('error')
    for (let piece = 1; piece <= 64; piece += 9) {
      expect(await arrivingOutcome(bytes, piece, null)).toEqual(whole)
      expect(await arrivingOutcome(bytes, piece, 200 + piece * 7)).toEqual(whole)
    }
  }) // prettier-ignore
})

// In one segment, and in segments that cut lines (one line each, or two).
describe.each([1 << 22, 60, 150])('a large manifest scanned by a worker thread as it arrives, in segments of %i bytes', (segment) => {
  /** The scanning's answer on `bytes`, arrived in pieces of 5 bytes. */
  async function scanned(bytes: Buffer): Promise<ScanResult | null> {
    const scan = ScanWorker.start(bytes.length, { force: true, segment })!
    for (let n = 0; n < bytes.length; n = Math.min(bytes.length, n + 5)) {
      bytes.copy(scan.bytes, n, n, Math.min(bytes.length, n + 5))
      scan.arrived(Math.min(bytes.length, n + 5))
    }
    return scan.result()
  }
  const l = (k: string): string => line(`"${k}"`, `["s3://bucket/${k}?versionId=v1"]`)

  it('takes every line of quilt3 shape in walk order (the main thread reads none again)', async () => {
    const bytes = lf(HEAD, l('a'), l('b/c'), l('b/d'), l('e'))
    expect(await scanned(bytes)).toEqual({
      bad: false,
      n: 5,
      pos: bytes.length,
      length: 4,
      headEnd: HEAD.length
    })
    // Without a last `\n`.
    expect(await scanned(bytes.subarray(0, -1))).toMatchObject({ n: 5, length: 4 })
  })

  it.each([
    ['a line out of walk order', l('a0')],
    ['a key below the one before', l('b/x')],
    ['a line of another shape', line('"c"', undefined, '3.0')],
    ['a URL that is not a plain s3:// one', line('"c"', '["file:///c"]')]
  ])('stops at %s, left with every later line to the main thread', async (_name, odd) => {
    const before = lf(HEAD, l('a'), l('b'))
    const bytes = lf(HEAD, l('a'), l('b'), odd, l('d'))
    expect(await scanned(bytes)).toEqual({
      bad: false,
      n: 3,
      pos: before.length,
      length: 2,
      headEnd: HEAD.length
    })
  })

  it('tells bytes that are not UTF-8, or a \\r', async () => {
    expect(await scanned(notUtf8(l('b~')))).toMatchObject({ bad: true })
    expect(await scanned(Buffer.from(`${HEAD}\n${l('a')}\r\n`))).toMatchObject({ bad: true })
  })

  it("a scan waiting for its bytes keeps nothing ref'd (the process may end)", async () => {
    const held = (): number =>
      process.getActiveResourcesInfo().filter((r) => r === 'MessagePort' || r === 'Worker').length
    const before = held()
    const scan = ScanWorker.start(1000, { force: true, segment })!
    scan.arrived(10)
    await new Promise((r) => setTimeout(r, 100))
    const during = held()
    scan.abandon()
    expect(during).toBe(before)
  })

  it('a reading abandoned before its bytes are all in ends its worker', async () => {
    const scan = ScanWorker.start(1000, { force: true })!
    scan.arrived(10)
    scan.abandon()
    expect(await scan.result()).toBeNull()
  })

  it('is used from SCAN_WORKER_MIN_BYTES on', () => {
    expect(ScanWorker.start(SCAN_WORKER_MIN_BYTES - 1)).toBeNull()
    const scan = ScanWorker.start(SCAN_WORKER_MIN_BYTES)
    expect(scan).not.toBeNull()
    scan!.abandon()
  })
}) // prettier-ignore

describe('a manifest written back', () => {
  it('is its bytes, whatever the share of characters of 2, 3 and 4 bytes (the buffer grows)', () => {
    for (const ch of ['x', 'é', '日', '😀']) {
      for (let n = 1; n < 40; n += 3) {
        const keys = Array.from({ length: n }, (_, i) => `${String(i).padStart(3, '0')}${ch.repeat(i % 7)}`)
        const text = [HEAD, ...keys.map((k) => line(JSON.stringify(k)))].join('\n') + '\n'
        expect(Package.fromManifest(text).toManifest().equals(Buffer.from(text, 'utf-8'))).toBe(true)
      }
    }
  })
}) // prettier-ignore
