/**
 * Running the action and the command the way a user meets them: the action through real
 * `INPUT_*` variables and a real `GITHUB_OUTPUT` file (no mock of `@actions/core`), the command
 * through `main(argv)` or the committed bundles in a child process.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { main } from '../../src/cli.js'
import { run } from '../../src/main.js'
import { tempDir } from './tmp.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The sample folder of the README's quick start. */
export const EXAMPLE = join(ROOT, 'examples', 'data')
export const ACTION_BUNDLE = join(ROOT, 'dist', 'index.js')
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'index.js')

export const TOP_HASH = /^[0-9a-f]{64}$/

interface ActionYml {
  inputs: Record<string, { required?: boolean; default?: unknown; description?: string }>
  outputs: Record<string, { description?: string }>
}

export function actionYml(): ActionYml {
  return parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf-8')) as ActionYml
}

/** The `INPUT_*` name the runner gives an input: upper case, spaces as `_`, dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * The variables the runner sets for a step: one `INPUT_*` for every input declared in
 * action.yml (its default when the workflow does not set it), the workflow's values over them.
 * A value of `undefined` leaves the variable out.
 */
export function runnerInputEnv(withInputs: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    const d = spec.default
    env[inputEnvName(name)] =
      d === undefined || d === null ? '' : typeof d === 'string' ? d : JSON.stringify(d)
  }
  for (const [name, value] of Object.entries(withInputs)) {
    if (value === undefined) Reflect.deleteProperty(env, inputEnvName(name))
    else env[inputEnvName(name)] = value
  }
  return env
}

/** Parse a `GITHUB_OUTPUT` file: `name<<delimiter\nvalue\ndelimiter\n`, repeated. */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  let i = 0
  while (i < lines.length) {
    const line = lines[i]!
    if (line === '') {
      i++
      continue
    }
    const m = /^([^<=]+)<<(.+)$/.exec(line)
    if (!m) throw new Error(`GITHUB_OUTPUT line ${i + 1} is not name<<delimiter: ${line}`)
    const [, name, delimiter] = m
    const end = lines.indexOf(delimiter!, i + 1)
    if (end < 0) throw new Error(`GITHUB_OUTPUT value of ${name} has no closing delimiter`)
    out[name!] = lines.slice(i + 1, end).join('\n')
    i = end + 1
  }
  return out
}

export interface Captured<T> {
  value: T
  stdout: string
  stderr: string
}

type Write = typeof process.stdout.write

/** Run `fn` with everything written to stdout and stderr captured (and not shown). */
export async function capture<T>(fn: () => Promise<T>): Promise<Captured<T>> {
  const chunks = { stdout: '', stderr: '' }
  // The originals are put back on their own streams, unbound on purpose.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const originals = { stdout: process.stdout.write, stderr: process.stderr.write }
  const fake =
    (stream: 'stdout' | 'stderr'): Write =>
    (chunk: string | Uint8Array, ...rest: unknown[]) => {
      chunks[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf-8')
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined
      cb?.()
      return true
    }
  process.stdout.write = fake('stdout')
  process.stderr.write = fake('stderr')
  try {
    const value = await fn()
    return { value, ...chunks }
  } finally {
    process.stdout.write = originals.stdout
    process.stderr.write = originals.stderr
  }
}

/**
 * The AWS variables of a run signed in with `credentials` and nothing else: none of this
 * machine's session, profile or endpoint variables; region us-east-1.
 */
export function credentialsOnlyEnv(credentials: {
  accessKeyId: string
  secretAccessKey: string
}): NodeJS.ProcessEnv {
  return {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: undefined,
    AWS_PROFILE: undefined,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: undefined,
    AWS_ENDPOINT_URL_S3: undefined
  }
}

/** Set variables for the duration of `fn` (undefined unsets), then put the environment back. */
export async function withEnv<T>(vars: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env }
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) Reflect.deleteProperty(process.env, k)
    else process.env[k] = v
  }
  try {
    return await fn()
  } finally {
    for (const k of Object.keys(process.env)) {
      if (!(k in saved)) Reflect.deleteProperty(process.env, k)
    }
    Object.assign(process.env, saved)
  }
}

export interface ActionRun {
  /** The outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** process.exitCode as the action left it. */
  exitCode: number | string | undefined
  stdout: string
  /** The `::error::` workflow commands printed, their text only. */
  errors: string[]
}

/**
 * Run the action in this process as the runner does: `INPUT_*` for every declared input (see
 * `runnerInputEnv`), an empty `GITHUB_OUTPUT` file, then `await run()`. The environment and
 * `process.exitCode` are put back afterwards.
 */
