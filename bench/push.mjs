// The push part of `npm run bench` (scripts/bench.mjs, BENCH_ONLY=push): how fast the CLI bundle
// pushes a package to S3, next to s5cmd, quilt3 and a plain SDK upload on the same server in the
// same run, and its peak memory. One table per environment, to compare with issue 14's.
//
// Server (bench/s3-server.mjs): versitygw, an S3 gateway over a temp folder (real speed: the
// client's CPU decides), built on first use into .cache/bench-tools; moto when Go or the build is
// unavailable (about 300 requests/s: server-bound), or with BENCH_S3=moto. Every contender's run
// gets a fresh versioned bucket. Two environments:
//   loopback  the contenders talk to the server directly;
//   +30 ms    through bench/latency-proxy.mjs, which holds every request 30 ms before it
//             forwards it, like the round trip to real S3: requests in flight decide.
// Trees: 2,000 × 1 KiB, 20,000 × 1 KiB, and 50 × 5 MiB + 1 × 100 MiB (BENCH_QUICK: 200 × 1 KiB,
// 2,000 × 1 KiB, 5 × 5 MiB + 1 × 20 MiB). Contenders, each a whole process under `/usr/bin/time`,
// in an order that rotates run by run, each at its shipped default of requests in flight:
//   ours     `node dist/cli/index.js push ... --json` (a copy of the bundle), no --concurrency:
//            the action's default (32, read from action.yml for the header);
//   re-push  ours again right after, same tree and bucket, new message: nothing to upload;
//   s5cmd    s5cmd v2.3.0 `s5cmd --endpoint-url E cp 'DIR/*' s3://BUCKET/bench/s/` (its default:
//            256 workers; no checksum header: it sends less than the others), built on first use;
//   floor    `node bench/sdk-floor.mjs`: a plain @aws-sdk/client-s3 upload of the same bytes
//            (one PutObject per file, multipart with 8 MiB parts from 8 MiB on, SHA-256
//            checksums), no quilt logic, at ours' number of requests in flight;
//   quilt3   quilt3 8.0.0 `Package().set_dir('.', DIR).push(...)` (its default: 10 in flight).
// BENCH_CONCURRENCY=N runs every contender at N in flight instead (s5cmd --numworkers N,
// QUILT_TRANSFER_MAX_CONCURRENCY=N).
// Targets (issue 14): small files within 1.2× of s5cmd and ≥ 4× faster than quilt3 on loopback,
// ≥ 3× quilt3 at +30 ms; the large files at the floor (≤ 1.1×); a re-push ≥ 10× faster than the
// first push. Every time has the 1-minute load average at the end of its run beside it (median of
// the runs). Checked on the way: ours and quilt3 give the same top hash for the same tree and
// message, the floor and s5cmd sent every file, a re-push uploads nothing. On moto, requests are
// counted from its log.
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  busyNote,
  fmt,
  humanBytes,
  KiB,
  loadText,
  makeTree,
  markdownTable,
  max,
  median,
  MiB,
  removeQuietly,
  timed,
  warmCache
} from './lib.mjs'
import {
  chooseServer,
  CREDENTIALS,
  startLatencyProxy,
  startServer,
  stopService
} from './s3-server.mjs'
import { ensureS5cmd, S5CMD_VERSION } from './tools.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..')
const FLOOR = join(HERE, 'sdk-floor.mjs')

export const DELAY_MS = 30
const TARGET_S5CMD = 1.2
const TARGET_FLOOR = 1.1
const TARGET_QUILT3 = { loopback: 4, latency: 3 }
const TARGET_REPUSH = 10
/** A contender that runs longer than this is ended and shown as `timeout`. */
const TIMEOUT_MS = 300_000

/** Requests in flight the action uses by default: "(default N)" in action.yml's concurrency. */
export function actionDefaultConcurrency() {
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf-8')
  const block = /\n {2}concurrency:\n((?: {4}.*\n)+)/.exec(yml)?.[1] ?? ''
  const n = Number(/\(default (\d+)\)/.exec(block)?.[1])
  if (!Number.isInteger(n)) throw new Error('action.yml: no "(default N)" in concurrency')
  return n
}

