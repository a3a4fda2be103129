/**
 * The command as people run it: `main(argv)` of src/cli.ts for most cases, and the committed
 * bundle `node dist/cli/index.js` (what `npm start --` runs) for the README's examples.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import {
  actionYml,
  badInputs,
  CLI_BUNDLE,
  EXAMPLE,
  folderStats,
  quiltFiles,
  runAction,
  runCli,
  runNode,
  TOP_HASH
} from '../helpers/run.js'

let xdg: string
const savedXdg = process.env.XDG_DATA_HOME

beforeAll(() => {
  // Never touch the real ~/.local/share/Quilt, in this process or in the child processes.
  xdg = tempDir('qpa-xdg-')
  process.env.XDG_DATA_HOME = xdg
})
afterAll(() => {
  if (savedXdg === undefined) delete process.env.XDG_DATA_HOME
  else process.env.XDG_DATA_HOME = savedXdg
  cleanupTempDirs()
})

const example = folderStats(EXAMPLE)
/** The outputs of build and push: every output of action.yml but delete's `deleted`. */
const OUTPUTS = Object.keys(actionYml().outputs).filter((o) => o !== 'deleted')

/** `key: value` lines of the plain output. */
function parsePlain(stdout: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of stdout.trimEnd().split('\n')) {
    const m = /^([a-z-]+): (.*)$/.exec(line)
    if (!m) throw new Error(`not a 'key: value' line: ${line}`)
    out[m[1]!] = m[2]!
  }
  return out
}

/** The command line for a set of inputs: mode first, then `--flag=value` for the others. */
function argvFor(inputs: Record<string, string | undefined>): string[] {
  const argv: string[] = []
  if (inputs.mode !== undefined) argv.push(inputs.mode)
  for (const [k, v] of Object.entries(inputs))
    if (k !== 'mode' && v !== undefined) argv.push(`--${k}=${v}`)
  return argv
}

/** A build of the README example as demo/example from `path` (the bundle runs from the root), then `extra`. */
function buildExample(path: string, ...extra: string[]): string[] {
  return ['build', '--name', 'demo/example', '--path', path, ...extra]
}