export async function runAction(
  inputs: Record<string, string | undefined>,
  extraEnv: NodeJS.ProcessEnv = {}
): Promise<ActionRun> {
  const outFile = join(tempDir('qpa-out-'), 'github_output')
  writeFileSync(outFile, '')
  const env: NodeJS.ProcessEnv = {}
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) env[k] = undefined
  Object.assign(env, runnerInputEnv(inputs), { GITHUB_OUTPUT: outFile }, extraEnv)
  const savedExitCode = process.exitCode
  process.exitCode = undefined
  try {
    const { stdout } = await withEnv(env, () => capture(run))
    return {
      outputs: parseGithubOutput(readFileSync(outFile, 'utf-8')),
      exitCode: process.exitCode,
      stdout,
      errors: stdout
        .split(/\r?\n/)
        .filter((l) => l.startsWith('::error::'))
        .map((l) => l.slice('::error::'.length))
    }
  } finally {
    process.exitCode = savedExitCode
  }
}

export type SummaryRun = ActionRun & { summary: string }

/**
 * `runAction` that also returns the job summary the run wrote, each run with a data home of its
 * own. @actions/core keeps the first GITHUB_STEP_SUMMARY it sees (per module instance, so per
 * test file): the runner makes one file, emptied before each run; make one runner per file.
 */
export function summaryRunner(): (
  inputs: Record<string, string | undefined>,
  env?: NodeJS.ProcessEnv
) => Promise<SummaryRun> {
  const summaryFile = join(tempDir('qpa-summary-'), 'step_summary.md')
  return async (inputs, env = {}) => {
    writeFileSync(summaryFile, '')
    const r = await runAction(inputs, {
      GITHUB_STEP_SUMMARY: summaryFile,
      XDG_DATA_HOME: tempDir('qpa-xdg-'),
      ...env
    })
    return { ...r, summary: readFileSync(summaryFile, 'utf-8') }
  }
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** `main(argv)` of src/cli.ts in this process, with `env` set meanwhile. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const r = await withEnv(env, () => capture(() => main(argv)))
  return { code: r.value, stdout: r.stdout, stderr: r.stderr }
}

/**
 * A script run by `node` in a child process from the repository root, with this process's
 * environment minus any `INPUT_*` / `GITHUB_OUTPUT`, plus `env`.
 */
export function runNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  node: string = process.execPath
): CliRun {
  const base: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('INPUT_') && k !== 'GITHUB_OUTPUT') base[k] = v
  }
  const r = spawnSync(node, [script, ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    encoding: 'utf-8',
    timeout: 60000
  })
  if (r.error) throw r.error
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** Every file below `dir/.quilt`, relative to `dir` and sorted; [] when there is none. */
export function quiltFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (rel: string): void => {
    const abs = join(dir, rel)
    if (!existsSync(abs)) return
    if (!statSync(abs).isDirectory()) {
      out.push(rel)
      return
    }
    for (const name of readdirSync(abs)) walk(`${rel}/${name}`)
  }
  walk('.quilt')
  return out.sort()
}

/** The files a build of `examples/data` must report: count and total bytes, read from disk. */
export function folderStats(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  const walk = (abs: string): void => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const p = join(abs, e.name)
      if (e.isDirectory()) walk(p)
      else {
        files++
        bytes += statSync(p).size
      }
    }
  }
  walk(dir)
  return { files, bytes }
}

/**
 * One bad input: the inputs to give (over a valid request), the input at fault and what its
 * message must say (the fix). Shared by the action's and the command's tests.
 */
export interface BadInput {
  title: string
  /** Inputs over the valid ones; undefined removes an input. */
  inputs: Record<string, string | undefined>
  /** The input the message must name. */
  input: string
  /** What the message must also say. */
  says: RegExp
}

/**
 * Over a valid build request (mode 'build', with name, path and a local registry, filled in by
 * the test); `fixtures` are a file and a path that does not exist.
 */
