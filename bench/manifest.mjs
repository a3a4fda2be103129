// The million-entry part of `npm run bench` (scripts/bench.mjs, BENCH_ONLY=manifest; or run on
// its own: `node bench/manifest.mjs`). Issue 14 targets: reading a 1 M-entry manifest and its top
// hash in ≤ 4 s and in no more memory than quilt3; a build or push whose parent has 1 M entries
// at most ~1 s slower than the same one without a parent.
//
// The manifest (bench/manifest-gen.mjs) is what quilt3 writes for a package of 1 M S3 objects:
// varied keys (some non-ASCII), versioned s3 URLs, sha2-256-chunked hashes, user metadata on one
// entry in ten. Contenders, each a whole process under `/usr/bin/time` (time, peak RSS):
//   read   ours: bench/manifest-read.mjs on src/ compiled by tsc (Package.fromManifestBytes and
//          topHash); quilt3 8.0.0: `Package.load(f)` then `top_hash`. Both must agree on the hash.
//   build  ours (dist/cli): `build` of 11 small files into a local registry whose `latest` is the
//          1 M-entry manifest, against the same build into an empty registry.
//   push   ours (dist/cli): `push` of the same 11 files to an S3 registry (the push bench's server,
//          bench/s3-server.mjs: versitygw, or moto) whose `latest` is that manifest, against the
//          same push of a new package into the same bucket.
// Medians of BENCH_RUNS runs (default 3; BENCH_QUICK=1: 100,000 entries, 1 run). On its own, the
// script also takes BENCH_CLI (another cli bundle) and BENCH_LIB (another compiled src/).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { busyNote, fmt, loadText, markdownTable, median, removeQuietly, timed } from './lib.mjs'
import { writeManifest } from './manifest-gen.mjs'
import { chooseServer, CREDENTIALS, startServer } from './s3-server.mjs'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const TARGET_SECONDS = 4
const TARGET_EXTRA_SECONDS = 1

/** src/ compiled to plain JavaScript under `out` (the library the read contender imports). */
function compileLibrary(out) {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      ...['-p', join(ROOT, 'tsconfig.json'), '--noEmit', 'false', '--outDir', out],
      ...['--sourceMap', 'false']
    ],
    { stdio: 'inherit' }
  )
}

/** quilt3 reads the manifest (argument 1) and computes its top hash, as bench/manifest-read.mjs. */
const QUILT3_READ = `
import json, sys, time
import quilt3
t0 = time.perf_counter()
with open(sys.argv[1]) as f:
    pkg = quilt3.Package.load(f)
t1 = time.perf_counter()
top = pkg.top_hash
t2 = time.perf_counter()
print(json.dumps({"topHash": top, "read": t1 - t0, "hash": t2 - t1}))
`

export async function benchManifest({ tmp, home, env, cli, python, quick, runs, log, lib }) {
  const count = quick ? 100_000 : 1_000_000
  const dir = join(tmp, 'manifest')
  mkdirSync(dir, { recursive: true })
  const manifest = join(dir, 'manifest.jsonl')
  const bytes = writeManifest(manifest, count)
  log(`${count.toLocaleString('en')} entries, ${fmt(bytes / 1e6, 0)} MB`)
  if (lib === undefined) {
    lib = join(dir, 'js')
    compileLibrary(lib)
  }
  const timeFile = join(dir, 'time')
  const common = { cwd: tmp, env: { ...env, HOME: home }, timeFile }
  const errors = []
  const loadStart = loadText()

  // Read + top hash.
  const ours = []
  const theirs = []
  let ourHash = null
  for (let r = 0; r < runs; r++) {
    const a = await timed(
      process.execPath,
      [join(ROOT, 'bench/manifest-read.mjs'), lib, manifest],
      common
    )
    if (a.code !== 0) errors.push(`ours (read): ${a.stderr.trim().slice(-500)}`)
    else ourHash = JSON.parse(a.stdout).topHash
    ours.push(a)
    const b = await timed(python, ['-c', QUILT3_READ, manifest], common)
    if (b.code !== 0) errors.push(`quilt3 (read): ${b.stderr.trim().slice(-500)}`)
    else if (JSON.parse(b.stdout).topHash !== ourHash) {
      errors.push(`top hashes differ: ours ${ourHash}, quilt3 ${JSON.parse(b.stdout).topHash}`)
    }
    theirs.push(b)
  }

  // A build of 11 files with the 1 M-entry parent, and without a parent.
  const files = join(dir, 'files')
  mkdirSync(files)
  for (let i = 0; i < 11; i++) writeFileSync(join(files, `f${i}.txt`), `file ${i}\n`)
  const topHash = ourHash ?? ''
  const withParent = []
  const without = []
  for (let r = 0; r < runs; r++) {
    const reg = mkdtempSync(join(dir, 'reg-'))
    mkdirSync(join(reg, '.quilt/packages'), { recursive: true })
    mkdirSync(join(reg, '.quilt/named_packages/bench/one'), { recursive: true })
    writeFileSync(join(reg, '.quilt/packages', topHash), readFileSync(manifest))
    writeFileSync(join(reg, '.quilt/named_packages/bench/one/latest'), topHash)
    writeFileSync(join(reg, '.quilt/named_packages/bench/one/1700000000'), topHash)
    const empty = mkdtempSync(join(dir, 'empty-'))
    const args = (registry) => [
      cli,
      'build',
      '--name',
      'bench/one',
      '--path',
      files,
      '--registry',
      registry,
      '--json'
    ]
    const a = await timed(process.execPath, args(reg), common)
    if (a.code !== 0) errors.push(`build with parent: ${a.stderr.trim().slice(-500)}`)
    withParent.push(a)
    const b = await timed(process.execPath, args(empty), common)
    if (b.code !== 0) errors.push(`build without parent: ${b.stderr.trim().slice(-500)}`)
    without.push(b)
    removeQuietly(reg)
    removeQuietly(empty)
  }
  const pushes = await pushOnParent({
    dir,
    files,
    manifest,
    topHash,
    cli,
    common,
    python,
    runs,
    log,
    errors
  })
  const loadEnd = loadText()

  const t = (xs) => median(xs.map((x) => x.timeSeconds))
  const mb = (xs) => median(xs.map((x) => x.rssKiB / 1024))
  const readOk = t(ours) <= TARGET_SECONDS && mb(ours) <= mb(theirs)
  const extra = t(withParent) - t(without)
  const rows = [
    [
      `read + top hash, ${count.toLocaleString('en')} entries`,
      `${fmt(t(ours))} s, ${fmt(mb(ours), 0)} MB`,
      `${fmt(t(theirs))} s, ${fmt(mb(theirs), 0)} MB`,
      `${fmt(t(theirs) / t(ours), 1)}× faster, ${fmt(mb(ours) / mb(theirs))}× the memory`,
      `≤ ${TARGET_SECONDS} s, ≤ quilt3's memory: ${readOk ? 'ok' : 'MISS'}`
    ],
    [
      `build 11 files on that parent (without: ${fmt(t(without))} s, ${fmt(mb(without), 0)} MB)`,
      `${fmt(t(withParent))} s, ${fmt(mb(withParent), 0)} MB`,
      '',
      `+${fmt(extra)} s`,
      `≤ +${TARGET_EXTRA_SECONDS} s: ${extra <= TARGET_EXTRA_SECONDS ? 'ok' : 'MISS'}`
    ]
  ]
  if (pushes) {
    const pushExtra = t(pushes.withParent) - t(pushes.without)
    rows.push([
      `push 11 files on that parent, ${pushes.server} (without: ${fmt(t(pushes.without))} s, ${fmt(mb(pushes.without), 0)} MB)`,
      `${fmt(t(pushes.withParent))} s, ${fmt(mb(pushes.withParent), 0)} MB`,
      '',
      `+${fmt(pushExtra)} s`,
      `≤ +${TARGET_EXTRA_SECONDS} s: ${pushExtra <= TARGET_EXTRA_SECONDS ? 'ok' : 'MISS'}`
    ])
  }
  const table = markdownTable(['case', 'ours', 'quilt3', 'ratio', 'target'], rows)
  const note = `load average (1, 5, 15 min) at start ${loadStart}, at end ${loadEnd}${busyNote(loadStart, loadEnd)}; medians of ${runs} run(s)`
  return { table, note, errors }
}