describe('the committed bundle dist/cli/index.js', () => {
  it('builds the README example and prints the top hash', () => {
    const registry = tempDir()
    const r = runNode(CLI_BUNDLE, buildExample('examples/data', '--registry', registry))
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^top-hash: [0-9a-f]{64}$/m)
    const out = parsePlain(r.stdout)
    expect(Object.keys(out)).toEqual(OUTPUTS)
    expect(out).toMatchObject({
      files: String(example.files),
      bytes: String(example.bytes),
      registry: realpathSync(registry)
    })
    expect(readFileSync(join(registry, '.quilt/named_packages/demo/example/latest'), 'utf-8')).toBe(
      out['top-hash']
    )
    // Progress goes to stderr, so stdout stays machine-readable.
    expect(r.stderr).toContain('Building demo/example')
  })

  it('--json prints the outputs as one JSON object', () => {
    const registry = tempDir()
    const r = runNode(CLI_BUNDLE, [
      'build',
      '--name=demo/example',
      '--path=examples/data',
      `--registry=${registry}`,
      '--json'
    ])
    expect(r.code).toBe(0)
    expect(r.stdout.endsWith('}\n')).toBe(true)
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1)
    const out = JSON.parse(r.stdout) as Record<string, unknown>
    expect(Object.keys(out)).toEqual(OUTPUTS)
    expect(out['top-hash']).toMatch(TOP_HASH)
    // Numbers and booleans as JSON numbers and booleans, not their text.
    expect(out).toMatchObject({
      changed: true,
      files: example.files,
      bytes: example.bytes,
      'uploaded-bytes': 0
    })
  })

  it("builds into quilt3's default local registry ($XDG_DATA_HOME/Quilt/packages)", () => {
    const home = tempDir('qpa-xdg-')
    const r = runNode(CLI_BUNDLE, buildExample('examples/data', '--json'), { XDG_DATA_HOME: home })
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as Record<string, string>
    const registry = join(home, 'Quilt', 'packages')
    expect(out.registry).toBe(registry)
    expect(quiltFiles(registry)).toContain(`.quilt/packages/${out['top-hash']}`)
    expect(quiltFiles(registry)).toContain('.quilt/named_packages/demo/example/latest')

    // The README: quilt3.Package.browse("demo/example") then finds it in the same registry.
    const python = process.env.QPA_PYTHON
    if (!python) throw new Error('QPA_PYTHON is not set: run the tests with `npm test`')
    const py = spawnSync(
      python,
      [
        '-c',
        'import quilt3, json; p = quilt3.Package.browse("demo/example"); ' +
          'print(json.dumps([p.top_hash, sorted(k for k, _ in p.walk())]))'
      ],
      { env: { ...process.env, XDG_DATA_HOME: home, HOME: home }, encoding: 'utf-8' }
    )
    expect(py.status).toBe(0)
    const [top, keys] = JSON.parse(py.stdout) as [string, string[]]
    expect(top).toBe(out['top-hash'])
    expect(keys).toHaveLength(example.files)
  })

  it('--help prints the usage and exits 0', () => {
    const r = runNode(CLI_BUNDLE, ['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Usage: /)
  })

  it('an unknown flag exits 2 naming the flag', () => {
    const r = runNode(CLI_BUNDLE, ['build', '--name', 'a/b', '--bogus', 'x'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--bogus')
    expect(r.stdout).toBe('')
  })

  it('bad input exits 1 with an error naming the input, and writes nothing', () => {
    const registry = join(tempDir(), 'registry')
    const r = runNode(
      CLI_BUNDLE,
      buildExample('examples/data', '--registry', registry, '--meta', '{"a": 1,}')
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^error: Input 'meta' is not valid JSON: .* at line 1, column 9\.$/m)
    expect(r.stdout).toBe('')
    expect(quiltFiles(registry)).toEqual([])
  })
})

describe('main() of src/cli.ts', () => {
  it('prints every output as key: value on stdout, progress on stderr', async () => {
    const registry = tempDir()
    const r = await runCli(
      buildExample(
        EXAMPLE,
        '--registry',
        registry,
        '--message',
        'hello',
        '--meta',
        '{"a": 1.0}',
        '--concurrency',
        '2'
      )
    )
    expect(r.stderr).not.toMatch(/error/i)
    expect(r.code).toBe(0)
    const out = parsePlain(r.stdout)
    expect(Object.keys(out)).toEqual(OUTPUTS)
    expect(out['top-hash']).toMatch(TOP_HASH)
    expect(r.stderr).toMatch(new RegExp(`\\b${example.files} files\\b`))
    expect(r.stderr).toMatch(/^Hashed .* \(100%, \d+ of \d+ files\)/m)
    const manifest = readFileSync(join(registry, '.quilt', 'packages', out['top-hash']!), 'utf-8')
    expect(manifest.split('\n')[0]).toBe(
      '{"version": "v0", "user_meta": {"a": 1.0}, "message": "hello"}'
    )
  })

  it('gives the same top hash as the action for the same inputs', async () => {
    const inputs = {
      mode: 'build',
      name: 'team/same',
      path: EXAMPLE,
      message: 'm',
      meta: '{"k": [1, 2.5]}'
    }
    const cli = await runCli([...argvFor(inputs), '--registry', tempDir(), '--json'])
    const action = await runAction({ ...inputs, registry: tempDir() })
    expect(cli.code).toBe(0)
    const out = JSON.parse(cli.stdout) as Record<string, unknown>
    expect(out['top-hash']).toBe(action.outputs['top-hash'])
    expect(String(out.files)).toBe(action.outputs.files)
    expect(String(out.bytes)).toBe(action.outputs.bytes)
  })

  it("uses quilt3's default local registry without --registry", async () => {
    const home = tempDir('qpa-xdg-')
    const r = await runCli(buildExample(EXAMPLE, '--json'), {
      XDG_DATA_HOME: home
    })
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as Record<string, string>
    expect(out.registry).toBe(join(home, 'Quilt', 'packages'))
    expect(quiltFiles(out.registry!)).toEqual([
      `.quilt/named_packages/demo/example/${out.revision}`,
      '.quilt/named_packages/demo/example/latest',
      `.quilt/packages/${out['top-hash']}`
    ])
  })

  it('--help lists a flag for every action input but mode, and exits 0', async () => {
    const r = await runCli(['build', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Usage: /)
    const flags = Object.keys(actionYml().inputs)
      .filter((input) => input !== 'mode')
      .map((input) => `--${input}`)
    expect(flags.filter((f) => !new RegExp(`^  ${f}[ ,]`, 'm').test(r.stdout))).toEqual([])
    expect(flags.length).toBeGreaterThan(3)
    expect(r.stdout).toContain('--json')
  })

  it('no arguments prints the usage and exits 2', async () => {
    const r = await runCli([])
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(/^Usage: /)
  })

  it.each([
    [
      ['build', '--registy', 'REG', '--name', 'a/b', '--path', 'DATA'],
      /Unknown option --registy\b.*--help/
    ],
    [['build', '--name=a/b', '--verbose', '--path', 'DATA'], /Unknown option --verbose\b/],
    [['build', '--path', 'DATA', '--registry', 'REG', '--name'], /Option --name needs a value/],
    [['build', 'extra', '--name', 'a/b', '--path', 'DATA'], /Unexpected argument 'extra'/]
  ])('%j exits 2 with a message naming the problem', async (argv, message) => {
    const registry = join(tempDir(), 'registry')
    const r = await runCli(argv.map((a) => (a === 'REG' ? registry : a === 'DATA' ? EXAMPLE : a)))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe('')
    expect(quiltFiles(registry)).toEqual([])
  })

  describe('bad input', () => {
    const fixtures = tempDir('qpa-bad-')
    const file = join(fixtures, 'a-file.txt')
    writeFileSync(file, 'not a folder')
    const cases = badInputs({ file, missing: join(fixtures, 'no-such-folder') })

    it.each(cases.map((c) => [c.title, c] as const))(
      '%s: exits 1 naming the input, writes nothing',
      async (_title, c) => {
        const registry = join(tempDir(), 'registry')
        const home = tempDir('qpa-xdg-')
        const inputs = { mode: 'build', name: 'demo/example', path: EXAMPLE, registry, ...c.inputs }
        const r = await runCli(argvFor(inputs), { XDG_DATA_HOME: home })

        expect(r.code).toBe(1)
        expect(r.stdout).toBe('')
        const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '))
        expect(errors).toHaveLength(1)
        expect(errors[0]).toContain(`'${c.input}'`)
        expect(errors[0]).toMatch(c.says)
        expect(quiltFiles(registry)).toEqual([])
        expect(quiltFiles(join(home, 'Quilt', 'packages'))).toEqual([])
      }
    )
  })
})
