// `npm run bench`: how fast the CLI bundle (dist/cli/index.js) builds and pushes packages, as
// RATIOS to baselines measured in the same run (this machine's speed drifts), and its peak memory.
// Parts: hashing (below), pushing to S3 (bench/push.mjs: ours, s5cmd, quilt3 and a plain SDK
// upload on a loopback S3 server, versitygw or moto, directly and behind a proxy that adds 30 ms to
// every request), CRC-64 candidates (bench/crc64.mjs), memory (bench/memory.mjs) and, only when
// asked (BENCH_ONLY=scale: about 12 minutes on 2 cores), scale rows (bench/scale.mjs).
// Tools built on first use into .cache/bench-tools (bench/tools.mjs): versitygw and s5cmd, with Go.
//
// Hashing:
// Trees (random content, in a temp folder, page cache warmed once, deleted at the end):
//   1 × 2 GiB, 20,000 × 1 KiB, 200 × 5 MiB, and 1 × 1 KiB to measure start-up costs.
// Contenders, each a whole process under `/usr/bin/time -f '%e %M'`, alternated run by run:
//   ours    `node dist/cli/index.js build ... --registry <temp>` (and `--concurrency 1` on the
//           biggest tree);
//   raw     `node bench/raw-sha256.mjs DIR`: plain `crypto` SHA-256 of the same bytes, one thread;
//   quilt3  quilt3 8.0.0: `Package().set_dir('.', DIR).build('demo/x', registry=...)`.
// Times are medians of BENCH_RUNS runs (default 3); ratios are medians of the ratios of each
// round. Targets (the issue): ≥ 0.9 of raw SHA-256 per core (both cores used), peak RSS < 150 MB
// whatever the file size, many small files ≥ 3× faster than quilt3. Slow figures print MISS; they
// never fail the script (it exits 1 only when a contender fails to run or disagrees on a hash).
//
// Environment: BENCH_RUNS=N (runs per contender; push default 3, 1 with BENCH_QUICK),
// BENCH_QUICK=1 (small trees, a smoke run), BENCH_ONLY=hash|crc|push|memory|manifest|scale (one
// part; default all but scale; crc: bench/crc64.mjs, CRC-64/NVME implementations against SHA-256
// on the same bytes; memory: bench/memory.mjs, the peak RSS of a push of 100,000 tiny files against
// their build; manifest: bench/manifest.mjs, a 1 M-entry manifest read and as a build's parent;
// scale: bench/scale.mjs, builds of 100,000 and 300,000 files, a push of 100,000, a parent of 1 M
// entries, ours against quilt3), BENCH_S3=versitygw|moto (push and scale's server; default
// versitygw when it can be installed), BENCH_PORT_BASE=N (the server on port N, the latency proxy
// on N + 1; default free ports), BENCH_CONCURRENCY=N (requests in flight for every push contender;
// default: each one's own, the action's 32 for ours), BENCH_MOTO=plain (moto as shipped even when
// the patched one is there), BENCH_SCALE_TIMEOUT=S (scale: seconds before a contender is ended,
// default 900), BENCH_BUNDLE=head (bench dist/cli as committed in git HEAD instead of the working
// copy's), BENCH_MEMORY_FILES=N (memory: a tree of N files instead of 100,000).
import { ensurePythonEnv } from './python-env.mjs'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import {
  busyNote,
  diskBytes,
  fmt,
  freeBytes,
  GiB,
  humanBytes,
  KiB,
  loadText,
  makeTree,
  markdownTable,
  max,
  median,
  MiB,
  removeQuietly,
  running,
  timed,
  warmCache
} from '../bench/lib.mjs'
import { benchCrc64 } from '../bench/crc64.mjs'
import { benchManifest } from '../bench/manifest.mjs'
import { benchMemory, memoryDiskBytes } from '../bench/memory.mjs'
import { benchPush, pushDiskBytes } from '../bench/push.mjs'
import { benchScale, scaleDiskBytes } from '../bench/scale.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CLI_DIR = join(ROOT, 'dist/cli')
let CLI = join(CLI_DIR, 'index.js')
const RAW = join(ROOT, 'bench/raw-sha256.mjs')
const QUICK = process.env.BENCH_QUICK === '1'
const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '3', 10) || 3)
const PUSH_RUNS = process.env.BENCH_RUNS ? RUNS : QUICK ? 1 : 3
const ONLY = process.env.BENCH_ONLY ?? ''
const CORES = availableParallelism()

const TARGET_PER_CORE = 0.9
const TARGET_RSS_MB = 150
const TARGET_SPEEDUP = 3

