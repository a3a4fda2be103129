/**
 * The action as GitHub runs it: inputs in `INPUT_*` variables (every declared input, defaults
 * filled in), outputs read back from the `GITHUB_OUTPUT` file, failures as `::error::` and exit
 * code 1. `@actions/core` is the real one. One test runs the committed bundle, dist/index.js.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import {
  ACTION_BUNDLE,
  actionYml,
  badInputs,
  EXAMPLE,
  folderStats,
  parseGithubOutput,
  quiltFiles,
  runAction,
  runNode,
  runnerInputEnv,
  TOP_HASH,
  type ActionRun
} from '../helpers/run.js'

let xdg: string
const savedEnv = { ...process.env }
let savedExitCode: typeof process.exitCode

beforeAll(() => {
  // Never touch the real ~/.local/share/Quilt: quilt3's default registry goes to a temp dir.
  xdg = tempDir('qpa-xdg-')
  process.env.XDG_DATA_HOME = xdg
})
beforeEach(() => {
  savedExitCode = process.exitCode
})
afterEach(() => {
  process.exitCode = savedExitCode
  for (const k of Object.keys(process.env)) {
    if (k !== 'XDG_DATA_HOME' && !(k in savedEnv)) Reflect.deleteProperty(process.env, k)
  }
})
afterAll(() => {
  delete process.env.XDG_DATA_HOME
  Object.assign(process.env, savedEnv)
  cleanupTempDirs()
})

const example = folderStats(EXAMPLE)
const defaultRegistry = (): string => join(xdg, 'Quilt', 'packages')

function pointer(registry: string, name: string, p: string): string {
  return readFileSync(join(registry, '.quilt', 'named_packages', name, p), 'utf-8')
}

function manifestHead(registry: string, topHash: string): string {
  return readFileSync(join(registry, '.quilt', 'packages', topHash), 'utf-8').split('\n')[0]!
}

/** The action building the README example as `name` into `registry`, `inputs` over these. */
function buildExample(
  name: string,
  registry: string,
  inputs: Record<string, string> = {},
  env: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  return runAction({ mode: 'build', name, path: EXAMPLE, registry, ...inputs }, env)
}

