/**
 * Files that change while a push reads them (issue 10): what is published is what was read. A
 * proxy holds one upload request while the test replaces, rewrites, truncates or deletes a file;
 * the push must fail naming the file, leave no torn object (not even a new version at the data
 * key), no open multipart upload and no pointer. And files or folders the run may not read fail
 * the run with their path, run as an unprivileged user (or skipped, visibly, where impossible).
 */
import { resolveConcurrency } from '../../src/quilt/concurrency.js'
import { type S3Client } from '@aws-sdk/client-s3'
import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  chmodSync,
  existsSync,
  openSync,
  closeSync,
  renameSync,
  truncateSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
  writeSync
} from 'node:fs'
import { join } from 'node:path'
import { FileChangedError, WorkflowValidationError } from '../../src/quilt/errors.js'
import { push } from '../../src/quilt/ops/push.js'
import { build } from '../../src/quilt/ops/build.js'
import { LocalRegistry } from '../../src/quilt/registry/local.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { type RequestFilter } from '../helpers/fault-proxy.js'
import { big, MiB, proxiedMoto, tree } from '../helpers/proxied-moto.js'
import { checkRegistry, snapshot, versionCount } from '../helpers/invariants.js'
import { Moto, motoFlavours } from '../helpers/moto.js'
import { CLI_BUNDLE, quiltFiles } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

const FLAVOURS = motoFlavours()

