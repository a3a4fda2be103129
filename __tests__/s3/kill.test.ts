/**
 * kill -9 of the command (the committed bundle, as users run it) in the middle of a push: at
 * random moments, and at each commit step (manifest, timestamp pointer, latest), with the request
 * in flight then either lost or applied after the process died. After every kill the invariant
 * checker finds nothing: no pointer names a partial package. Then a re-run succeeds, aborts the
 * multipart uploads the killed run left open, and uploads only what is missing (on the plain
 * store too, where complete objects are recognised by their ETag).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { checkRegistry, snapshot } from '../helpers/invariants.js'
import { motoFlavours, type MotoFlavour } from '../helpers/moto.js'
import { big, MiB, proxiedMoto } from '../helpers/proxied-moto.js'
import { CLI_BUNDLE, ROOT } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { seededRandom } from '../helpers/trees.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

/** 24 small files and two multipart files: a push with something in flight most of the time. */
function dataset(): string {
  const dir = tempDir('qpa-kill-')
  for (let i = 0; i < 24; i++) writeFile(join(dir, `rows/${i}.csv`), `id,value\n${i},${i * i}\n`)
  writeFile(join(dir, 'big/a.bin'), big(9 * MiB + 11, 3))
  writeFile(join(dir, 'big/b.bin'), big(9 * MiB + 5, 5))
  return dir
}

interface Run {
  proc: ChildProcess
  done: Promise<{
    code: number | null
    signal: NodeJS.Signals | null
    stdout: string
    stderr: string
  }>
}

const FLAVOURS = motoFlavours()

describe.each(FLAVOURS)('kill -9 during a push, %s moto', (flavour: MotoFlavour) => {
  const bench = proxiedMoto(flavour, 'kill')

  /** `push` of the command in a child process, through the bench.proxy. */
  function start(bucket: string, dir: string): Run {
    const proc = spawn(
      process.execPath,
      [
        CLI_BUNDLE,
        'push',
        '--name',
        'kill/p',
        '--path',
        dir,
        '--registry',
        `s3://${bucket}`,
        '--json',
        '--concurrency',
        '4'
      ],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: tempDir('qpa-home-'),
          ...bench.moto.env(),
          AWS_ENDPOINT_URL: bench.proxy.url
        },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let stdout = ''
    let stderr = ''
    proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const done = new Promise<{
      code: number | null
      signal: NodeJS.Signals | null
      stdout: string
      stderr: string
    }>((res) => proc.once('exit', (code, signal) => res({ code, signal, stdout, stderr })))
    return { proc, done }
  }

  /** A run to the end: its outputs. */
  async function complete(bucket: string, dir: string): Promise<Record<string, unknown>> {
    const r = await start(bucket, dir).done
    expect(r.stderr).not.toMatch(/MaxListenersExceededWarning/)
    if (r.code !== 0) throw new Error(`the re-run failed (${r.code}): ${r.stderr}`)
    return JSON.parse(r.stdout) as Record<string, unknown>
  }

  async function waitFor(cond: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 30_000
    while (!cond()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}:\n${bench.proxy.log()}`)
      await new Promise((r) => setTimeout(r, 10))
    }
  }

  it.each([
    ['the manifest', false, /^\.quilt\/packages\//],
    ['the manifest', true, /^\.quilt\/packages\//],
    ['the timestamp pointer', false, /^\.quilt\/named_packages\/kill\/p\/\d+$/],
    ['the timestamp pointer', true, /^\.quilt\/named_packages\/kill\/p\/\d+$/],
    ['latest', false, /^\.quilt\/named_packages\/kill\/p\/latest$/],
    ['latest', true, /^\.quilt\/named_packages\/kill\/p\/latest$/]
  ])(
    'killed while writing %s (the write applied after the death: %s): no partial package; the re-run uploads nothing again',
    async (_step, applied, key) => {
      const bucket = await bench.fresh()
      const before = await snapshot(bench.direct, bucket)
      const dir = dataset()
      let released = false
      bench.proxy.inject({
        method: 'PUT',
        key,
        fault: { hold: () => released, maxMs: 30_000, dropAfter: () => !applied }
      })
      const run = start(bucket, dir)
      await waitFor(
        () => bench.proxy.inFlight().some((r) => r.method === 'PUT' && key.test(r.key)),
        'the commit step'
      )
      run.proc.kill('SIGKILL')
      expect((await run.done).signal).toBe('SIGKILL')
      released = true
      await bench.proxy.idle()
      expect(await checkRegistry(bench.direct, bucket, { before })).toEqual([])
      // Every data object was complete before the commit began: nothing to upload again.
      const again = await complete(bucket, dir)
      expect(again['uploaded-bytes']).toBe(0)
      expect(
        await checkRegistry(bench.direct, bucket, {
          before,
          successes: [{ name: 'kill/p', topHash: again['top-hash'] as string }]
        })
      ).toEqual([])
    }
  )

  it('killed at 8 random moments, then re-run: no partial package after any kill; the re-run completes it', async () => {
    const bucket = await bench.fresh()
    const before = await snapshot(bench.direct, bucket)
    const dir = dataset()
    // How long the shortest push takes here (a re-push: nothing to upload), to spread the kills
    // over it: every attempt, with more or less left to upload, lasts at least that long.
    const timing = await bench.fresh()
    await complete(timing, dir)
    const t0 = Date.now()
    await complete(timing, dir)
    const duration = Date.now() - t0
    const random = seededRandom(flavour === 'plain' ? 3 : 5)
    let killed = 0
    for (let k = 0; k < 8; k++) {
      const run = start(bucket, dir)
      const delay = Math.floor(random() * duration * 0.9)
      const timer = setTimeout(() => run.proc.kill('SIGKILL'), delay)
      const r = await run.done
      clearTimeout(timer)
      // Killed, or it finished first: then it succeeded.
      expect(r.signal === 'SIGKILL' || r.code === 0).toBe(true)
      if (r.signal === 'SIGKILL') killed++
      await bench.proxy.idle()
      expect(await checkRegistry(bench.direct, bucket, { before, allowOpenUploads: true })).toEqual(
        []
      )
    }
    process.stderr.write(
      `kill -9 on ${flavour} moto: ${killed} of 8 runs killed at random (within ${duration} ms, a re-push's time), 0 invariant violations\n`
    )
    expect(killed).toBeGreaterThanOrEqual(6)
    const again = await complete(bucket, dir)
    expect(
      await checkRegistry(bench.direct, bucket, {
        before,
        successes: [{ name: 'kill/p', topHash: again['top-hash'] as string }]
      })
    ).toEqual([])
  })
})
