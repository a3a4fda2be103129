/**
 * The package model and its manifest: tree-walk order, manifest lines (read and write, byte for
 * byte like quilt3 8.0.0) and the top hash (spec §2, §4).
 */
import { Buffer, isUtf8 } from 'node:buffer'
import { createHash, type Hash } from 'node:crypto'
import {
  compareCodePoints,
  isPyObject,
  parsePyJson,
  pyObject,
  pyTruthy,
  quoteHashString,
  quoteManifestString,
  toHashJson,
  toManifestJson,
  JsonSyntaxError,
  LONE_SURROGATE,
  type PyObject,
  type PyValue
} from '../py/json.js'
import { PhysicalKey, validateLogicalKey } from './names.js'
import { ManifestError, QuiltError } from '../errors.js'
import { pyRepr } from '../py/repr.js'
import { SHA256_CHUNKED, type HashType, type QuiltHash } from './hash.js'

/** One file of a package. */
export interface Entry {
  logicalKey: string
  physicalKey: PhysicalKey
  /** The size in bytes (a manifest's float or huge integer as a JS number; NaN for a non-number). */
  size: number
  /**
   * The `size` a read manifest holds when `size` cannot stand for it exactly: a float (`3.0`), an
   * integer above 2^53, or any other JSON value. quilt3 `_load` keeps the value as it is, so it
   * is written and hashed back as read.
   */
  sizeValue?: PyValue
  /**
   * The hash object as written (`{"type", "value"}`), or null until computed. A read manifest's
   * other value is kept as it is (quilt3 `_load` does not check it); it names no content.
   */
  hash: PyValue
  /**
   * The entry's whole `meta` (user metadata lives under `user_meta`): an object for everything
   * quilt3 writes; a foreign manifest's other truthy value is kept as it is (quilt3 `meta or {}`).
   */
  meta: PyValue
}

/** How a manifest is read. */
export interface ReadOptions {
  /** Every line read by the exact parser (tests: the reference of the line-shape reader). */
  exact?: boolean
}

/** quilt3 `QUILT_MANIFEST_MAX_RECORD_SIZE` default. */
export const DEFAULT_MAX_RECORD_SIZE = 1_000_000

/** The record limit from `QUILT_MANIFEST_MAX_RECORD_SIZE`, as quilt3 reads it. */
export function maxRecordSizeFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.QUILT_MANIFEST_MAX_RECORD_SIZE
  if (!raw) return DEFAULT_MAX_RECORD_SIZE
  const n = pyInt(raw)
  if (n === null || n <= 0n) {
    throw new QuiltError('QUILT_MANIFEST_MAX_RECORD_SIZE must be a positive integer')
  }
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n)
}

/**
 * Python `int(text)` for the values people write: surrounding whitespace, a sign, `_` between
 * digits, compatibility digits such as fullwidth ones (NFKC). Other scripts' digits are refused.
 */
function pyInt(text: string): bigint | null {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(text.normalize('NFKC'))
  if (!m) return null
  const v = BigInt(m[2]!.replace(/_/g, ''))
  return m[1] === '-' ? -v : v
}

/** A hash object in quilt3's key order. */
export function hashObject(h: QuiltHash): PyObject {
  return pyObject([
    ['type', h.type],
    ['value', h.value]
  ])
}

/** The `{type, value}` of a hash object, when it has that shape. */
export function readHash(h: PyValue | undefined): QuiltHash | null {
  if (!isPyObject(h)) return null
  const type = h.get('type')
  const value = h.get('value')
  return typeof type === 'string' && typeof value === 'string' ? { type, value } : null
}

/**
 * Tree-walk order (spec §2.1): per level, by code point, which is comparing the `/`-separated
 * components in turn. Treating `/` as lower than every character gives the same order.
 */
export function compareLogicalKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) {
      if (x === 0x2f) return -1
      if (y === 0x2f) return 1
      return compareCodePoints(a.slice(i, i + 1), b.slice(i, i + 1))
    }
  }
  return a.length - b.length
}