describe.each(FLAVOURS)('files changing under a push on %s moto', (flavour) => {
  const s3 = proxiedMoto(flavour, 'change')

  /**
   * Push `files` with `request` held at the proxy; once it is held, `change(dir)` runs, then the
   * request goes on. Returns the push's error and checks that nothing of the push is left.
   */
  async function pushWhileChanging(
    files: Record<string, Buffer | string>,
    request: RequestFilter,
    changed: string,
    change: (dir: string) => void,
    concurrency = 4
  ): Promise<Error> {
    const bucket = await s3.fresh()
    const before = await snapshot(s3.direct, bucket)
    const dir = tree(files)
    let released = false
    s3.proxy.inject({ ...request, fault: { hold: () => released, maxMs: 20_000 } })
    const pushing = push(
      {
        name: 'chg/p',
        source: localSource(dir),
        registry: s3.registry(bucket),
        message: null
      },
      { concurrency: resolveConcurrency(concurrency) }
    ).then(
      () => new Error('the push succeeded'),
      (e: unknown) => e as Error
    )
    const deadline = Date.now() + 20_000
    while (
      !s3.proxy
        .inFlight()
        .some((r) => r.fault === undefined && r.responded === Infinity && matchesHeld(r, request))
    ) {
      if (Date.now() > deadline) throw new Error(`the request was never held:\n${s3.proxy.log()}`)
      await new Promise((r) => setTimeout(r, 10))
    }
    change(dir)
    released = true
    const error = await pushing
    await s3.proxy.idle()
    // No version of the changed file (torn or whole), no pointer, no open upload.
    const after = await snapshot(s3.direct, bucket)
    expect(after.versions.has(`chg/p/${changed}`)).toBe(false)
    expect([...after.versions.keys()].filter((k) => k.startsWith('.quilt/'))).toEqual([])
    expect(await checkRegistry(s3.direct, bucket, { before })).toEqual([])
    return error
  }

  function matchesHeld(
    r: { method: string; key: string; params: URLSearchParams },
    f: RequestFilter
  ): boolean {
    if (f.method !== undefined && r.method !== f.method) return false
    if (typeof f.key === 'string' && !r.key.startsWith(f.key)) return false
    for (const [k, v] of Object.entries(f.query ?? {})) {
      if (v === true ? !r.params.has(k) : r.params.get(k) !== v) return false
    }
    return true
  }

  const PART_2 = { method: 'PUT', key: 'chg/p/big.bin', query: { partNumber: '2' } }
  const SIZE = 17 * MiB + 9 // three parts: 8 + 8 + 1 MiB

  it('replaced by a file of the same size during its multipart upload: fails naming it, no torn object', async () => {
    const e = await pushWhileChanging({ 'big.bin': big(SIZE, 3) }, PART_2, 'big.bin', (dir) => {
      writeFile(join(dir, 'new.tmp'), big(SIZE, 4))
      renameSync(join(dir, 'new.tmp'), join(dir, 'big.bin'))
    })
    expect(e).toBeInstanceOf(FileChangedError)
    expect(e.message).toMatch(
      /big\.bin changed while this run read it \(it was replaced by another file\)/
    )
  })

  it('written in place (same size) during its multipart upload: fails naming it', async () => {
    const e = await pushWhileChanging({ 'big.bin': big(SIZE, 3) }, PART_2, 'big.bin', (dir) => {
      const fd = openSync(join(dir, 'big.bin'), 'r+')
      writeSync(fd, Buffer.from([0xff, 0xfe]), 0, 2, 0)
      closeSync(fd)
    })
    expect(e).toBeInstanceOf(FileChangedError)
    expect(e.message).toMatch(/big\.bin changed while this run read it \(it was written to/)
  })

  it('truncated during its multipart upload: fails naming it', async () => {
    const e = await pushWhileChanging({ 'big.bin': big(SIZE, 3) }, PART_2, 'big.bin', (dir) => {
      truncateSync(join(dir, 'big.bin'), 16 * MiB + 1)
    })
    expect(e).toBeInstanceOf(FileChangedError)
    expect(e.message).toMatch(
      /big\.bin changed while this run read it \(it became shorter|its size is now/
    )
  })

  it('deleted during its multipart upload: fails naming it', async () => {
    const e = await pushWhileChanging({ 'big.bin': big(SIZE, 3) }, PART_2, 'big.bin', (dir) => {
      unlinkSync(join(dir, 'big.bin'))
    })
    expect(e).toBeInstanceOf(FileChangedError)
    expect(e.message).toMatch(/big\.bin changed while this run read it \(it was deleted\)/)
  })

  it('a small file changed after the listing, before it is read: fails naming it', async () => {
    const e = await pushWhileChanging(
      { 'a.txt': 'first file', 'b.txt': 'second file' },
      { method: 'PUT', key: 'chg/p/a.txt' },
      'b.txt',
      (dir) => appendFileSync(join(dir, 'b.txt'), ' grew'),
      1
    )
    expect(e).toBeInstanceOf(FileChangedError)
    expect(e.message).toMatch(
      /b\.txt changed while this run read it \(its size is now 16 bytes, not 11\)/
    )
  })
})

describe('a file changed after its upload, before the commit', () => {
  const s3 = proxiedMoto(FLAVOURS[0]!, 'after')

  it('fails naming it before the manifest is written; the uploaded data stays, no pointer', async () => {
    const bucket = await s3.fresh()
    const dir = tree({ 'a.txt': 'first file', 'b.txt': 'second file' })
    let released = false
    s3.proxy.inject({ method: 'PUT', key: 'chg/q/b.txt', fault: { hold: () => released } })
    const pushing = push(
      { name: 'chg/q', source: localSource(dir), registry: s3.registry(bucket), message: null },
      { concurrency: resolveConcurrency(1) }
    ).catch((e: unknown) => e as Error)
    // Held: the PUT of b.txt (so a.txt was read, checked and uploaded before).
    while (!s3.proxy.inFlight().some((r) => r.method === 'PUT' && r.key === 'chg/q/b.txt')) {
      await new Promise((r) => setTimeout(r, 10))
    }
    appendFileSync(join(dir, 'a.txt'), '!')
    released = true
    const e = (await pushing) as Error
    expect(e).toBeInstanceOf(FileChangedError)
    expect(e.message).toMatch(/a\.txt changed while this run read it/)
    expect(s3.proxy.seen({ method: 'PUT', key: '.quilt/' })).toEqual([])
    expect(await checkRegistry(s3.direct, bucket)).toEqual([])
  })
})

describe('a file changed after the listing, before a build reads it', () => {
  // Enough files for the hashing threads to start (a few are hashed on the calling thread).
  const others = Object.fromEntries(
    Array.from({ length: 300 }, (_, i) => [`more/f${i}.txt`, `file ${i}`])
  )

  it.each([
    ['grown', (p: string) => appendFileSync(p, '!'), 'its size is now 12 bytes, not 11'],
    [
      'written in place (same size)',
      (p: string) => {
        writeFileSync(p, 'SECOND FILE')
        utimesSync(p, new Date(), new Date(Date.now() + 60_000))
      },
      'it was written to'
    ],
    [
      'replaced',
      (p: string) => {
        writeFileSync(`${p}.new`, 'second file')
        renameSync(`${p}.new`, p)
      },
      'it was replaced by another file'
    ],
    ['deleted', (p: string) => unlinkSync(p), 'it was deleted']
  ])('%s: the build fails naming it, nothing written', async (_what, change, says) => {
    const dir = tree({ 'a.txt': 'first file', 'b.txt': 'second file', ...others })
    const source = localSource(dir)
    change(join(dir, 'b.txt'))
    const registry = tempDir('qpa-reg-')
    const e = (await build(
      { name: 'chg/b', source, registry: new LocalRegistry(registry), message: null },
      { concurrency: resolveConcurrency(2) }
    ).catch((err: unknown) => err)) as Error
    expect(e).toBeInstanceOf(FileChangedError)
    expect(e.message).toContain(`b.txt changed while this run read it (${says}`)
    expect(quiltFiles(registry)).toEqual([])
  })

  const WORKFLOW_NEEDS_MESSAGE = [
    'version: "1"',
    'workflows:',
    '  alpha:',
    '    name: Alpha',
    '    is_message_required: true',
    'default_workflow: alpha',
    ''
  ].join('\n')

  // Many batches: the last ones are hashed by the calling thread while the workers take the
  // first, so the failure comes while it helps. jest keeps an unhandled rejection from ending
  // its process, so the crash that once followed is caught by the command's test below; here,
  // the error is the typed one and nothing is written.
  const many = Object.fromEntries(
    Array.from({ length: 1200 }, (_, i) => [`more/f${i}.txt`, `file ${i}`])
  )

  it('in the last of many batches: the build fails naming it, nothing written', async () => {
    const dir = tree({ ...many, 'z.txt': 'last file' })
    const source = localSource(dir)
    appendFileSync(join(dir, 'z.txt'), '!')
    const registry = tempDir('qpa-reg-')
    const e = (await build(
      { name: 'chg/z', source, registry: new LocalRegistry(registry), message: null },
      { concurrency: resolveConcurrency(2) }
    ).catch((err: unknown) => err)) as Error
    expect(e).toBeInstanceOf(FileChangedError)
    expect(e.message).toContain('z.txt changed while this run read it (its size is now 10 bytes')
    expect(quiltFiles(registry)).toEqual([])
  })

  it('the command: a workflow refusing the package while 3,000 files are hashed is what the user reads', () => {
    const dir = tree(
      Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`more/f${i}.txt`, `file ${i}`]))
    )
    const registry = tempDir('qpa-reg-')
    mkdirSync(join(registry, '.quilt/workflows'), { recursive: true })
    writeFileSync(join(registry, '.quilt/workflows/config.yml'), WORKFLOW_NEEDS_MESSAGE)
    const r = spawnSync(
      process.execPath,
      [CLI_BUNDLE, 'build', '--name', 'chg/w', '--path', dir, '--registry', registry],
      { encoding: 'utf-8', timeout: 60_000 }
    )
    // Not a crash on the hashing stopped midway ("hash pool closed" and a stack trace).
    expect(r.stderr).toContain('Commit message is required by workflow, but none was provided.')
    expect(r.stderr).not.toContain('hash pool closed')
    expect(r.status).toBe(1)
    expect(quiltFiles(registry)).toEqual(['.quilt/workflows/config.yml'])
  })

  it('a workflow refusing the package while many files are hashed: its error is the one told', async () => {
    const dir = tree(many)
    const registry = tempDir('qpa-reg-')
    const config = WORKFLOW_NEEDS_MESSAGE
    const local = new LocalRegistry(registry)
    const e = (await build(
      {
        name: 'chg/w',
        source: localSource(dir),
        registry: local,
        message: null,
        workflow: {
          source: {
            configKey: local.workflowConfigKey(),
            fetch: (pk) => Promise.resolve({ data: Buffer.from(config), url: String(pk) })
          },
          choice: { kind: 'default' }
        }
      },
      { concurrency: resolveConcurrency(2) }
    ).catch((err: unknown) => err)) as Error
    expect(e).toBeInstanceOf(WorkflowValidationError)
    expect(quiltFiles(registry)).toEqual([])
  })
})

