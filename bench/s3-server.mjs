// The S3 server of the push and scale benches, on loopback, and the processes around it.
//
//   versitygw  (default) the Versity S3 gateway over a temp folder (POSIX backend, versioning
//              through --versioning-dir, keep-alive on, request log off), built on first use into
//              .cache/bench-tools (bench/tools.mjs). Real-speed: thousands of small PUTs a second.
//   moto       the test suite's server (__tests__/helpers/moto, AWS-like on checksums unless
//              BENCH_MOTO=plain), about 300 requests a second on one core: every client is
//              server-bound there. The fallback when Go or the build is unavailable.
// BENCH_S3=versitygw|moto chooses; without it versitygw when it can be installed, else moto (the
// header of the output says which and why). BENCH_PORT_BASE=N: the server listens on N and the
// latency proxy on N + 1 (default: free ports).
//
// Every contender's run gets a fresh versioned bucket (`freshBucket`); the buckets before it are
// dropped (moto: reset; versitygw: their folders removed), so that disk and memory stay flat.
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import {
  CreateBucketCommand,
  GetBucketVersioningCommand,
  PutBucketVersioningCommand,
  S3Client
} from '@aws-sdk/client-s3'
import {
  freePort,
  motoVersion,
  startMoto as launchMoto
} from '../__tests__/helpers/moto/launch.mjs'
import { removeQuietly, running } from './lib.mjs'
import { ensureVersitygw, VERSITYGW_VERSION } from './tools.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const PROXY = join(HERE, 'latency-proxy.mjs')
export const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' }

/** BENCH_PORT_BASE + offset, or a free port. */
async function port(offset) {
  const base = Number.parseInt(process.env.BENCH_PORT_BASE ?? '', 10)
  return Number.isInteger(base) && base > 0 ? base + offset : await freePort()
}

/** One HTTP request (unsigned: moto does not check signatures). */
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

/** Start a long-running child in its own process group, known to `running` (for Ctrl-C). */
export function service(cmd, args, options) {
  const proc = spawn(cmd, args, { ...options, detached: true })
  running.add(proc)
  proc.on('close', () => running.delete(proc))
  return proc
}