export function badInputs(fixtures: { file: string; missing: string }): BadInput[] {
  return [
    {
      title: 'mode missing',
      inputs: { mode: undefined },
      input: 'mode',
      says: /required.*one of: build, push, delete.*no default/
    },
    { title: 'mode empty', inputs: { mode: ' ' }, input: 'mode', says: /required/ },
    { title: 'name missing', inputs: { name: undefined }, input: 'name', says: /required/ },
    { title: 'name empty', inputs: { name: '' }, input: 'name', says: /namespace\/package/ },
    ...['user/pkg.name', 'a/b/c', 'user', '/pkg', 'user/', 'a b/c'].map((name) => ({
      title: `name '${name}'`,
      inputs: { name },
      input: 'name',
      says: new RegExp(`not a valid package name.*namespace/package`)
    })),
    { title: 'path missing', inputs: { path: undefined }, input: 'path', says: /required/ },
    {
      title: 'path that does not exist',
      inputs: { path: fixtures.missing },
      input: 'path',
      says: /doesn't exist|does not exist/
    },
    {
      title: 'path that is a file',
      inputs: { path: fixtures.file },
      input: 'path',
      says: /not a (folder|directory)|is a file/
    },
    {
      title: 'path that is an http:// URL',
      inputs: { path: 'http://example.com/data' },
      input: 'path',
      says: /local folder, a file:\/\/ URL or an s3:\/\/bucket\/prefix/
    },
    {
      title: 'registry that is an S3 path, not a bucket',
      inputs: { mode: 'push', registry: 's3://bucket/some/path' },
      input: 'registry',
      says: /expects an S3 bucket.*'s3:\/\/bucket'/
    },
    {
      title: 'registry that is an http:// URL',
      inputs: { registry: 'http://example.com/registry' },
      input: 'registry',
      says: /local folder, a file:\/\/ URL or s3:\/\/bucket/
    },
    {
      title: 'registry that is a file',
      inputs: { registry: fixtures.file },
      input: 'registry',
      says: /not a (folder|directory)|is a file/
    },
    {
      title: 'meta with a trailing comma',
      inputs: { meta: '{"a": 1,}' },
      input: 'meta',
      says: /not valid JSON.*line 1, column 9/
    },
    {
      title: 'meta on several lines',
      inputs: { meta: '{\n  "a": 1\n  "b": 2\n}' },
      input: 'meta',
      says: /not valid JSON.*line 3, column 3/
    },
    {
      title: 'meta that is not JSON at all',
      inputs: { meta: 'team: x' },
      input: 'meta',
      says: /not valid JSON.*line 1, column 1/
    },
    ...['NaN', 'Infinity', '-Infinity'].map((token) => ({
      title: `meta with ${token}`,
      inputs: { meta: `{"x": ${token}}` },
      input: 'meta',
      says: new RegExp(`${token} is not allowed.*line 1, column 7`)
    })),
    {
      title: 'meta with 1e400',
      inputs: { meta: '{"x": 1e400}' },
      input: 'meta',
      says: /1e400 is out of the range.*line 1, column 7/
    },
    ...['0', 'abc', '1.5', '300', '-1'].map((c) => ({
      title: `concurrency '${c}'`,
      inputs: { concurrency: c },
      input: 'concurrency',
      says: new RegExp(`whole number from 1 to 256, got '${c}'`)
    })),
    {
      title: "mode 'publish'",
      inputs: { mode: 'publish' },
      input: 'mode',
      says: /must be one of: build\b.*got 'publish'/
    },
    {
      title: 'push to a local registry',
      inputs: { mode: 'push' },
      input: 'registry',
      says: /Can only 'push' to remote registries in S3.*s3:\/\/bucket/
    },
    {
      title: 'build of a local folder into an s3:// registry',
      inputs: { registry: 's3://bucket' },
      input: 'mode',
      says: /is 'build'.*local folder.*'mode: push'/
    },
    {
      title: 'dest with mode build',
      inputs: { dest: 's3://bucket/data' },
      input: 'dest',
      says: /not used with mode 'build' \(only with: push\)/
    },
    {
      title: 'top-hash with mode build',
      inputs: { 'top-hash': 'abcdef' },
      input: 'top-hash',
      says: /not used with mode 'build' \(only with: delete\)/
    },
    {
      title: 'force that is not a boolean',
      inputs: { mode: 'push', registry: 's3://bucket', force: 'yes' },
      input: 'force',
      says: /must be true or false, got 'yes'/
    },
    {
      title: 'aws-region that is not a region',
      inputs: { 'aws-region': 'Europe' },
      input: 'aws-region',
      says: /not an AWS region/
    },
    {
      title: 'endpoint-url that is not a URL',
      inputs: { 'endpoint-url': 'localhost:9000' },
      input: 'endpoint-url',
      says: /http:\/\/ or https:\/\/ URL/
    }
  ]
}

/**
 * For a test file whose tests run the action in this process: after each test, process.env and
 * process.exitCode are what they were before it (the action sets both).
 */
export function keepProcessState(): void {
  const savedEnv = { ...process.env }
  let savedExitCode: typeof process.exitCode
  beforeEach(() => {
    savedExitCode = process.exitCode
  })
  afterEach(() => {
    process.exitCode = savedExitCode
    for (const k of Object.keys(process.env)) {
      if (!(k in savedEnv)) Reflect.deleteProperty(process.env, k)
    }
    Object.assign(process.env, savedEnv)
  })
}