export function pushTrees(quick) {
  const small = (n) => ({
    id: `small${n}`,
    label: `${n.toLocaleString('en')} × 1 KiB`,
    parts: [{ sub: 'files', count: n, size: KiB }]
  })
  const mixed = (count, big) => ({
    id: 'mixed',
    label: `${count} × 5 MiB + 1 × ${big} MiB`,
    parts: [
      { sub: 'parts', count, size: 5 * MiB },
      { sub: 'big', count: 1, size: big * MiB }
    ]
  })
  return quick
    ? [small(200), small(2000), mixed(5, 20)]
    : [small(2000), small(20000), mixed(50, 100)]
}

/** Bytes the push trees need on disk, and the server's copies of one push of the biggest. */
export function pushDiskBytes(quick) {
  const trees = pushTrees(quick)
  const bytes = (t) => t.parts.reduce((n, p) => n + p.count * Math.max(p.size, 4096), 0)
  return trees.reduce((n, t) => n + bytes(t), 0) + 3 * Math.max(...trees.map(bytes))
}

/**
 * quilt3's push. On moto as shipped (no composite checksum in CompleteMultipartUpload's answer,
 * which quilt3 8.0.0 reads unconditionally), a client hook fills in the value AWS would return,
 * as __tests__/helpers/s3-quilt3.ts does; with the patched moto nothing is added.
 */
function quilt3Script(plainMoto) {
  const hook = [
    'import base64, hashlib, quilt3.hooks',
    'def _remember(params, context, **kw):',
    "    parts = (params.get('MultipartUpload') or {}).get('Parts') or []",
    "    context['qpa_sums'] = [p.get('ChecksumSHA256') for p in parts]",
    'def _composite(parsed, context, **kw):',
    "    sums = context.get('qpa_sums')",
    "    if not isinstance(parsed, dict) or 'Error' in parsed or parsed.get('ChecksumSHA256'):",
    '        return',
    '    if not sums or not all(sums):',
    '        return',
    "    d = hashlib.sha256(b''.join(base64.b64decode(s) for s in sums)).digest()",
    "    parsed['ChecksumSHA256'] = base64.b64encode(d).decode() + '-' + str(len(sums))",
    'def _client(build, session, kwargs, **kw):',
    '    c = build(session, kwargs, **kw)',
    "    c.meta.events.register('before-parameter-build.s3.CompleteMultipartUpload', _remember)",
    "    c.meta.events.register('after-call.s3.CompleteMultipartUpload', _composite)",
    '    return c',
    'quilt3.hooks.set_build_s3_client_hook(_client)'
  ]
  return [
    'import sys, quilt3',
    ...(plainMoto ? hook : []),
    "pkg = quilt3.Package().set_dir('.', sys.argv[1])",
    "pushed = pkg.push('bench/q', registry='s3://' + sys.argv[2], message=sys.argv[3], force=True)",
    'print(pushed.top_hash)'
  ].join('\n')
}

/**
 * Requests in moto's log for each window {from, bucket, result}: the lines naming its bucket
 * from its start to the start of the next window on the same bucket (the re-push), bucket
 * set-up left out. Buckets are never reused otherwise, so a line logged late still counts.
 */
function countRequests(logFile, windows) {
  const text = readFileSync(logFile)
  windows.forEach((w, i) => {
    const next = windows.slice(i + 1).find((x) => x.bucket === w.bucket)
    const byMethod = {}
    let total = 0
    const lines = text
      .subarray(w.from, next?.from ?? text.length)
      .toString('utf-8')
      .split('\n')
    for (const line of lines) {
      const m = /"([A-Z]+) \/([^/?\s]+)(\S*) HTTP/.exec(line)
      if (!m || m[2] !== w.bucket) continue
      if (m[1] === 'PUT' && (m[3] === '' || m[3] === '?versioning')) continue // bucket set-up
      byMethod[m[1]] = (byMethod[m[1]] ?? 0) + 1
      total++
    }
    w.result.requests = total
    w.result.byMethod = byMethod
  })
}

/**
 * The push benchmark. `ctx`: {tmp, home, env, cli, python, quick, runs, log}. Returns
 * {text, errors, misses}: `text` is what to print (markdown).
 */
