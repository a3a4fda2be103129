/**
 * The hashing of local files, run by worker threads (and, for small jobs, on the main thread).
 * A worker runs from source text (`workerSource()`, started with `eval: true`), so the same code
 * works from the TypeScript sources, under jest and from the ncc bundle: these functions must not
 * refer to anything outside themselves, and take Node's modules from `process.getBuiltinModule`
 * (no `require`/`import` a bundler could rewrite).
 *
 * Requests (one at a time, answered in order):
 *  - `{id, kind: 'files', type, files: [{path, size}]}`: whole small files (size <= part size):
 *    each answered with its quilt hash of that type (spec §5.1: sha256 of sha256(data), or
 *    sha256('') when empty; or the base64 CRC-64/NVME);
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

  /** A running digest of one algorithm, fed chunk by chunk. */
  function digester(algorithm: 'sha256' | 'md5' | 'crc64nvme'): {
    update: (c: Buffer) => void
    digest: () => Buffer
  } {
    if (algorithm === 'crc64nvme') {
      crc ??= crc64Kernel()
      const k = crc
      const s = k.start()
      return { update: (c) => k.update(s, c), digest: () => Buffer.from(k.digest(s)) }
    }
    const h = crypto.createHash(algorithm)
    return { update: (c) => h.update(c), digest: () => h.digest() }
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

  return (msg: HashRequest): HashResponse => {
    try {
      if (msg.kind === 'files') {
        const results: FileResult[] = msg.files.map(({ path, size }) => {
          let fd = -1
          try {
            fd = fs.openSync(path, 'r')
            const crc64 = msg.type === 'CRC64NVME'
            const h = digester(crc64 ? 'crc64nvme' : 'sha256')
            const got = readRange(fd, 0, size, (c) => h.update(c))
            if (got !== size || hasMore(fd, size)) return { error: changed(path, size) }
            const inner = h.digest()
            const value =
              size === 0 || crc64
                ? inner.toString('base64')
                : crypto.createHash('sha256').update(inner).digest('base64')
            return { value }
          } catch (e) {
            return { error: errorText(e) }
          } finally {
            if (fd >= 0) fs.closeSync(fd)
          }
        })
        return { id: msg.id, results }
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

export type HashRequest =
  | { id: number; kind: 'files'; type: HashType; files: { path: string; size: number }[] }
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

export type FileResult = { value: string; error?: undefined } | { error: string; value?: undefined }

export interface HashResponse {
  id: number
  error?: string
  results?: FileResult[]
  digest?: Uint8Array
  hex?: string
}
