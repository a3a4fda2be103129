/**
 * The hashing of local files, run by worker threads (and, for small jobs, on the main thread).
 * A worker runs from source text (`workerSource()`, started with `eval: true`), so the same code
 * works from the TypeScript sources, under jest and from the ncc bundle: these functions must not
 * refer to anything outside themselves, and take Node's modules from `process.getBuiltinModule`
 * (no `require`/`import` a bundler could rewrite).
 *
 * Requests (one at a time, answered in order):
 *  - `{id, kind: 'files', type, files: [{path, size, ino?, mtimeMs?}]}`: whole small files
 *    (size <= part size): answered with their quilt hashes of that type, in order (spec §5.1:
 *    sha256 of sha256(data), or sha256('') when empty; or the base64 CRC-64/NVME), and the
 *    failures by index. A file given with what the listing saw of it (`ino`, `mtimeMs`) is checked
 *    on the descriptor it was read through (fstat after the read): a file replaced, written or
 *    resized since the listing is reported with what it is now, never hashed as it was listed;
 *  - `{id, kind: 'part', path, fd?, algorithm?, offset, length}`: the raw sha256 (or md5, or
 *    8-byte CRC-64/NVME) of one part of a large file, read through `fd` when given (an open
 *    descriptor of the caller's);
 *  - `{id, kind: 'sha256', path, size}`: the hex sha256 of a whole file (legacy `SHA256`).
 * A file whose length differs from the size given is reported as changed, never hashed wrong.
 */
import { crc64nvmeKernel, type Crc64Kernel } from '../format/crc64.js'
import type { HashType } from '../format/hash.js'

export function hashRequestHandler(
  crc64Kernel: () => Crc64Kernel
): (msg: HashRequest) => HashResponse {
  const fs = process.getBuiltinModule('node:fs')
  const crypto = process.getBuiltinModule('node:crypto')
  const BUF = 8 * 1024 * 1024
  const buf = Buffer.allocUnsafe(BUF)
  let crc: Crc64Kernel | undefined
  // One-shot hashing (Node >= 20.12): no Hash object per small file.
  const oneShot = typeof crypto.hash === 'function' ? crypto.hash : undefined

  /** A running digest of one algorithm, fed chunk by chunk. */
  interface Digester {
    update: (c: Buffer) => Digester
    digest: () => Buffer
  }

  function digester(algorithm: 'sha256' | 'md5' | 'crc64nvme'): Digester {
    if (algorithm === 'crc64nvme') {
      crc ??= crc64Kernel()
      const k = crc
      const s = k.start()
      const d: Digester = {
        update: (c) => {
          k.update(s, c)
          return d
        },
        digest: () => Buffer.from(k.digest(s))
      }
      return d
    }
    const h = crypto.createHash(algorithm)
    const d: Digester = {
      update: (c) => {
        h.update(c)
        return d
      },
      digest: () => h.digest()
    }
    return d
  }

  /** Read `length` bytes at `offset` into `buf` piecewise, feeding `onChunk`; returns bytes read. */
  function readRange(
    fd: number,
    offset: number,
    length: number,
    onChunk: (chunk: Buffer) => void
  ): number {
    let done = 0
    while (done < length) {
      const want = Math.min(BUF, length - done)
      let got = 0
      while (got < want) {
        const n = fs.readSync(fd, buf, got, want - got, offset + done + got)
        if (n === 0) break
        got += n
      }
      if (got > 0) onChunk(buf.subarray(0, got))
      done += got
      if (got < want) break
    }
    return done
  }

  function hasMore(fd: number, at: number): boolean {
    const one = Buffer.allocUnsafe(1)
    return fs.readSync(fd, one, 0, 1, at) > 0
  }

  function changed(path: string, size: number): string {
    return `File ${path} changed while it was being hashed (expected ${size} bytes)`
  }

  function errorText(e: unknown): string {
    return e instanceof Error ? e.message : String(e)
  }

  /**
   * The quilt hash of one small file (or why it has none): read in one go with one byte more
   * asked for (a file that grew is caught), then, when the listing's view is given, checked
   * against the descriptor's fstat.
   */
  function hashSmall(f: SmallFile, crc64: boolean, failures: FileFailure[], index: number): string {
    const { path, size } = f
    let fd = -1
    try {
      fd = fs.openSync(path, 'r')
      let got: number
      let inner: Buffer
      if (size < BUF) {
        got = 0
        while (got <= size) {
          const n = fs.readSync(fd, buf, got, size + 1 - got, got)
          if (n === 0) break
          got += n
        }
        const data = buf.subarray(0, Math.min(got, size))
        if (crc64) inner = digester('crc64nvme').update(data).digest()
        else
          inner = oneShot
            ? oneShot('sha256', data, 'buffer')
            : crypto.createHash('sha256').update(data).digest()
      } else {
        const h = digester(crc64 ? 'crc64nvme' : 'sha256')
        got = readRange(fd, 0, size, (c) => h.update(c))
        if (got === size && hasMore(fd, size)) got++
        inner = h.digest()
      }
      if (f.ino !== undefined) {
        const st = fs.fstatSync(fd)
        if (st.ino !== f.ino || st.size !== size || st.mtimeMs !== f.mtimeMs) {
          failures.push({ index, now: { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs } })
          return ''
        }
      }
      if (got !== size) {
        failures.push({ index, changed: got < size ? 'it became shorter' : 'it became longer' })
        return ''
      }
      if (size === 0 || crc64) return inner.toString('base64')
      return oneShot
        ? oneShot('sha256', inner, 'base64')
        : crypto.createHash('sha256').update(inner).digest('base64')
    } catch (e) {
      const code = (e as { code?: unknown } | undefined)?.code
      failures.push({
        index,
        error: errorText(e),
        code: typeof code === 'string' ? code : undefined
      })
      return ''
    } finally {
      if (fd >= 0) fs.closeSync(fd)
    }
  }

  return (msg: HashRequest): HashResponse => {
    try {
      if (msg.kind === 'files') {
        const crc64 = msg.type === 'CRC64NVME'
        const failures: FileFailure[] = []
        const values = msg.files.map((f, i) => hashSmall(f, crc64, failures, i))
        return failures.length === 0 ? { id: msg.id, values } : { id: msg.id, values, failures }
      } else if (msg.kind === 'part') {
        // An open descriptor of the caller's (threads share them) is read, never closed here.
        const fd = msg.fd ?? fs.openSync(msg.path, 'r')
        try {
          const h = digester(msg.algorithm ?? 'sha256')
          const got = readRange(fd, msg.offset, msg.length, (c) => h.update(c))
          if (got !== msg.length) throw new Error(changed(msg.path, msg.offset + msg.length))
          if (msg.last && hasMore(fd, msg.offset + msg.length)) {
            throw new Error(changed(msg.path, msg.offset + msg.length))
          }
          const digest = h.digest()
          return { id: msg.id, digest }
        } finally {
          if (msg.fd === undefined) fs.closeSync(fd)
        }
      } else {
        const fd = fs.openSync(msg.path, 'r')
        try {
          const h = crypto.createHash('sha256')
          const got = readRange(fd, 0, msg.size, (c) => h.update(c))
          if (got !== msg.size || hasMore(fd, msg.size))
            throw new Error(changed(msg.path, msg.size))
          return { id: msg.id, hex: h.digest('hex') }
        } finally {
          fs.closeSync(fd)
        }
      }
    } catch (e) {
      return { id: msg.id, error: errorText(e) }
    }
  }
}

