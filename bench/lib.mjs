// Helpers of `npm run bench` (scripts/bench.mjs): test trees, timed child processes, statistics
// and the markdown table.
import { spawn } from 'node:child_process'
import { randomFillSync } from 'node:crypto'
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statfsSync,
  writeSync
} from 'node:fs'
import { Buffer } from 'node:buffer'
import { loadavg } from 'node:os'
import { clearTimeout, setTimeout } from 'node:timers'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { listFiles } from './raw-sha256.mjs'

export const KiB = 1024
export const MiB = 1024 * KiB
export const GiB = 1024 * MiB

const WRITE = 8 * MiB
/** Files per sub-folder in trees of many files. */
const PER_DIR = 500

/** Bytes a tree takes on disk (4 KiB blocks), to check the free space first. */
export function diskBytes(tree) {
  return tree.count * Math.ceil(Math.max(tree.size, 1) / 4096) * 4096
}

/** Free bytes for an unprivileged writer on the file system of `path`. */
export function freeBytes(path) {
  const s = statfsSync(path)
  return s.bavail * s.bsize
}

/**
 * Write `tree` ({count, size}) under `dir` with random content: one file `data.bin` when count is
 * 1, else `dNNN/fNNNNN.bin`, PER_DIR files per folder. Yields to the event loop now and then
 * so that Ctrl-C is handled while it writes.
 */
export async function makeTree(dir, tree) {
  mkdirSync(dir, { recursive: true })
  const buf = Buffer.allocUnsafe(Math.min(WRITE, Math.max(tree.size, 1)))
  for (let i = 0; i < tree.count; i++) {
    let path
    if (tree.count === 1) path = `${dir}/data.bin`
    else {
      const sub = `${dir}/d${String(Math.floor(i / PER_DIR)).padStart(3, '0')}`
      if (i % PER_DIR === 0) mkdirSync(sub)
      path = `${sub}/f${String(i).padStart(5, '0')}.bin`
      if (i % PER_DIR === 0) await nextTurn()
    }
    const fd = openSync(path, 'w')
    try {
      for (let done = 0; done < tree.size;) {
        const n = Math.min(buf.length, tree.size - done)
        randomFillSync(buf, 0, n)
        writeSync(fd, buf, 0, n)
        done += n
        if (done % (64 * MiB) === 0) await nextTurn()
      }
    } finally {
      closeSync(fd)
    }
  }
}

/** Read every byte of `dir` once so that every contender then reads from the page cache. */
export async function warmCache(dir) {
  const buf = Buffer.allocUnsafe(WRITE)
  let bytes = 0
  for (const path of listFiles(dir)) {
    await nextTurn()
    const fd = openSync(path, 'r')
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, null)
        if (n === 0) break
        bytes += n
      }
    } finally {
      closeSync(fd)
    }
  }
  return bytes
}

/** Children running now, so that an interrupt can end them. */
export const running = new Set()

/**
 * Run `cmd args` under `/usr/bin/time -f '%e %M %U %S'`. Resolves to {seconds, timeSeconds,
 * rssKiB, cpuSeconds, code, stdout, stderr}: `seconds` is the wall time of the whole process
 * measured here (ns resolution, includes the ~1 ms of starting `time`), `timeSeconds` time's own
 * figure (10 ms resolution), `rssKiB` the peak resident set of the process (all its threads),
 * `cpuSeconds` its user + system CPU time (all threads; little affected by other load).
 * `timeoutMs`, when given, ends the whole process group after that long (code 'timeout').
 */
export function timed(cmd, args, { cwd, env, timeFile, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint()
    const child = spawn('/usr/bin/time', ['-o', timeFile, '-f', '%e %M %U %S', cmd, ...args], {
      cwd,
      env,
      detached: true, // its own process group, so that an interrupt can end all of it
      stdio: ['ignore', 'pipe', 'pipe']
    })
    running.add(child)
    let timedOut = false
    const timer =
      timeoutMs === undefined
        ? null
        : setTimeout(() => {
            timedOut = true
            try {
              process.kill(-child.pid, 'SIGKILL')
            } catch {
              // already gone
            }
          }, timeoutMs)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf-8').on('data', (s) => (stdout += s))
    child.stderr.setEncoding('utf-8').on('data', (s) => (stderr += s))
    child.on('error', (e) => {
      running.delete(child)
      if (timer) clearTimeout(timer)
      reject(e)
    })
    child.on('close', (exitCode) => {
      running.delete(child)
      if (timer) clearTimeout(timer)
      const code = timedOut ? 'timeout' : exitCode
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9
      let timeSeconds = NaN
      let rssKiB = NaN
      let cpuSeconds = NaN
      try {
        const last = readFileSync(timeFile, 'utf-8').trim().split('\n').pop() ?? ''
        const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(last)
        if (m) {
          timeSeconds = Number(m[1])
          rssKiB = Number(m[2])
          cpuSeconds = Number(m[3]) + Number(m[4])
        }
      } catch {
        // no figures: reported as NaN
      }
      resolve({ seconds, timeSeconds, rssKiB, cpuSeconds, code, stdout, stderr })
    })
  })
}

/** The load averages (1, 5, 15 min) as text. */
export function loadText() {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
}

/** A warning when either load average text shows a 1-minute load above 1.5, else ''. */
export function busyNote(...loads) {
  return loads.some((l) => Number(l.split(' ')[0]) > 1.5)
    ? ' NOTE: load above 1.5: the machine is shared with other work, so these figures are noisy.'
    : ''
}

export function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return NaN
  const m = Math.floor(v.length / 2)
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2
}

export function max(xs) {
  const v = xs.filter((x) => Number.isFinite(x))
  return v.length ? Math.max(...v) : NaN
}

/** `n` with `d` decimals, or `–` when unknown. */
export function fmt(n, d = 2) {
  return Number.isFinite(n) ? n.toFixed(d) : '–'
}

export function humanBytes(n) {
  if (n >= GiB) return `${fmt(n / GiB, n % GiB ? 2 : 0)} GiB`
  if (n >= MiB) return `${fmt(n / MiB, n % MiB ? 1 : 0)} MiB`
  if (n >= KiB) return `${fmt(n / KiB, n % KiB ? 1 : 0)} KiB`
  return `${n} B`
}

/** A markdown table, columns padded to line up in a terminal. */
export function markdownTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String))
  const width = header.map((_, i) => Math.max(3, ...all.map((r) => r[i].length)))
  const line = (r) => `| ${r.map((c, i) => c.padEnd(width[i])).join(' | ')} |`
  return [
    line(all[0]),
    `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...all.slice(1).map(line)
  ].join('\n')
}

/** Remove `dir` and everything in it, never throwing. */
export function removeQuietly(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  } catch {
    // best effort
  }
}