/** An in-memory package: the package-line metadata, entries, directory metadata. */
export class Package {
  /** The package line (`version`, `user_meta`, `workflow`, `message`, ...), in order. */
  readonly meta: PyObject = pyObject([['version', 'v0']])
  private readonly entries = new Map<string, Entry>()
  /** Directories (`a`, `a/b`) that hold entries or metadata. */
  private readonly dirs = new Set<string>()
  /** Directory metadata by directory path (no trailing `/`). */
  private readonly dirMeta = new Map<string, PyValue>()
  /** Whether the entries were added in walk order (a read manifest's are): no sort to walk. */
  private inWalkOrder = true
  private lastKey: string | null = null
  /**
   * A read manifest's entries while they come in strict walk order, with no directory line and
   * no entry below another: no index is built (`get` searches them). Indexed on any other use.
   */
  private sortedEntries: Entry[] | null = null
  /** The directory of the last entry added: a known one. */
  private lastDir: string | null = null

  get size(): number {
    return this.sortedEntries?.length ?? this.entries.size
  }

  get(logicalKey: string): Entry | undefined {
    const list = this.sortedEntries
    if (list === null) return this.entries.get(logicalKey)
    let lo = 0
    let hi = list.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const c = compareLogicalKeys(list[mid]!.logicalKey, logicalKey)
      if (c === 0) return list[mid]
      if (c < 0) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }

  /** Add or replace an entry (quilt3 `Package._set` rules for keys and conflicts). */
  set(entry: Entry): void {
    validateLogicalKey(entry.logicalKey)
    this.index()
    this.insert(entry)
  }

  /** Index the entries kept in walk order (then every check runs as for any package). */
  private index(): void {
    const list = this.sortedEntries
    if (list === null) return
    this.sortedEntries = null
    for (const e of list) this.insert(e, true)
  }

  /** Add without validating the key (quilt3 `_load` takes keys from a manifest as they are). */
  private insert(entry: Entry, isNew = !this.entries.has(entry.logicalKey)): void {
    const key = entry.logicalKey
    if (this.dirs.has(key)) {
      throw new QuiltError(
        `Cannot overwrite directory ${pyRepr(key.split('/').pop()!)} with PackageEntry`
      )
    }
    const slash = key.lastIndexOf('/')
    // A directory already known has had each of its ancestors checked and added, and no entry
    // can be added at a known directory since: nothing to check again. Consecutive entries of
    // a read manifest mostly share theirs.
    if (slash >= 0 && !(slash === this.lastDir?.length && key.startsWith(this.lastDir))) {
      const dir = key.slice(0, slash)
      if (!this.dirs.has(dir)) this.ensureDirs(dir.split('/'))
      this.lastDir = dir
    }
    if (isNew) {
      if (this.lastKey !== null && compareLogicalKeys(this.lastKey, key) >= 0) {
        this.inWalkOrder = false
      }
      this.lastKey = key
    }
    this.entries.set(key, entry)
  }

  private ensureDirs(parts: string[]): void {
    for (let i = 1; i <= parts.length; i++) {
      const dir = parts.slice(0, i).join('/')
      if (this.entries.has(dir)) {
        throw new QuiltError(
          `Already a PackageEntry for ${pyRepr(parts[i - 1]!)} along the path [${parts.map(pyRepr).join(', ')}]: ${String(this.entries.get(dir)!.physicalKey)}`
        )
      }
      this.dirs.add(dir)
    }
  }

  /** Directory metadata (the `meta` of a directory line); `dir` without trailing `/`. */
  setDirMeta(dir: string, meta: PyValue): void {
    this.index()
    this.ensureDirs(dir.split('/'))
    this.dirMeta.set(dir, meta)
  }

  /** quilt3 `Package.set_meta`: the package's `user_meta` (any JSON value, null included). */
  setUserMeta(userMeta: PyValue): void {
    this.meta.set('user_meta', userMeta)
  }

  /** quilt3 `_set_commit_message`: `message` is always present after build/push. */
  setMessage(message: string | null): void {
    this.meta.set('message', message)
  }

  /** Entries in tree-walk order. */
  walk(): Entry[] {
    if (this.sortedEntries !== null) return this.sortedEntries.slice()
    const entries = [...this.entries.values()]
    return this.inWalkOrder
      ? entries
      : entries.sort((a, b) => compareLogicalKeys(a.logicalKey, b.logicalKey))
  }