describe('the action, run as GitHub runs it', () => {
  it('builds a folder and writes every output declared in action.yml', async () => {
    const registry = join(tempDir(), 'registry')
    const before = Math.floor(Date.now() / 1000)
    const r = await buildExample('demo/example', registry)
    const after = Math.floor(Date.now() / 1000)

    expect(r.errors).toEqual([])
    expect(r.exitCode ?? 0).toBe(0)
    // Every output of build: all of action.yml's but delete's `deleted`.
    expect(Object.keys(r.outputs).sort()).toEqual(
      Object.keys(actionYml().outputs)
        .filter((o) => o !== 'deleted')
        .sort()
    )
    expect(r.outputs['top-hash']).toMatch(TOP_HASH)
    expect(r.outputs.files).toBe(String(example.files))
    expect(r.outputs.bytes).toBe(String(example.bytes))
    expect(r.outputs.changed).toBe('true')
    expect(r.outputs.registry).toBe(realpathSync(registry))
    const revision = Number(r.outputs.revision)
    expect(r.outputs.revision).toMatch(/^\d+$/)
    expect(revision).toBeGreaterThanOrEqual(before)
    expect(revision).toBeLessThanOrEqual(after)

    // What the outputs point at is in the registry, as quilt3 lays it out.
    const top = r.outputs['top-hash']!
    expect(quiltFiles(registry)).toEqual([
      `.quilt/named_packages/demo/example/${r.outputs.revision}`,
      '.quilt/named_packages/demo/example/latest',
      `.quilt/packages/${top}`
    ])
    expect(pointer(registry, 'demo/example', 'latest')).toBe(top)
    expect(pointer(registry, 'demo/example', r.outputs.revision!)).toBe(top)
    expect(manifestHead(registry, top)).toBe(
      '{"version": "v0", "user_meta": null, "message": null}'
    )

    // The log says what happened.
    expect(r.stdout).toContain(`Building demo/example from ${realpathSync(EXAMPLE)}`)
    expect(r.stdout).toMatch(new RegExp(`\\b${example.files} files\\b`))
    expect(r.stdout).toContain(`Package demo/example@${top.slice(0, 7)} built`)
  })

  it('reports changed=false when the same folder is built again, true when the message changes', async () => {
    const registry = tempDir()
    const first = await buildExample('team/data', registry)
    const again = await buildExample('team/data', registry)
    expect(again.outputs['top-hash']).toBe(first.outputs['top-hash'])
    expect(again.outputs.changed).toBe('false')

    const other = await buildExample('team/data', registry, { message: 'v2' })
    expect(other.outputs.changed).toBe('true')
    expect(other.outputs['top-hash']).not.toBe(first.outputs['top-hash'])
    expect(pointer(registry, 'team/data', 'latest')).toBe(other.outputs['top-hash'])
  })

  it('writes message and meta into the manifest with Python semantics', async () => {
    const registry = tempDir()
    const r = await buildExample('team/data', registry, {
      message: 'Built from abc123',
      meta: '{"z": 1.0, "big": 12345678901234567890123456789, "a": [1e-7, "é"]}'
    })
    expect(r.errors).toEqual([])
    expect(manifestHead(registry, r.outputs['top-hash']!)).toBe(
      '{"version": "v0", "user_meta": {"z": 1.0, "big": 12345678901234567890123456789, "a": [1e-07, "é"]}, "message": "Built from abc123"}'
    )
  })

  it("builds into quilt3's default local registry when registry is empty", async () => {
    const r = await runAction({
      mode: 'build',
      name: 'demo/default',
      path: EXAMPLE,
      registry: ''
    })
    expect(r.errors).toEqual([])
    expect(r.outputs.registry).toBe(defaultRegistry())
    expect(pointer(defaultRegistry(), 'demo/default', 'latest')).toBe(r.outputs['top-hash'])
  })

  it('honours default_local_registry in the quilt3 config', async () => {
    const elsewhere = tempDir()
    const home = tempDir()
    mkdirSync(join(home, 'Quilt'))
    writeFileSync(
      join(home, 'Quilt', 'config.yml'),
      `default_local_registry: ${pathToFileURL(elsewhere).href}\n`
    )
    const r = await runAction(
      { mode: 'build', name: 'x/y', path: EXAMPLE },
      { XDG_DATA_HOME: home }
    )
    expect(r.outputs.registry).toBe(realpathSync(elsewhere))
    expect(pointer(elsewhere, 'x/y', 'latest')).toBe(r.outputs['top-hash'])
    expect(existsSync(join(home, 'Quilt', 'packages'))).toBe(false)
  })

  it('takes path and registry as relative paths or file:// URLs, with the same result', async () => {
    const registry = tempDir()
    const byPath = await buildExample('a/b', registry, { concurrency: '1' })
    const byUrl = await runAction({
      mode: 'build',
      name: 'a/b',
      path: pathToFileURL(EXAMPLE).href,
      registry: pathToFileURL(registry).href + '/',
      concurrency: '3'
    })
    const relativeRegistry = tempDir()
    const byRelative = await runAction({
      mode: 'build',
      name: 'a/b',
      path: relative(process.cwd(), EXAMPLE),
      registry: relative(process.cwd(), relativeRegistry)
    })
    for (const r of [byUrl, byRelative]) {
      expect(r.errors).toEqual([])
      expect(r.outputs['top-hash']).toBe(byPath.outputs['top-hash'])
    }
    expect(byUrl.outputs.registry).toBe(realpathSync(registry))
    expect(byRelative.outputs.registry).toBe(realpathSync(relativeRegistry))
  })

  it('trims inputs as @actions/core does', async () => {
    const registry = tempDir()
    const r = await runAction({
      mode: ' build\n',
      name: '  demo/example\n',
      path: ` ${EXAMPLE} `,
      registry: ` ${registry} `,
      concurrency: ' 2 '
    })
    expect(r.errors).toEqual([])
    expect(r.outputs.registry).toBe(realpathSync(registry))
    expect(pointer(registry, 'demo/example', 'latest')).toBe(r.outputs['top-hash'])
  })

  it('fails on an unset or blank mode, naming the input, and writes nothing', async () => {
    for (const mode of [undefined, '', ' \n']) {
      const registry = join(tempDir(), 'registry')
      const home = tempDir('qpa-xdg-')
      const r = await runAction(
        { mode, name: 'demo/example', path: EXAMPLE, registry },
        { XDG_DATA_HOME: home }
      )
      expect(r.exitCode).toBe(1)
      expect(r.errors).toEqual([
        expect.stringMatching(
          /^Input 'mode' is required: what to do, one of: build, push, delete \(there is no default\b/
        )
      ])
      expect(r.outputs).toEqual({})
      expect(quiltFiles(registry)).toEqual([])
      expect(quiltFiles(join(home, 'Quilt', 'packages'))).toEqual([])
    }
  })
})

describe('the action with bad input', () => {
  const fixtures = tempDir('qpa-bad-')
  const file = join(fixtures, 'a-file.txt')
  writeFileSync(file, 'not a folder')
  const cases = badInputs({ file, missing: join(fixtures, 'no-such-folder') })

  it.each(cases.map((c) => [c.title, c] as const))(
    '%s: fails naming the input, writes nothing',
    async (_title, c) => {
      const registry = join(tempDir(), 'registry')
      const home = tempDir('qpa-xdg-')
      const r = await runAction(
        { mode: 'build', name: 'demo/example', path: EXAMPLE, registry, ...c.inputs },
        { XDG_DATA_HOME: home }
      )

      expect(r.exitCode).toBe(1)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toContain(`'${c.input}'`)
      expect(r.errors[0]).toMatch(c.says)
      expect(r.outputs).toEqual({})
      expect(quiltFiles(registry)).toEqual([])
      expect(quiltFiles(join(home, 'Quilt', 'packages'))).toEqual([])
    }
  )

  it('refuses package metadata bigger than a manifest record may be, naming the limit', async () => {
    const registry = tempDir()
    const r = await buildExample(
      'a/b',
      registry,
      { meta: JSON.stringify({ k: 'x'.repeat(100) }) },
      { QUILT_MANIFEST_MAX_RECORD_SIZE: '64' }
    )
    expect(r.exitCode).toBe(1)
    expect(r.errors[0]).toMatch(/package metadata is \d+ bytes.*QUILT_MANIFEST_MAX_RECORD_SIZE/)
    expect(quiltFiles(registry)).toEqual([])
  })
})

describe('the committed bundle dist/index.js', () => {
  it('runs as the runner runs it: node dist/index.js with INPUT_* and GITHUB_OUTPUT', () => {
    const registry = tempDir()
    const out = join(tempDir(), 'github_output')
    writeFileSync(out, '')
    const env: NodeJS.ProcessEnv = {
      ...runnerInputEnv({
        mode: 'build',
        name: 'demo/example',
        path: 'examples/data', // relative to the workspace, which is the working directory
        registry,
        message: 'from dist',
        meta: '{"n": 1.0}'
      }),
      GITHUB_OUTPUT: out,
      GITHUB_WORKSPACE: process.cwd()
    }
    // action.yml gives mode no default (a forgotten mode must fail, not build), so it is given.
    const mode = actionYml().inputs.mode
    expect(mode?.required).toBe(true)
    expect(mode).not.toHaveProperty('default')
    expect(runnerInputEnv({})['INPUT_MODE']).toBe('')
    expect(env['INPUT_MODE']).toBe('build')
    const r = runNode(ACTION_BUNDLE, [], env)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const outputs = parseGithubOutput(readFileSync(out, 'utf-8'))
    expect(outputs['top-hash']).toMatch(TOP_HASH)
    expect(outputs).toMatchObject({
      files: String(example.files),
      bytes: String(example.bytes),
      changed: 'true',
      registry: realpathSync(registry)
    })
    expect(pointer(registry, 'demo/example', 'latest')).toBe(outputs['top-hash'])
    expect(manifestHead(registry, outputs['top-hash']!)).toBe(
      '{"version": "v0", "user_meta": {"n": 1.0}, "message": "from dist"}'
    )
  })

  it('fails with exit code 1 and an ::error:: line on bad input', () => {
    const registry = join(tempDir(), 'registry')
    const out = join(tempDir(), 'github_output')
    writeFileSync(out, '')
    const env = {
      ...runnerInputEnv({ mode: 'publish', name: 'demo/example', path: 'examples/data', registry }),
      GITHUB_OUTPUT: out
    }
    const r = runNode(ACTION_BUNDLE, [], env)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^::error::Input 'mode' must be one of: build, push, delete; got 'publish'\./m
    )
    expect(readFileSync(out, 'utf-8')).toBe('')
    expect(quiltFiles(registry)).toEqual([])
  })
})
