/**
 * Names quilt3 validates and the URLs it writes: package names (spec §7.1), logical keys (§7.2)
 * and physical keys (§3), with Python's exact percent-encoding.
 */

import { QuiltError } from './errors.js'

export { QuiltError }

/** Python `repr()` of a str, for error messages that read like quilt3's. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (ch === '\\') out += '\\\\'
    else if (ch === quote) out += '\\' + quote
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) {
      if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0')
      else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0')
      else out += '\\U' + cp.toString(16).padStart(8, '0')
    } else out += ch
  }
  return out + quote
}

// Python's `\w` on str is Unicode-aware: letters, numerics and `_` (not combining marks).
const PACKAGE_NAME = /^[\p{L}\p{N}_-]+\/[\p{L}\p{N}_-]+$/u

/**
 * quilt3 `validate_package_name`: `namespace/package` of word characters and `-`.
 * (quilt3 also accepts one trailing newline through a quirk of `$`; that is refused here.)
 */
export function validatePackageName(name: string): void {
  if (!PACKAGE_NAME.test(name)) throw new QuiltError(`Invalid package name: ${name}.`)
}

export function isValidPackageName(name: string): boolean {
  return PACKAGE_NAME.test(name)
}

/** quilt3 `Package._set` + `validate_key`: a logical key must name a file, no ''/'.'/'..' parts. */
export function validateLogicalKey(key: string): void {
  if (key === '' || key.endsWith('/')) {
    throw new QuiltError(`A package entry logical key ${pyRepr(key)} must be a file.`)
  }
  for (const part of key.split('/')) {
    if (part === '' || part === '.' || part === '..') {
      throw new QuiltError(
        `Invalid key ${pyRepr(key)}. A package entry key cannot contain a file or folder named '.' or '..' in its path.`
      )
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Percent-encoding as Python's urllib.parse does it
// ---------------------------------------------------------------------------------------------

const ALWAYS_SAFE = /[A-Za-z0-9_.~-]/
const utf8 = new TextEncoder()
const HEX = Array.from(
  { length: 256 },
  (_, i) => '%' + i.toString(16).toUpperCase().padStart(2, '0')
)

function quoteWith(s: string, safe: string, plus: boolean): string {
  let out = ''
  for (const byte of utf8.encode(s)) {
    const ch = String.fromCharCode(byte)
    if (byte < 0x80 && (ALWAYS_SAFE.test(ch) || safe.includes(ch))) out += ch
    else if (plus && byte === 0x20) out += '+'
    else out += HEX[byte]!
  }
  return out
}

function checkEncodable(s: string): void {
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)) {
    throw new QuiltError(`${pyRepr(s)} contains a lone surrogate and cannot be encoded as UTF-8`)
  }
}

/** `urllib.parse.quote(s, safe="/")`: upper-case `%XX`, only `A-Za-z0-9_.-~/` kept. */
export function pyQuote(s: string, safe = '/'): string {
  checkEncodable(s)
  return quoteWith(s, safe, false)
}

/** `urllib.parse.quote_plus(s, safe="")`: form encoding, space as `+`. */
export function pyQuotePlus(s: string): string {
  checkEncodable(s)
  return quoteWith(s, '', true)
}

// ignoreBOM: keep a decoded U+FEFF (TextDecoder would drop one at the start of each run).
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/** `urllib.parse.unquote`: decode `%XX` runs as UTF-8 (invalid bytes become U+FFFD). */
export function pyUnquote(s: string): string {
  if (!s.includes('%')) return s
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3)
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16)
    return utf8Lossy.decode(bytes)
  })
}

/** `urllib.parse.parse_qs(query)` with Python 3.10+ defaults (only `&` separates). */
export function pyParseQs(query: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const field of query.split('&')) {
    if (field === '') continue
    const eq = field.indexOf('=')
    if (eq < 0) continue
    const rawValue = field.slice(eq + 1)
    if (rawValue === '') continue
    const name = pyUnquote(field.slice(0, eq).replace(/\+/g, ' '))
    const value = pyUnquote(rawValue.replace(/\+/g, ' '))
    const list = out.get(name)
    if (list) list.push(value)
    else out.set(name, [value])
  }
  return out
}

interface SplitUrl {
  scheme: string
  netloc: string
  path: string
  query: string
  fragment: string
}

/** `urllib.parse.urlsplit` as Python 3.11 does it for the URLs quilt3 sees. */
export function pyUrlSplit(url: string): SplitUrl {
  // eslint-disable-next-line no-control-regex
  let rest = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\r\n]/g, '')
  let scheme = ''
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest)
  if (m) {
    scheme = m[1]!.toLowerCase()
    rest = rest.slice(m[0].length)
  }
  let netloc = ''
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/)
    netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2)
    rest = end < 0 ? '' : rest.slice(end + 2)
  }
  let fragment = ''
  const hash = rest.indexOf('#')
  if (hash >= 0) {
    fragment = rest.slice(hash + 1)
    rest = rest.slice(0, hash)
  }
  let query = ''
  const q = rest.indexOf('?')
  if (q >= 0) {
    query = rest.slice(q + 1)
    rest = rest.slice(0, q)
  }
  return { scheme, netloc, path: rest, query, fragment }
}

