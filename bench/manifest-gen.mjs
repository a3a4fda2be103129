// A realistic manifest of N entries, as quilt3 writes it: the package line, then entry lines in
// tree-walk order with varied logical keys, s3 physical keys with versionIds, sha2-256-chunked
// hashes and, on some entries, user metadata. Deterministic (a seeded generator).
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'

/** A small deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['raw', 'processed', 'images', 'labels', 'train', 'test', 'val', 'logs', 'data']
const EXT = ['.csv', '.parquet', '.json', '.png', '.txt', '.bin']

/**
 * Write the manifest of `count` entries to `path` (sorted as quilt3 sorts them: `/` before every
 * other character, which the generated keys keep by construction). Returns its byte length.
 */
export function writeManifest(path, count, { bucket = 'bench-bucket', seed = 14 } = {}) {
  const rand = rng(seed)
  const fd = openSync(path, 'w')
  let bytes = 0
  let chunk = []
  const flush = () => {
    const buf = Buffer.from(chunk.join(''), 'utf-8')
    writeSync(fd, buf)
    bytes += buf.length
    chunk = []
  }
  chunk.push(
    JSON.stringify({ version: 'v0', message: 'bench', user_meta: { project: 'bench', n: count } })
      .replace(/":/g, '": ')
      .replace(/,"/g, ', "') + '\n'
  )
  // Folders a/b/ with 1,000 files each; names zero-padded so that the order is the walk order.
  const perDir = 1000
  for (let i = 0; i < count; i++) {
    const d = Math.floor(i / perDir)
    const top = WORDS[d % WORDS.length]
    const dir = `${top}/${String(d).padStart(5, '0')}`
    const accent = i % 997 === 0 ? '-été-日本' : ''
    const name = `part-${String(i % perDir).padStart(4, '0')}-${Math.floor(rand() * 1e9).toString(36)}${accent}${EXT[i % EXT.length]}`
    const lk = `${String(d).padStart(5, '0')}-${dir}/${name}`
    const version = createHash('md5').update(String(i)).digest('base64url').slice(0, 32)
    const size = Math.floor(rand() * 5e8)
    const hash = createHash('sha256').update(String(i)).digest('base64')
    let meta = '{}'
    if (i % 10 === 0) {
      meta = `{"user_meta": {"label": "${WORDS[i % WORDS.length]}", "score": ${Number((rand() * 100).toFixed(3))}, "tags": ["a", "b"]}}`
    }
    chunk.push(
      `{"logical_key": "${lk}", "physical_keys": ["s3://${bucket}/pkgs/bench/${encodeURI(lk)}?versionId=${version}"], "size": ${size}, "hash": {"type": "sha2-256-chunked", "value": "${hash}"}, "meta": ${meta}}\n`
    )
    if (chunk.length >= 10000) flush()
  }
  flush()
  closeSync(fd)
  return bytes
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [path, n] = process.argv.slice(2)
  console.log(writeManifest(path, Number(n ?? 1_000_000)))
}
