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
import { CRC64NVME, SHA256_CHUNKED, type HashType, type QuiltHash } from './hash.js'
import { LINE_SCANNER as SCAN, type LineTable } from './line-scan.js'
import { ScanWorker } from './scan-worker.js'

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

/** A manifest read as its bytes arrive (`Package.readWhileArriving`). */
export interface ManifestArrival {
  /** The buffer the bytes go to (of the manifest's length). */
  readonly bytes: Buffer
  /** Bytes `[0, n)` of the buffer are in (`n` never decreases). */
  arrived(n: number): void
  /** Every byte is in: the package, as `Package.fromManifestBytes` reads it (or its error). */
  finish(): Promise<Package>
  /** The bytes will not all arrive: nothing more is read (a worker stops). */
  abandon(): void
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

/**
 * Whether each key sorts after the one before (walk order, no duplicate) and is not below it
 * (an entry cannot also be a directory): then no two entries conflict.
 */
function inStrictWalkOrder(entries: readonly Entry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    const before = entries[i - 1]!.logicalKey
    const key = entries[i]!.logicalKey
    if (compareLogicalKeys(before, key) >= 0) return false
    if (
      key.length > before.length &&
      key.charCodeAt(before.length) === 0x2f &&
      key.startsWith(before)
    )
      return false
  }
  return true
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
  /**
   * A read manifest's entry lines of quilt3's shape (each one's fields are places in the bytes).
   * While `lazy`, they are all the entries, in strict walk order: no entry is made until one is
   * asked for (`get`), and `walk` makes them all (then `sortedEntries` holds them).
   */
  private lines: LineIndex | null = null
  private lazy = false
  /** The directory of the last entry added: a known one. */
  private lastDir: string | null = null

  get size(): number {
    if (this.lazy) return this.lines!.length
    return this.sortedEntries?.length ?? this.entries.size
  }

