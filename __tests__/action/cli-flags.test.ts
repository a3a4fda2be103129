/**
 * The command's flags are action.yml's inputs: each parses, switches take every form people type
 * (`--dry-run`, `--dry-run=false`, `--no-dry-run`), `--help` is written from action.yml, and the
 * package installs as a command (`npm pack`, then `npx quilt-package-action`).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import { parseArgs, UsageError } from '../../src/cli.js'
import { Moto } from '../helpers/moto.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { actionYml, EXAMPLE, quiltFiles, ROOT, runCli, TOP_HASH } from '../helpers/run.js'

const yml = actionYml()
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf-8')) as { version: string }
).version
const SWITCHES = Object.entries(yml.inputs)
  .filter(([, s]) => s.default === 'true' || s.default === 'false')
  .map(([n]) => n)

afterAll(() => cleanupTempDirs())

/** Whitespace-normalised text, to compare wrapped help with action.yml's folded descriptions. */
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim()

describe('flags', () => {
  it.each(Object.keys(yml.inputs).filter((n) => n !== 'mode'))(
    '--%s is the input of the same name',
    (name) => {
      expect(parseArgs(['push', `--${name}=x y`]).inputs.get(name)).toBe('x y')
    }
  )

  it('has switches to test', () => {
    expect(SWITCHES).toEqual(expect.arrayContaining(['force', 'dedupe', 'dry-run']))
  })

  it.each(
    SWITCHES.flatMap((s) => [
      [[`--${s}`], 'true'],
      [[`--${s}=true`], 'true'],
      [[`--${s}=false`], 'false'],
      [[`--${s}=False`], 'False'],
      [[`--no-${s}`], 'false'],
      [[`--${s}`, `--no-${s}`], 'false'],
      [[`--no-${s}`, `--${s}`], 'true']
    ])
  )('%j gives %s', (flags, value) => {
    const input = flags[0]!.replace(/^--(no-)?/, '').replace(/=.*/, '')
    const r = parseArgs(['delete', '--name', 'a/b', ...flags, '--keep-last', '2'])
    expect(r.inputs.get(input)).toBe(value)
    // A switch alone never swallows the next argument.
    expect(r.inputs.get('keep-last')).toBe('2')
    expect(r.inputs.get('mode')).toBe('delete')
  })

  it.each([
    [['--registy=x'], /^Unknown option --registy\. Did you mean --registry\? Run with --help/],
    [['--dryrun'], /Did you mean --dry-run\?/],
    [['--no-name'], /^Unknown option --no-name\./],
    [['--no-force=true'], /^Option --no-force takes no value\./],
    [['--json=yes'], /^Option --json takes no value\./],
    [['--name'], /^Option --name needs a value/],
    [['--name', '--path', 'x'], /^Option --name needs a value/],
    [
      ['--mode', 'push'],
      /^The mode is the first argument, not a flag: quilt-package-action build\|push\|delete/
    ],
    [['--mod=x'], /^Unknown option --mod\.( Did you mean --(?!mode)[a-z-]+\?)? Run with --help/],
    [['extra'], /^Unexpected argument 'extra'/]
  ])('%j is refused: %s', (flags, message) => {
    expect(() => parseArgs(['build', ...flags])).toThrow(UsageError)
    expect(() => parseArgs(['build', ...flags])).toThrow(message)
  })
})

describe('--help and --version', () => {
  it('--help describes every input and output with its action.yml description', async () => {
    const r = await runCli(['--help'])
    expect(r.code).toBe(0)
    const help = flat(r.stdout)
    const missing = [
      ...Object.values(yml.inputs).map((s) => flat(s.description ?? '')),
      ...Object.values(yml.outputs).map((s) => flat(s.description ?? ''))
    ].filter((d) => !help.includes(d))
    expect(missing).toEqual([])
    // Defaults as action.yml states them, switches with their --no- form.
    expect(r.stdout).toContain('--audience VALUE  (default: sts.amazonaws.com)')
    expect(r.stdout).toContain('--dry-run, --no-dry-run  (default: false; or --dry-run=true|false)')
    expect(r.stdout).not.toMatch(/later version|refused for now/)
  })

  it('--version prints the version of package.json', async () => {
    const r = await runCli(['--version'])
    expect(r).toEqual({ code: 0, stdout: `quilt-package-action ${VERSION}\n`, stderr: '' })
  })
})