export async function benchPush(ctx) {
  const { tmp, cli, python, quick, runs, log } = ctx
  const forced = Number.parseInt(process.env.BENCH_CONCURRENCY ?? '', 10)
  const fixed = Number.isInteger(forced) && forced > 0 ? forced : null
  const actionDefault = actionDefaultConcurrency()
  const oursInFlight = fixed ?? actionDefault
  const started = process.hrtime.bigint()
  const loadStart = loadText()
  const dir = join(tmp, 'push')
  mkdirSync(dir, { recursive: true })
  const errors = []
  const notes = []

  // Tools first (a build on first use), then the trees.
  const choice = chooseServer(log)
  let s5cmd = null
  try {
    s5cmd = ensureS5cmd(log).path
  } catch (e) {
    notes.push(`no s5cmd column: ${e.message.split('\n')[0]}`)
  }
  const trees = pushTrees(quick)
  const warm = {
    id: 'warm',
    label: 'warm-up 1 × 1 KiB',
    parts: [{ sub: 'w', count: 1, size: KiB }]
  }
  for (const tree of [warm, ...trees]) {
    tree.dir = join(dir, tree.id)
    tree.files = tree.parts.reduce((n, p) => n + p.count, 0)
    tree.bytes = tree.parts.reduce((n, p) => n + p.count * p.size, 0)
    for (const p of tree.parts) await makeTree(join(tree.dir, p.sub), p)
  }
  spawnSync('sync')
  for (const tree of [warm, ...trees]) {
    if ((await warmCache(tree.dir)) !== tree.bytes) throw new Error(`tree ${tree.id} is incomplete`)
  }

  // Servers and the contenders' environment.
  const server = await startServer(choice, dir, python)
  log(`push: server ${server.label} on ${server.endpoint}`)
  const proxy = await startLatencyProxy(server.endpoint, DELAY_MS)
  const awsConfig = join(dir, 'aws-config')
  writeFileSync(awsConfig, '[default]\ns3 =\n    addressing_style = path\n')
  const awsCredentials = join(dir, 'aws-credentials')
  writeFileSync(awsCredentials, '')
  const baseEnv = Object.fromEntries(Object.entries(ctx.env).filter(([k]) => !k.startsWith('AWS_')))
  delete baseEnv.QUILT_TRANSFER_MAX_CONCURRENCY
  Object.assign(baseEnv, CREDENTIALS, {
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: awsConfig,
    AWS_SHARED_CREDENTIALS_FILE: awsCredentials
  })
  if (fixed) baseEnv.QUILT_TRANSFER_MAX_CONCURRENCY = String(fixed)

  const QUILT3 = quilt3Script(!server.patched)
  const contender = {
    floor: (tree, bucket, endpoint) => ({
      cmd: process.execPath,
      args: [FLOOR, tree.dir, `s3://${bucket}/bench/f`, endpoint, String(oursInFlight)],
      check: (out) => {
        const r = JSON.parse(out)
        if (r.files !== tree.files || r.bytes !== tree.bytes) {
          throw new Error(`the floor sent ${r.files} files, ${r.bytes} bytes`)
        }
        if (r.retries > 0) notes.push(`${tree.label}: the floor retried ${r.retries} request(s)`)
      }
    }),
    ours: (tree, bucket, endpoint, message = 'm') => ({
      cmd: process.execPath,
      args: [
        cli,
        'push',
        '--name',
        'bench/p',
        '--path',
        tree.dir,
        '--registry',
        `s3://${bucket}`,
        '--endpoint-url',
        endpoint,
        '--message',
        message,
        ...(fixed ? ['--concurrency', String(fixed)] : []),
        '--json'
      ],
      check: (out) => {
        const r = JSON.parse(out)
        if (Number(r.files) !== tree.files || Number(r.bytes) !== tree.bytes) {
          throw new Error(`ours listed ${r.files} files, ${r.bytes} bytes`)
        }
        return { topHash: r['top-hash'], uploaded: Number(r['uploaded-bytes']) }
      }
    }),
    s5cmd: (tree, bucket, endpoint) => ({
      cmd: s5cmd,
      args: [
        '--endpoint-url',
        endpoint,
        ...(fixed ? ['--numworkers', String(fixed)] : []),
        'cp',
        `${tree.dir}/*`,
        `s3://${bucket}/bench/s/`
      ],
      check: (out) => {
        const copied = out.split('\n').filter((line) => line.startsWith('cp ')).length
        if (copied !== tree.files) throw new Error(`s5cmd copied ${copied} files`)
      }
    }),
    quilt3: (tree, bucket, endpoint) => ({
      cmd: python,
      args: ['-c', QUILT3, tree.dir, bucket, 'm'],
      env: { AWS_ENDPOINT_URL: endpoint },
      check: (out) => ({ topHash: out.trim().split('\n').pop() })
    })
  }
  const ids = ['ours', 's5cmd', 'floor', 'quilt3'].filter(
    (id) => (id !== 'quilt3' || python) && (id !== 's5cmd' || s5cmd)
  )

  const windows = []
  const runOne = async (label, spec, bucket) => {
    const from = server.logFile ? statSync(server.logFile).size : 0
    const r = await timed(spec.cmd, spec.args, {
      cwd: ctx.home,
      env: { ...baseEnv, ...spec.env },
      timeFile: join(dir, 'time.txt'),
      timeoutMs: TIMEOUT_MS
    })
    r.load = loadavg()[0]
    windows.push({ from, bucket, result: r })
    if (r.code === 'timeout') {
      notes.push(`${label}: ended after ${TIMEOUT_MS / 1000} s (timeout)`)
      return { timeout: true }
    }
    if (r.code !== 0) {
      const tail = r.stderr.trim().split('\n').slice(-5).join('\n  ')
      errors.push(`${label}: exit ${r.code}\n  ${tail}`)
      return null
    }
    try {
      Object.assign(r, spec.check(r.stdout) ?? {})
    } catch (e) {
      errors.push(`${label}: ${e.message}`)
      return null
    }
    return r
  }

  const envs = [
    { id: 'loopback', label: `loopback ${server.kind}`, endpoint: server.endpoint },
    { id: 'latency', label: `+${DELAY_MS} ms per request`, endpoint: proxy.endpoint }
  ]
  const results = {}
  try {
    // Discarded: loads node, the bundle, python and quilt3 into the page cache; checks the set-up.
    for (const id of ids) {
      const bucket = await server.freshBucket()
      await runOne(`warm-up ${id}`, contender[id](warm, bucket, server.endpoint), bucket)
    }
    for (const e of envs) {
      results[e.id] = {}
      for (const tree of trees) {
        const rounds = (results[e.id][tree.id] = [])
        const t0 = process.hrtime.bigint()
        for (let i = 0; i < runs; i++) {
          const round = {}
          const order = ids.map((_, k) => ids[(k + i) % ids.length])
          for (const id of order) {
            const label = `${e.label}, ${tree.label}, run ${i + 1}, ${id}`
            const bucket = await server.freshBucket()
            round[id] = await runOne(label, contender[id](tree, bucket, e.endpoint), bucket)
            if (id === 'ours' && round.ours?.topHash) {
              const spec = contender.ours(tree, bucket, e.endpoint, 'm2')
              round.repush = await runOne(`${label} re-push`, spec, bucket)
            }
          }
          rounds.push(round)
          log(
            `  push ${e.id.padEnd(8)} ${tree.label.padEnd(24)} run ${i + 1}/${runs} ` +
              ['ours', 'repush', 's5cmd', 'floor', 'quilt3']
                .map((id) => `${id} ${fmt(round[id]?.seconds ?? NaN, 2)} s`)
                .join(', ') +
              ` (load ${loadText()})`
          )
        }
        log(`  ${e.label}, ${tree.label}: ${fmt(Number(process.hrtime.bigint() - t0) / 1e9, 1)} s`)
      }
    }
  } finally {
    await stopService(proxy.proc)
    await server.stop()
  }
  if (server.logFile) countRequests(server.logFile, windows)
  removeQuietly(dir)

  // Correctness: one top hash per tree for ours and quilt3 (same message), one for the re-pushes.
  for (const tree of trees) {
    const all = envs.flatMap((e) => results[e.id][tree.id])
    const first = new Set(all.flatMap((r) => [r.ours?.topHash, r.quilt3?.topHash]).filter(Boolean))
    const quilt3Ran = all.some((r) => r.quilt3?.topHash)
    if (first.size > 1) errors.push(`${tree.label}: top hashes differ: ${[...first].join(' ')}`)
    const again = new Set(all.map((r) => r.repush?.topHash).filter(Boolean))
    if (again.size > 1) {
      errors.push(`${tree.label}: re-push top hashes differ: ${[...again].join(' ')}`)
    }
    tree.sameTopHash = quilt3Ran && all.some((r) => r.ours?.topHash) ? first.size === 1 : null
    const uploaded = all.map((r) => r.repush?.uploaded).filter((n) => n > 0)
    if (uploaded.length) {
      notes.push(`${tree.label}: a re-push uploaded data again (${uploaded.join(', ')} bytes)`)
    }
  }

  // Figures.
  const ok = (r) => r && !r.timeout
  const secs = (rounds, id) => median(rounds.map((r) => (ok(r[id]) ? r[id].seconds : NaN)))
  const cpu = (rounds, id) => median(rounds.map((r) => (ok(r[id]) ? r[id].cpuSeconds : NaN)))
  const load = (rounds, id) => median(rounds.map((r) => (ok(r[id]) ? r[id].load : NaN)))
  const timedOut = (rounds, id) => rounds.some((r) => r[id]?.timeout)
  const ratio = (rounds, a, b) =>
    median(rounds.map((r) => (ok(r[a]) && ok(r[b]) ? r[a].seconds / r[b].seconds : NaN)))
  const peak = (rounds, id) => max(rounds.map((r) => (ok(r[id]) ? r[id].rssKiB : NaN))) / 1024
  const reqs = (rounds, id) => median(rounds.map((r) => r[id]?.requests ?? NaN))
  /** "3.41 s (3.80 CPU s) · load 0.85", or "timeout" / "–". */
  const cell = (rounds, id) => {
    const t = secs(rounds, id)
    if (!Number.isFinite(t)) return timedOut(rounds, id) ? 'timeout' : '–'
    return `${fmt(t, 2)} s (${fmt(cpu(rounds, id), 2)} CPU s) · load ${fmt(load(rounds, id), 2)}`
  }
  const methods = (rounds, id) => {
    const r = rounds.find((x) => x[id]?.byMethod)?.[id]?.byMethod
    return r
      ? Object.entries(r)
          .sort((a, b) => b[1] - a[1])
          .map(([m, n]) => `${m} ${n}`)
          .join(' · ')
      : '–'
  }
  const out = []
  let misses = 0
  let rowCount = 0
  const header = [
    'push',
    'ours',
    `s5cmd ${S5CMD_VERSION}`,
    'quilt3 8.0.0',
    'plain SDK upload (floor)',
    'ours/s5cmd',
    'quilt3/ours',
    'ours/floor',
    'peak RSS MB ours',
    'peak RSS MB s5cmd',
    're-push',
    'targets',
    'PASS/MISS'
  ]
  for (const e of envs) {
    const rows = []
    for (const tree of trees) {
      const rounds = results[e.id][tree.id]
      const large = tree.id === 'mixed'
      const oursS5cmd = ratio(rounds, 'ours', 's5cmd')
      const oursFloor = ratio(rounds, 'ours', 'floor')
      const speedup = ratio(rounds, 'quilt3', 'ours')
      const repush = ratio(rounds, 'ours', 'repush')
      const checks = []
      if (e.id === 'loopback' && !large) {
        checks.push([`ours/s5cmd ≤ ${TARGET_S5CMD}`, oursS5cmd <= TARGET_S5CMD])
      }
      if (e.id === 'loopback' && large) {
        checks.push([`ours/floor ≤ ${TARGET_FLOOR}`, oursFloor <= TARGET_FLOOR])
      }
      checks.push([`quilt3/ours ≥ ${TARGET_QUILT3[e.id]}`, speedup >= TARGET_QUILT3[e.id]])
      checks.push([`first/re-push ≥ ${TARGET_REPUSH}`, repush >= TARGET_REPUSH])
      const pass = checks.every(([, good]) => good)
      rowCount++
      if (!pass) misses++
      const verdict = pass
        ? 'PASS'
        : !Number.isFinite(secs(rounds, 'ours'))
          ? 'NO DATA'
          : `MISS (${checks
              .filter(([, good]) => !good)
              .map(([t]) => t.split(' ')[0])
              .join(', ')})`
      rows.push([
        tree.label,
        cell(rounds, 'ours'),
        cell(rounds, 's5cmd'),
        cell(rounds, 'quilt3'),
        cell(rounds, 'floor'),
        fmt(oursS5cmd),
        fmt(speedup),
        fmt(oursFloor),
        fmt(max([peak(rounds, 'ours'), peak(rounds, 'repush')]), 0),
        fmt(peak(rounds, 's5cmd'), 0),
        `${fmt(secs(rounds, 'repush'), 2)} s (${fmt(repush, 1)}× faster)`,
        checks.map(([t]) => t).join('; '),
        verdict
      ])
    }
    const inFlight = fixed
      ? `every contender at ${fixed} requests in flight (BENCH_CONCURRENCY)`
      : `shipped defaults: ours ${actionDefault} requests in flight (action.yml), ` +
        `s5cmd 256 workers, quilt3 10, the floor ${oursInFlight}`
    out.push(`\n### push, ${e.label} (${inFlight})\n`)
    out.push(markdownTable(header, rows))
  }

  const details = []
  for (const e of envs) {
    for (const tree of trees) {
      const rounds = results[e.id][tree.id]
      const perFile = (id) => fmt(reqs(rounds, id) / tree.files, 2)
      const few = tree.bytes / tree.files < MiB
      // Files per second for small files, MB/s for large ones.
      const rate = (id) =>
        few ? fmt(tree.files / secs(rounds, id), 0) : fmt(tree.bytes / secs(rounds, id) / 1e6, 0)
      details.push([
        e.id === 'loopback' ? 'loopback' : `+${DELAY_MS} ms`,
        tree.label,
        humanBytes(tree.bytes),
        `${['ours', 's5cmd', 'floor', 'quilt3'].map(rate).join(' / ')} ${few ? 'files/s' : 'MB/s'}`,
        ...(server.logFile
          ? [['ours', 'repush', 's5cmd', 'floor', 'quilt3'].map(perFile).join(' / ')]
          : []),
        `${fmt(peak(rounds, 'floor'), 0)} / ${fmt(peak(rounds, 'quilt3'), 0)}`,
        tree.sameTopHash === null ? '–' : tree.sameTopHash ? 'yes' : 'NO'
      ])
      if (e.id === 'loopback') {
        tree.methods = ['ours', 'repush', 's5cmd', 'floor', 'quilt3'].map(
          (id) => `${id}: ${methods(rounds, id)}`
        )
      }
    }
  }
  out.push('')
  out.push(
    markdownTable(
      [
        'env',
        'tree',
        'bytes',
        'rate ours / s5cmd / floor / quilt3',
        // Counted from moto's log only (versitygw's request log stays off: it would slow it).
        ...(server.logFile ? ['requests per file ours / re-push / s5cmd / floor / quilt3'] : []),
        'peak RSS MB floor / quilt3',
        'same top hash as quilt3'
      ],
      details
    )
  )
  if (server.logFile) {
    out.push('\nRequests of one loopback run, from moto’s log (setup left out):')
    for (const tree of trees) out.push(`- ${tree.label}: ${tree.methods.join('; ')}`)
  }

  const loadEnd = loadText()
  out.push(
    `\nServer: ${server.label}; a fresh versioned bucket for each contender's run. ` +
      `+${DELAY_MS} ms: bench/latency-proxy.mjs holds each request ${DELAY_MS} ms before ` +
      `forwarding it. Whole-process wall times (CPU s = user + system of all threads), medians of ` +
      `${runs} run(s), each with the 1-minute load average at the end of its run; ratios are ` +
      `medians of per-round ratios of wall times (ours/s5cmd = ours s / s5cmd s; quilt3/ours = ` +
      `quilt3 s / ours s; re-push: the same tree with a new message into the same bucket). ` +
      `Peak RSS ours = the larger of the push and the re-push. ` +
      `Load average: ${loadStart} at the start, ${loadEnd} at the end.` +
      busyNote(loadStart, loadEnd) +
      `\nPush part: ${fmt(Number(process.hrtime.bigint() - started) / 1e9, 0)} s; ` +
      `${misses} of ${rowCount} rows miss a target.`
  )
  if (notes.length) out.push(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`)
  return { text: out.join('\n'), errors, misses }
}
