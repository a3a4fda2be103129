/**
 * The line scanner of manifest reading: whether an entry line has the exact shape quilt3 writes,
 * and where its fields are, without making a string or an object (used by `LineIndex` in
 * manifest.ts, and by the scanning of large manifests, format/scan-worker.ts).
 *
 * `lineScanner` is self-contained: it refers to nothing outside itself, so that a worker can run
 * it from its source text as the main thread runs it, the same code.
 */
import type { Buffer } from 'node:buffer'
import { SHA256_CHUNKED } from './hash.js'

/** Where the fields of the lines scanned are kept: what `LineIndex` holds, or a worker fills. */
export interface LineTable {
  /** Each line's first byte. */
  starts: Float64Array
  /** Per line, `STRIDE` places relative to its start (the `field` layout). */
  places: Uint32Array
  /** Per line, its `flag` bits. */
  flags: Uint8Array
  /** Lines kept. */
  length: number
}

/** The scanner (`chunkedType`: the `sha2-256-chunked` hash type, whose lines are flagged). */
export function lineScanner(chunkedType: string) {
  /** A constant text, and its bytes as little-endian 4-byte words (compared 4 bytes at a time). */
  class Piece {
    readonly bytes: Uint8Array
    readonly words: Int32Array
    readonly length: number
    constructor(text: string) {
      this.bytes = ascii(text)
      this.length = this.bytes.length
      const view = new DataView(this.bytes.buffer)
      this.words = Int32Array.from({ length: this.bytes.length >>> 2 }, (_, k) =>
        view.getInt32(k * 4, true)
      )
    }
  }

  // The entry line quilt3 writes (`PackageEntry.as_dict`, `json.dumps` with its default separators),
  // piece by piece around its five values.
  const LK_OPEN = new Piece('{"logical_key": "')
  const PK_OPEN = new Piece('", "physical_keys": ["')
  const SIZE_OPEN = new Piece('"], "size": ')
  const HASH_OPEN = new Piece(', "hash": {"type": "')
  const VALUE_OPEN = new Piece('", "value": "')
  const META_OPEN = new Piece('"}, "meta": ')
  const CHUNKED_TYPE = new Piece(chunkedType)
  /** The most digits a size may have to be read here: any 15-digit integer is below 2^53. */
  const MAX_FAST_DIGITS = 15

  function ascii(s: string): Uint8Array {
    return Uint8Array.from(s, (c) => c.charCodeAt(0))
  }

  /** Whether `bytes` holds `text` at `at`. */
  function holds(bytes: Buffer, at: number, text: Uint8Array): boolean {
    if (at + text.length > bytes.length) return false
    for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text[i]) return false
    return true
  }

  /** `holds` for a piece, through `view` (the bytes' DataView). */
  function holdsPiece(view: DataView, at: number, piece: Piece): boolean {
    const text = piece.bytes
    if (at + text.length > view.byteLength) return false
    const words = piece.words
    for (let k = 0; k < words.length; k++)
      if (view.getInt32(at + k * 4, true) !== words[k]) return false
    for (let i = words.length * 4; i < text.length; i++) {
      if (view.getUint8(at + i) !== text[i]) return false
    }
    return true
  }

  /**
   * Whether the last string `plainStringEnd` read is printable ASCII (0x20-0x7e): its bytes are
   * its text in the top hash too (`ensure_ascii` escapes 0x7f and up).
   */
  let lastStringPlain = true

  /**
   * The 4-byte words of `bytes` (word `w` is bytes `4w` to `4w + 3`), to skip plain text 4 bytes at
   * a time; null when the bytes do not start on a word boundary.
   */
  function wordsOf(bytes: Buffer): Int32Array | null {
    if (bytes.byteOffset % 4 !== 0) return null
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2)
  }

  /**
   * Whether a byte of the word `x` is `"`, `\\`, a control character or 0x7f and up (exact as a
   * yes or no: the classic "has a zero byte" tests, on bytes below 0x80).
   */
  function hasStringStop(x: number): boolean {
    const q = x ^ 0x22222222
    const b = x ^ 0x5c5c5c5c
    const d = x ^ 0x7f7f7f7f
    const t =
      ((q - 0x01010101) & ~q) |
      ((b - 0x01010101) & ~b) |
      ((d - 0x01010101) & ~d) |
      ((x - 0x20202020) & ~x) |
      x
    return (t & 0x80808080) !== 0
  }

  /**
   * The first position from `i` (a multiple of 4), before `end`, of a word with a byte that ends a
   * plain string (`hasStringStop`), or of the last incomplete word.
   */
  function skipStringWords(words: Int32Array, i: number, end: number): number {
    let w = i >>> 2
    const last = Math.floor(end / 4)
    while (w < last && !hasStringStop(words[w]!)) w++
    return w * 4
  }

  /** `hasStringStop`, or a byte is `?` or `#`: where a plain path of an `s3://` URL stops. */
  function hasPathStop(x: number): boolean {
    const q = x ^ 0x3f3f3f3f
    const h = x ^ 0x23232323
    return (
      hasStringStop(x) || ((((q - 0x01010101) & ~q) | ((h - 0x01010101) & ~h)) & 0x80808080) !== 0
    )
  }

  /** `hasStringStop`, or a byte is `&` or `#`: where a plain version ID stops. */
  function hasVersionStop(x: number): boolean {
    const a = x ^ 0x26262626
    const h = x ^ 0x23232323
    return (
      hasStringStop(x) || ((((a - 0x01010101) & ~a) | ((h - 0x01010101) & ~h)) & 0x80808080) !== 0
    )
  }

  /** `skipStringWords` for `hasPathStop`. */
  function skipPathWords(words: Int32Array, i: number, end: number): number {
    let w = i >>> 2
    const last = Math.floor(end / 4)
    while (w < last && !hasPathStop(words[w]!)) w++
    return w * 4
  }

  /** `skipStringWords` for `hasVersionStop`. */
  function skipVersionWords(words: Int32Array, i: number, end: number): number {
    let w = i >>> 2
    const last = Math.floor(end / 4)
    while (w < last && !hasVersionStop(words[w]!)) w++
    return w * 4
  }

  /**
   * Where the string starting at `from` (just after its opening quote) ends, before `end`, when it
   * holds no escape and no control character (then its text is its bytes decoded); -1 otherwise.
   * `words`: the bytes' words (`wordsOf`), to skip plain text faster.
   */
  function plainStringEnd(
    bytes: Buffer,
    from: number,
    end: number,
    words: Int32Array | null = null
  ): number {
    let plain = true
    for (let i = from; i < end; i++) {
      if (words !== null && (i & 3) === 0) {
        i = skipStringWords(words, i, end)
        if (i >= end) break
      }
      const c = bytes[i]!
      if (c === 0x22) {
        lastStringPlain = plain
        return i
      }
      if (c === 0x5c || c < 0x20) return -1
      if (c >= 0x7f) plain = false
    }
    return -1
  }

  const S3_SCHEME = new Piece('s3://')
  const VERSION_QUERY = new Piece('?versionId=')

  /** The bytes of a bucket name this reading takes: `[A-Za-z0-9._-]` (1; others 0). */
  const BUCKET_BYTES = Uint8Array.from({ length: 256 }, (_, c) =>
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x2d
      ? 1
      : 0
  )

  /**
   * Whether the last URL `urlStringEnd` read is an `s3://` URL whose `PhysicalKey.fromUrl` cannot
   * fail: a bucket of `[A-Za-z0-9._-]`, `/`, a path without `?` or `#`, at most a `?versionId=`
   * without `&` or `#`. Such a URL is parsed on first use; any other URL is parsed as its line is
   * read, as quilt3 `_load` does.
   */
  let lastUrlPlainS3 = false

  /** `plainStringEnd` for a URL, which also tells `lastUrlPlainS3`: the string read once. */
  function urlStringEnd(
    bytes: Buffer,
    view: DataView,
    from: number,
    end: number,
    words: Int32Array | null
  ): number {
    lastUrlPlainS3 = false
    if (!holdsPiece(view, from, S3_SCHEME)) return plainStringEnd(bytes, from, end, words)
    let i = from + S3_SCHEME.length
    const bucketStart = i
    while (i < end && BUCKET_BYTES[bytes[i]!] === 1) i++
    if (i === bucketStart || bytes[i] !== 0x2f) return plainStringEnd(bytes, from, end, words)
    // The path.
    for (; i < end; i++) {
      if (words !== null && (i & 3) === 0) {
        i = skipPathWords(words, i, end)
        if (i >= end) return -1
      }
      const c = bytes[i]!
      if (c === 0x22) {
        lastUrlPlainS3 = true
        return i
      }
      if (c === 0x5c || c < 0x20) return -1
      if (c === 0x3f) break
      if (c === 0x23) return plainStringEnd(bytes, i, end, words)
    }
    if (i >= end) return -1
    if (!holdsPiece(view, i, VERSION_QUERY)) return plainStringEnd(bytes, i, end, words)
    // The version ID.
    for (i += VERSION_QUERY.length; i < end; i++) {
      if (words !== null && (i & 3) === 0) {
        i = skipVersionWords(words, i, end)
        if (i >= end) return -1
      }
      const c = bytes[i]!
      if (c === 0x22) {
        lastUrlPlainS3 = true
        return i
      }
      if (c === 0x5c || c < 0x20) return -1
      if (c === 0x26 || c === 0x23) return plainStringEnd(bytes, i, end, words)
    }
    return -1
  }

  // What the table keeps of each line, relative to its start: where its fields end.
  const LK_END = 0
  const URL_END = 1
  const SIZE_END = 2
  const TYPE_END = 3
  const VALUE_END = 4
  const LINE_END = 5
  const STRIDE = 6
  // And its flags.
  /** The logical key is printable ASCII (its bytes are its top-hash text). */
  const KEY_PLAIN = 1
  /** The hash type is printable ASCII. */
  const TYPE_PLAIN = 2
  /** The hash type is `sha2-256-chunked`. */
  const CHUNKED = 4
  /** The meta is empty (`{}`, which quilt3 reads as `meta or {}`). */
  const META_EMPTY = 8
  /** The URL is an `s3://` URL whose parsing cannot fail (`lastUrlPlainS3`). */
  const PLAIN_S3 = 16

  /** Where `plainObjectMembers` and its helpers are in the bytes. */
  let cursor = 0
  /** Nesting deeper than this is left to the exact parser. */
  const MAX_PLAIN_DEPTH = 64

  /**
   * Whether `bytes[start, end)` is one JSON object the exact parser reads as it is (no allocation):
   * its number of members (0 or 1: some), or -1 when it is not such an object or the check is not
   * sure. Stricter than the parser, never looser: only spaces between tokens, no `NaN` or
   * `Infinity`, numbers whose value a double holds (at most 15 digits before the exponent, an
   * exponent of at most 2 digits, integers of at most 300 digits), `\\u` escapes outside the
   * surrogates, at most 64 levels deep.
   */
  function plainObjectMembers(bytes: Buffer, start: number, end: number): number {
    if (bytes[start] !== 0x7b) return -1
    cursor = start + 1
    skipSpaces(bytes, end)
    const empty = bytes[cursor] === 0x7d
    cursor = start
    if (!plainValue(bytes, end, 0) || cursor !== end) return -1
    return empty ? 0 : 1
  }

  function skipSpaces(bytes: Buffer, end: number): void {
    while (cursor < end && bytes[cursor] === 0x20) cursor++
  }

  /** Past the value at `cursor` (moving it), when it is plain (`plainObjectMembers`). */
  function plainValue(bytes: Buffer, end: number, depth: number): boolean {
    if (cursor >= end) return false
    const c = bytes[cursor]!
    if (c === 0x22) return plainString(bytes, end)
    if (c === 0x7b || c === 0x5b) {
      if (depth >= MAX_PLAIN_DEPTH) return false
      const close = c + 2 // `}` or `]`
      cursor++
      skipSpaces(bytes, end)
      if (bytes[cursor] === close) {
        cursor++
        return true
      }
      for (;;) {
        if (c === 0x7b) {
          if (bytes[cursor] !== 0x22 || !plainString(bytes, end)) return false
          skipSpaces(bytes, end)
          if (bytes[cursor] !== 0x3a) return false
          cursor++
          skipSpaces(bytes, end)
        }
        if (!plainValue(bytes, end, depth + 1)) return false
        skipSpaces(bytes, end)
        if (cursor >= end) return false
        const d = bytes[cursor++]
        if (d === close) return true
        if (d !== 0x2c) return false
        skipSpaces(bytes, end)
      }
    }
    if (c === 0x74) return word(bytes, end, TRUE)
    if (c === 0x66) return word(bytes, end, FALSE)
    if (c === 0x6e) return word(bytes, end, NULL)
    return plainNumber(bytes, end)
  }

  const TRUE = ascii('true')
  const FALSE = ascii('false')
  const NULL = ascii('null')

  function word(bytes: Buffer, end: number, w: Uint8Array): boolean {
    if (cursor + w.length > end || !holds(bytes, cursor, w)) return false
    cursor += w.length
    return true
  }

  function isDigit(c: number | undefined): boolean {
    return c !== undefined && c >= 0x30 && c <= 0x39
  }

  /** `-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?`, of a size any double holds (see above). */
  function plainNumber(bytes: Buffer, end: number): boolean {
    if (bytes[cursor] === 0x2d) cursor++
    const intStart = cursor
    if (bytes[cursor] === 0x30) cursor++
    else while (cursor < end && isDigit(bytes[cursor])) cursor++
    const intDigits = cursor - intStart
    if (intDigits === 0) return false
    let float = false
    let digits = intDigits
    if (cursor < end && bytes[cursor] === 0x2e) {
      float = true
      const from = ++cursor
      while (cursor < end && isDigit(bytes[cursor])) cursor++
      if (cursor === from) return false
      digits += cursor - from
    }
    if (cursor < end && (bytes[cursor] === 0x65 || bytes[cursor] === 0x45)) {
      float = true
      cursor++
      if (cursor < end && (bytes[cursor] === 0x2b || bytes[cursor] === 0x2d)) cursor++
      const from = cursor
      while (cursor < end && isDigit(bytes[cursor])) cursor++
      if (cursor === from || cursor - from > 2) return false
    }
    // Far from a double's overflow (below 1e115) and from Python's limit on int digits.
    return float ? digits <= 15 : intDigits <= 300
  }

  /** Past the string at `cursor` (its opening quote), escapes checked. */
  function plainString(bytes: Buffer, end: number): boolean {
    for (let i = cursor + 1; i < end; i++) {
      const c = bytes[i]!
      if (c === 0x22) {
        cursor = i + 1
        return true
      }
      if (c < 0x20) return false
      if (c !== 0x5c) continue
      const e = bytes[++i]
      if (e === 0x75) {
        if (i + 4 >= end) return false
        let unit = 0
        for (let k = 1; k <= 4; k++) {
          const h = bytes[i + k]!
          const v =
            h >= 0x30 && h <= 0x39
              ? h - 0x30
              : h >= 0x61 && h <= 0x66
                ? h - 0x57
                : h >= 0x41 && h <= 0x46
                  ? h - 0x37
                  : -1
          if (v < 0) return false
          unit = unit * 16 + v
        }
        if (unit >= 0xd800 && unit <= 0xdfff) return false
        i += 4
      } else if (
        e !== 0x22 &&
        e !== 0x5c &&
        e !== 0x2f &&
        e !== 0x62 &&
        e !== 0x66 &&
        e !== 0x6e &&
        e !== 0x72 &&
        e !== 0x74
      ) {
        return false
      }
    }
    return false
  }

  /**
   * Index the line `bytes[start, end)` in `t` (which has room for one more) if it has quilt3's
   * shape: its index, else -1 (nothing kept). `words` and `view`: the bytes' (`wordsOf`, a
   * DataView). Never throws.
   */
  function scan(
    t: LineTable,
    bytes: Buffer,
    words: Int32Array | null,
    view: DataView,
    start: number,
    end: number
  ): number {
    if (!holdsPiece(view, start, LK_OPEN)) return -1
    const lkStart = start + LK_OPEN.length
    const lkEnd = plainStringEnd(bytes, lkStart, end, words)
    if (lkEnd < 0 || !holdsPiece(view, lkEnd, PK_OPEN)) return -1
    let flags = lastStringPlain ? KEY_PLAIN : 0
    const urlStart = lkEnd + PK_OPEN.length
    const urlEnd = urlStringEnd(bytes, view, urlStart, end, words)
    if (urlEnd < 0 || !holdsPiece(view, urlEnd, SIZE_OPEN)) return -1
    const sizeStart = urlEnd + SIZE_OPEN.length
    let sizeEnd = sizeStart
    for (let c = bytes[sizeEnd]!; c >= 0x30 && c <= 0x39; c = bytes[++sizeEnd]!);
    const digits = sizeEnd - sizeStart
    if (digits === 0 || digits > MAX_FAST_DIGITS) return -1
    // JSON has no leading zero: `012` is not a number (the exact parser says why).
    if (digits > 1 && bytes[sizeStart] === 0x30) return -1
    if (!holdsPiece(view, sizeEnd, HASH_OPEN)) return -1
    const typeStart = sizeEnd + HASH_OPEN.length
    // Most often `sha2-256-chunked` (then its end is known).
    const chunked =
      holdsPiece(view, typeStart, CHUNKED_TYPE) && bytes[typeStart + CHUNKED_TYPE.length] === 0x22
    const typeEnd = chunked
      ? typeStart + CHUNKED_TYPE.length
      : plainStringEnd(bytes, typeStart, end)
    if (typeEnd < 0 || !holdsPiece(view, typeEnd, VALUE_OPEN)) return -1
    if (chunked || lastStringPlain) flags |= TYPE_PLAIN
    if (chunked) flags |= CHUNKED
    const valueStart = typeEnd + VALUE_OPEN.length
    const valueEnd = plainStringEnd(bytes, valueStart, end, words)
    if (valueEnd < 0 || !lastStringPlain || !holdsPiece(view, valueEnd, META_OPEN)) return -1
    const metaStart = valueEnd + META_OPEN.length
    const last = end - 1
    if (bytes[last] !== 0x7d || bytes[metaStart] !== 0x7b) return -1
    if (last - metaStart === 2 && bytes[metaStart + 1] === 0x7d) flags |= META_EMPTY
    else {
      // Any other object: checked here without being read (it is read when used); what the
      // check is not sure of, the exact parser reads (and what it refuses, the reading of the
      // whole line reports, with its place).
      const members = plainObjectMembers(bytes, metaStart, last)
      if (members < 0) return -1
      // quilt3: `self._meta = meta or {}`
      if (members === 0) flags |= META_EMPTY
    }
    if (lastUrlPlainS3) flags |= PLAIN_S3
    const i = t.length
    t.starts[i] = start
    const p = i * STRIDE
    const places = t.places
    places[p + LK_END] = lkEnd - start
    places[p + URL_END] = urlEnd - start
    places[p + SIZE_END] = sizeEnd - start
    places[p + TYPE_END] = typeEnd - start
    places[p + VALUE_END] = valueEnd - start
    places[p + LINE_END] = end - start
    t.flags[i] = flags
    t.length = i + 1
    return i
  }

  /** Whether line `j`'s key sorts after line `i`'s and is not below it (`i`'s key + `/`...). */
  function follows(t: LineTable, bytes: Buffer, view: DataView, i: number, j: number): boolean {
    const a = t.starts[i]! + LK_OPEN.length
    const aLength = t.starts[i]! + t.places[i * STRIDE + LK_END]! - a
    const b = t.starts[j]! + LK_OPEN.length
    const bLength = t.starts[j]! + t.places[j * STRIDE + LK_END]! - b
    const n = Math.min(aLength, bLength)
    // The first byte that differs (the common start 4 bytes at a time), else `n`.
    let d = 0
    while (d + 4 <= n && view.getInt32(a + d) === view.getInt32(b + d)) d += 4
    while (d < n && bytes[a + d] === bytes[b + d]) d++
    if (d < n) {
      const x = bytes[a + d]!
      const y = bytes[b + d]!
      // `/` is below every other character (and never part of a longer one).
      return x === 0x2f || (y !== 0x2f && x < y)
    }
    // `i`'s key starts `j`'s: after it unless the same, and not below it (`i`'s key + `/`...).
    return bLength > aLength && bytes[b + aLength] !== 0x2f
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
    MIN_LINE:
      LK_OPEN.length +
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
  }
}

/** The scanner's functions and layout. */
export type LineScanner = ReturnType<typeof lineScanner>

/** This thread's scanner. */
export const LINE_SCANNER = lineScanner(SHA256_CHUNKED)