describe('switches and retention flags at work', () => {
  const build = (registry: string, ...flags: string[]): ReturnType<typeof runCli> =>
    runCli(['build', '--name', 'demo/sw', '--path', EXAMPLE, '--registry', registry, ...flags])

  it.each([
    [['--dry-run'], false],
    [['--dry-run=true'], false],
    [['--dry-run=false'], true],
    [['--no-dry-run'], true],
    [[], true]
  ])('build %j writes the package: %s', async (flags, writes) => {
    const registry = tempDir()
    const r = await build(registry, ...flags)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^top-hash: [0-9a-f]{64}$/m)
    expect(quiltFiles(registry).length > 0).toBe(writes)
  })

  it('--dry-run=maybe fails naming the input, and writes nothing', async () => {
    const registry = tempDir()
    const r = await build(registry, '--dry-run=maybe')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^error: Input 'dry-run' must be true or false, got 'maybe'/m)
    expect(quiltFiles(registry)).toEqual([])
  })

  it('--keep-last and --older-than remove old revisions', async () => {
    const registry = tempDir()
    for (const m of ['one', 'two', 'three']) {
      expect((await build(registry, '--message', m)).code).toBe(0)
      // Timestamp pointers are named by the second.
      await new Promise((r) => setTimeout(r, 1100))
    }
    const pointers = (): string[] =>
      quiltFiles(registry).filter((f) => /named_packages\/demo\/sw\/\d+$/.test(f))
    expect(pointers()).toHaveLength(3)
    const kept = await runCli([
      'delete',
      '--name=demo/sw',
      `--registry=${registry}`,
      '--keep-last=2',
      '--json'
    ])
    expect(kept.code).toBe(0)
    expect(pointers()).toHaveLength(2)
    const out = JSON.parse(kept.stdout) as { deleted: unknown; changed: unknown }
    expect(out.changed).toBe(true)
    expect(out.deleted).toEqual({ 'demo/sw': [expect.stringMatching(TOP_HASH)] })
    const old = await runCli([
      'delete',
      '--name=demo/sw',
      `--registry=${registry}`,
      '--older-than=1s',
      '--keep-last=1'
    ])
    expect(old.code).toBe(0)
    expect(pointers()).toHaveLength(1)
  })
})

describe('the packed command', () => {
  it('npm pack, then npx quilt-package-action builds and pushes a package, with no dependency to install', async () => {
    const dir = tempDir('qpa-pack-')
    const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf-8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const [info] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[]
    const files = info!.files.map((f) => f.path)
    expect(files).toEqual(
      expect.arrayContaining(['action.yml', 'dist/cli/index.js', 'package.json'])
    )
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toEqual([])
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf-8')) as {
      dependencies?: object
    }
    expect(pkg.dependencies ?? {}).toEqual({}) // the bundle holds them all

    const npx = (args: string[], env: NodeJS.ProcessEnv = {}): ReturnType<typeof spawnSync> =>
      spawnSync(
        'npx',
        ['--yes', `--package=${join(dir, info!.filename)}`, '--', 'quilt-package-action', ...args],
        {
          cwd: dir,
          encoding: 'utf-8',
          env: { ...process.env, npm_config_cache: join(dir, 'npm-cache'), ...env }
        }
      )
    const version = npx(['--version'])
    expect(version.stdout).toBe(`quilt-package-action ${VERSION}\n`)
    const registry = join(dir, 'registry')
    const r = npx([
      'build',
      '--name=demo/packed',
      `--path=${EXAMPLE}`,
      `--registry=${registry}`,
      '--json'
    ])
    expect(r.status).toBe(0)
    const out = JSON.parse(String(r.stdout)) as Record<string, unknown>
    expect(out['top-hash']).toMatch(TOP_HASH)
    expect(quiltFiles(registry)).toContain(`.quilt/packages/${String(out['top-hash'])}`)

    // The same package pushed to S3: the manifest and latest land in the bucket.
    const moto = Moto.connect('plain')
    const bucket = await moto.bucket('cli-packed-push')
    const pushed = npx(
      ['push', '--name=demo/packed', `--path=${EXAMPLE}`, `--registry=s3://${bucket}`, '--json'],
      moto.env()
    )
    expect(pushed.status).toBe(0)
    const p = JSON.parse(String(pushed.stdout)) as Record<string, unknown>
    expect(p['top-hash']).toBe(out['top-hash'])
    const s3 = moto.client()
    const latest = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: '.quilt/named_packages/demo/packed/latest' })
    )
    expect(await latest.Body?.transformToString()).toBe(out['top-hash'])
    s3.destroy()
  })
})
