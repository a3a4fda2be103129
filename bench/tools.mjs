// The Go tools of the push and scale benches, built from source on first use into
// .cache/bench-tools (never elsewhere in the repository), one folder per pinned version:
//   versitygw  an S3 gateway over a local folder (POSIX backend), much faster than moto: the
//              server of the push benches. `go install .../cmd/versitygw@VERSION` with GOBIN set.
//   s5cmd      the fast S3 copy tool, the baseline of the push benches. `go install ...@latest`
//              is refused by the module proxy here, so: `go mod download -json` of the pinned
//              module, a writable copy of it (the module cache is read-only), `go build` there.
// Both need Go on PATH and the module proxy; without them the callers fall back (moto, no s5cmd
// column) and say so.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { removeQuietly } from './lib.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const TOOLS_DIR = join(ROOT, '.cache/bench-tools')
export const VERSITYGW_VERSION = 'v1.8.0'
export const S5CMD_VERSION = 'v2.3.0'
/** A build that takes longer than this is given up (the machine may be busy: generous). */
const BUILD_TIMEOUT_MS = 20 * 60_000

/** `go version`'s answer, or null without Go. */
export function goVersion() {
  const r = spawnSync('go', ['version'], { encoding: 'utf-8' })
  return r.status === 0 ? r.stdout.trim() : null
}

/** Run a go command; throws with the end of its output when it fails. */
function go(args, { cwd, env, logFile }) {
  const r = spawnSync('go', args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf-8',
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 64 << 20
  })
  writeFileSync(logFile, `$ go ${args.join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}`, {
    flag: 'a'
  })
  if (r.error) throw new Error(`go ${args[0]}: ${r.error.message}`)
  if (r.status !== 0) {
    const tail = `${r.stdout}${r.stderr}`.trim().split('\n').slice(-5).join(' | ')
    throw new Error(`go ${args[0]} failed (exit ${r.status}): ${tail}`)
  }
  return r.stdout
}

/**
 * The binary `name` of `folder` (e.g. versitygw-v1.8.0) in TOOLS_DIR, built by `build(dir)` into
 * a temporary folder first when missing (renamed into place once complete, so that an interrupted
 * build leaves nothing half made). Returns {path, built}.
 */
function ensureTool(folder, name, build, log) {
  const dir = join(TOOLS_DIR, folder)
  const path = join(dir, name)
  if (existsSync(path)) return { path, built: false }
  if (!goVersion()) throw new Error('no Go on PATH')
  mkdirSync(TOOLS_DIR, { recursive: true })
  const work = join(TOOLS_DIR, `.tmp-${folder}-${process.pid}`)
  removeQuietly(work)
  mkdirSync(work)
  const logFile = join(TOOLS_DIR, `${folder}.log`)
  log(`installing ${folder} into ${dir} (first use; Go builds it, a few minutes; log ${logFile})`)
  const t0 = Date.now()
  try {
    build(work, logFile)
    if (!existsSync(join(work, 'bin', name))) throw new Error(`the build made no ${name}`)
    removeQuietly(dir)
    renameSync(join(work, 'bin'), dir)
  } finally {
    removeQuietly(work)
  }
  log(`  ${folder} built in ${Math.round((Date.now() - t0) / 1000)} s`)
  return { path, built: true }
}

/** versitygw at VERSITYGW_VERSION: `go install` with GOBIN in the tool's folder. */
export function ensureVersitygw(log) {
  return ensureTool(
    `versitygw-${VERSITYGW_VERSION}`,
    'versitygw',
    (work, logFile) =>
      go(['install', `github.com/versity/versitygw/cmd/versitygw@${VERSITYGW_VERSION}`], {
        cwd: work,
        env: { GOBIN: join(work, 'bin') },
        logFile
      }),
    log
  )
}

/** s5cmd at S5CMD_VERSION: the module downloaded, copied (writable) and built in the copy. */
export function ensureS5cmd(log) {
  return ensureTool(
    `s5cmd-${S5CMD_VERSION}`,
    's5cmd',
    (work, logFile) => {
      const info = JSON.parse(
        go(['mod', 'download', '-json', `github.com/peak/s5cmd/v2@${S5CMD_VERSION}`], {
          cwd: work,
          logFile
        })
      )
      if (!info.Dir) throw new Error(`go mod download: ${info.Error ?? 'no folder'}`)
      const src = join(work, 'src')
      cpSync(info.Dir, src, { recursive: true })
      spawnSync('chmod', ['-R', 'u+w', src]) // the module cache is read-only
      // Its vendor folder is incomplete (module zips keep only modules.txt): build from modules.
      go(['build', '-mod=mod', '-o', join(work, 'bin', 's5cmd'), '.'], { cwd: src, logFile })
    },
    log
  )
}
