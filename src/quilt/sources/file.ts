/**
 * A local file of a package, open for the whole time a push reads it: hashed and uploaded
 * through one descriptor, so every byte published comes from the same file, and checked against
 * the listing (size, modification time, inode) before its bytes are committed to S3. A file
 * replaced (a new inode at its path) or written in place (a new mtime) while the run reads it
 * fails the run naming it; it is never published torn.
 */
import { closeSync, fstatSync, openSync, read as readCb, readSync, statSync } from 'node:fs'
import { promisify } from 'node:util'
import { FileChangedError, SourceReadError } from '../errors.js'
import { MiB } from '../format/hash.js'

const readAsync = promisify(readCb)

/** Reads below this size are made on the calling thread (`readNow`). */
export const SYNC_READ_MAX = MiB

/** What the listing saw of a file: the identity its bytes are checked against. */
export interface FileIdentity {
  size: number
  mtimeMs: number
  ino: number
}

/** The identity of a file as `stat` gives it. */
export function identityOf(st: { size: number; mtimeMs: number; ino: number }): FileIdentity {
  return { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino }
}

/** What differs between two identities, or null when they are the same. */
export function identityDifference(was: FileIdentity, now: FileIdentity): string | null {
  if (now.ino !== was.ino) return 'it was replaced by another file'
  if (now.size !== was.size) return `its size is now ${now.size} bytes, not ${was.size}`
  if (now.mtimeMs !== was.mtimeMs) return 'it was written to (its modification time moved)'
  return null
}

/** An error of the file system as the user should read it: which file, what to do. */
export function sourceError(path: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return new FileChangedError(path, 'it was deleted')
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'ELOOP') {
    return new SourceReadError(path, code, 'file')
  }
  return e instanceof Error ? e : new Error(String(e))
}

export class SourceFile {
  private closed = false

  private constructor(
    readonly path: string,
    readonly fd: number,
    readonly identity: FileIdentity
  ) {}

  /**
   * Open `path`; fails (naming it) when it cannot be read or is no longer the file the listing
   * saw (`expected`, when known).
   */
  static open(path: string, expected?: FileIdentity): SourceFile {
    let fd: number
    try {
      fd = openSync(path, 'r')
    } catch (e) {
      throw sourceError(path, e)
    }
    try {
      const file = new SourceFile(path, fd, identityOf(fstatSync(fd)))
      const diff = expected ? identityDifference(expected, file.identity) : null
      if (diff !== null) throw new FileChangedError(path, diff)
      return file
    } catch (e) {
      closeSync(fd)
      throw e
    }
  }

  get size(): number {
    return this.identity.size
  }

  /**
   * `length` bytes at `offset` (at the end of the file one byte more is asked for, so a file
   * that grew is caught). Small reads (below SYNC_READ_MAX) are synchronous: cheaper than a trip
   * through the thread pool.
   */
  async read(offset: number, length: number): Promise<Buffer> {
    if (length < SYNC_READ_MAX) return this.readNow(offset, length)
    const buf = this.bufferFor(offset, length)
    let got = 0
    try {
      while (got < buf.length) {
        const n = (await readAsync(this.fd, buf, got, buf.length - got, offset + got)).bytesRead
        if (n === 0) break
        got += n
      }
    } catch (e) {
      throw sourceError(this.path, e)
    }
    return this.checkRead(buf, got, length)
  }

  /** `read`, on this thread now: for small reads (below SYNC_READ_MAX). */
  readNow(offset: number, length: number): Buffer {
    const buf = this.bufferFor(offset, length)
    let got = 0
    try {
      while (got < buf.length) {
        const n = readSync(this.fd, buf, got, buf.length - got, offset + got)
        if (n === 0) break
        got += n
      }
    } catch (e) {
      throw sourceError(this.path, e)
    }
    return this.checkRead(buf, got, length)
  }

  /** The buffer of a read: one byte more at the end of the file. */
  private bufferFor(offset: number, length: number): Buffer {
    return Buffer.allocUnsafe(length + (offset + length >= this.size ? 1 : 0))
  }

  private checkRead(buf: Buffer, got: number, length: number): Buffer {
    if (got !== length) {
      throw new FileChangedError(this.path, got < length ? 'it became shorter' : 'it became longer')
    }
    return buf.subarray(0, length)
  }

  /**
   * Fails when the file is no longer what was opened: written in place (mtime, size), or its
   * path now names another file. Called after reading and before the bytes are committed.
   */
  checkUnchanged(): void {
    const diff =
      identityDifference(this.identity, identityOf(fstatSync(this.fd))) ??
      (() => {
        try {
          return statSync(this.path).ino === this.identity.ino
            ? null
            : 'it was replaced by another file'
        } catch (e) {
          return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it was deleted' : null
        }
      })()
    if (diff !== null) throw new FileChangedError(this.path, diff)
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    closeSync(this.fd)
  }
}

/** Check that every local file still is what the listing saw (a last look before a commit). */
export function checkFilesUnchanged(
  files: Iterable<{ path: string; identity: FileIdentity }>
): void {
  for (const f of files) {
    let now: FileIdentity
    try {
      now = identityOf(statSync(f.path))
    } catch (e) {
      throw sourceError(f.path, e)
    }
    const diff = identityDifference(f.identity, now)
    if (diff !== null) throw new FileChangedError(f.path, diff)
  }
}
