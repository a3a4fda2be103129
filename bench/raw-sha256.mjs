// The baseline of `npm run bench`: plain node `crypto` SHA-256 over every byte of a tree, on one
// thread, with no quilt logic. Each file is opened, fstat'ed and read with positional reads of up
// to 8 MiB into one reused buffer (a file up to 8 MiB in one read: what readFileSync does, without
// allocating a buffer per file), and fed to its own `createHash('sha256')`.
//
//   node bench/raw-sha256.mjs DIR   -> prints {"files", "bytes", "seconds", "digest"} as JSON
//
// `seconds` is measured inside the process (walk + read + hash); the bench itself times the
// whole process, like it times the other contenders.
import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs'
import { Buffer } from 'node:buffer'

const PART = 8 * 1024 * 1024

/** Every regular file under `dir`, depth first (sync fs: the fastest way here). */
export function listFiles(dir, out = []) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${d.name}`
    if (d.isDirectory()) listFiles(p, out)
    else if (d.isFile()) out.push(p)
  }
  return out
}

/** Raw sha256 of every file of `dir`; returns the byte count and a digest of all the digests. */
export function hashTree(dir) {
  const buf = Buffer.allocUnsafe(PART)
  const all = createHash('sha256')
  let bytes = 0
  const files = listFiles(dir)
  for (const path of files) {
    const fd = openSync(path, 'r')
    try {
      const size = fstatSync(fd).size
      const h = createHash('sha256')
      let pos = 0
      while (pos < size) {
        const n = readSync(fd, buf, 0, Math.min(PART, size - pos), pos)
        if (n === 0) break
        h.update(buf.subarray(0, n))
        pos += n
      }
      bytes += pos
      all.update(h.digest())
    } finally {
      closeSync(fd)
    }
  }
  return { files: files.length, bytes, digest: all.digest('hex') }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2]
  if (!dir) {
    console.error('usage: node bench/raw-sha256.mjs DIR')
    process.exit(2)
  }
  const t0 = process.hrtime.bigint()
  const r = hashTree(dir)
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  console.log(JSON.stringify({ ...r, seconds }))
}
