/**
 * Names quilt3 validates and the URLs it writes: package names (spec §7.1), logical keys (§7.2)
 * and physical keys (§3), with Python's exact percent-encoding.
 */

import { isAbsolute, resolve as resolvePath } from 'node:path'
import { QuiltError } from '../errors.js'
import { expandUser, pyRealpath } from '../py/paths.js'
import { pyRepr } from '../py/repr.js'
import { pyParseQs, pyQuote, pyQuotePlus, pyUnquote, pyUrlSplit } from '../py/url.js'

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

/** An empty, `.` or `..` part of a key. */
const BAD_PART = /(?:^|\/)(?:\.\.?)?(?:\/|$)/

/** quilt3 `Package._set` + `validate_key`: a logical key must name a file, no ''/'.'/'..' parts. */
export function validateLogicalKey(key: string): void {
  if (key === '' || key.endsWith('/')) {
    throw new QuiltError(`A package entry logical key ${pyRepr(key)} must be a file.`)
  }
  if (BAD_PART.test(key)) {
    throw new QuiltError(
      `Invalid key ${pyRepr(key)}. A package entry key cannot contain a file or folder named '.' or '..' in its path.`
    )
  }
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

/** An absolute path of only the characters `urllib.parse.quote(s, safe="/")` keeps. */
const SAFE_PATH = /^\/[A-Za-z0-9_.~/-]*$/

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
      // pathlib.PurePath(path).as_uri(): normalized as PurePosixPath does, then quoted. A path
      // already normal (no empty or `.` part) of characters quote() keeps is its own URL path.
      const p = this.path
      this.url =
        SAFE_PATH.test(p) && !p.includes('//') && !p.endsWith('/') && !/\/\.(\/|$)/.test(p)
          ? 'file://' + p
          : 'file://' + pyQuote(purePosixPath(p))
    } else {
      const query = this.versionId === null ? '' : `?versionId=${pyQuotePlus(this.versionId)}`
      this.url = `s3://${this.bucket}${pyQuote('/' + this.path)}${query}`
    }
    return this.url
  }
}

/**
 * A local folder given as a path or a `file://` URL, resolved like quilt3 `fix_url` followed by
 * `PhysicalKey.from_url`: `~` expanded, made absolute against the working directory, symlinks
 * resolved. Returns null when `location` is a URL of another scheme (e.g. `s3://`).
 */
export function resolveLocalLocation(location: string, cwd = process.cwd()): string | null {
  if (location === '') throw new QuiltError('Empty URL')
  const scheme = pyUrlSplit(location).scheme
  if (scheme !== '' && !/^[A-Za-z]:[\\/]/.test(location)) {
    if (scheme !== 'file') return null
    return PhysicalKey.fromUrl(location, pyRealpath).path.replace(/(.)\/$/, '$1')
  }
  const expanded = expandUser(location)
  return pyRealpath(isAbsolute(expanded) ? expanded : resolvePath(cwd, expanded))
}
