/**
 * Where a package's files come from: a local folder, walked as quilt3's `set_dir` walks it
 * (`pathlib.Path.rglob('*')` of Python 3.11: every file including dot files, symlinks to files
 * followed, symlinked directories not entered, `.quiltignore` applied like
 * `quilt3.util.quiltignore_filter`).
 */
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  type Dirent
} from 'node:fs'
import { fnmatchToRegExp } from '../py/fnmatch.js'
import { FileChangedError, QuiltError, SourceReadError } from '../errors.js'
import { hashBytes, type HashType } from '../format/hash.js'
import { PhysicalKey } from '../format/names.js'
import { pyRepr } from '../py/repr.js'
import { compareCodePoints } from '../py/json.js'
import { identityOf, type FileIdentity } from './file.js'

/** A hash a listing computed, and its type. */
export interface ListedHash {
  type: HashType
  value: string
}

export interface ListingOptions {
  /**
   * Hash each file of at most INLINE_HASH_MAX bytes while it is open for the listing, with this
   * hash type (a build: the small files are then read once, by the walk, on this thread).
   */
  hashType?: HashType
}

/** Compiled `.quiltignore` rules: each non-empty line `r` becomes the fnmatch pattern `*\/r`. */
export function readQuiltIgnore(folder: string): RegExp[] | null {
  const file = `${folder}/.quiltignore`
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new QuiltError(`Cannot read ${file}: ${(e as Error).message}`)
  }
  let text: string
  try {
    // Python's read_text('utf-8'): strict UTF-8, a BOM kept as a character.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw new QuiltError(`${file} is not valid UTF-8 text (quilt3 cannot read it either)`)
  }
  // Universal newlines, as Python's text mode reads them.
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((rule) => rule !== '')
    .map((rule) => fnmatchToRegExp('*/' + rule))
}

/** Names in code point order (Python's `str` order). */
function byName(a: Dirent, b: Dirent): number {
  return compareCodePoints(a.name, b.name)
}

/**
 * Every file under `folder` (an absolute, symlink-resolved directory), as quilt3's
 * `set_dir(".", folder)` lists them. Synchronous on purpose: on many small files sync fs calls
 * are several times faster than the promise API (research/performance.md).
 */
export function listLocalFolder(folder: string, options: ListingOptions = {}): SourceEntry[] {
  let st
  try {
    st = statSync(folder)
  } catch {
    throw new QuiltError(`The specified directory ${pyRepr(folder)} doesn't exist`)
  }
  if (!st.isDirectory()) {
    throw new QuiltError(`The specified directory ${pyRepr(folder)} doesn't exist`)
  }
  const dirs: string[] = []
  const rules = readQuiltIgnore(folder)
  const listed: SourceEntry[] = []
  const hashType = options.hashType
  const buf = hashType === undefined ? null : Buffer.allocUnsafe(INLINE_HASH_MAX + 1)
  /** The entry of a file found, opened now (read and hashed too when small and asked for). */
  const listFile = (abs: string, rel: string, symlink: boolean): SourceEntry => {
    const realPath = symlink ? realPathOf(rel, abs) : abs
    const fd = openListed(rel, realPath, abs)
    try {
      if (buf !== null && hashType !== undefined) {
        // Read first: a small file's size is what it holds (no fstat). Its size and hash come
        // from the same bytes, read in one go, as quilt3 reads a file; unlike a file hashed by
        // the pool, no listing came before to compare with.
        const got = readUpTo(fd, buf, rel, abs)
        if (got <= INLINE_HASH_MAX && (got > 0 || isRegularFile(fd, abs))) {
          const value = hashBytes(buf.subarray(0, got), hashType)
          return {
            logicalKey: rel,
            physicalKey: PhysicalKey.local(realPath),
            size: got,
            hash: { type: hashType, value }
          }
        }
      }
      const st = fstatSync(fd)
      if (!st.isFile()) throw new FileChangedError(abs, 'it is no longer a regular file')
      return {
        logicalKey: rel,
        physicalKey: PhysicalKey.local(realPath),
        size: st.size,
        identity: identityOf(st)
      }
    } finally {
      closeSync(fd)
    }
  }
  /** With `.quiltignore` rules, the files are opened once the walk says which are left out. */
  const files: { abs: string; rel: string; symlink: boolean }[] = []
  const found = (abs: string, rel: string, symlink: boolean): void => {
    if (rules) files.push({ abs, rel, symlink })
    else listed.push(listFile(abs, rel, symlink))
  }
  /** Whether `.quiltignore` leaves out a folder (or one above it, below `folder`). */
  const ignoredFolder = (abs: string): boolean => {
    for (let d = abs; d.length > folder.length; d = d.slice(0, d.lastIndexOf('/'))) {
      if (rules?.some((r) => r.test(d + '/') || r.test(d))) return true
    }
    return false
  }
  const walk = (abs: string, rel: string): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(abs, { withFileTypes: true })
    } catch (e) {
      // quilt3 (Python 3.11's rglob) silently skips a folder it may not read; a package is every
      // file below the folder, so here it is an error naming the folder, unless it is ignored.
      const code = (e as NodeJS.ErrnoException).code
      if ((code === 'EACCES' || code === 'EPERM') && ignoredFolder(abs)) return
      if (code === 'EACCES' || code === 'EPERM') throw new SourceReadError(abs, code, 'folder')
      throw e
    }
    // Each folder's names in code point order, folders entered where they sort: the files come
    // out in the package's walk order (no sort of the whole package later).
    entries.sort(byName)
    for (const d of entries) {
      const childAbs = `${abs}/${d.name}`
      const childRel = rel === '' ? d.name : `${rel}/${d.name}`
      if (d.isDirectory()) {
        dirs.push(childAbs)
        walk(childAbs, childRel)
      } else if (d.isFile()) {
        found(childAbs, childRel, false)
      } else if (d.isSymbolicLink()) {
        let target
        try {
          target = statSync(childAbs)
        } catch {
          dirs.push(childAbs) // broken link: not a file (quilt3 counts it with directories)
          continue
        }
        if (target.isFile()) found(childAbs, childRel, true)
        else dirs.push(childAbs)
      } else {
        dirs.push(childAbs) // fifo, socket...: `is_file()` is false
      }
    }
  }
  walk(folder, '')
  if (rules) {
    const ignoredDirs: string[] = []
    for (const rule of rules) {
      for (const dir of dirs) {
        if (rule.test(dir + '/') || rule.test(dir)) ignoredDirs.push(dir + '/')
      }
    }
    for (const f of files) {
      if (!rules.some((r) => r.test(f.abs)) && !ignoredDirs.some((d) => f.abs.startsWith(d))) {
        listed.push(listFile(f.abs, f.rel, f.symlink))
      }
    }
  }
  return listed
}