export async function stopService(proc) {
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

/** The latency proxy (bench/latency-proxy.mjs) in front of `target`: {proc, endpoint}. */
export async function startLatencyProxy(target, delayMs) {
  const listen = await port(1)
  const proc = service(process.execPath, [PROXY, target, String(delayMs), String(listen)], {
    stdio: ['pipe', 'pipe', 'inherit'] // its stdin closes when the bench ends: it stops then
  })
  const got = await new Promise((res, rej) => {
    let out = ''
    proc.stdout.setEncoding('utf-8').on('data', (s) => {
      out += s
      const line = out.split('\n')[0]
      if (out.includes('\n')) res(JSON.parse(line).port)
    })
    proc.once('close', (code) => rej(new Error(`the latency proxy exited (${code})`)))
  })
  return { proc, endpoint: `http://127.0.0.1:${got}` }
}

/**
 * Which server to run: {kind, why}. BENCH_S3 when set; else versitygw when it is installed or
 * can be (Go on PATH and the build succeeds), else moto.
 */
export function chooseServer(log) {
  const asked = process.env.BENCH_S3 ?? ''
  if (asked === 'moto') return { kind: 'moto', why: 'BENCH_S3=moto' }
  try {
    const { path, built } = ensureVersitygw(log)
    return {
      kind: 'versitygw',
      path,
      why: asked ? 'BENCH_S3=versitygw' : built ? 'installed now' : 'installed'
    }
  } catch (e) {
    if (asked === 'versitygw') throw new Error(`BENCH_S3=versitygw: ${e.message}`)
    return { kind: 'moto', why: `versitygw unavailable (${e.message.split('\n')[0]})` }
  }
}

/**
 * Start the chosen server in `dir`. Returns {kind, label, endpoint, logFile, freshBucket(),
 * stop()}; `logFile` is moto's request log (null for versitygw: its request log stays off).
 */
export async function startServer(choice, dir, python) {
  return choice.kind === 'versitygw'
    ? startVersitygw(choice, dir)
    : startMotoServer(choice, dir, python)
}

async function startMotoServer(choice, dir, python) {
  if (!python) throw new Error('moto needs the Python test tools, which are unavailable')
  const patched = process.env.BENCH_MOTO !== 'plain'
  const logFile = join(dir, 'moto.log')
  const moto = await launchMoto({
    flavour: patched ? 'aws-like' : 'plain',
    python,
    logFile,
    detached: true,
    port: await port(0)
  })
  running.add(moto.proc)
  moto.proc.on('close', () => running.delete(moto.proc))
  const how = patched ? 'patched, AWS-like on checksums' : 'plain (BENCH_MOTO=plain)'
  let serial = 0
  return {
    kind: 'moto',
    patched,
    label: `moto ${motoVersion(python) ?? '?'} ${how} (${choice.why})`,
    endpoint: moto.endpoint,
    logFile,
    /** moto emptied (its memory freed), then a fresh bucket: CreateBucket, PutBucketVersioning. */
    async freshBucket() {
      const reset = await httpCall(`${moto.endpoint}/moto-api/reset`, 'POST')
      if (reset.status !== 200) throw new Error(`moto reset answered ${reset.status}`)
      const bucket = `bench-${++serial}`
      const created = (await httpCall(`${moto.endpoint}/${bucket}`, 'PUT')).status
      const versioned = (
        await httpCall(
          `${moto.endpoint}/${bucket}?versioning`,
          'PUT',
          '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
            '<Status>Enabled</Status></VersioningConfiguration>'
        )
      ).status
      const state = (await httpCall(`${moto.endpoint}/${bucket}?versioning`)).text
      if (created !== 200 || versioned !== 200 || !state.includes('<Status>Enabled</Status>')) {
        throw new Error(`moto: CreateBucket ${created}, PutBucketVersioning ${versioned}: ${state}`)
      }
      return bucket
    },
    stop: () => stopService(moto.proc)
  }
}

async function startVersitygw(choice, dir) {
  const root = join(dir, 'gw-root')
  const versions = join(dir, 'gw-versions')
  mkdirSync(root, { recursive: true })
  mkdirSync(versions, { recursive: true })
  const logFile = join(dir, 'versitygw.log')
  const listen = await port(0)
  const fd = openSync(logFile, 'a')
  const proc = service(
    choice.path,
    [
      '--access',
      CREDENTIALS.AWS_ACCESS_KEY_ID,
      '--secret',
      CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      '--port',
      `127.0.0.1:${listen}`,
      '--keep-alive', // off by default; S3 keeps connections alive
      '--quiet',
      'posix',
      '--versioning-dir',
      versions,
      root
    ],
    { stdio: ['ignore', fd, fd] }
  )
  closeSync(fd)
  const endpoint = `http://127.0.0.1:${listen}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (proc.exitCode !== null) {
      throw new Error(`versitygw exited: ${readFileSync(logFile, 'utf-8').slice(-2000)}`)
    }
    try {
      await httpCall(`${endpoint}/`) // any answer (403 unsigned) means it listens
      break
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stopService(proc)
      throw new Error(`versitygw did not answer on ${endpoint}`)
    }
    await sleep(100)
  }
  const client = new S3Client({
    endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: {
      accessKeyId: CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: CREDENTIALS.AWS_SECRET_ACCESS_KEY
    }
  })
  let serial = 0
  const made = []
  return {
    kind: 'versitygw',
    patched: true, // composite multipart checksums in CompleteMultipartUpload, as AWS
    label: `versitygw ${VERSITYGW_VERSION} POSIX backend, versioning on (${choice.why})`,
    endpoint,
    logFile: null,
    /** The buckets made before dropped (their folders), then CreateBucket, PutBucketVersioning. */
    async freshBucket() {
      for (const b of made.splice(0)) {
        removeQuietly(join(root, b))
        removeQuietly(join(versions, b))
      }
      const bucket = `bench-${++serial}`
      await client.send(new CreateBucketCommand({ Bucket: bucket }))
      await client.send(
        new PutBucketVersioningCommand({
          Bucket: bucket,
          VersioningConfiguration: { Status: 'Enabled' }
        })
      )
      const state = await client.send(new GetBucketVersioningCommand({ Bucket: bucket }))
      if (state.Status !== 'Enabled') throw new Error(`versitygw: versioning ${state.Status}`)
      made.push(bucket)
      return bucket
    },
    async stop() {
      client.destroy()
      await stopService(proc)
    }
  }
}
