// The push part of `npm run bench` (scripts/bench.mjs): how fast the CLI bundle pushes a
// package to S3, as ratios to baselines measured in the same run on the same server.
//
// Server: moto on loopback, started through the test suite's launcher (__tests__/helpers/moto:
// AWS-like on checksums unless BENCH_MOTO is `plain`); reset before every contender's run,
// which then gets a fresh versioned bucket. Two environments:
//   loopback  the contenders talk to moto directly. moto answers about 300 requests/s on one
//             core: every client is server-bound, and requests per file decide;
//   +30 ms    through bench/latency-proxy.mjs, which holds every request 30 ms before it
//             forwards it, like the round trip to real S3: requests in flight decide.
// Trees: 2,000 × 1 KiB, and 50 × 5 MiB + 1 × 100 MiB (BENCH_QUICK: 200 × 1 KiB, 5 × 5 MiB +
// 1 × 20 MiB). Contenders, each a whole process under `/usr/bin/time`, in an order that rotates
// run by run, all at the same number of requests in flight N (BENCH_CONCURRENCY, default 10,
// the CLI's default):
//   ours     `node dist/cli/index.js push ... --concurrency N --json` (a copy of the bundle);
//   re-push  ours again right after, same tree and bucket, new message: nothing to upload;
//   floor    `node bench/sdk-floor.mjs`: a plain @aws-sdk/client-s3 upload of the same bytes
//            (one PutObject per file, multipart with 8 MiB parts from 8 MiB on, SHA-256
//            checksums), no quilt logic;
//   quilt3   quilt3 8.0.0 `Package().set_dir('.', DIR).push(...)` with
//            QUILT_TRANSFER_MAX_CONCURRENCY=N.
// Targets (the issue): loopback: ours ≤ 1.15 × the floor, ≥ 2× faster than quilt3; +30 ms: ≥ 3×
// faster than quilt3; both: a re-push ≥ 10× faster than the first push. Peak RSS is reported.
// Checked on the way: ours and quilt3 give the same top hash for the same tree and message, the
// floor sent every byte, a re-push uploads nothing. Requests are counted from moto's log.
import { Buffer } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { motoVersion, startMoto as launchMoto } from '../__tests__/helpers/moto/launch.mjs'
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
  running,
  timed,
  warmCache
} from './lib.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const FLOOR = join(HERE, 'sdk-floor.mjs')
const PROXY = join(HERE, 'latency-proxy.mjs')

export const DELAY_MS = 30
const TARGET_FLOOR = 1.15
const TARGET_QUILT3 = { loopback: 2, latency: 3 }
const TARGET_REPUSH = 10
/** A contender that runs longer than this is ended and counted as failed. */
const TIMEOUT_MS = 300_000
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' }

export function pushTrees(quick) {
  return quick
    ? [
        { id: 'small', label: '200 × 1 KiB', parts: [{ sub: 'files', count: 200, size: KiB }] },
        {
          id: 'mixed',
          label: '5 × 5 MiB + 1 × 20 MiB',
          parts: [
            { sub: 'parts', count: 5, size: 5 * MiB },
            { sub: 'big', count: 1, size: 20 * MiB }
          ]
        }
      ]
    : [
        { id: 'small', label: '2,000 × 1 KiB', parts: [{ sub: 'files', count: 2000, size: KiB }] },
        {
          id: 'mixed',
          label: '50 × 5 MiB + 1 × 100 MiB',
          parts: [
            { sub: 'parts', count: 50, size: 5 * MiB },
            { sub: 'big', count: 1, size: 100 * MiB }
          ]
        }
      ]
}

/** Bytes the push trees need on disk, and moto's copies of one push of the biggest. */
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

/** One HTTP request to moto (unsigned: moto does not check signatures). */
function httpCall(url, method = 'GET', body = '') {
  return new Promise((res, rej) => {
    const headers = { 'content-length': Buffer.byteLength(body) }
    const req = request(url, { method, headers }, (r) => {
      let text = ''
      r.setEncoding('utf-8').on('data', (s) => (text += s))
      r.on('end', () => res({ status: r.statusCode ?? 0, text }))
    })
    req.on('error', rej)
    req.end(body)
  })
}
const httpStatus = async (...args) => (await httpCall(...args)).status
const httpText = async (...args) => (await httpCall(...args)).text