/** Files up to this size are hashed as they are listed, when the listing is asked to hash. */
export const INLINE_HASH_MAX = 32 * 1024

/** The real path of a listed symlink, its errors as the user should read them. */
function realPathOf(rel: string, abs: string): string {
  try {
    return realpathSync.native(abs)
  } catch (e) {
    throw listingError(rel, abs, e)
  }
}

/**
 * Open a listed file. Opening is the test of readability that holds on every file system
 * (network file systems and security modules decide there, not the mode bits): an unreadable
 * file fails now, before anything is hashed or sent. `O_NONBLOCK`: a path that became a fifo
 * since the folder was read does not hang the run.
 */
function openListed(rel: string, path: string, shown: string): number {
  try {
    return openSync(path, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK)
  } catch (e) {
    throw listingError(rel, shown, e)
  }
}

/** Whether an open descriptor (one that read nothing) is a regular file, not one that became a fifo. */
function isRegularFile(fd: number, shown: string): boolean {
  if (fstatSync(fd).isFile()) return true
  throw new FileChangedError(shown, 'it is no longer a regular file')
}

/** A listed file that cannot be opened or read, as the user should read it (its listed path). */
function listingError(rel: string, shown: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code
  if (rel.includes('\ufffd') && code === 'ENOENT') {
    return new QuiltError(
      `The file name of ${pyRepr(rel)} is not valid UTF-8: rename it (quilt3 cannot package it either)`
    )
  }
  if (code === 'ENOENT') return new FileChangedError(shown, 'it was deleted')
  // Any other error of the file system (EACCES, EIO, ELOOP...) names the file and its code.
  if (typeof code === 'string') return new SourceReadError(shown, code, 'file')
  return e instanceof Error ? e : new Error(String(e))
}

/** Read an open file from its start until its end or `buf` is full; the bytes read. */
function readUpTo(fd: number, buf: Buffer, rel: string, shown: string): number {
  let got = 0
  try {
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got)
      if (n === 0) break
      got += n
    }
  } catch (e) {
    throw listingError(rel, shown, e)
  }
  return got
}

/** An entry of a source: its logical key, where its bytes are, its size. */
export interface SourceEntry {
  logicalKey: string
  physicalKey: PhysicalKey
  size: number
  /**
   * Local files: what the listing saw, checked again while the file is read (absent when the
   * listing hashed the file: its size is then what it read).
   */
  identity?: FileIdentity
  /**
   * S3 objects: the checksum algorithms the listing says the object has (e.g. `SHA256`,
   * `CRC64NVME`); [] when the listing proves it has none; undefined when the store does not say.
   */
  checksumAlgorithms?: readonly string[]
  /** Local files: the hash the listing computed while the file was open for it, when it did. */
  hash?: ListedHash
}

/** A source folder or prefix and the entries found in it. */
export interface Source {
  kind: 'local' | 's3'
  /** The folder (absolute) or `s3://bucket/prefix/`. */
  display: string
  entries: SourceEntry[]
}

/**
 * The entries of a local folder (path or `file://` URL, already resolved); with `hashType`, the
 * small files come with their hashes (see ListingOptions).
 */
export function localSource(folder: string, options: ListingOptions = {}): Source {
  return {
    kind: 'local',
    display: folder,
    entries: listLocalFolder(folder, options)
  }
}