  /** Directory lines in walk order (pre-order), only directories with truthy metadata. */
  dirLines(): { logicalKey: string; meta: PyValue }[] {
    return [...this.dirMeta.entries()]
      .filter(([, meta]) => pyTruthy(meta))
      .sort(([a], [b]) => compareLogicalKeys(a, b))
      .map(([dir, meta]) => ({ logicalKey: dir + '/', meta }))
  }

  /** The top hash (spec §4); every entry must have its hash. */
  topHash(entries: Entry[] = this.walk()): string {
    if (this.meta.has('top_hash')) throw new QuiltError("'top_hash' cannot be a metadata key")
    const h = createHash('sha256')
    h.update(toHashJson(this.meta))
    const w = new RecordWriter(h)
    for (const e of entries) {
      if (e instanceof LineEntry) e.writeHashRecord(w)
      else w.text(hashRecord(e))
    }
    w.flush()
    return h.digest('hex')
  }

  /**
   * The manifest bytes (spec §2): package line, directory lines (unless `withDirMeta` is false,
   * as push drops them), entry lines. Each record is checked against `maxRecordSize`.
   */
  toManifest(
    options: { withDirMeta?: boolean; maxRecordSize?: number; entries?: Entry[] } = {}
  ): Buffer {
    const limit = options.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE
    const lines: string[] = [checkRecord(toManifestJson(this.meta), null, limit)]
    if (options.withDirMeta ?? true) {
      for (const d of this.dirLines()) {
        const line = pyObject([
          ['logical_key', d.logicalKey],
          ['meta', d.meta]
        ])
        lines.push(checkRecord(toManifestJson(line), d.logicalKey, limit))
      }
    }
    for (const e of options.entries ?? this.walk()) {
      lines.push(checkRecord(entryLine(e), e.logicalKey, limit))
    }
    // The last newline joined in: `join(...) + '\n'` would be copied once more to be encoded.
    lines.push('')
    return Buffer.from(lines.join('\n'), 'utf-8')
  }

  /** Check the package line alone against the record limit (before any hashing). */
  checkMetaRecord(maxRecordSize = DEFAULT_MAX_RECORD_SIZE): void {
    checkRecord(toManifestJson(this.meta), null, maxRecordSize)
  }