/** Start a long-running child in its own process group, known to `running` (for Ctrl-C). */
function service(cmd, args, options) {
  const proc = spawn(cmd, args, { ...options, detached: true })
  running.add(proc)
  proc.on('close', () => running.delete(proc))
  return proc
}

async function stopService(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return
  const gone = new Promise((r) => proc.once('close', r))
  try {
    process.kill(-proc.pid, 'SIGTERM')
  } catch {
    return
  }
  await Promise.race([gone, sleep(5000)])
  try {
    process.kill(-proc.pid, 'SIGKILL')
  } catch {
    // gone
  }
}

async function startMoto(dir, python) {
  const patched = process.env.BENCH_MOTO !== 'plain'
  const flavour = patched ? 'aws-like' : 'plain'
  const logFile = join(dir, 'moto.log')
  const moto = await launchMoto({ flavour, python, logFile, detached: true })
  running.add(moto.proc)
  moto.proc.on('close', () => running.delete(moto.proc))
  const how = patched ? 'patched, AWS-like on checksums' : 'plain (BENCH_MOTO=plain)'
  return { ...moto, patched, flavour: `moto ${motoVersion(python) ?? '?'} ${how}` }
}

async function startLatencyProxy(target) {
  const proc = service(process.execPath, [PROXY, target, String(DELAY_MS)], {
    stdio: ['pipe', 'pipe', 'inherit'] // its stdin closes when the bench ends: it stops then
  })
  const port = await new Promise((res, rej) => {
    let out = ''
    proc.stdout.setEncoding('utf-8').on('data', (s) => {
      out += s
      const line = out.split('\n')[0]
      if (out.includes('\n')) res(JSON.parse(line).port)
    })
    proc.once('close', (code) => rej(new Error(`the latency proxy exited (${code})`)))
  })
  return { proc, endpoint: `http://127.0.0.1:${port}` }
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
 * {text, errors, misses, rows}: `text` is what to print (markdown).
 */
export async function benchPush(ctx) {
  const { tmp, cli, python, quick, runs, log } = ctx
  const concurrency = Math.max(1, Number.parseInt(process.env.BENCH_CONCURRENCY ?? '10', 10) || 10)
  const started = process.hrtime.bigint()
  const loadStart = loadText()
  const dir = join(tmp, 'push')
  mkdirSync(dir, { recursive: true })
  const errors = []
  const notes = []

  // Trees.
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
  const moto = await startMoto(dir, python)
  const proxy = await startLatencyProxy(moto.endpoint)
  const awsConfig = join(dir, 'aws-config')
  writeFileSync(awsConfig, '[default]\ns3 =\n    addressing_style = path\n')
  const awsCredentials = join(dir, 'aws-credentials')
  writeFileSync(awsCredentials, '')
  const baseEnv = Object.fromEntries(Object.entries(ctx.env).filter(([k]) => !k.startsWith('AWS_')))
  Object.assign(baseEnv, CREDENTIALS, {
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: awsConfig,
    AWS_SHARED_CREDENTIALS_FILE: awsCredentials,
    QUILT_TRANSFER_MAX_CONCURRENCY: String(concurrency)
  })
  let serial = 0
  /** moto emptied (its memory freed), then a fresh bucket: CreateBucket, PutBucketVersioning. */
  const freshBucket = async () => {
    const reset = await httpStatus(`${moto.endpoint}/moto-api/reset`, 'POST')
    if (reset !== 200) throw new Error(`moto reset answered ${reset}`)
    const bucket = `bench-${++serial}`
    const created = await httpStatus(`${moto.endpoint}/${bucket}`, 'PUT')
    const versioned = await httpStatus(
      `${moto.endpoint}/${bucket}?versioning`,
      'PUT',
      '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
        '<Status>Enabled</Status></VersioningConfiguration>'
    )
    const state = await httpText(`${moto.endpoint}/${bucket}?versioning`)
    if (created !== 200 || versioned !== 200 || !state.includes('<Status>Enabled</Status>')) {
      throw new Error(`moto: CreateBucket ${created}, PutBucketVersioning ${versioned}: ${state}`)
    }
    return bucket
  }

  const QUILT3 = quilt3Script(!moto.patched)
  const contender = {
    floor: (tree, bucket, endpoint) => ({
      cmd: process.execPath,
      args: [FLOOR, tree.dir, `s3://${bucket}/bench/f`, endpoint, String(concurrency)],
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
        '--concurrency',
        String(concurrency),
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
    quilt3: (tree, bucket, endpoint) => ({
      cmd: python,
      args: ['-c', QUILT3, tree.dir, bucket, 'm'],
      env: { AWS_ENDPOINT_URL: endpoint },
      check: (out) => ({ topHash: out.trim().split('\n').pop() })
    })
  }
  const ids = ['floor', 'ours', 'quilt3'].filter((id) => id !== 'quilt3' || python)

  const windows = []
  const runOne = async (label, spec, bucket) => {
    const from = statSync(moto.logFile).size
    const r = await timed(spec.cmd, spec.args, {
      cwd: ctx.home,
      env: { ...baseEnv, ...spec.env },
      timeFile: join(dir, 'time.txt'),
      timeoutMs: TIMEOUT_MS
    })
    windows.push({ from, bucket, result: r })
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
    { id: 'loopback', label: 'loopback moto', endpoint: moto.endpoint },
    { id: 'latency', label: `+${DELAY_MS} ms per request`, endpoint: proxy.endpoint }
  ]
  const results = {}
  try {
    // Discarded: loads node, the bundle, python and quilt3 into the page cache; checks the set-up.
    for (const id of ids) {
      const bucket = await freshBucket()
      await runOne(`warm-up ${id}`, contender[id](warm, bucket, moto.endpoint), bucket)
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
            const bucket = await freshBucket()
            round[id] = await runOne(label, contender[id](tree, bucket, e.endpoint), bucket)
            if (id === 'ours' && round.ours) {
              const spec = contender.ours(tree, bucket, e.endpoint, 'm2')
              round.repush = await runOne(`${label} re-push`, spec, bucket)
            }
          }
          rounds.push(round)
          log(
            `  push ${e.id.padEnd(8)} ${tree.label.padEnd(24)} run ${i + 1}/${runs} ` +
              ['ours', 'repush', 'floor', 'quilt3']
                .map((id) => `${id} ${fmt(round[id]?.seconds ?? NaN, 2)} s`)
                .join(', ')
          )
        }
        log(`  ${e.label}, ${tree.label}: ${fmt(Number(process.hrtime.bigint() - t0) / 1e9, 1)} s`)
      }
    }
  } finally {
    await stopService(proxy.proc)
    await stopService(moto.proc)
  }
  countRequests(moto.logFile, windows)
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
  const secs = (rounds, id) => median(rounds.map((r) => r[id]?.seconds ?? NaN))
  const ratio = (rounds, a, b) =>
    median(rounds.map((r) => (r[a]?.seconds ?? NaN) / (r[b]?.seconds ?? NaN)))
  const peak = (rounds, id) => max(rounds.map((r) => r[id]?.rssKiB ?? NaN)) / 1024
  const reqs = (rounds, id) => median(rounds.map((r) => r[id]?.requests ?? NaN))
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
    'tree',
    'ours s',
    'floor s',
    'quilt3 s',
    'ours/floor',
    'quilt3/ours',
    're-push s',
    'first/re-push',
    'peak RSS ours MB',
    'targets',
    'PASS/MISS'
  ]
  for (const e of envs) {
    const rows = []
    for (const tree of trees) {
      const rounds = results[e.id][tree.id]
      const oursFloor = ratio(rounds, 'ours', 'floor')
      const speedup = ratio(rounds, 'quilt3', 'ours')
      const repush = ratio(rounds, 'ours', 'repush')
      const checks = []
      if (e.id === 'loopback')
        checks.push([`ours/floor ≤ ${TARGET_FLOOR}`, oursFloor <= TARGET_FLOOR])
      checks.push([`quilt3/ours ≥ ${TARGET_QUILT3[e.id]}`, speedup >= TARGET_QUILT3[e.id]])
      checks.push([`first/re-push ≥ ${TARGET_REPUSH}`, repush >= TARGET_REPUSH])
      const pass = checks.every(([, ok]) => ok)
      rowCount++
      if (!pass) misses++
      const verdict = pass
        ? 'PASS'
        : !Number.isFinite(secs(rounds, 'ours'))
          ? 'NO DATA'
          : `MISS (${checks
              .filter(([, ok]) => !ok)
              .map(([t]) => t.split(' ')[0])
              .join(', ')})`
      rows.push([
        tree.label,
        fmt(secs(rounds, 'ours'), 2),
        fmt(secs(rounds, 'floor'), 2),
        fmt(secs(rounds, 'quilt3'), 2),
        fmt(oursFloor),
        fmt(speedup),
        fmt(secs(rounds, 'repush'), 2),
        fmt(repush, 1),
        fmt(max([peak(rounds, 'ours'), peak(rounds, 'repush')]), 0),
        checks.map(([t]) => t).join('; '),
        verdict
      ])
    }
    out.push(`\n### push, ${e.label} (N = ${concurrency} requests in flight)\n`)
    out.push(markdownTable(header, rows))
  }

  const details = []
  for (const e of envs) {
    for (const tree of trees) {
      const rounds = results[e.id][tree.id]
      const perFile = (id) => fmt(reqs(rounds, id) / tree.files, 2)
      // Files per second for small files, MB/s for large ones.
      const rate = (id) =>
        tree.bytes / tree.files < MiB
          ? fmt(tree.files / secs(rounds, id), 0)
          : fmt(tree.bytes / secs(rounds, id) / 1e6, 0)
      details.push([
        e.id === 'loopback' ? 'loopback' : `+${DELAY_MS} ms`,
        tree.label,
        humanBytes(tree.bytes),
        `${rate('ours')} / ${rate('floor')} / ${rate('quilt3')} ${
          tree.bytes / tree.files < MiB ? 'files/s' : 'MB/s'
        }`,
        `${perFile('ours')} / ${perFile('repush')} / ${perFile('floor')} / ${perFile('quilt3')}`,
        `${fmt(median(rounds.map((r) => r.ours?.cpuSeconds ?? NaN)))} / ${fmt(
          median(rounds.map((r) => r.floor?.cpuSeconds ?? NaN))
        )} / ${fmt(median(rounds.map((r) => r.quilt3?.cpuSeconds ?? NaN)))}`,
        `${fmt(peak(rounds, 'floor'), 0)} / ${fmt(peak(rounds, 'quilt3'), 0)}`,
        tree.sameTopHash === null ? '–' : tree.sameTopHash ? 'yes' : 'NO'
      ])
      if (e.id === 'loopback') {
        tree.methods = ['ours', 'repush', 'floor', 'quilt3'].map(
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
        'rate ours / floor / quilt3',
        'requests per file ours / re-push / floor / quilt3',
        'CPU s ours / floor / quilt3',
        'peak RSS MB floor / quilt3',
        'same top hash as quilt3'
      ],
      details
    )
  )
  out.push('\nRequests of one loopback run, from moto’s log (setup left out):')
  for (const tree of trees) out.push(`- ${tree.label}: ${tree.methods.join('; ')}`)

  const loadEnd = loadText()
  out.push(
    `\nServer: ${moto.flavour}, reset before each contender's run (fresh versioned bucket). ` +
      `+${DELAY_MS} ms: bench/latency-proxy.mjs holds each request ${DELAY_MS} ms before ` +
      `forwarding it. Whole-process wall times, medians of ${runs} run(s); ratios are medians of ` +
      `per-round ratios (ours/floor = ours s / floor s; quilt3/ours = quilt3 s / ours s; ` +
      `first/re-push = ours s / re-push s, the re-push being the same tree with a new message ` +
      `into the same bucket). Peak RSS ours = the larger of the push and the re-push. ` +
      `Load average: ${loadStart} at the start, ${loadEnd} at the end.` +
      busyNote(loadStart, loadEnd) +
      `\nPush part: ${fmt(Number(process.hrtime.bigint() - started) / 1e9, 0)} s; ` +
      `${misses} of ${rowCount} rows miss a target.`
  )
  if (notes.length) out.push(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`)
  return { text: out.join('\n'), errors, misses }
}
