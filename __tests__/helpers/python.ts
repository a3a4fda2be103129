/**
 * The reference client: runs a Python script in the venv that has quilt3 8.0.0 (set up by
 * `npm test`, i.e. scripts/test.mjs, which exports QPA_PYTHON). A script defines `main(data)`;
 * `data` is the JSON sent on stdin and `main`'s return value comes back as JSON on stdout.
 * Anything the script or quilt3 prints goes to stderr, so it cannot corrupt the result.
 *
 * Starting Python and importing quilt3 costs about half a second: batch many cases into one
 * call per test file.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempDir } from './tmp.js'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const VENV_PYTHON = join(REPO, '.cache', 'python', 'bin', 'python')

/** The interpreter with quilt3: QPA_PYTHON, else the venv that `npm test` creates. Never skips. */
export function pythonPath(): string {
  const fromEnv = process.env.QPA_PYTHON
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`QPA_PYTHON is set to ${fromEnv}, which does not exist`)
    }
    return fromEnv
  }
  if (existsSync(VENV_PYTHON)) return VENV_PYTHON
  throw new Error(
    `No Python with quilt3 found: QPA_PYTHON is not set and ${VENV_PYTHON} does not exist. ` +
      'Run the tests with `npm test` (it creates the venv with quilt3 8.0.0), ' +
      'or create it once with `node scripts/python-env.mjs`.'
  )
}

/**
 * The environment for Python: quilt3 quiet and without telemetry, and a throw-away home so that
 * nothing reads or writes the real `~/.local/share/Quilt` (config, default registry, cache).
 */
export function pythonEnv(): NodeJS.ProcessEnv {
  const home = tempDir('qpa-pyhome-')
  return {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_CONFIG_HOME: join(home, 'config'),
    QUILT_MINIMIZE_STDOUT: 'true',
    QUILT_DISABLE_USAGE_METRICS: 'true',
    // UTF-8 mode: file names are decoded as UTF-8 (with surrogateescape), whatever the locale.
    PYTHONUTF8: '1',
    PYTHONIOENCODING: 'utf-8',
    PYTHONDONTWRITEBYTECODE: '1'
  }
}

/** Around the caller's script: JSON in on stdin, `main(data)` as JSON out on the real stdout. */
function wrap(script: string): string {
  return [
    'import json as _json, sys as _sys',
    '_real_stdout = _sys.stdout',
    '_sys.stdout = _sys.stderr',
    '_input = _json.load(_sys.stdin)',
    script,
    '_result = main(_input)',
    '_real_stdout.write(_json.dumps(_result))',
    '_real_stdout.flush()'
  ].join('\n')
}

export interface PythonOptions {
  /** Working directory (default: the repository). */
  cwd?: string
  /** Milliseconds before the process is killed (default 120 s). */
  timeoutMs?: number
}

function parseResult(stdout: string, stderr: string, status: number | null): unknown {
  if (status !== 0) {
    throw new Error(`Python exited with status ${status}:\n${stderr.slice(-6000)}`)
  }
  try {
    return JSON.parse(stdout) as unknown
  } catch {
    throw new Error(
      `Python did not print JSON: ${stdout.slice(0, 2000)}\nstderr:\n${stderr.slice(-4000)}`
    )
  }
}

/**
 * Run `script` (defining `main(data)`) with `input`, in one Python process. Resolves to what
 * `main` returned, as parsed JSON; `T` states its shape (not checked).
 */
export function runPython<T = unknown>(
  script: string,
  input: unknown,
  options: PythonOptions = {}
): Promise<T> {
  const python = pythonPath()
  return new Promise<T>((resolvePromise, reject) => {
    const child = spawn(python, ['-c', wrap(script)], {
      cwd: options.cwd ?? REPO,
      env: pythonEnv(),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const stderr = Buffer.concat(err).toString('utf-8')
      try {
        if (signal) throw new Error(`Python was killed (${signal}):\n${stderr.slice(-4000)}`)
        resolvePromise(parseResult(Buffer.concat(out).toString('utf-8'), stderr, code) as T)
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)))
      }
    })
    child.stdin.end(JSON.stringify(input))
  })
}

/** `runPython`, blocking (for fast-check's shrinking, which needs a synchronous oracle). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function runPythonSync<T = unknown>(
  script: string,
  input: unknown,
  options: PythonOptions = {}
): T {
  const r = spawnSync(pythonPath(), ['-c', wrap(script)], {
    cwd: options.cwd ?? REPO,
    env: pythonEnv(),
    input: JSON.stringify(input),
    encoding: 'utf-8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: options.timeoutMs ?? 120_000
  })
  if (r.error) throw r.error
  return parseResult(r.stdout, r.stderr, r.status) as T
}

/** Python helpers shared by the scripts: base64 of bytes, a manifest written like `build`. */
export const PY_COMMON = `
import base64, io, traceback

def b64(data):
    return base64.b64encode(data).decode('ascii')

def dump_manifest(pkg):
    buf = io.BytesIO()
    pkg._dump(buf)
    return buf.getvalue()

def describe_error(e):
    return f'{type(e).__name__}: {e}'
`
