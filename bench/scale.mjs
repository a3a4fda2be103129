// The scale part of `npm run bench` (scripts/bench.mjs), only with BENCH_ONLY=scale: it takes
// about 12 minutes on 2 cores (11 at a load of 6; quilt3 half of it), so not in the default run.
// BENCH_QUICK: a tenth of every size, a few minutes.
//
// One run of each contender, each a whole process under `/usr/bin/time` (time, CPU, peak RSS),
// ended after BENCH_SCALE_TIMEOUT seconds (default 900) and then shown as `timeout`:
//   build of 100,000 and of 300,000 tiny files (16 B, 500 to a folder; the 100,000 are the first
//     third of the 300,000) into a fresh local registry: ours `build` against quilt3
//     `Package().set_dir('.', DIR).build(...)`;
//   push of the 100,000 files to the S3 server of the push bench (bench/s3-server.mjs: versitygw,
//     or moto), a fresh versioned bucket each: ours (the action's defaults) against quilt3 (its
//     default) and s5cmd (for reference);
//   a parent of 1,000,000 entries: a manifest written here (random hashes and sizes, S3 physical
//     keys, the top hash computed as quilt3 does) as `latest` of a local registry, then 11 new
//     files built on top of it: ours `build` (reads latest as the parent, diffs against it)
//     against quilt3 `Package.browse(...)` (reads the parent, its top hash checked against the
//     file's name, which proves the manifest valid) then a build of the 11 files. `latest` is put
//     back before every run. For reference, ours building the same 11 files with no parent.
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import {
  busyNote,
  fmt,
  KiB,
  loadText,
  makeTree,
  markdownTable,
  removeQuietly,
  timed
} from './lib.mjs'
import { actionDefaultConcurrency } from './push.mjs'
import { chooseServer, CREDENTIALS, startServer } from './s3-server.mjs'
import { ensureS5cmd } from './tools.mjs'

// quilt3's build returns the top hash (a str); its push returns the package.
const QUILT3_BUILD = [
  'import sys, quilt3',
  "p = quilt3.Package().set_dir('.', sys.argv[1])",
  "print(p.build(sys.argv[3], registry=sys.argv[2], message='m'))"
].join('\n')

const QUILT3_PUSH = [
  'import sys, quilt3',
  "p = quilt3.Package().set_dir('.', sys.argv[1])",
  "print(p.push('bench/s', registry='s3://' + sys.argv[2], message='m', force=True).top_hash)"
].join('\n')

/** Reads the parent (its top hash printed first), then builds the new files on their own. */
const QUILT3_ON_TOP = [
  'import sys, quilt3',
  'parent = quilt3.Package.browse(sys.argv[3], registry=sys.argv[2])',
  'print(parent.top_hash)',
  "p = quilt3.Package().set_dir('.', sys.argv[1])",
  "print(p.build(sys.argv[3], registry=sys.argv[2], message='m'))"
].join('\n')

function sizes(quick) {
  return quick
    ? { small: 10_000, big: 30_000, parent: 100_000 }
    : { small: 100_000, big: 300_000, parent: 1_000_000 }
}

/** Bytes the scale part needs on disk (4 KiB per tiny file, manifests, the server's copies). */
export function scaleDiskBytes(quick) {
  const s = sizes(quick)
  return s.big * 4096 + s.small * 2 * 4096 + s.parent * 400 + 6 * s.big * 250
}

