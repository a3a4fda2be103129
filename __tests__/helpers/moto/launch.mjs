// Starts one moto server (S3 + STS) on 127.0.0.1 through moto_server.py next to this file: the
// jest global set-up starts one per flavour for the whole run, and the push bench starts its own.
//
// Flavours: `aws-like` loads the fidelity patch (moto_s3_fidelity.py: checksums, composite
// multipart checksums, GetObjectAttributes parts answered as AWS does), `plain` is moto as shipped.
// Both make conditional writes atomic (moto_server.py).
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, openSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const MOTO_DIR = dirname(fileURLToPath(import.meta.url))
export const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' }

/** The environment variable a started server's endpoint is published in, per flavour. */
export const ENDPOINT_VARIABLE = { 'aws-like': 'QPA_MOTO_AWS_LIKE', plain: 'QPA_MOTO_PLAIN' }

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      srv.close(() => res(typeof addr === 'object' && addr ? addr.port : 0))
    })
    srv.on('error', rej)
  })
}

/** The moto version in `python`, or undefined. */
export function motoVersion(python) {
  const r = spawnSync(python, ['-c', "import importlib.metadata as m; print(m.version('moto'))"], {
    encoding: 'utf-8'
  })
  return r.status === 0 ? r.stdout.trim() : undefined
}

/**
 * Start moto with `python` (which must have `moto[server]`). Its output, a line per request, goes
 * to `logFile` (the bench counts requests in it; its end explains a failed start), never to a
 * pipe: a parent whose event loop is blocked would let a pipe fill up until moto stops answering.
 * `detached`: in its own process group (the bench stops whole groups). `port`: the port to listen
 * on (default: a free one).
 * Returns {proc, endpoint, logFile, stop()} once the server answers.
 */
export async function startMoto({ flavour, python, logFile, detached = false, port }) {
  port ??= await freePort()
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    MOTO_ALLOW_NONEXISTENT_REGION: 'true'
  }
  if (flavour === 'aws-like') {
    env.QPA_MOTO_FIDELITY = MOTO_DIR
    // The fidelity patch needs CRC32C: the `crc32c` package when installed, else a stand-in.
    if (spawnSync(python, ['-c', 'import crc32c']).status !== 0) {
      env.PYTHONPATH = join(MOTO_DIR, 'fallback')
    }
  } else if (flavour !== 'plain') {
    throw new Error(`unknown moto flavour ${flavour}`)
  }
  const args = [join(MOTO_DIR, 'moto_server.py'), '-H', '127.0.0.1', '-p', String(port)]
  const fd = openSync(logFile, 'a')
  const proc = spawn(python, args, { env, stdio: ['ignore', fd, fd], detached })
  closeSync(fd)
  const log = () => readFileSync(logFile, 'utf-8').slice(-4000)
  const endpoint = `http://127.0.0.1:${port}`
  const stop = () => stopProcess(proc)
  const deadline = Date.now() + 60_000
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`moto (${flavour}) exited: ${log()}`)
    try {
      const r = await fetch(`${endpoint}/moto-api/`)
      if (r.status < 500) break
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`moto (${flavour}) did not answer on ${endpoint}: ${log()}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return { proc, endpoint, logFile, stop }
}

/** SIGTERM, then SIGKILL after 5 s; resolves when the process is gone. */
async function stopProcess(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return
  await new Promise((res) => {
    proc.once('exit', () => res())
    proc.kill('SIGTERM')
    setTimeout(() => proc.kill('SIGKILL'), 5000).unref()
  })
}