// ---------------------------------------------------------------------------------------------
// Physical keys
// ---------------------------------------------------------------------------------------------

/**
 * `str(pathlib.PurePosixPath(path))` for an absolute path: empty and `.` components dropped
 * (so doubled and trailing `/` go), `..` kept, and a leading `//` kept when it is exactly two
 * slashes (POSIX leaves that root implementation-defined; pathlib preserves it).
 */
function purePosixPath(path: string): string {
  const root = path.startsWith('//') && !path.startsWith('///') ? '//' : '/'
  return (
    root +
    path
      .split('/')
      .filter((part) => part !== '' && part !== '.')
      .join('/')
  )
}

/**
 * Where an entry's bytes are: an S3 object (bucket, key, optional version) or a local file
 * (an absolute, symlink-resolved path). quilt3 `util.PhysicalKey`.
 */
export class PhysicalKey {
  private constructor(
    /** S3 bucket, or null for a local file. */
    readonly bucket: string | null,
    /** S3 key (no leading `/`) or absolute local path. */
    readonly path: string,
    readonly versionId: string | null
  ) {}

  static s3(bucket: string, key: string, versionId: string | null = null): PhysicalKey {
    if (!bucket) throw new QuiltError('Missing bucket')
    return new PhysicalKey(bucket, key, versionId)
  }

  /** A local file; `absPath` must already be absolute and symlink-resolved (quilt3 `from_path`). */
  static local(absPath: string): PhysicalKey {
    if (!absPath.startsWith('/')) throw new QuiltError('Relative paths are not allowed')
    return new PhysicalKey(null, absPath, null)
  }

  /**
   * quilt3 `PhysicalKey.from_url`. `resolveLocal` maps a decoded local path to its real path
   * (quilt3 applies `os.path.realpath`); by default the path is taken as it is.
   */
  static fromUrl(url: string, resolveLocal: (path: string) => string = (p) => p): PhysicalKey {
    const u = pyUrlSplit(url)
    if (u.scheme === 's3') {
      if (!u.netloc) throw new QuiltError('Missing bucket')
      const key = pyUnquote(u.path).slice(1)
      const query = pyParseQs(u.query)
      const versions = query.get('versionId')
      query.delete('versionId')
      if (query.size > 0) throw new QuiltError(`Unexpected S3 query string: ${pyRepr(u.query)}`)
      return new PhysicalKey(u.netloc, key, versions?.[0] ?? null)
    }
    if (u.scheme === 'file') {
      if (u.netloc !== '' && u.netloc !== 'localhost') throw new QuiltError('Unexpected hostname')
      if (!u.path) throw new QuiltError('Missing path')
      if (!u.path.startsWith('/')) throw new QuiltError('Relative paths are not allowed')
      if (u.query) throw new QuiltError('Unexpected query')
      const decoded = pyUnquote(u.path)
      let resolved = resolveLocal(decoded)
      if (decoded.endsWith('/') && !resolved.endsWith('/')) resolved += '/'
      return new PhysicalKey(null, resolved, null)
    }
    throw new QuiltError(`Unexpected scheme: ${pyRepr(u.scheme)}`)
  }

  isLocal(): boolean {
    return this.bucket === null
  }

  /** quilt3 `PhysicalKey.join`. */
  join(relPath: string): PhysicalKey {
    if (this.versionId !== null)
      throw new QuiltError('Cannot append paths to URLs with a version ID')
    const path = this.path
      ? this.path.replace(/\/+$/, '') + '/' + relPath.replace(/^\/+/, '')
      : relPath.replace(/^\/+/, '')
    return new PhysicalKey(this.bucket, path, null)
  }

  withVersion(versionId: string | null): PhysicalKey {
    if (this.bucket === null) throw new QuiltError('Local keys cannot have a version ID')
    return new PhysicalKey(this.bucket, this.path, versionId)
  }

  equals(other: PhysicalKey): boolean {
    return (
      this.bucket === other.bucket && this.path === other.path && this.versionId === other.versionId
    )
  }

  private url: string | undefined

  /** The URL quilt3 writes (`str(PhysicalKey)`); computed once (the key is immutable). */
  toString(): string {
    if (this.url !== undefined) return this.url
    if (this.bucket === null) {
      // pathlib.PurePath(path).as_uri(): normalized as PurePosixPath does, then quoted.
      this.url = 'file://' + pyQuote(purePosixPath(this.path))
    } else {
      const query = this.versionId === null ? '' : `?versionId=${pyQuotePlus(this.versionId)}`
      this.url = `s3://${this.bucket}${pyQuote('/' + this.path)}${query}`
    }
    return this.url
  }
}
