/**
 * The package model and its manifest: tree-walk order, manifest lines (read and write, byte for
 * byte like quilt3 8.0.0) and the top hash (spec §2, §4).
 */
import { createHash } from 'node:crypto'
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

  get size(): number {
    return this.entries.size
  }

  get(logicalKey: string): Entry | undefined {
    return this.entries.get(logicalKey)
  }

  /** Add or replace an entry (quilt3 `Package._set` rules for keys and conflicts). */
  set(entry: Entry): void {
    validateLogicalKey(entry.logicalKey)
    this.insert(entry)
  }

  /** Add without validating the key (quilt3 `_load` takes keys from a manifest as they are). */
  private insert(entry: Entry): void {
    const key = entry.logicalKey
    if (this.dirs.has(key)) {
      throw new QuiltError(
        `Cannot overwrite directory ${pyRepr(key.split('/').pop()!)} with PackageEntry`
      )
    }
    this.ensureDirs(key.split('/').slice(0, -1))
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
    return [...this.entries.values()].sort((a, b) => compareLogicalKeys(a.logicalKey, b.logicalKey))
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
    for (const e of entries) {
      if (e.hash === null || e.sizeValue === null) {
        throw new QuiltError(`PackageEntry missing hash and/or size: ${String(e.physicalKey)}`)
      }
      const size = e.sizeValue === undefined ? String(e.size) : toHashJson(e.sizeValue)
      // {"hash", "logical_key", "meta", "size"}: already in sorted key order.
      h.update(
        `{"hash":${toHashJson(e.hash)},"logical_key":${quoteHashString(e.logicalKey)},"meta":${toHashJson(e.meta)},"size":${size}}`
      )
    }
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
    return Buffer.from(lines.join('\n') + '\n', 'utf-8')
  }

  /** Check the package line alone against the record limit (before any hashing). */
  checkMetaRecord(maxRecordSize = DEFAULT_MAX_RECORD_SIZE): void {
    checkRecord(toManifestJson(this.meta), null, maxRecordSize)
  }

  /**
   * Read a manifest's bytes as quilt3 `Package._from_path` does: strict UTF-8 (a byte order mark
   * is kept, and refused as JSON), then `fromManifest`.
   */
  static fromManifestBytes(bytes: Uint8Array, resolveLocal?: (path: string) => string): Package {
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    } catch {
      throw new ManifestError("it is not UTF-8 ('utf-8' codec can't decode it)")
    }
    return Package.fromManifest(text, resolveLocal)
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
  static fromManifest(text: string, resolveLocal?: (path: string) => string): Package {
    const lines = text.replace(/\r\n?/g, '\n').split('\n')
    if (lines[lines.length - 1] === '') lines.pop()
    if (lines.length === 0) throw new ManifestError('it is empty')
    const pkg = new Package()
    for (let i = 0; i < lines.length; i++) {
      try {
        if (i === 0) pkg.readHead(lines[0]!)
        else pkg.readLine(lines[i]!, resolveLocal)
      } catch (e) {
        if (e instanceof JsonSyntaxError) {
          throw new ManifestError(`line ${i + 1}: ${e.reason} at column ${e.column}`)
        }
        if (e instanceof ManifestError) throw new ManifestError(`line ${i + 1}: ${e.reason}`)
        if (e instanceof QuiltError) throw new ManifestError(`line ${i + 1}: ${e.message}`)
        throw e
      }
    }
    return pkg
  }

  private readHead(line: string): void {
    const head = parseLine(line)
    head.delete('top_hash')
    this.meta.clear()
    for (const [k, v] of head) this.meta.set(k, v)
  }

  private readLine(line: string, resolveLocal?: (path: string) => string): void {
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

/** A new entry's hash object, of the type the run writes (default `sha2-256-chunked`). */
export function newHash(value: string, type: HashType = SHA256_CHUNKED): PyObject {
  return hashObject({ type, value })
}