/** Python's `json.dumps(x, sort_keys=True, separators=(',', ':'))` for ASCII JSON values. */
function canonical(x) {
  if (x === null || typeof x !== 'object') return JSON.stringify(x)
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`
  const keys = Object.keys(x).sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`).join(',')}}`
}

/**
 * Write a manifest of `count` entries into `registry` as `latest` of `name` (and a timestamp
 * pointer), in the layout and format quilt3 writes. The top hash is quilt3's: SHA-256 of the
 * canonical header, then of every entry without its physical keys, in logical key order (the
 * zero-padded keys sort as they are written). Returns the top hash.
 */
async function writeParent(registry, name, count) {
  const packages = join(registry, '.quilt', 'packages')
  const named = join(registry, '.quilt', 'named_packages', name)
  mkdirSync(packages, { recursive: true })
  mkdirSync(named, { recursive: true })
  const tmpPath = join(packages, '.tmp-parent')
  const fd = openSync(tmpPath, 'w')
  const top = createHash('sha256')
  const header = { version: 'v0', user_meta: null, message: 'a parent of many entries' }
  top.update(canonical(header))
  let chunk = `${JSON.stringify(header).replaceAll('":', '": ').replaceAll(',"', ', "')}\n`
  const BATCH = 10_000
  for (let i = 0; i < count; i += BATCH) {
    const n = Math.min(BATCH, count - i)
    const digests = randomBytes(32 * n)
    const lines = []
    for (let j = 0; j < n; j++) {
      const k = i + j
      const key = `data/d${String(Math.floor(k / 1000)).padStart(4, '0')}/f${String(k).padStart(7, '0')}.bin`
      const hash = {
        type: 'sha2-256-chunked',
        value: digests.subarray(32 * j, 32 * j + 32).toString('base64')
      }
      const size = 1 + ((k * 7919) % 1_000_000)
      top.update(canonical({ logical_key: key, size, hash, meta: {} }))
      lines.push(
        `{"logical_key": "${key}", "physical_keys": ["s3://bench-parent/${key}?versionId=v${k}"], ` +
          `"size": ${size}, "hash": {"type": "${hash.type}", "value": "${hash.value}"}, "meta": {}}`
      )
    }
    chunk += `${lines.join('\n')}\n`
    writeSync(fd, chunk)
    chunk = ''
    await nextTurn() // Ctrl-C stays responsive
  }
  closeSync(fd)
  const topHash = top.digest('hex')
  renameSync(tmpPath, join(packages, topHash))
  writeFileSync(join(named, String(Math.floor(Date.now() / 1000))), topHash)
  writeFileSync(join(named, 'latest'), topHash)
  return topHash
}

export async function benchScale({ tmp, home, env, cli, python, quick, log }) {
  const s = sizes(quick)
  const timeoutMs = (Number(process.env.BENCH_SCALE_TIMEOUT) || 900) * 1000
  const dir = join(tmp, 'scale')
  mkdirSync(dir, { recursive: true })
  const loadStart = loadText()
  const started = process.hrtime.bigint()
  const errors = []
  const notes = []
  const rows = []
  let serial = 0

  const run = async (label, cmd, args, extraEnv = {}) => {
    const r = await timed(cmd, args, {
      cwd: home,
      env: { ...env, ...extraEnv },
      timeFile: join(dir, 'time.txt'),
      timeoutMs
    })
    r.load = loadavg()[0]
    if (r.code === 'timeout') {
      log(`  ${label}: timeout after ${timeoutMs / 1000} s`)
      return { timeout: true }
    }
    if (r.code !== 0) {
      const tail = r.stderr.trim().split('\n').slice(-5).join('\n  ')
      errors.push(`${label}: exit ${r.code}\n  ${tail}`)
      return null
    }
    log(`  ${label}: ${fmt(r.seconds, 1)} s, ${fmt(r.rssKiB / 1024, 0)} MB (load ${loadText()})`)
    return r
  }
  const ours = (label, args, extraEnv) =>
    run(`${label}, ours`, process.execPath, [cli, ...args, '--json'], extraEnv)
  const oursHash = (r) => (r?.stdout ? JSON.parse(r.stdout)['top-hash'] : undefined)
  const lastLine = (r) => r?.stdout?.trim().split('\n').pop()
  const cell = (r) =>
    r?.timeout
      ? 'timeout'
      : r
        ? `${fmt(r.seconds, 1)} s (${fmt(r.cpuSeconds, 1)} CPU s) · load ${fmt(r.load, 2)}`
        : '–'
  const rss = (r) => (r && !r.timeout ? fmt(r.rssKiB / 1024, 0) : '–')
  const addRow = (label, a, q, extra = '–') => {
    const ratio = a && q && !a.timeout && !q.timeout ? q.seconds / a.seconds : NaN
    rows.push([label, cell(a), rss(a), cell(q), rss(q), fmt(ratio), extra])
  }
  const fresh = () => join(dir, `reg-${++serial}`)

  // Trees: the 100,000 files are the first part of the 300,000.
  const tree = join(dir, 'tree')
  const first = join(tree, 'a')
  let t0 = process.hrtime.bigint()
  await makeTree(first, { count: s.small, size: 16 })
  await makeTree(join(tree, 'b'), { count: s.big - s.small, size: 16 })
  const eleven = join(dir, 'eleven')
  await makeTree(eleven, { count: 11, size: KiB })
  log(`scale: trees written in ${fmt(Number(process.hrtime.bigint() - t0) / 1e9, 1)} s`)

  // Builds.
  for (const [count, path] of [
    [s.small, first],
    [s.big, tree]
  ]) {
    const label = `build ${count.toLocaleString('en')} files`
    let reg = fresh()
    const a = await ours(label, [
      'build',
      '--name',
      'bench/s',
      '--path',
      path,
      '--registry',
      reg,
      '--message',
      'm'
    ])
    removeQuietly(reg)
    reg = fresh()
    const q = python
      ? await run(`${label}, quilt3`, python, ['-c', QUILT3_BUILD, path, reg, 'bench/s'])
      : null
    removeQuietly(reg)
    const same = q?.stdout && a?.stdout ? lastLine(q) === oursHash(a) : null
    if (same === false) errors.push(`${label}: top hashes differ (${oursHash(a)}, ${lastLine(q)})`)
    addRow(label, a, q, same === null ? '–' : 'same top hash')
  }

  // Push of the 100,000 files.
  {
    const label = `push ${s.small.toLocaleString('en')} files`
    const choice = chooseServer(log)
    const server = await startServer(choice, join(dir, 'server'), python).catch((e) => {
      errors.push(`${label}: no S3 server (${e.message.split('\n')[0]})`)
      return null
    })
    if (server) {
      notes.push(
        `push: ${server.label}; ours at the action's default (${actionDefaultConcurrency()} in flight), quilt3 and s5cmd at theirs`
      )
      const awsEnv = {
        ...CREDENTIALS,
        AWS_REGION: 'us-east-1',
        AWS_DEFAULT_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: server.endpoint,
        AWS_CONFIG_FILE: join(dir, 'aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'aws-credentials')
      }
      writeFileSync(awsEnv.AWS_CONFIG_FILE, '[default]\ns3 =\n    addressing_style = path\n')
      writeFileSync(awsEnv.AWS_SHARED_CREDENTIALS_FILE, '')
      try {
        let bucket = await server.freshBucket()
        const a = await ours(
          label,
          [
            'push',
            '--name',
            'bench/s',
            '--path',
            first,
            '--registry',
            `s3://${bucket}`,
            '--message',
            'm'
          ],
          awsEnv
        )
        bucket = await server.freshBucket()
        const q = python
          ? await run(`${label}, quilt3`, python, ['-c', QUILT3_PUSH, first, bucket], awsEnv)
          : null
        let s5 = null
        try {
          const s5cmd = ensureS5cmd(log).path
          bucket = await server.freshBucket()
          s5 = await run(
            `${label}, s5cmd`,
            s5cmd,
            ['--endpoint-url', server.endpoint, 'cp', `${first}/*`, `s3://${bucket}/s/`],
            awsEnv
          )
        } catch (e) {
          notes.push(`no s5cmd: ${e.message.split('\n')[0]}`)
        }
        const same = q?.stdout && a?.stdout ? lastLine(q) === oursHash(a) : null
        if (same === false) errors.push(`${label}: top hashes differ`)
        addRow(label, a, q, `s5cmd ${cell(s5)}, ${rss(s5)} MB`)
      } finally {
        await server.stop()
      }
    }
  }

  // A parent of 1,000,000 entries, 11 files on top.
  {
    const count = s.parent
    const label = `build 11 files, parent of ${count.toLocaleString('en')} entries`
    const reg = join(dir, 'parent-reg')
    t0 = process.hrtime.bigint()
    const parent = await writeParent(reg, 'bench/big', count)
    log(`scale: parent manifest written in ${fmt(Number(process.hrtime.bigint() - t0) / 1e9, 1)} s`)
    const latest = join(reg, '.quilt', 'named_packages', 'bench', 'big', 'latest')
    writeFileSync(latest, parent)
    const a = await ours(label, [
      'build',
      '--name',
      'bench/big',
      '--path',
      eleven,
      '--registry',
      reg,
      '--message',
      'm'
    ])
    writeFileSync(latest, parent)
    const q = python
      ? await run(`${label}, quilt3`, python, ['-c', QUILT3_ON_TOP, eleven, reg, 'bench/big'])
      : null
    writeFileSync(latest, parent)
    if (q?.stdout) {
      const read = q.stdout.trim().split('\n')[0]
      if (read !== parent) errors.push(`parent: quilt3 reads top hash ${read}, written ${parent}`)
    }
    const noParent = fresh()
    const base = await ours('build 11 files, no parent', [
      'build',
      '--name',
      'bench/big',
      '--path',
      eleven,
      '--registry',
      noParent,
      '--message',
      'm'
    ])
    removeQuietly(noParent)
    addRow(
      label,
      a,
      q,
      `quilt3: browse (read + top hash) then build; ours with no parent: ${cell(base)}`
    )
  }
  removeQuietly(dir)

  const loadEnd = loadText()
  const text =
    markdownTable(
      [
        'scale',
        'ours',
        'ours peak RSS MB',
        'quilt3 8.0.0',
        'quilt3 peak RSS MB',
        'quilt3/ours',
        'notes'
      ],
      rows
    ) +
    `\n\nOne run each, whole-process wall time (CPU s = user + system), the 1-minute load average ` +
    `at the end of each run; 'timeout': ended after ${timeoutMs / 1000} s ` +
    `(BENCH_SCALE_TIMEOUT). Load average: ${loadStart} at the start, ${loadEnd} at the end.` +
    busyNote(loadStart, loadEnd) +
    `\nScale part: ${fmt(Number(process.hrtime.bigint() - started) / 1e9, 0)} s.` +
    (notes.length ? `\n\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}` : '')
  return { text, errors }
}
