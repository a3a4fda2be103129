// `BENCH_ONLY=crc npm run bench`: how fast CRC-64/NVME (the `CRC64NVME` hash) is computed here,
// next to SHA-256 on the same bytes, to choose the implementation by measurement (issue 13).
//
// In one process, on the same random bytes (256 MiB, 64 MiB with BENCH_QUICK), one thread each,
// median of BENCH_RUNS rounds (default 5), the candidates alternated round by round:
//   sha256        node's crypto SHA-256 (OpenSSL, SHA-NI where the CPU has it): the baseline;
//   ours          src/quilt/format/crc64.ts, the kernel the hashing workers run (pure JS,
//                 slice-by-8 on 32-bit halves), transpiled from the source by TypeScript;
//   sdk-js        the AWS SDK's pure-JS CRC-64/NVME (@aws-sdk/checksums, Crc64NvmeJs);
//   crt           aws-crt's native crc64nvme (the SDK's CRT option), installed on first use into
//                 .cache/bench-tools (about 44 MB); left out, and said so, when it cannot be.
// Every candidate must give the same CRC. Then, end to end through the CLI bundle, a local build
// of one big file with `--checksum crc64nvme` against the default sha2-256-chunked, with one
// hashing thread and with every core.
import { execFileSync } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { randomBytes, createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  fmt,
  loadText,
  makeTree,
  markdownTable,
  median,
  MiB,
  removeQuietly,
  timed
} from './lib.mjs'

const CRT_VERSION = '1.33.2'

/** The kernel of src/quilt/format/crc64.ts, transpiled from its source (no build step needed). */
async function oursKernel(root) {
  const ts = createRequire(join(root, 'package.json'))('typescript')
  const source = readFileSync(join(root, 'src/quilt/format/crc64.ts'), 'utf-8')
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  }).outputText
  const mod = await import(`data:text/javascript,${encodeURIComponent(js)}`)
  return mod.crc64nvmeKernel()
}

/** aws-crt, from .cache/bench-tools (installed there on first use); null when unavailable. */
function loadCrt(root, log) {
  const dir = join(root, '.cache/bench-tools')
  const require = createRequire(join(dir, 'package.json'))
  try {
    return require('aws-crt')
  } catch {
    // not there yet
  }
  try {
    mkdirSync(dir, { recursive: true })
    log(`Installing aws-crt@${CRT_VERSION} into ${dir} (first use)...`)
    execFileSync('npm', ['install', '--no-save', '--prefix', dir, `aws-crt@${CRT_VERSION}`], {
      stdio: 'ignore',
      timeout: 600_000
    })
    return require('aws-crt')
  } catch (e) {
    log(`aws-crt unavailable: ${e.message.split('\n')[0]}`)
    return null
  }
}

/** Hex of bytes given as a Uint8Array, a DataView (aws-crt) or an ArrayBuffer. */
function hex(bytes) {
  const view = ArrayBuffer.isView(bytes)
    ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : Buffer.from(bytes)
  return view.toString('hex')
}

/**
 * Runs the CRC bench; returns the markdown it printed (for the caller's report) and whether
 * every candidate agreed.
 */
export async function benchCrc64({ root, cli, tmp, quick, runs, log }) {
  const size = (quick ? 64 : 256) * MiB
  const data = randomBytes(size)
  const ours = await oursKernel(root)
  const sdk = createRequire(join(root, 'package.json'))('@aws-sdk/checksums/crc')
  const crt = loadCrt(root, log)
  const candidates = {
    sha256: () => hex(createHash('sha256').update(data).digest()),
    ours: () => {
      const s = ours.start()
      ours.update(s, data)
      return hex(ours.digest(s))
    },
    'sdk-js': async () => {
      const c = new sdk.Crc64NvmeJs()
      c.update(data)
      return hex(await c.digest())
    },
    ...(crt ? { crt: () => hex(crt.checksums.crc64nvme(data)) } : {})
  }
  const loadStart = loadText()
  const times = Object.fromEntries(Object.keys(candidates).map((k) => [k, []]))
  const values = {}
  for (let round = 0; round < runs; round++) {
    for (const [name, fn] of Object.entries(candidates)) {
      const t0 = process.hrtime.bigint()
      const v = await fn()
      times[name].push(Number(process.hrtime.bigint() - t0) / 1e9)
      values[name] = v
    }
  }
  const crcs = new Set(
    Object.entries(values)
      .filter(([k]) => k !== 'sha256')
      .map(([, v]) => v)
  )
  const agree = crcs.size === 1
  const sha = median(times.sha256)
  const rows = Object.keys(candidates).map((name) => {
    const s = median(times[name])
    return [
      name,
      fmt(size / s / 1e6, 0),
      fmt(sha / s),
      name === 'sha256' ? '–' : values[name] === [...crcs][0] ? 'yes' : 'NO'
    ]
  })
  if (!crt) rows.push(['crt', 'unavailable', '–', '–'])

  // End to end: a local build of one big file, CRC64NVME against the default.
  const dir = join(tmp, 'crc-tree')
  await makeTree(dir, { count: 1, size: quick ? 128 * MiB : 1024 * MiB })
  const e2e = []
  for (const threads of [1, availableParallelism()]) {
    const t = { sha: [], crc: [] }
    for (let round = 0; round < runs; round++) {
      for (const [key, extra] of [
        ['sha', []],
        ['crc', ['--checksum', 'crc64nvme']]
      ]) {
        const reg = join(tmp, `crc-reg-${key}-${threads}-${round}`)
        const r = await timed(
          process.execPath,
          [
            cli,
            'build',
            '--name',
            'bench/crc',
            '--path',
            dir,
            '--registry',
            reg,
            '--concurrency',
            String(threads),
            ...extra
          ],
          { timeFile: join(tmp, 'crc.time') }
        )
        removeQuietly(reg)
        if (r.code !== 0) throw new Error(`build --checksum ${key} failed: ${r.stderr}`)
        t[key].push(r.seconds)
      }
    }
    const s = median(t.sha)
    const c = median(t.crc)
    e2e.push([
      `${threads} hashing thread${threads > 1 ? 's' : ''}`,
      fmt(s, 3),
      fmt(c, 3),
      fmt(s / c)
    ])
  }
  removeQuietly(dir)
  const loadEnd = loadText()

  const out = [
    `\n## CRC-64/NVME: ${size / MiB} MiB in memory, one thread, median of ${runs} rounds\n`,
    markdownTable(['candidate', 'MB/s', 'rate / SHA-256', 'same CRC'], rows),
    `\n### End to end: a local build of one ${quick ? '128 MiB' : '1 GiB'} file (CLI bundle)\n`,
    markdownTable(
      ['hashing threads', 'sha2-256-chunked s', 'crc64nvme s', 'CRC64NVME rate / SHA-256'],
      e2e
    ),
    `\nrate / SHA-256 > 1: faster than node's SHA-256 on the same bytes. Load average: ${loadStart} at the start, ${loadEnd} at the end.`
  ].join('\n')
  console.log(out)
  return { agree }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.error('run it through `BENCH_ONLY=crc npm run bench`')
  process.exit(2)
}