  /**
   * Read a manifest's bytes as quilt3 `Package._from_path` does: strict UTF-8 (a byte order mark
   * is kept, and refused as JSON), then `fromManifest`. The package may keep `bytes` (its entries
   * read their fields from them on first use): they must not change afterwards. `exact` reads
   * every line with the exact parser (the reference the reading of quilt3's own lines is tested
   * against).
   */
  static fromManifestBytes(
    bytes: Uint8Array,
    resolveLocal?: (path: string) => string,
    { exact = false }: ReadOptions = {}
  ): Package {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    if (!isUtf8(buf)) throw new ManifestError("it is not UTF-8 ('utf-8' codec can't decode it)")
    // A `\r` makes the newline rules matter: the text is read whole then.
    if (buf.indexOf(0x0d) >= 0) {
      return Package.fromManifest(buf.toString('utf-8'), resolveLocal, { exact })
    }
    return Package.readBytes(buf, resolveLocal, exact)
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
  static fromManifest(
    text: string,
    resolveLocal?: (path: string) => string,
    { exact = false }: ReadOptions = {}
  ): Package {
    const normalized = text.replace(/\r\n?/g, '\n')
    // Text that UTF-8 can hold is read as its bytes (the lines of quilt3's shape without the
    // generic parser); a lone surrogate (only a string can hold one) leaves the exact parser alone.
    if (!LONE_SURROGATE.test(normalized)) {
      return Package.readBytes(Buffer.from(normalized, 'utf-8'), resolveLocal, exact)
    }
    const lines = normalized.split('\n')
    if (lines[lines.length - 1] === '') lines.pop()
    if (lines.length === 0) throw new ManifestError('it is empty')
    const pkg = new Package()
    lines.forEach((line, i) => {
      try {
        if (i === 0) pkg.readHead(line)
        else pkg.readLine(line, resolveLocal)
      } catch (e) {
        throw lineError(i + 1, e)
      }
    })
    return pkg
  }

  /**
   * Read the lines of UTF-8 `bytes` without `\r`: the runs between `\n` bytes (a byte below 0x80
   * is never part of a longer character), each decoded on its own when it must be.
   */
  private static readBytes(
    buf: Buffer,
    resolveLocal: ((path: string) => string) | undefined,
    exact: boolean
  ): Package {
    if (buf.length === 0) throw new ManifestError('it is empty')
    const pkg = new Package()
    pkg.sortedEntries = []
    let n = 0
    for (let pos = 0; pos < buf.length;) {
      let end = buf.indexOf(0x0a, pos)
      if (end < 0) end = buf.length
      n++
      try {
        if (n === 1) pkg.readHead(buf.toString('utf-8', pos, end))
        else {
          const fast = exact ? null : LineEntry.read(buf, pos, end)
          if (fast === null) pkg.readLine(buf.toString('utf-8', pos, end), resolveLocal)
          else pkg.readLineEntry(fast, resolveLocal)
        }
      } catch (e) {
        throw lineError(n, e)
      }
      pos = end + 1
    }
    return pkg
  }

  private readHead(line: string): void {
    const head = parseLine(line)
    head.delete('top_hash')
    this.meta.clear()
    for (const [k, v] of head) this.meta.set(k, v)
  }

  /** An entry line of quilt3's shape: checked as `readLine` checks it. */
  private readLineEntry(e: LineEntry, resolveLocal?: (path: string) => string): void {
    const list = this.sortedEntries
    if (list !== null) {
      const key = e.logicalKey
      const last = list[list.length - 1]?.logicalKey
      // After the last key, and not below it (an entry cannot be a directory): then neither a
      // duplicate nor a conflict with any entry before (those would sort between the two).
      if (
        last === undefined ||
        (compareLogicalKeys(last, key) < 0 &&
          !(key.charCodeAt(last.length) === 0x2f && key.startsWith(last)))
      ) {
        e.checkPhysicalKey(resolveLocal)
        list.push(e)
        return
      }
      this.index()
    }
    if (this.entries.has(e.logicalKey)) {
      throw new ManifestError(`Duplicate logical key ${pyRepr(e.logicalKey.split('/').pop()!)}`)
    }
    e.checkPhysicalKey(resolveLocal)
    this.insert(e, true)
  }

  /** Any line but the first, read by the exact parser. */
  private readLine(line: string, resolveLocal?: (path: string) => string): void {
    this.index()
    const obj = parseLine(line)
    const lk = obj.get('logical_key')
    if (typeof lk !== 'string') throw new ManifestError('no string "logical_key"')
    const pks = obj.get('physical_keys')
    if (pks === undefined || !pyTruthy(pks)) {
      this.setLoadedMeta(lk.split('/'), field(obj, 'meta'))
      return
    }
    if (this.entries.has(lk)) {
      throw new ManifestError(`Duplicate logical key ${pyRepr(lk.split('/').pop()!)}`)
    }
    const url = Array.isArray(pks) ? pks[0] : undefined
    if (typeof url !== 'string') throw new ManifestError('"physical_keys" is not a list of URLs')
    const size = field(obj, 'size')
    const hash = field(obj, 'hash')
    const meta = field(obj, 'meta')
    const exact = typeof size === 'bigint' && size >= 0n && size <= BigInt(Number.MAX_SAFE_INTEGER)
    this.insert({
      logicalKey: lk,
      physicalKey: PhysicalKey.fromUrl(url, resolveLocal),
      size: typeof size === 'bigint' || typeof size === 'number' ? Number(size) : NaN,
      ...(exact ? {} : { sizeValue: size }),
      hash,
      // quilt3: `self._meta = meta or {}`
      meta: pyTruthy(meta) ? meta : pyObject()
    })
  }

  /** quilt3 `_load` for a line without physical keys: `set_meta` on the key's parent node. */
  private setLoadedMeta(parts: string[], meta: PyValue): void {
    const node = parts.slice(0, -1)
    if (node.length === 0) {
      this.setUserMeta(meta)
      return
    }
    const key = node.join('/')
    const entry = this.entries.get(key)
    if (entry === undefined) {
      this.setDirMeta(key, meta)
      return
    }
    // The walk to the node stops at an entry: only the last step may reach one.
    this.ensureDirs(node.slice(0, -1))
    if (!isPyObject(entry.meta)) {
      throw new ManifestError(`cannot set metadata on ${pyRepr(key)}: its "meta" is not an object`)
    }
    entry.meta.set('user_meta', meta)
  }
}

/** An error met reading line `n`, told as quilt3's loading refusal of that line. */
function lineError(n: number, e: unknown): unknown {
  if (e instanceof JsonSyntaxError) {
    return new ManifestError(`line ${n}: ${e.reason} at column ${e.column}`)
  }
  if (e instanceof ManifestError) return new ManifestError(`line ${n}: ${e.reason}`)
  if (e instanceof QuiltError) return new ManifestError(`line ${n}: ${e.message}`)
  return e
}

/** One manifest line: a JSON object. */
function parseLine(line: string): PyObject {
  const v = parsePyJson(line)
  if (!isPyObject(v)) throw new ManifestError('not a JSON object')
  return v
}

/** A field quilt3 reads as `obj[name]` (a KeyError when it is missing). */
function field(obj: PyObject, name: string): PyValue {
  const v = obj.get(name)
  if (v === undefined) throw new ManifestError(`no ${JSON.stringify(name)}`)
  return v
}

/** An entry's record in the top hash (spec §4): `{"hash", "logical_key", "meta", "size"}`. */
function hashRecord(e: Entry): string {
  if (e.hash === null || e.sizeValue === null) {
    throw new QuiltError(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`)
  }
  const size = e.sizeValue === undefined ? String(e.size) : toHashJson(e.sizeValue)
  // Already in sorted key order.
  return `{"hash":${toHashJson(e.hash)},"logical_key":${quoteHashString(e.logicalKey)},"meta":${toHashJson(e.meta)},"size":${size}}`
}

// The entry line quilt3 writes (`PackageEntry.as_dict`, `json.dumps` with its default separators),
// piece by piece around its five values.
const LK_OPEN = ascii('{"logical_key": "')
const PK_OPEN = ascii('", "physical_keys": ["')
const SIZE_OPEN = ascii('"], "size": ')
const HASH_OPEN = ascii(', "hash": {"type": "')
const VALUE_OPEN = ascii('", "value": "')
const META_OPEN = ascii('"}, "meta": ')
const CHUNKED_TYPE = ascii(SHA256_CHUNKED)
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

/**
 * Whether the last string `plainStringEnd` read is printable ASCII (0x20-0x7e): its bytes are
 * its text in the top hash too (`ensure_ascii` escapes 0x7f and up).
 */
let lastStringPlain = true

/**
 * Where the string starting at `from` (just after its opening quote) ends, before `end`, when it
 * holds no escape and no control character (then its text is its bytes decoded); -1 otherwise.
 */
function plainStringEnd(bytes: Buffer, from: number, end: number): number {
  let plain = true
  for (let i = from; i < end; i++) {
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

function decode(bytes: Buffer, start: number, end: number, plain: boolean): string {
  return bytes.toString(plain ? 'latin1' : 'utf-8', start, end)
}

const S3_SCHEME = ascii('s3://')
const VERSION_QUERY = ascii('?versionId=')

/**
 * Whether the URL in `bytes[start, end)` (a plain string) is an `s3://` URL whose
 * `PhysicalKey.fromUrl` cannot fail: a bucket of `[A-Za-z0-9._-]`, `/`, a path without `?` or
 * `#`, at most a `?versionId=` without `&` or `#`. Such a URL is parsed on first use; any other
 * URL is parsed as its line is read, as quilt3 `_load` does.
 */
function isPlainS3Url(bytes: Buffer, start: number, end: number): boolean {
  if (!holds(bytes, start, S3_SCHEME)) return false
  let i = start + S3_SCHEME.length
  const bucketStart = i
  for (; i < end; i++) {
    const c = bytes[i]!
    const ok =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2e ||
      c === 0x5f ||
      c === 0x2d
    if (!ok) break
  }
  if (i === bucketStart || bytes[i] !== 0x2f) return false
  for (; i < end && bytes[i] !== 0x3f; i++) if (bytes[i] === 0x23) return false
  if (i === end) return true
  if (!holds(bytes, i, VERSION_QUERY)) return false
  for (i += VERSION_QUERY.length; i < end; i++) {
    if (bytes[i] === 0x26 || bytes[i] === 0x23) return false
  }
  return true
}

/** Top-hash records written as bytes, handed to the hash 64 KiB at a time. */
class RecordWriter {
  private readonly buf = Buffer.allocUnsafe(65536)
  private pos = 0
  constructor(private readonly hash: Hash) {}

  flush(): void {
    this.hash.update(this.buf.subarray(0, this.pos))
    this.pos = 0
  }

  /** Room for `n` more bytes (false: more than the buffer holds). */
  private room(n: number): boolean {
    if (this.pos + n > this.buf.length) this.flush()
    return n <= this.buf.length
  }

  /** Bytes, copied one by one (the pieces are short). */
  bytes(src: Uint8Array, start = 0, end = src.length): void {
    if (!this.room(end - start)) {
      this.hash.update(src.subarray(start, end))
      return
    }
    const buf = this.buf
    let p = this.pos
    for (let i = start; i < end; i++) buf[p++] = src[i]!
    this.pos = p
  }

  /** ASCII text (the top-hash form is ASCII: `ensure_ascii`). */
  text(s: string): void {
    if (!this.room(s.length)) {
      this.hash.update(s, 'latin1')
      return
    }
    this.pos += this.buf.write(s, this.pos, 'latin1')
  }

  /** A non-negative integer's digits (below 2^53). */
  digits(n: number): void {
    this.room(16)
    const buf = this.buf
    let end = this.pos
    for (let k = n; k >= 10; k = Math.floor(k / 10)) end++
    this.pos = end + 1
    for (let k = n; ; k = Math.floor(k / 10)) {
      buf[end--] = 0x30 + (k % 10)
      if (k < 10) break
    }
  }
}

// The pieces of an entry's top-hash record, `{"hash", "logical_key", "meta", "size"}`.
const REC_HASH = ascii('{"hash":{"type":"')
const REC_CHUNKED = ascii(`{"hash":{"type":"${SHA256_CHUNKED}","value":"`)
const REC_VALUE = ascii('","value":"')
const REC_LK = ascii('"},"logical_key":')
const REC_META = ascii(',"meta":')
const REC_SIZE = ascii(',"size":')
const REC_END = ascii('}')
const QUOTE = ascii('"')

/**
 * An entry read from a line of the exact shape quilt3 writes:
 * `{"logical_key": S, "physical_keys": [S], "size": N, "hash": {"type": S, "value": S}, "meta": M}`
 * with strings free of escapes and control characters, a size of at most 15 digits and an
 * object `M` (read by the exact parser). Such a line means what the exact parser reads in it.
 * The entry keeps the manifest's bytes and reads its physical key and hash from them on first
 * use, and its top-hash record is written from them while its hash and meta are untouched: a
 * million entries cost little more than their bytes. Any other line is read by the exact parser.
 */
class LineEntry implements Entry {
  private pk: PhysicalKey | undefined
  private hashValue: PyValue | undefined
  /** The meta when it is not `{}`, or once used; undefined for the line's `{}`. */
  private metaValue: PyValue | undefined

  private constructor(
    readonly logicalKey: string,
    readonly size: number,
    private readonly bytes: Buffer,
    private readonly urlStart: number,
    private readonly urlEnd: number,
    private readonly hashType: string,
    /** Whether the logical key is printable ASCII (its bytes are its top-hash text). */
    private readonly plainKey: boolean,
    /** Where the printable ASCII hash value is in `bytes`. */
    private readonly valueStart: number,
    private readonly valueEnd: number
  ) {}

  /** The entry of the line `bytes[start, end)` if it has quilt3's shape, else null. Never throws. */
  static read(bytes: Buffer, start: number, end: number): LineEntry | null {
    if (!holds(bytes, start, LK_OPEN)) return null
    const lkStart = start + LK_OPEN.length
    const lkEnd = plainStringEnd(bytes, lkStart, end)
    if (lkEnd < 0 || !holds(bytes, lkEnd, PK_OPEN)) return null
    const lkPlain = lastStringPlain
    const urlStart = lkEnd + PK_OPEN.length
    const urlEnd = plainStringEnd(bytes, urlStart, end)
    if (urlEnd < 0 || !holds(bytes, urlEnd, SIZE_OPEN)) return null
    const sizeStart = urlEnd + SIZE_OPEN.length
    let size = 0
    let sizeEnd = sizeStart
    for (let c = bytes[sizeEnd]!; c >= 0x30 && c <= 0x39; c = bytes[++sizeEnd]!) {
      size = size * 10 + (c - 0x30)
    }
    const digits = sizeEnd - sizeStart
    if (digits === 0 || digits > MAX_FAST_DIGITS) return null
    // JSON has no leading zero: `012` is not a number (the exact parser says why).
    if (digits > 1 && bytes[sizeStart] === 0x30) return null
    if (!holds(bytes, sizeEnd, HASH_OPEN)) return null
    const typeStart = sizeEnd + HASH_OPEN.length
    const typeEnd = plainStringEnd(bytes, typeStart, end)
    if (typeEnd < 0 || !holds(bytes, typeEnd, VALUE_OPEN)) return null
    const typePlain = lastStringPlain
    const valueStart = typeEnd + VALUE_OPEN.length
    const valueEnd = plainStringEnd(bytes, valueStart, end)
    if (valueEnd < 0 || !lastStringPlain || !holds(bytes, valueEnd, META_OPEN)) return null
    const metaStart = valueEnd + META_OPEN.length
    const last = end - 1
    if (bytes[last] !== 0x7d || bytes[metaStart] !== 0x7b) return null
    let meta: PyValue | undefined
    if (last - metaStart !== 2 || bytes[metaStart + 1] !== 0x7d) {
      // Any other object: read by the exact parser (what it refuses, the reading of the whole
      // line reports, with its place).
      try {
        meta = parsePyJson(bytes.toString('utf-8', metaStart, last))
      } catch {
        return null
      }
      if (!isPyObject(meta)) return null
      // quilt3: `self._meta = meta or {}`
      if (meta.size === 0) meta = undefined
    }
    const chunked =
      typeEnd - typeStart === CHUNKED_TYPE.length && holds(bytes, typeStart, CHUNKED_TYPE)
    const e = new LineEntry(
      decode(bytes, lkStart, lkEnd, lkPlain),
      size,
      bytes,
      urlStart,
      urlEnd,
      chunked ? SHA256_CHUNKED : decode(bytes, typeStart, typeEnd, typePlain),
      lkPlain,
      valueStart,
      valueEnd
    )
    e.metaValue = meta
    return e
  }

  private get url(): string {
    return this.bytes.toString('utf-8', this.urlStart, this.urlEnd)
  }

  /**
   * What quilt3 `_load` checks as it reads the line: its physical key (`PhysicalKey.from_url`),
   * parsed now unless it is a plain `s3://` URL, whose parsing cannot fail.
   */
  checkPhysicalKey(resolveLocal?: (path: string) => string): void {
    if (!isPlainS3Url(this.bytes, this.urlStart, this.urlEnd)) {
      this.pk = PhysicalKey.fromUrl(this.url, resolveLocal)
    }
  }

  get physicalKey(): PhysicalKey {
    return (this.pk ??= PhysicalKey.fromUrl(this.url))
  }

  set physicalKey(pk: PhysicalKey) {
    this.pk = pk
  }

  get hash(): PyValue {
    if (this.hashValue === undefined) {
      this.hashValue = hashObject({ type: this.hashType, value: this.value() })
    }
    return this.hashValue
  }

  set hash(h: PyValue) {
    this.hashValue = h
  }

  get meta(): PyValue {
    return (this.metaValue ??= pyObject())
  }

  set meta(m: PyValue) {
    this.metaValue = m
  }

  private value(): string {
    return this.bytes.toString('latin1', this.valueStart, this.valueEnd)
  }

  /** The top-hash record, from the line's bytes while the hash is the line's. */
  writeHashRecord(w: RecordWriter): void {
    if (this.hashValue !== undefined) {
      w.text(hashRecord(this))
      return
    }
    if (this.hashType === SHA256_CHUNKED) w.bytes(REC_CHUNKED)
    else {
      w.bytes(REC_HASH)
      w.text(quoteHashString(this.hashType).slice(1, -1))
      w.bytes(REC_VALUE)
    }
    w.bytes(this.bytes, this.valueStart, this.valueEnd)
    w.bytes(REC_LK)
    // A printable ASCII key: as many bytes as characters, and no escape in either form.
    if (this.plainKey) {
      w.bytes(QUOTE)
      const keyEnd = this.urlStart - PK_OPEN.length
      w.bytes(this.bytes, keyEnd - this.logicalKey.length, keyEnd)
      w.bytes(QUOTE)
    } else w.text(quoteHashString(this.logicalKey))
    w.bytes(REC_META)
    if (this.metaValue === undefined) w.text('{}')
    else w.text(toHashJson(this.metaValue))
    w.bytes(REC_SIZE)
    w.digits(this.size)
    w.bytes(REC_END)
  }
}

function entryLine(e: Entry): string {
  if (e.hash === null) {
    throw new QuiltError(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`)
  }
  // quilt3 `PackageEntry.as_dict` order: logical_key, physical_keys, size, hash, meta.
  const size = e.sizeValue === undefined ? String(e.size) : toManifestJson(e.sizeValue)
  return `{"logical_key": ${quoteManifestString(e.logicalKey)}, "physical_keys": [${quoteManifestString(String(e.physicalKey))}], "size": ${size}, "hash": ${toManifestJson(e.hash)}, "meta": ${toManifestJson(e.meta)}}`
}

function checkRecord(line: string, logicalKey: string | null, limit: number): string {
  const size = Buffer.byteLength(line, 'utf-8')
  if (size > limit) {
    const what =
      logicalKey === null ? 'package metadata' : `entry with logical key ${pyRepr(logicalKey)}`
    throw new QuiltError(
      `Size of manifest record for ${what} is ${size} bytes, but must be less than ${limit} bytes. ` +
        'Quilt recommends less than 1 MB of metadata per object, and less than 1 MB of package-level metadata. ' +
        'This enables S3 select, Athena and downstream services to work correctly. ' +
        'This limit can be overridden with the QUILT_MANIFEST_MAX_RECORD_SIZE environment variable.'
    )
  }
  return line
}

/** An empty `meta` that refuses changes: shared by every new entry (one Map, not one each). */
class EmptyMeta extends Map<string, PyValue> {
  override set(): this {
    throw new Error('the shared empty meta cannot change: give the entry a meta of its own')
  }
  override delete(): boolean {
    throw new Error('the shared empty meta cannot change: give the entry a meta of its own')
  }
  override clear(): void {
    throw new Error('the shared empty meta cannot change: give the entry a meta of its own')
  }
}

/** The `{}` meta of new entries (quilt3 writes `"meta": {}` for a file set without metadata). */
export const NO_META: PyObject = new EmptyMeta()

/** A new entry's hash object, of the type the run writes (default `sha2-256-chunked`). */
export function newHash(value: string, type: HashType = SHA256_CHUNKED): PyObject {
  return hashObject({ type, value })
}

/**
 * A file build or push adds to a package (not one read from a manifest). A hash of quilt3's
 * shape (`{"type", "value"}`, two strings, in that order) is kept as its two strings, not as a
 * Map: a Map per entry costs about 250 bytes, a quarter of a gigabyte for a million files.
 * Reading `hash` gives that object, a new one each time that refuses changes (set `hash` to
 * change it); any other value is kept as it is.
 */
export class NewEntry implements Entry {
  /** The hash type when the hash is kept as its two strings (`hashValue` is its value). */
  private hashType: string | null = null
  /** The hash value (a string) after `hashType`, else the whole hash as it was set. */
  private hashValue: PyValue = null

  constructor(
    public logicalKey: string,
    public physicalKey: PhysicalKey,
    public size: number,
    public meta: PyValue = NO_META
  ) {}

  get hash(): PyValue {
    const type = this.hashType
    return type === null ? this.hashValue : new HashView(type, this.hashValue as string)
  }

  set hash(h: PyValue) {
    if (isPyObject(h) && h.size === 2 && h.keys().next().value === 'type') {
      const type = h.get('type')
      const value = h.get('value')
      if (typeof type === 'string' && typeof value === 'string') {
        this.hashType = type
        this.hashValue = value
        return
      }
    }
    this.hashType = null
    this.hashValue = h
  }
}

/** The `{type, value}` object of a `NewEntry`'s hash, made when it is read: it cannot change. */
class HashView extends Map<string, PyValue> {
  constructor(type: string, value: string) {
    super()
    super.set('type', type)
    super.set('value', value)
  }
  override set(): this {
    throw new Error("an entry's hash object cannot change: set the entry's hash instead")
  }
  override delete(): boolean {
    throw new Error("an entry's hash object cannot change: set the entry's hash instead")
  }
  override clear(): void {
    throw new Error("an entry's hash object cannot change: set the entry's hash instead")
  }
}