  get(logicalKey: string): Entry | undefined {
    if (this.lazy) return this.lines!.find(logicalKey)
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

  /**
   * `set` each of `entries`. Into an empty package, entries already in strict walk order with
   * none below another (a folder's listing) are kept as they come: no index is built.
   */
  setAll(entries: readonly Entry[]): void {
    if (this.isEmpty() && inStrictWalkOrder(entries)) {
      for (const e of entries) validateLogicalKey(e.logicalKey)
      this.sortedEntries = entries.slice()
      return
    }
    for (const e of entries) this.set(e)
  }

  private isEmpty(): boolean {
    return (
      !this.lazy && this.sortedEntries === null && this.entries.size === 0 && this.dirs.size === 0
    )
  }

  /**
   * The logical key and size of each entry, in walk order, without making the entries of a read
   * manifest (a parent of a million entries costs a string and a number at a time).
   */
  *keysAndSizes(): Generator<{ logicalKey: string; size: number }> {
    if (!this.lazy) {
      for (const e of this.walk()) yield { logicalKey: e.logicalKey, size: e.size }
      return
    }
    const lines = this.lines!
    for (let i = 0; i < lines.length; i++) yield lines.keyAndSize(i)
  }

  /** The lines of a read manifest made into its entries, kept in walk order. */
  private unfold(): void {
    if (!this.lazy) return
    this.lazy = false
    this.sortedEntries = this.lines!.entries()
  }

  /** Index the entries kept in walk order (then every check runs as for any package). */
  private index(): void {
    this.unfold()
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
    this.unfold()
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
  topHash(entries?: Entry[]): string {
    if (this.meta.has('top_hash')) throw new QuiltError("'top_hash' cannot be a metadata key")
    const h = createHash('sha256')
    h.update(toHashJson(this.meta))
    const w = new RecordWriter(h)
    // A read manifest's lines: their records from their bytes, no entry made.
    if (entries === undefined && this.lazy) this.lines!.writeHashRecords(w)
    for (const e of entries ?? (this.lazy ? [] : this.walk())) {
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
    return encodeLines(lines)
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
    const reader = Package.lineReader(buf, resolveLocal, exact)
    reader.read(buf.length)
    return reader.pkg
  }

  /**
   * The reading of `readBytes`, resumable: `read(upTo)` reads the lines not read yet that end
   * before `upTo` (a line ends at its `\n`, the last one at the end of `buf`), and no byte at or
   * after `upTo`. Reading in steps reads the same lines the same way as reading at once.
   */
  private static lineReader(
    buf: Buffer,
    resolveLocal: ((path: string) => string) | undefined,
    exact = false,
    scanned?: { table: LineTable; n: number; pos: number; headEnd: number }
  ): { pkg: Package; read: (upTo: number) => void } {
    const pkg = new Package()
    const lines = (pkg.lines = new LineIndex(buf, resolveLocal, scanned?.table))
    pkg.lazy = true
    let n = 0
    let pos = 0
    if (scanned !== undefined && scanned.n > 0) {
      // The first line, then the lines scanned: each one after the one before it, as `readLineAt`
      // takes them (lazily) without a question.
      n = 1
      try {
        pkg.readHead(buf.toString('utf-8', 0, scanned.headEnd))
      } catch (e) {
        throw lineError(1, e)
      }
      n = scanned.n
      pos = scanned.pos
    }
    const read = (upTo: number): void => {
      // The bytes that have arrived: no `\n` searched for beyond them.
      const arrived = upTo === buf.length ? buf : buf.subarray(0, upTo)
      while (pos < upTo) {
        let end = arrived.indexOf(0x0a, pos)
        if (end < 0) {
          if (upTo < buf.length) return
          end = buf.length
        }
        n++
        try {
          if (n === 1) pkg.readHead(buf.toString('utf-8', pos, end))
          else {
            const i = exact ? -1 : lines.scan(pos, end)
            if (i < 0) pkg.readLine(buf.toString('utf-8', pos, end), resolveLocal)
            else pkg.readLineAt(i)
          }
        } catch (e) {
          throw lineError(n, e)
        }
        pos = end + 1
      }
    }
    return { pkg, read }
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
  static readWhileArriving(
    length: number,
    options: { worker?: boolean; segment?: number } = {}
  ): ManifestArrival {
    const scan =
      options.worker === false
        ? null
        : ScanWorker.start(length, { force: options.worker, segment: options.segment })
    if (scan === null) return Package.readInThread(Buffer.allocUnsafe(length))
    const bytes = scan.bytes
    return {
      bytes,
      arrived: (n) => scan.arrived(n),
      async finish(): Promise<Package> {
        const r = await scan.result()
        if (r === null || r.bad) return Package.fromManifestBytes(bytes)
        const scanned = { table: scan.table(r.length), n: r.n, pos: r.pos, headEnd: r.headEnd }
        try {
          const reader = Package.lineReader(bytes, undefined, false, scanned)
          reader.read(bytes.length)
          return reader.pkg
        } catch {
          // Told by `fromManifestBytes` as it tells it.
          return Package.fromManifestBytes(bytes)
        }
      },
      abandon: () => scan.abandon()
    }
  }

  /** `readWhileArriving` on this thread, into `bytes`. */
  private static readInThread(bytes: Buffer): ManifestArrival {
    const reader = Package.lineReader(bytes, undefined)
    /** Bytes before this were checked (UTF-8, no `\r`) and their lines read; -1: given up. */
    let checked = 0
    /** Bytes before this were searched for a `\n` (a long line is not searched again). */
    let searched = 0
    /** Check `[checked, to)` (ending with a `\n`, or at the end), then read its lines. */
    const take = (to: number): void => {
      const part = bytes.subarray(checked, to)
      // A `\n` is never part of a longer character: lines are UTF-8 one by one or not at all.
      if (!isUtf8(part) || part.indexOf(0x0d) >= 0) {
        checked = -1
        return
      }
      checked = to
      try {
        reader.read(to)
      } catch {
        // Told by `fromManifestBytes` as it tells it.
        checked = -1
      }
    }
    return {
      bytes,
      arrived(n: number): void {
        if (checked < 0 || n <= searched) return
        const from = searched
        searched = n
        const last = bytes.subarray(from, n).lastIndexOf(0x0a)
        if (last >= 0) take(from + last + 1)
      },
      finish(): Promise<Package> {
        if (checked >= 0 && bytes.length > 0) take(bytes.length)
        return Promise.resolve(
          checked === bytes.length && bytes.length > 0
            ? reader.pkg
            : Package.fromManifestBytes(bytes)
        )
      },
      abandon(): void {}
    }
  }

  private readHead(line: string): void {
    const head = parseLine(line)
    head.delete('top_hash')
    this.meta.clear()
    for (const [k, v] of head) this.meta.set(k, v)
  }

  /** Entry line `i` of `lines` (of quilt3's shape): checked as `readLine` checks it. */
  private readLineAt(i: number): void {
    const lines = this.lines!
    if (this.lazy) {
      // After the last key, and not below it (an entry cannot be a directory): then neither a
      // duplicate nor a conflict with any entry before (those would sort between the two).
      if (i === 0 || lines.follows(i - 1, i)) {
        lines.checkPhysicalKey(i)
        return
      }
      this.lazy = false
      this.sortedEntries = lines.entries(i)
      this.index()
    }
    // The package holds it from now on: not kept by the index.
    const e = new LineEntry(lines, i)
    if (this.entries.has(e.logicalKey)) {
      throw new ManifestError(`Duplicate logical key ${pyRepr(e.logicalKey.split('/').pop()!)}`)
    }
    e.checkPhysicalKey()
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

/**
 * Lines as UTF-8 bytes, each ending with `\n`, written straight into one buffer (no joined text:
 * a manifest of 100,000 entries is 25 MB, held once as text and once as bytes, not twice as
 * text). The buffer is as long as the text's characters (its bytes when it is ASCII), grown when
 * a line does not fit.
 */
function encodeLines(lines: string[]): Buffer {
  let chars = 0
  for (const l of lines) chars += l.length + 1
  let out = Buffer.allocUnsafe(chars)
  const grow = (need: number): void => {
    const grown = Buffer.allocUnsafe(Math.max(out.length * 2, need))
    out.copy(grown, 0, 0, pos)
    out = grown
  }
  let pos = 0
  for (const l of lines) {
    let n = out.write(l, pos, 'utf-8')
    // `write` stops before a character that does not fit (one is at most 4 bytes).
    if (out.length - pos - n < 4) {
      const bytes = Buffer.byteLength(l, 'utf-8')
      if (n < bytes) {
        grow(pos + bytes + 1)
        n = out.write(l, pos, 'utf-8')
      }
    }
    pos += n
    if (pos === out.length) grow(pos + 1)
    out[pos++] = 0x0a
  }
  return pos === out.length ? out : out.subarray(0, pos)
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

/**
 * Printable ASCII without `"` or `\\`: the text JSON writes between the quotes as it is, in the
 * manifest's form and in the top hash's (`ensure_ascii`) alike.
 */
const PLAIN_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

/**
 * The hash of a new entry (its hash computed by this run, no metadata, an integer size) whose
 * logical key and hash are plain text, or null: its lines are written without the generic
 * encoder (the entry line also needs a plain physical key).
 */
function plainNewHash(e: Entry): { hashType: string; hashValue: string } | null {
  let h: { hashType: string; hashValue: string; plain: boolean } | null = null
  if (e instanceof NewEntry) h = e.newHash()
  else if (e.hash instanceof NewHash) h = e.hash
  return h !== null &&
    h.plain &&
    e.meta === NO_META &&
    e.sizeValue === undefined &&
    Number.isSafeInteger(e.size) &&
    e.size >= 0 &&
    PLAIN_TEXT.test(e.logicalKey)
    ? h
    : null
}

/** An entry's record in the top hash (spec §4): `{"hash", "logical_key", "meta", "size"}`. */
function hashRecord(e: Entry): string {
  const h = plainNewHash(e)
  if (h !== null) {
    return `{"hash":{"type":"${h.hashType}","value":"${h.hashValue}"},"logical_key":"${e.logicalKey}","meta":{},"size":${e.size}}`
  }
  if (e.hash === null || e.sizeValue === null) {
    throw new QuiltError(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`)
  }
  const size = e.sizeValue === undefined ? String(e.size) : toHashJson(e.sizeValue)
  // Already in sorted key order.
  return `{"hash":${toHashJson(e.hash)},"logical_key":${quoteHashString(e.logicalKey)},"meta":${toHashJson(e.meta)},"size":${size}}`
}

function decode(bytes: Buffer, start: number, end: number, plain: boolean): string {
  return bytes.toString(plain ? 'latin1' : 'utf-8', start, end)
}

/** A text's bytes (ASCII). */
function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0))
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

// What the line scanner (format/line-scan.ts) keeps of each line, relative to its start: where
// its fields end, its flags, and the length of the text before each value.
const { LK_END, URL_END, SIZE_END, TYPE_END, VALUE_END, LINE_END, STRIDE } = SCAN.field
const { KEY_PLAIN, TYPE_PLAIN, CHUNKED, META_EMPTY, PLAIN_S3 } = SCAN.flag
const OPEN = SCAN.opening

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
class LineIndex implements LineTable {
  length = 0
  // The table the scanner fills (`LineTable`).
  starts: Float64Array
  places: Uint32Array
  flags: Uint8Array
  /** The entries made of lines, by line (one entry per line, whoever asks). */
  private readonly made = new Map<number, LineEntry>()
  private readonly words: Int32Array | null
  private readonly view: DataView

  /** `table`: lines of `bytes` already scanned (by a worker), taken as they are. */
  constructor(
    readonly bytes: Buffer,
    private readonly resolveLocal: ((path: string) => string) | undefined,
    table?: LineTable
  ) {
    this.words = SCAN.wordsOf(bytes)
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    if (table !== undefined) {
      this.starts = table.starts
      this.places = table.places
      this.flags = table.flags
      this.length = table.length
      return
    }
    // Room for lines of 160 bytes (quilt3's are longer), grown when they are shorter.
    const room = Math.ceil(bytes.length / 160) + 16
    this.starts = new Float64Array(room)
    this.places = new Uint32Array(room * STRIDE)
    this.flags = new Uint8Array(room)
  }

  /** Index the line `bytes[start, end)` if it has quilt3's shape (`LineScanner.scan`). */
  scan(start: number, end: number): number {
    if (this.length === this.flags.length) this.grow()
    return SCAN.scan(this, this.bytes, this.words, this.view, start, end)
  }

  private grow(): void {
    const n = this.flags.length * 2
    const starts = new Float64Array(n)
    starts.set(this.starts)
    this.starts = starts
    const places = new Uint32Array(n * STRIDE)
    places.set(this.places)
    this.places = places
    const flags = new Uint8Array(n)
    flags.set(this.flags)
    this.flags = flags
  }

  /** Where field `field` of line `i` ends in the bytes. */
  at(i: number, field: number): number {
    return this.starts[i]! + this.places[i * STRIDE + field]!
  }

  has(i: number, flag: number): boolean {
    return (this.flags[i]! & flag) !== 0
  }

  private keyStart(i: number): number {
    return this.starts[i]! + OPEN.key
  }

  key(i: number): string {
    return decode(this.bytes, this.keyStart(i), this.at(i, LK_END), this.has(i, KEY_PLAIN))
  }

  size(i: number): number {
    const bytes = this.bytes
    let size = 0
    for (let k = this.at(i, URL_END) + OPEN.size, end = this.at(i, SIZE_END); k < end; k++) {
      size = size * 10 + (bytes[k]! - 0x30)
    }
    return size
  }

  keyAndSize(i: number): { logicalKey: string; size: number } {
    return { logicalKey: this.key(i), size: this.size(i) }
  }

  url(i: number): string {
    return this.bytes.toString('utf-8', this.at(i, LK_END) + OPEN.url, this.at(i, URL_END))
  }

  /** The physical key of line `i` (`PhysicalKey.from_url`, which may throw). */
  physicalKey(i: number): PhysicalKey {
    return PhysicalKey.fromUrl(this.url(i), this.resolveLocal)
  }

  /**
   * What quilt3 `_load` checks as it reads the line: its physical key (`PhysicalKey.from_url`),
   * parsed now unless it is a plain `s3://` URL, whose parsing cannot fail.
   */
  checkPhysicalKey(i: number): void {
    if (!this.has(i, PLAIN_S3)) this.physicalKey(i)
  }

  hashType(i: number): string {
    if (this.has(i, CHUNKED)) return SHA256_CHUNKED
    const start = this.at(i, SIZE_END) + OPEN.type
    return decode(this.bytes, start, this.at(i, TYPE_END), this.has(i, TYPE_PLAIN))
  }

  hashValue(i: number): string {
    const start = this.at(i, TYPE_END) + OPEN.value
    return this.bytes.toString('latin1', start, this.at(i, VALUE_END))
  }

  /** The meta of line `i`, read again (a new object each time). */
  meta(i: number): PyObject {
    if (this.has(i, META_EMPTY)) return pyObject()
    const start = this.at(i, VALUE_END) + OPEN.meta
    return parsePyJson(this.bytes.toString('utf-8', start, this.at(i, LINE_END) - 1)) as PyObject
  }

  /** The entry of line `i` (the same one each time). */
  entry(i: number): LineEntry {
    let e = this.made.get(i)
    if (e === undefined) {
      e = new LineEntry(this, i)
      this.made.set(i, e)
    }
    return e
  }

  /** The entries of the first `n` lines (all by default). */
  entries(n = this.length): Entry[] {
    const list: Entry[] = new Array<Entry>(n)
    for (let i = 0; i < n; i++) list[i] = this.entry(i)
    // The package holds them from now on (lines read later are new ones).
    this.made.clear()
    return list
  }

  /** Whether line `j`'s key sorts after line `i`'s and is not below it (`i`'s key + `/`...). */
  follows(i: number, j: number): boolean {
    return SCAN.follows(this, this.bytes, this.view, i, j)
  }

  /** The entry whose logical key is `logicalKey`, when a line has it (binary search). */
  find(logicalKey: string): LineEntry | undefined {
    // A lone surrogate cannot be in these lines' keys (nor in UTF-8).
    if (LONE_SURROGATE.test(logicalKey)) return undefined
    const q = Buffer.from(logicalKey, 'utf-8')
    const bytes = this.bytes
    let lo = 0
    let hi = this.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const c = compareKeyBytes(bytes, this.keyStart(mid), this.at(mid, LK_END), q, 0, q.length)
      if (c === 0) return this.entry(mid)
      if (c < 0) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }

  /** The top-hash records of every line, from the bytes (or from the entry made of it). */
  writeHashRecords(w: RecordWriter): void {
    const made = this.made
    for (let i = 0; i < this.length; i++) {
      const e = made.size === 0 ? undefined : made.get(i)
      if (e === undefined) this.writeHashRecord(w, i)
      else e.writeHashRecord(w)
    }
  }

  /** Line `i`'s top-hash record, with its own hash; its meta unless `meta` is given. */
  writeHashRecord(w: RecordWriter, i: number, meta?: PyValue): void {
    const bytes = this.bytes
    if (this.has(i, CHUNKED)) w.bytes(REC_CHUNKED)
    else {
      w.bytes(REC_HASH)
      w.text(quoteHashString(this.hashType(i)).slice(1, -1))
      w.bytes(REC_VALUE)
    }
    w.bytes(bytes, this.at(i, TYPE_END) + OPEN.value, this.at(i, VALUE_END))
    w.bytes(REC_LK)
    // A printable ASCII key: as many bytes as characters, and no escape in either form.
    if (this.has(i, KEY_PLAIN)) {
      w.bytes(QUOTE)
      w.bytes(bytes, this.keyStart(i), this.at(i, LK_END))
      w.bytes(QUOTE)
    } else w.text(quoteHashString(this.key(i)))
    w.bytes(REC_META)
    if (meta !== undefined) w.text(toHashJson(meta))
    else if (this.has(i, META_EMPTY)) w.bytes(EMPTY_OBJECT)
    else w.text(toHashJson(this.meta(i)))
    w.bytes(REC_SIZE)
    // The line's digits: a JSON integer has no leading zero, so they are the number's.
    w.bytes(bytes, this.at(i, URL_END) + OPEN.size, this.at(i, SIZE_END))
    w.bytes(REC_END)
  }
}

const EMPTY_OBJECT = ascii('{}')

/**
 * Tree-walk order (`compareLogicalKeys`) of two logical keys as their UTF-8 bytes: UTF-8 keeps
 * code point order, and a `/` (never part of a longer character) is lower than any other.
 */
function compareKeyBytes(
  a: Uint8Array,
  aStart: number,
  aEnd: number,
  b: Uint8Array,
  bStart: number,
  bEnd: number
): number {
  const n = Math.min(aEnd - aStart, bEnd - bStart)
  for (let k = 0; k < n; k++) {
    const x = a[aStart + k]!
    const y = b[bStart + k]!
    if (x !== y) {
      if (x === 0x2f) return -1
      if (y === 0x2f) return 1
      return x - y
    }
  }
  return aEnd - aStart - (bEnd - bStart)
}

/**
 * The entry of an indexed line (`LineIndex`): its key and size are read when it is made, its
 * physical key, hash and meta from the bytes on first use, and its top-hash record is written
 * from them while its hash is untouched.
 */
class LineEntry implements Entry {
  readonly logicalKey: string
  readonly size: number
  private pk: PhysicalKey | undefined
  private hashValue: PyValue | undefined
  /** The meta once used; undefined until then (the line's). */
  private metaValue: PyValue | undefined

  constructor(
    private readonly lines: LineIndex,
    private readonly i: number
  ) {
    this.logicalKey = lines.key(i)
    this.size = lines.size(i)
  }

  /** `LineIndex.checkPhysicalKey`, keeping the physical key it parses. */
  checkPhysicalKey(): void {
    if (!this.lines.has(this.i, PLAIN_S3)) this.pk = this.lines.physicalKey(this.i)
  }

  get physicalKey(): PhysicalKey {
    return (this.pk ??= this.lines.physicalKey(this.i))
  }

  set physicalKey(pk: PhysicalKey) {
    this.pk = pk
  }

  get hash(): PyValue {
    if (this.hashValue === undefined) {
      this.hashValue = hashObject({
        type: this.lines.hashType(this.i),
        value: this.lines.hashValue(this.i)
      })
    }
    return this.hashValue
  }

  set hash(h: PyValue) {
    this.hashValue = h
  }

  get meta(): PyValue {
    return (this.metaValue ??= this.lines.meta(this.i))
  }

  set meta(m: PyValue) {
    this.metaValue = m
  }

  /** The top-hash record, from the line's bytes while the hash is the line's. */
  writeHashRecord(w: RecordWriter): void {
    if (this.hashValue !== undefined) w.text(hashRecord(this))
    else this.lines.writeHashRecord(w, this.i, this.metaValue)
  }
}

function entryLine(e: Entry): string {
  const h = plainNewHash(e)
  if (h !== null) {
    const url = String(e.physicalKey)
    if (PLAIN_TEXT.test(url)) {
      return `{"logical_key": "${e.logicalKey}", "physical_keys": ["${url}"], "size": ${e.size}, "hash": {"type": "${h.hashType}", "value": "${h.hashValue}"}, "meta": {}}`
    }
  }
  if (e.hash === null) {
    throw new QuiltError(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`)
  }
  // quilt3 `PackageEntry.as_dict` order: logical_key, physical_keys, size, hash, meta.
  const size = e.sizeValue === undefined ? String(e.size) : toManifestJson(e.sizeValue)
  return `{"logical_key": ${quoteManifestString(e.logicalKey)}, "physical_keys": [${quoteManifestString(String(e.physicalKey))}], "size": ${size}, "hash": ${toManifestJson(e.hash)}, "meta": ${toManifestJson(e.meta)}}`
}

function checkRecord(line: string, logicalKey: string | null, limit: number): string {
  // A UTF-16 unit is at most 3 bytes of UTF-8: most lines need no count.
  if (line.length * 3 <= limit) return line
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

/**
 * The hash object of a new entry, `{"type", "value"}` (two strings): a Map that refuses changes
 * (give the entry a new hash instead). When both strings are plain text (`plain`: base64 values
 * are), its lines are written without the generic encoder.
 */
class NewHash extends Map<string, PyValue> {
  constructor(
    readonly hashType: string,
    readonly hashValue: string,
    readonly plain = PLAIN_TEXT.test(hashType) && PLAIN_TEXT.test(hashValue)
  ) {
    super()
    Map.prototype.set.call(this, 'type', hashType)
    Map.prototype.set.call(this, 'value', hashValue)
  }
  override set(): this {
    throw new Error('a hash object cannot change: give the entry a new hash')
  }
  override delete(): boolean {
    throw new Error('a hash object cannot change: give the entry a new hash')
  }
  override clear(): void {
    throw new Error('a hash object cannot change: give the entry a new hash')
  }
}

/** A new entry's hash object, of the type the run writes (default `sha2-256-chunked`). */
export function newHash(value: string, type: HashType = SHA256_CHUNKED): PyObject {
  return new NewHash(type, value)
}

/** Give `e` the hash this run computed (`newHash(value, type)`; a new entry keeps the strings). */
export function setNewHash(e: Entry, value: string, type: HashType = SHA256_CHUNKED): void {
  if (e instanceof NewEntry) e.setNewHash(type, value)
  else e.hash = newHash(value, type)
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
  /** Whether the two strings are plain text (see NewHash). */
  private plainHash = false

  constructor(
    public logicalKey: string,
    public physicalKey: PhysicalKey,
    public size: number,
    public meta: PyValue = NO_META
  ) {}

  get hash(): PyValue {
    const type = this.hashType
    return type === null
      ? this.hashValue
      : new NewHash(type, this.hashValue as string, this.plainHash)
  }

  /** A hash of quilt3's shape (two strings) this entry keeps as its strings, or null. */
  newHash(): { hashType: string; hashValue: string; plain: boolean } | null {
    const type = this.hashType
    if (type === null) return null
    return { hashType: type, hashValue: this.hashValue as string, plain: this.plainHash }
  }

  /** Set the hash to `{"type": type, "value": value}` (no hash object made). */
  setNewHash(type: string, value: string): void {
    this.hashType = type
    this.hashValue = value
    this.plainHash =
      (type === SHA256_CHUNKED || type === CRC64NVME || PLAIN_TEXT.test(type)) &&
      PLAIN_TEXT.test(value)
  }

  set hash(h: PyValue) {
    if (h instanceof NewHash) {
      this.hashType = h.hashType
      this.hashValue = h.hashValue
      this.plainHash = h.plain
      return
    }
    if (isPyObject(h) && h.size === 2 && h.keys().next().value === 'type') {
      const type = h.get('type')
      const value = h.get('value')
      if (typeof type === 'string' && typeof value === 'string') {
        this.hashType = type
        this.hashValue = value
        this.plainHash = PLAIN_TEXT.test(type) && PLAIN_TEXT.test(value)
        return
      }
    }
    this.hashType = null
    this.hashValue = h
  }
}