/** The trees; `concurrency1` also runs ours with `--concurrency 1`. */
const TREES = [
  { id: 'startup', label: '1 × 1 KiB (start-up)', count: 1, size: KiB },
  QUICK
    ? { id: 'big', label: '1 × 256 MiB', count: 1, size: 256 * MiB, concurrency1: true }
    : { id: 'big', label: '1 × 2 GiB', count: 1, size: 2 * GiB, concurrency1: true },
  QUICK
    ? { id: 'small', label: '2,000 × 1 KiB', count: 2000, size: KiB }
    : { id: 'small', label: '20,000 × 1 KiB', count: 20000, size: KiB },
  QUICK
    ? { id: 'medium', label: '40 × 5 MiB', count: 40, size: 5 * MiB }
    : { id: 'medium', label: '200 × 5 MiB', count: 200, size: 5 * MiB }
]

const QUILT3_BUILD = [
  'import sys, quilt3',
  "top_hash = quilt3.Package().set_dir('.', sys.argv[1]).build('demo/x', registry=sys.argv[2])",
  'print(top_hash)'
].join('\n')

const log = (m) => process.stderr.write(`${m}\n`)

let tmp = null
/** End the children still running (each in its own process group: time and what it runs). */
function killChildren() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}
function cleanup() {
  killChildren()
  if (tmp) removeQuietly(tmp)
  tmp = null
}
let stopping = false
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (stopping) return
    stopping = true
    log(`\n${sig}: stopping, removing the test trees`)
    // Wait for the children to be gone (at most 2 s) so that none writes while we remove.
    const gone = [...running].map((c) => new Promise((r) => c.once('close', r)))
    killChildren()
    void Promise.race([Promise.all(gone), sleep(2000)]).then(() => {
      cleanup()
      process.exit(130)
    })
  })
}
process.on('exit', cleanup)

/** The Python test tools (quilt3, moto), set up by scripts/python-env.mjs when missing. */
function findPython() {
  try {
    return ensurePythonEnv()
  } catch (e) {
    log(`warning: no Python test tools (${e.message.split('\n')[0]}): no quilt3 column, no moto`)
    return null
  }
}