/**
 * A push of the same 11 files to an S3 registry (the push bench's server, bench/s3-server.mjs)
 * whose `latest` is the 1 M-entry manifest, against the same push of a new package into the same
 * bucket. Null (and a log line) when no server can be started.
 */
async function pushOnParent({
  dir,
  files,
  manifest,
  topHash,
  cli,
  common,
  python,
  runs,
  log,
  errors
}) {
  let server
  try {
    server = await startServer(chooseServer(log), join(dir, 's3'), python)
  } catch (e) {
    log(`manifest: no S3 server for the push row (${e.message.split('\n')[0]})`)
    return null
  }
  const env = Object.fromEntries(Object.entries(common.env).filter(([k]) => !k.startsWith('AWS_')))
  Object.assign(env, CREDENTIALS, { AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' })
  const s3 = new S3Client({
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: {
      accessKeyId: CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: CREDENTIALS.AWS_SECRET_ACCESS_KEY
    }
  })
  const withParent = []
  const without = []
  try {
    for (let r = 0; r < runs; r++) {
      const bucket = await server.freshBucket()
      const put = (Key, Body) => s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body }))
      await put(`.quilt/packages/${topHash}`, readFileSync(manifest))
      await put('.quilt/named_packages/bench/one/1700000000', topHash)
      await put('.quilt/named_packages/bench/one/latest', topHash)
      const args = (name) => [
        cli,
        'push',
        '--name',
        name,
        '--path',
        files,
        '--registry',
        `s3://${bucket}`,
        '--endpoint-url',
        server.endpoint,
        '--json'
      ]
      const a = await timed(process.execPath, args('bench/one'), { ...common, env })
      if (a.code !== 0) errors.push(`push with parent: ${a.stderr.trim().slice(-500)}`)
      withParent.push(a)
      const b = await timed(process.execPath, args('bench/two'), { ...common, env })
      if (b.code !== 0) errors.push(`push without parent: ${b.stderr.trim().slice(-500)}`)
      without.push(b)
    }
  } finally {
    s3.destroy()
    await server.stop()
  }
  return { server: server.kind, withParent, without }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tmp = mkdtempSync(join(tmpdir(), 'qpa-bench-manifest-'))
  const quick = process.env.BENCH_QUICK === '1'
  const runs = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? (quick ? '1' : '3'), 10) || 1)
  try {
    const r = await benchManifest({
      tmp,
      home: tmp,
      env: process.env,
      // Another bundle or compiled library (e.g. an older revision's) may be named.
      cli: process.env.BENCH_CLI ?? join(ROOT, 'dist/cli/index.js'),
      lib: process.env.BENCH_LIB,
      python: join(ROOT, '.cache/python/bin/python'),
      quick,
      runs,
      log: (m) => console.error(m)
    })
    console.log(r.table)
    console.log(r.note)
    for (const e of r.errors) console.error(e)
    process.exitCode = r.errors.length > 0 ? 1 : 0
  } finally {
    removeQuietly(tmp)
  }
}