/**
 * A worker thread's main: answers each request with the handler. The functions come as
 * arguments (see `workerSource`): the worker has no module to import them from.
 */
export function hashWorkerMain(
  handler: typeof hashRequestHandler,
  crc64Kernel: () => Crc64Kernel
): void {
  const port = process.getBuiltinModule('node:worker_threads').parentPort
  if (!port) return
  const handle = handler(crc64Kernel)
  port.on('message', (msg: HashRequest) => port.postMessage(handle(msg)))
}

/** The source text a worker runs: its main called with the handler and the CRC kernel. */
export function workerSource(): string {
  return `(${String(hashWorkerMain)})(${String(hashRequestHandler)}, ${String(crc64nvmeKernel)})\n`
}

/** A small file to hash, and what the listing saw of it (`ino`, `mtimeMs`) when known. */
export interface SmallFile {
  path: string
  size: number
  ino?: number
  mtimeMs?: number
}

/**
 * Why a small file has no hash: an error of the file system (`code` when it has one), a length
 * other than the size given (`changed`), or the file as fstat sees it now when that is not what
 * the listing saw (`now`).
 */
export interface FileFailure {
  index: number
  error?: string
  code?: string
  changed?: string
  now?: { ino: number; size: number; mtimeMs: number }
}

export type HashRequest =
  | { id: number; kind: 'files'; type: HashType; files: SmallFile[] }
  | {
      id: number
      kind: 'part'
      path: string
      /** An open descriptor of `path` to read (not closed by the worker). */
      fd?: number
      /** Default sha256; md5 for S3 ETags; crc64nvme for `CRC64NVME` hashes. */
      algorithm?: 'sha256' | 'md5' | 'crc64nvme'
      offset: number
      length: number
      last: boolean
    }
  | { id: number; kind: 'sha256'; path: string; size: number }

export interface HashResponse {
  id: number
  error?: string
  /** `files`: each file's hash, in order ('' for a file in `failures`). */
  values?: string[]
  failures?: FileFailure[]
  digest?: Uint8Array
  hex?: string
}