async function main() {
  if (!['', 'hash', 'crc', 'push', 'memory', 'manifest', 'scale'].includes(ONLY)) {
    log(`BENCH_ONLY must be hash, crc, push, memory, manifest or scale, not ${ONLY}`)
    return 2
  }
  const doHash = ONLY === '' || ONLY === 'hash'
  const doCrc = ONLY === '' || ONLY === 'crc'
  const doPush = ONLY === '' || ONLY === 'push'
  const doMemory = ONLY === '' || ONLY === 'memory'
  const doManifest = ONLY === '' || ONLY === 'manifest'
  const doScale = ONLY === 'scale' // long: only when asked
  const python = findPython()
  const base = tmpdir()
  const need =
    (doHash ? TREES.reduce((n, t) => n + diskBytes(t), 0) : 0) +
    (doPush ? pushDiskBytes(QUICK) : 0) +
    (doScale ? scaleDiskBytes(QUICK) : 0) +
    (doMemory ? memoryDiskBytes(QUICK) : 0) +
    512 * MiB
  const free = freeBytes(base)
  if (free < need) {
    log(`Not enough room in ${base}: ${humanBytes(free)} free, ${humanBytes(need)} needed`)
    return 1
  }

  tmp = mkdtempSync(join(base, 'qpa-bench-'))
  const home = join(tmp, 'home')
  mkdirSync(home)
  // Run a copy of the bundle: the same one for the whole run, even if dist/ is rebuilt meanwhile.
  // The bundle of the last commit (git HEAD) with BENCH_BUNDLE=head, or while dist/cli is missing
  // (being rebuilt).
  let bundle = 'dist/cli (working copy)'
  if (process.env.BENCH_BUNDLE !== 'head' && existsSync(CLI)) {
    cpSync(CLI_DIR, join(tmp, 'cli'), { recursive: true })
    // The command reads its inputs (action.yml) and version (package.json) above its bundle.
    for (const f of ['action.yml', 'package.json']) cpSync(join(ROOT, f), join(tmp, f))
    CLI = join(tmp, 'cli/index.js')
  } else {
    try {
      const tar = execFileSync(
        'git',
        ['archive', '--format=tar', 'HEAD', 'dist/cli', 'action.yml', 'package.json'],
        {
          cwd: ROOT,
          maxBuffer: 1 << 30
        }
      )
      execFileSync('tar', ['-x', '-C', tmp], { input: tar })
      CLI = join(tmp, 'dist/cli/index.js')
      bundle =
        process.env.BENCH_BUNDLE === 'head'
          ? 'dist/cli of git HEAD (BENCH_BUNDLE=head)'
          : 'dist/cli of git HEAD (the working copy has none: a rebuild under way?)'
    } catch (e) {
      log(
        `${CLI} is missing and not in git HEAD either (${e.message.split('\n')[0]}): npm run package`
      )
      return 1
    }
  }
  const env = {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    QUILT_MINIMIZE_STDOUT: 'true',
    QUILT_DISABLE_USAGE_METRICS: 'true'
  }
  log(
    `bench: ${CORES} cores, ${RUNS} runs each (push: ${PUSH_RUNS})${QUICK ? ' (BENCH_QUICK)' : ''}, ` +
      `node ${process.version}, ${ONLY || 'hash, crc, push and memory'}, bundle ${bundle}, files in ${tmp}`
  )
  let code = 0
  if (doHash) code = Math.max(code, await benchHash(home, env, python))
  if (doCrc) {
    log('crc: CRC-64/NVME candidates against SHA-256...')
    const r = await benchCrc64({
      root: ROOT,
      cli: CLI,
      tmp,
      quick: QUICK,
      runs: QUICK ? 3 : 5,
      log
    })
    if (!r.agree) {
      log('crc: the candidates disagree on the CRC')
      code = 1
    }
  }
  if (doPush) {
    log('push: tools, trees, S3 server, latency proxy...')
    const r = await benchPush({
      tmp,
      home,
      env,
      cli: CLI,
      python,
      quick: QUICK,
      runs: PUSH_RUNS,
      log
    })
    console.log(
      `\n## quilt-package-action push bench: ${CORES} cores, median of ${PUSH_RUNS} run(s)${QUICK ? ' (BENCH_QUICK)' : ''}`
    )
    console.log(r.text)
    if (r.errors.length) {
      log(`\nErrors (push):\n${r.errors.join('\n')}`)
      code = 1
    }
  }
  if (doScale) {
    log('scale: many files, a big parent, ours against quilt3...')
    const r = await benchScale({ tmp, home, env, cli: CLI, python, quick: QUICK, log })
    console.log(
      `\n## quilt-package-action scale bench: ${CORES} cores${QUICK ? ' (BENCH_QUICK)' : ''}`
    )
    console.log(r.text)
    if (r.errors.length) {
      log(`\nErrors (scale):\n${r.errors.join('\n')}`)
      code = 1
    }
  }
  if (doMemory) {
    log('memory: a push of many tiny files against a local build of them...')
    const r = await benchMemory({ tmp, home, env, cli: CLI, quick: QUICK, log })
    console.log(`\n## quilt-package-action memory bench: ${CORES} cores`)
    console.log(r.text)
    if (r.errors.length) {
      log(`\nErrors (memory):\n${r.errors.join('\n')}`)
      code = 1
    }
  }
  if (doManifest && python) {
    log('manifest: reading a 1 M-entry manifest, and a build on it as the parent...')
    const runs = process.env.BENCH_RUNS ? RUNS : QUICK ? 1 : 3
    const r = await benchManifest({ tmp, home, env, cli: CLI, python, quick: QUICK, runs, log })
    console.log(`\n## quilt-package-action manifest bench: ${CORES} cores`)
    console.log(`${r.table}\n\n${r.note}`)
    if (r.errors.length) {
      log(`\nErrors (manifest):\n${r.errors.join('\n')}`)
      code = 1
    }
  }
  return code
}

