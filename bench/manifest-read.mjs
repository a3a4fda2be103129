// One contender of bench/manifest.mjs: read a manifest file with the library compiled from src/
// (argument 1: its folder) and compute its top hash; prints {topHash, entries, read, hash}.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const [lib, path] = process.argv.slice(2)
const { Package } = await import(pathToFileURL(join(lib, 'quilt/format/manifest.js')).href)
const t0 = performance.now()
const pkg = Package.fromManifestBytes(readFileSync(path))
const t1 = performance.now()
const topHash = pkg.topHash()
const t2 = performance.now()
console.log(
  JSON.stringify({ topHash, entries: pkg.size, read: (t1 - t0) / 1000, hash: (t2 - t1) / 1000 })
)