/**
 * How to run the command as a user without read permission on a file: directly when this
 * process is not root (root reads everything), else through `setpriv` as `nobody`. Null when
 * neither works.
 */
function unprivileged():
  ((args: string[], env: NodeJS.ProcessEnv) => { code: number; stderr: string }) | null {
  const run = (
    cmd: string,
    args: string[],
    env: NodeJS.ProcessEnv
  ): { code: number; stderr: string } => {
    const r = spawnSync(cmd, args, {
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf-8',
      timeout: 60_000
    })
    return { code: r.status ?? -1, stderr: r.stderr }
  }
  if (process.getuid?.() !== 0)
    return (args, env) => run(process.execPath, [CLI_BUNDLE, ...args], env)
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true'])
  if (probe.status !== 0) return null
  return (args, env) =>
    run(
      'setpriv',
      [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        '--',
        process.execPath,
        CLI_BUNDLE,
        ...args
      ],
      env
    )
}

const runUnprivileged = unprivileged()
if (runUnprivileged === null) {
  process.stderr.write(
    'NOTICE: running as root without setpriv: the unreadable file and folder tests are skipped.\n'
  )
}
const describeUnprivileged = runUnprivileged ? describe : describe.skip

describeUnprivileged('files and folders the run may not read (run as an unprivileged user)', () => {
  let moto: Moto
  let direct: S3Client
  beforeAll(() => {
    moto = Moto.connect(FLAVOURS[0]!)
    direct = moto.client()
  })
  afterAll(() => {
    direct.destroy()
  })

  /** A tree readable by everyone except `locked` (chmod 000); folders open for `nobody`. */
  function lockedTree(locked: string): string {
    const dir = tree({
      'data/ok.csv': 'a,b\n',
      'data/sub/inner.csv': 'c,d\n',
      'data/secret.csv': 'x'
    })
    chmodSync(dir, 0o755)
    for (const d of ['data', 'data/sub']) chmodSync(join(dir, d), 0o755)
    for (const f of ['data/ok.csv', 'data/sub/inner.csv', 'data/secret.csv'])
      chmodSync(join(dir, f), 0o644)
    chmodSync(join(dir, locked), 0o000)
    return join(dir, 'data')
  }

  function openHome(): string {
    const home = tempDir('qpa-home-')
    chmodSync(home, 0o777)
    return home
  }

  it.each([
    [
      'an unreadable file',
      'data/secret.csv',
      /Cannot read the file .*data\/secret\.csv \((EACCES|EPERM)\)/
    ],
    ['an unreadable folder', 'data/sub', /Cannot read the folder .*data\/sub \((EACCES|EPERM)\)/]
  ])('build with %s: exit 1 naming it, nothing written', (_what, locked, says) => {
    const path = lockedTree(locked)
    const registry = tempDir('qpa-reg-')
    chmodSync(registry, 0o777)
    const r = runUnprivileged!(
      ['build', '--name', 'perm/p', '--path', path, '--registry', registry],
      { HOME: openHome() }
    )
    expect(r.stderr).toMatch(says)
    expect(r.stderr).toMatch(/a package is every file below 'path'/)
    expect(r.code).toBe(1)
    expect(quiltFiles(registry)).toEqual([])
    expect(existsSync(join(registry, '.quilt'))).toBe(false)
  })

  it('an unreadable folder that .quiltignore leaves out: the build succeeds without it', () => {
    const path = lockedTree('data/sub')
    writeFile(join(path, '.quiltignore'), 'sub/\n')
    chmodSync(join(path, '.quiltignore'), 0o644)
    const registry = tempDir('qpa-reg-')
    chmodSync(registry, 0o777)
    const r = runUnprivileged!(
      ['build', '--name', 'perm/ignored', '--path', path, '--registry', registry, '--json'],
      { HOME: openHome() }
    )
    expect(r.stderr).not.toMatch(/Cannot read/)
    expect(r.code).toBe(0)
    expect(quiltFiles(registry).filter((f) => f.includes('/packages/'))).toHaveLength(1)
  })

  it.each([
    ['an unreadable file', 'data/secret.csv', /Cannot read the file .*secret\.csv/],
    ['an unreadable folder', 'data/sub', /Cannot read the folder .*data\/sub/]
  ])('push with %s: exit 1 naming it, the bucket unchanged', async (_what, locked, says) => {
    const bucket = await moto.bucket(`perm-${locked.length}`)
    const before = versionCount(await snapshot(direct, bucket))
    const path = lockedTree(locked)
    const r = runUnprivileged!(
      ['push', '--name', 'perm/p', '--path', path, '--registry', `s3://${bucket}`],
      { HOME: openHome(), ...moto.env() }
    )
    expect(r.stderr).toMatch(says)
    expect(r.code).toBe(1)
    expect(versionCount(await snapshot(direct, bucket))).toEqual(before)
  })
})