/** The hashing part: prints its tables; 1 when a contender failed or disagreed on a hash. */
async function benchHash(home, env, python) {
  const dir = join(tmp, 'hash')
  mkdirSync(dir)
  const loadStart = loadText()
  let t0 = process.hrtime.bigint()
  for (const tree of TREES) {
    tree.dir = join(dir, tree.id)
    tree.bytes = tree.count * tree.size
    await makeTree(tree.dir, tree)
  }
  execFileSync('sync') // write back now, not while the contenders run
  for (const tree of TREES) {
    if ((await warmCache(tree.dir)) !== tree.bytes) throw new Error(`tree ${tree.id} is incomplete`)
  }
  log(`trees written and read once in ${fmt(Number(process.hrtime.bigint() - t0) / 1e9, 1)} s`)

  let serial = 0
  const contenders = (tree) => {
    const list = [
      {
        id: 'ours',
        cmd: process.execPath,
        args: (reg) => [
          CLI,
          'build',
          '--name',
          'demo/x',
          '--path',
          tree.dir,
          '--registry',
          reg,
          '--json'
        ],
        topHash: (out) => JSON.parse(out)['top-hash']
      }
    ]
    if (tree.concurrency1) {
      list.push({
        id: 'ours1',
        cmd: process.execPath,
        args: (reg) => [
          CLI,
          'build',
          '--name',
          'demo/x',
          '--path',
          tree.dir,
          '--registry',
          reg,
          '--concurrency',
          '1',
          '--json'
        ],
        topHash: (out) => JSON.parse(out)['top-hash']
      })
    }
    list.push({
      id: 'raw',
      cmd: process.execPath,
      args: () => [RAW, tree.dir],
      check: (out) => {
        const bytes = JSON.parse(out).bytes
        if (bytes !== tree.bytes) throw new Error(`raw sha256 read ${bytes} of ${tree.bytes} bytes`)
      }
    })
    if (python) {
      list.push({
        id: 'quilt3',
        cmd: python,
        args: (reg) => ['-c', QUILT3_BUILD, tree.dir, reg],
        topHash: (out) => out.trim().split('\n').pop()
      })
    }
    return list
  }

  const errors = []
  const runOne = async (tree, c) => {
    const reg = join(dir, `reg-${++serial}`)
    const r = await timed(c.cmd, c.args(reg), { cwd: home, env, timeFile: join(tmp, 'time.txt') })
    removeQuietly(reg)
    if (r.code !== 0) {
      const tail = r.stderr.trim().split('\n').slice(-5).join('\n  ')
      errors.push(`${tree.label} ${c.id}: exit ${r.code}\n  ${tail}`)
      return null
    }
    try {
      c.check?.(r.stdout)
      r.topHash = c.topHash?.(r.stdout)
    } catch (e) {
      errors.push(`${tree.label} ${c.id}: ${e.message}`)
      return null
    }
    return r
  }

  // One discarded round on the smallest tree: loads node, the bundle and python into the cache.
  for (const c of contenders(TREES[0])) await runOne(TREES[0], c)

  for (const tree of TREES) {
    tree.runs = []
    t0 = process.hrtime.bigint()
    for (let i = 0; i < RUNS; i++) {
      const round = {}
      for (const c of contenders(tree)) {
        const r = await runOne(tree, c)
        round[c.id] = r
        if (r) {
          log(
            `  ${tree.label.padEnd(22)} run ${i + 1}/${RUNS} ${c.id.padEnd(6)} ` +
              `${fmt(r.seconds, 3).padStart(7)} s ${fmt(r.rssKiB / 1024, 0).padStart(5)} MB`
          )
        }
      }
      tree.runs.push(round)
    }
    const hashes = new Set(
      tree.runs.flatMap((round) =>
        Object.values(round)
          .map((r) => r?.topHash)
          .filter((h) => h !== undefined)
      )
    )
    if (hashes.size > 1) {
      errors.push(`${tree.label}: top hashes differ: ${[...hashes].join(' ')}`)
    }
    const quilt3Ran = tree.runs.some((round) => round.quilt3?.topHash !== undefined)
    tree.sameTopHash = quilt3Ran ? hashes.size === 1 : null
    log(`${tree.label}: ${fmt(Number(process.hrtime.bigint() - t0) / 1e9, 1)} s`)
  }
  removeQuietly(dir)

  // Figures.
  const secs = (tree, id) => median(tree.runs.map((r) => r[id]?.seconds ?? NaN))
  const cpu = (tree, id) => median(tree.runs.map((r) => r[id]?.cpuSeconds ?? NaN))
  const cpuRatio = (tree, a, b) =>
    median(tree.runs.map((r) => (r[a]?.cpuSeconds ?? NaN) / (r[b]?.cpuSeconds ?? NaN)))
  const rss = (tree, id) => max(tree.runs.map((r) => r[id]?.rssKiB ?? NaN)) / 1024
  const ratio = (tree, a, b) =>
    median(tree.runs.map((r) => (r[a]?.seconds ?? NaN) / (r[b]?.seconds ?? NaN)))
  const startup = TREES[0]
  const start = {
    ours: secs(startup, 'ours'),
    ours1: secs(startup, 'ours'),
    raw: secs(startup, 'raw')
  }

  const rows = []
  const details = []
  let misses = 0
  const addRow = (tree, id, label) => {
    const cores = id === 'ours1' ? 1 : CORES
    const oursRaw = ratio(tree, 'raw', id) // rate ratio: raw time / our time
    const perCore = oursRaw / cores
    // Hashing alone, start-up costs taken out; unknown (–) when noise makes a time negative.
    const rawNet = secs(tree, 'raw') - start.raw
    const oursNet = secs(tree, id) - start[id]
    const net = rawNet > 0 && oursNet > 0 ? rawNet / oursNet / cores : NaN
    const speedup = ratio(tree, 'quilt3', id)
    const peak = rss(tree, id)
    const checks = []
    if (tree.id === 'big' || tree.id === 'medium') {
      checks.push([`per-core ≥ ${TARGET_PER_CORE}`, perCore >= TARGET_PER_CORE])
    }
    if (tree.id === 'small')
      checks.push([`speed-up ≥ ${TARGET_SPEEDUP}×`, speedup >= TARGET_SPEEDUP])
    checks.push([`RSS < ${TARGET_RSS_MB} MB`, peak < TARGET_RSS_MB])
    const pass = checks.every(([, ok]) => ok)
    if (!pass) misses++
    const verdict = pass
      ? 'PASS'
      : !Number.isFinite(secs(tree, id))
        ? 'NO DATA'
        : `MISS (${checks
            .filter(([, ok]) => !ok)
            .map(([t]) => t.split(' ')[0])
            .join(', ')})`
    const isStartup = tree.id === 'startup'
    rows.push([
      label,
      fmt(secs(tree, id), 3),
      fmt(secs(tree, 'raw'), 3),
      fmt(secs(tree, 'quilt3'), 3),
      fmt(oursRaw),
      fmt(perCore),
      isStartup ? '–' : fmt(net),
      fmt(speedup),
      fmt(peak, 0),
      checks.map(([t]) => t).join('; '),
      verdict
    ])
    const mbs = (s) => (isStartup ? '–' : fmt(tree.bytes / s / 1e6, 0))
    details.push([
      label,
      humanBytes(tree.bytes),
      mbs(secs(tree, id)),
      mbs(secs(tree, 'raw')),
      mbs(secs(tree, 'quilt3')),
      fmt(cpu(tree, id)),
      fmt(cpu(tree, 'raw')),
      fmt(cpuRatio(tree, 'raw', id)),
      fmt(rss(tree, 'raw'), 0),
      fmt(rss(tree, 'quilt3'), 0),
      tree.sameTopHash === null ? '–' : tree.sameTopHash ? 'yes' : 'NO'
    ])
  }
  for (const tree of TREES) {
    addRow(tree, 'ours', tree.label)
    if (tree.concurrency1) addRow(tree, 'ours1', `${tree.label}, --concurrency 1`)
  }

  const loadEnd = loadText()
  console.log(
    `\n## quilt-package-action bench: ${CORES} cores, median of ${RUNS} runs${QUICK ? ' (BENCH_QUICK)' : ''}\n`
  )
  console.log(
    markdownTable(
      [
        'tree',
        'ours s',
        'raw sha256 s',
        'quilt3 s',
        'ours/raw rate',
        'per-core efficiency',
        'per-core net of start-up',
        'speed-up vs quilt3',
        'peak RSS MB',
        'target',
        'PASS/MISS'
      ],
      rows
    )
  )
  console.log()
  console.log(
    markdownTable(
      [
        'tree',
        'bytes',
        'ours MB/s',
        'raw MB/s',
        'quilt3 MB/s',
        'ours CPU s',
        'raw CPU s',
        'CPU raw/ours',
        'raw RSS MB',
        'quilt3 RSS MB',
        'same top hash as quilt3'
      ],
      details
    )
  )
  console.log(
    `\nWhole-process times. ours/raw rate = raw s / ours s; per-core efficiency = that / cores used ` +
      `(${CORES}, or 1 with --concurrency 1); net of start-up subtracts each one's time on the ` +
      `1 × 1 KiB tree; speed-up = quilt3 s / ours s. Ratios are medians of per-round ratios. ` +
      `CPU s = user + system time of all threads (less sensitive to other load than wall time); ` +
      `CPU raw/ours = 1 when ours spends no more CPU than plain SHA-256. Load average: ` +
      `${loadStart} at the start, ${loadEnd} at the end.${busyNote(loadStart, loadEnd)}` +
      `\n${misses} of ${rows.length} rows miss a target.`
  )
  if (errors.length) {
    log(`\nErrors (hash):\n${errors.join('\n')}`)
    return 1
  }
  return 0
}

main().then(
  (code) => {
    cleanup()
    process.exitCode = code
  },
  (e) => {
    cleanup()
    log(e.stack ?? String(e))
    process.exitCode = 1
  }
)
