/**
 * Secrets never reach the log unmasked. The action runs end to end (run(), real @actions/core)
 * with everything it can write captured in the order written: process.stdout, process.stderr and
 * the console. Each secret (the GitHub ID token, the AccessKeyId, SecretAccessKey and
 * SessionToken STS returns, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN from the environment) may
 * appear only in its own `::add-mask::<secret>` line, which the runner reads before it prints
 * anything else; and never in the GITHUB_OUTPUT or GITHUB_STEP_SUMMARY files. The runtime's
 * request token (ACTIONS_ID_TOKEN_REQUEST_TOKEN) appears nowhere at all. With a Quilt catalog API
 * key (`quilt-api-key`), the key and every set of credentials the registry hands out are masked
 * the same way.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format } from 'node:util'
import { run } from '../../src/main.js'
import {
  ActionsRuntime,
  noAwsCredentialsEnv,
  stsCredentials,
  stsErrorResponse
} from '../helpers/actions-runtime.js'
import { FaultProxy } from '../helpers/fault-proxy.js'
import { Moto } from '../helpers/moto.js'
import { QuiltCatalog } from '../helpers/quilt-catalog.js'
import { EXAMPLE, keepProcessState, runnerInputEnv, withEnv } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

const ROLE = 'arn:aws:iam::123456789012:role/quilt-publisher'
/** Environment credentials, made distinctive so that any leak is found. */
const ENV_KEYS = {
  AWS_ACCESS_KEY_ID: 'AKIAENVKEYID0000TEST',
  AWS_SECRET_ACCESS_KEY: 'envSecret/ZmFrZS1zZWNyZXQta2V5LWZvci10ZXN0cw+Q',
  AWS_SESSION_TOKEN: 'envSession/IQoJb3JpZ2luX2VjEFAKEFAKEFAKEtoken+session=='
}

let moto: Moto
let runtime: ActionsRuntime
let proxy: FaultProxy
let catalog: QuiltCatalog
let awsEnv: NodeJS.ProcessEnv
let n = 0
// @actions/core keeps the first GITHUB_STEP_SUMMARY it sees: one file, emptied before each run.
const summaryFile = join(tempDir('qpa-mask-summary-'), 'step_summary.md')

beforeAll(async () => {
  moto = Moto.connect('aws-like')
  runtime = await ActionsRuntime.start()
  proxy = await FaultProxy.start(moto.endpoint)
  catalog = await QuiltCatalog.start()
  awsEnv = noAwsCredentialsEnv(tempDir('qpa-aws-'))
})
keepProcessState()
afterEach(() => {
  runtime.reset()
  proxy.reset()
  catalog.reset()
  catalog.expiresInSeconds = 3600
})
afterAll(async () => {
  await proxy.close()
  await runtime.close()
  await catalog.close()
  cleanupTempDirs()
})

interface FullRun {
  /** Everything written, in order, all streams together. */
  lines: string[]
  githubOutput: string
  summary: string
  exitCode: typeof process.exitCode
}

type Write = typeof process.stdout.write
const CONSOLE = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const

/** run() with every INPUT_* of action.yml, capturing stdout, stderr and the console together. */
async function runCapturingAll(
  inputs: Record<string, string | undefined>,
  env: NodeJS.ProcessEnv
): Promise<FullRun> {
  const outFile = join(tempDir('qpa-mask-out-'), 'github_output')
  writeFileSync(outFile, '')
  writeFileSync(summaryFile, '')
  const vars: NodeJS.ProcessEnv = {}
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) vars[k] = undefined
  Object.assign(vars, runnerInputEnv(inputs), {
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    XDG_DATA_HOME: tempDir('qpa-xdg-'),
    ...env
  })

  let text = ''
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write }
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const consoles = CONSOLE.map((m) => [m, console[m]] as const)
  const fake: Write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf-8')
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined
    cb?.()
    return true
  }
  process.stdout.write = fake
  process.stderr.write = fake
  for (const m of CONSOLE) {
    console[m] = (...args: unknown[]): void => {
      text += format(...args) + '\n'
    }
  }
  process.exitCode = undefined
  let exitCode: typeof process.exitCode
  try {
    await withEnv(vars, () => run())
    exitCode = process.exitCode
  } finally {
    process.stdout.write = writes.stdout
    process.stderr.write = writes.stderr
    for (const [m, f] of consoles) console[m] = f
  }
  return {
    lines: text.split(/\r?\n/),
    githubOutput: readFileSync(outFile, 'utf-8'),
    summary: readFileSync(summaryFile, 'utf-8'),
    exitCode
  }
}

/**
 * `secret` appears only in `::add-mask::<secret>` lines (at least one when `masked`), and never
 * in the output or summary files.
 */
function expectMasked(r: FullRun, secret: string, masked = true): void {
  expect(secret.length).toBeGreaterThan(8)
  const hits = r.lines.filter((l) => l.includes(secret))
  for (const line of hits) expect(line).toBe(`::add-mask::${secret}`)
  if (masked) expect(hits.length).toBeGreaterThan(0)
  expect(r.githubOutput).not.toContain(secret)
  expect(r.summary).not.toContain(secret)
}

/** The index of the first line `::add-mask::<secret>`; -1 when there is none. */
const maskLine = (r: FullRun, secret: string): number => r.lines.indexOf(`::add-mask::${secret}`)

/** Everything STS returned through the proxy (credentials of each sign-in). */
function stsSecrets(): { accessKeyId: string; secretAccessKey: string; sessionToken: string }[] {
  return proxy.sts
    .map((q) => stsCredentials(q.responseBody ?? ''))
    .filter((c): c is NonNullable<typeof c> => c !== null)
}

function oidcJob(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...awsEnv,
    ...runtime.env(),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    AWS_ENDPOINT_URL: proxy.url,
    ...extra
  }
}

async function push(
  inputs: Record<string, string | undefined>,
  env: NodeJS.ProcessEnv,
  bucket?: string
): Promise<FullRun> {
  const b = bucket ?? (await moto.bucket(`mask-${++n}`))
  return runCapturingAll(
    {
      mode: 'push',
      name: 'team/data',
      path: EXAMPLE,
      registry: `s3://${b}`,
      'endpoint-url': proxy.url,
      ...inputs
    },
    env
  )
}

describe('secrets in the log, end to end', () => {
  it('OIDC push: the ID token and the role credentials are masked before anything else shows them', async () => {
    const r = await push({ 'role-to-assume': ROLE, catalog: 'catalog.example.com' }, oidcJob())
    expect(r.exitCode ?? 0).toBe(0)
    expect(r.githubOutput).toContain('top-hash<<')
    expect(r.summary).toContain('## Quilt package `team/data` pushed')

    expect(runtime.tokens).toHaveLength(1)
    const creds = stsSecrets()
    expect(creds).toHaveLength(1)
    const c = creds[0]!
    for (const secret of [runtime.tokens[0]!, c.accessKeyId, c.secretAccessKey, c.sessionToken]) {
      expectMasked(r, secret)
    }
    // The masks come before the line that reports the sign-in.
    const signedIn = r.lines.findIndex((l) => l.startsWith('Signed in as '))
    expect(signedIn).toBeGreaterThan(0)
    for (const secret of [c.accessKeyId, c.secretAccessKey, c.sessionToken, runtime.tokens[0]!]) {
      expect(maskLine(r, secret)).toBeLessThan(signedIn)
    }
    // The request token of the runtime is never printed.
    expect(r.lines.join('\n')).not.toContain(runtime.requestToken)
    expect(r.githubOutput + r.summary).not.toContain(runtime.requestToken)
  })

  it('OIDC push that retries the ID token and then fails in S3: still nothing unmasked', async () => {
    runtime.failNext(1, 500, '{"message":"temporarily unavailable"}')
    const r = await push({ 'role-to-assume': ROLE }, oidcJob(), 'no-such-bucket-for-masking')
    expect(r.exitCode).toBe(1)
    expect(
      r.lines.some((l) => l.startsWith('Getting the GitHub OIDC token: attempt 1 failed'))
    ).toBe(true)
    expect(r.lines.some((l) => l.startsWith('::error::') && l.includes('no-such-bucket'))).toBe(
      true
    )
    expect(r.summary).toContain('failed')
    const c = stsSecrets()[0]!
    for (const secret of [runtime.tokens[0]!, c.accessKeyId, c.secretAccessKey, c.sessionToken]) {
      expectMasked(r, secret)
    }
    expect(r.lines.join('\n')).not.toContain(runtime.requestToken)
  })

  it('STS refuses the role: the ID token is masked, the error shows no secret', async () => {
    proxy.inject({
      service: 'sts',
      times: Infinity,
      fault: { respond: stsErrorResponse(403, 'AccessDenied', 'Not authorized') }
    })
    const r = await push({ 'role-to-assume': ROLE }, oidcJob())
    expect(r.exitCode).toBe(1)
    expect(r.lines.filter((l) => l.startsWith('::error::'))).toHaveLength(1)
    expect(r.summary).toContain('trust policy')
    expect(runtime.tokens).toHaveLength(1)
    expectMasked(r, runtime.tokens[0]!)
    expect(stsSecrets()).toEqual([])
    expect(r.lines.join('\n')).not.toContain(runtime.requestToken)
  })

  it('environment credentials: AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN are masked first', async () => {
    const r = await push({}, { ...awsEnv, ...ENV_KEYS, AWS_ENDPOINT_URL: proxy.url })
    expect(r.exitCode ?? 0).toBe(0)
    // Signed with the environment's key, and no sign-in.
    expect(proxy.s3.length).toBeGreaterThan(0)
    for (const q of proxy.s3) expect(q.accessKeyId).toBe(ENV_KEYS.AWS_ACCESS_KEY_ID)
    expect(runtime.requests).toEqual([])
    expectMasked(r, ENV_KEYS.AWS_SECRET_ACCESS_KEY)
    expectMasked(r, ENV_KEYS.AWS_SESSION_TOKEN)
    // The key id is not secret for the action; it is not printed at all.
    expectMasked(r, ENV_KEYS.AWS_ACCESS_KEY_ID, false)
    // The first two lines of the run are the masks.
    expect(r.lines.slice(0, 2).sort()).toEqual(
      [
        `::add-mask::${ENV_KEYS.AWS_SECRET_ACCESS_KEY}`,
        `::add-mask::${ENV_KEYS.AWS_SESSION_TOKEN}`
      ].sort()
    )
  })

  it.each([
    [
      'bad input',
      { 'role-to-assume': 'not-an-arn' },
      (r: FullRun) => r.lines.some((l) => l.includes("'role-to-assume'"))
    ],
    [
      'a role without an ID token',
      { 'role-to-assume': ROLE },
      (r: FullRun) => r.lines.some((l) => l.includes('id-token: write'))
    ]
  ] as const)(
    'failure (%s) with environment credentials: their secrets are masked first all the same',
    async (_title, inputs, says) => {
      const r = await push(inputs, {
        ...awsEnv,
        ...ENV_KEYS,
        AWS_ENDPOINT_URL: proxy.url,
        ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
      })
      expect(r.exitCode).toBe(1)
      expect(says(r)).toBe(true)
      expect(r.githubOutput).toBe('')
      expect(r.summary).toContain('failed')
      expectMasked(r, ENV_KEYS.AWS_SECRET_ACCESS_KEY)
      expectMasked(r, ENV_KEYS.AWS_SESSION_TOKEN)
      expectMasked(r, ENV_KEYS.AWS_ACCESS_KEY_ID, false)
      expect(maskLine(r, ENV_KEYS.AWS_SECRET_ACCESS_KEY)).toBeLessThan(2)
      expect(maskLine(r, ENV_KEYS.AWS_SESSION_TOKEN)).toBeLessThan(2)
      expect(proxy.requests).toEqual([])
    }
  )

  it('no credentials at all: the failure prints no secret of the runtime', async () => {
    const r = await push({}, oidcJob())
    expect(r.exitCode).toBe(1)
    expect(r.lines.some((l) => l.startsWith('::error::No AWS credentials'))).toBe(true)
    expect(r.lines.some((l) => l.startsWith('::add-mask::'))).toBe(false)
    expect(r.lines.join('\n')).not.toContain(runtime.requestToken)
    expect(runtime.requests).toEqual([])
  })
})

describe('secrets of a Quilt catalog sign-in, end to end', () => {
  /** A job with no AWS credentials, signing in with the catalog's key. */
  const keyJob = (): NodeJS.ProcessEnv => ({ ...awsEnv, AWS_ENDPOINT_URL: proxy.url })

  it('API key push with a refresh: the key and every credential handed out are masked first', async () => {
    // Credentials fresh for ~2 s (the SDK renews 5 minutes ahead); one upload held 2.5 s.
    catalog.expiresInSeconds = 302
    const folder = tempDir('qpa-mask-refresh-')
    for (let i = 0; i < 8; i++) writeFileSync(join(folder, `f${i}.txt`), `file ${i}\n`)
    proxy.inject({ service: 's3', method: 'PUT', key: 'team/data/f2', fault: { delayMs: 2500 } })
    const r = await push(
      {
        path: folder,
        catalog: catalog.url,
        'quilt-api-key': catalog.apiKey,
        concurrency: '2'
      },
      keyJob()
    )
    expect(r.exitCode ?? 0).toBe(0)
    expect(r.summary).toContain('## Quilt package `team/data` pushed')
    expect(catalog.issued.length).toBeGreaterThanOrEqual(2)
    expectMasked(r, catalog.apiKey)
    // The key is masked before anything is read or printed of the run.
    expect(maskLine(r, catalog.apiKey)).toBe(0)
    const signedIn = r.lines.findIndex((l) => l.startsWith('Signed in through the Quilt catalog'))
    expect(signedIn).toBeGreaterThan(0)
    const secretsOf = (c: (typeof catalog.issued)[number]): string[] => [
      c.AccessKeyId,
      c.SecretAccessKey,
      c.SessionToken
    ]
    for (const c of catalog.issued) for (const secret of secretsOf(c)) expectMasked(r, secret)
    for (const secret of secretsOf(catalog.issued[0]!)) {
      expect(maskLine(r, secret)).toBeLessThan(signedIn)
    }
  })

  it.each([
    ['the registry refuses the key', 'credentials', 401],
    ['the catalog has no config.json', 'config', 404]
  ] as const)('%s: the key is masked, the error shows no secret', async (_t, endpoint, status) => {
    catalog.answerNext(endpoint, { status, body: `{"message":"echo ${catalog.apiKey}"}` })
    const r = await push({ catalog: catalog.url, 'quilt-api-key': catalog.apiKey }, keyJob())
    expect(r.exitCode).toBe(1)
    expect(r.lines.filter((l) => l.startsWith('::error::'))).toHaveLength(1)
    expect(r.summary).toContain('failed')
    expectMasked(r, catalog.apiKey)
    expect(catalog.issued).toEqual([])
  })

  it('a wrong key (no qk_ prefix) is masked too, and not repeated in the error', async () => {
    const wrong = 'sk_live_s3cr3tPastedIntoTheWrongInput'
    const r = await push({ catalog: catalog.url, 'quilt-api-key': wrong }, keyJob())
    expect(r.exitCode).toBe(1)
    expect(r.lines.some((l) => l.includes("'quilt-api-key'"))).toBe(true)
    expectMasked(r, wrong)
    expect(catalog.requests).toEqual([])
  })
})

describe('the leak check itself', () => {
  const secret = 'sEcReT-value-1234567890'
  const base = { githubOutput: '', summary: '', exitCode: undefined }
  it('passes a secret seen only in its mask line', () => {
    expectMasked({ ...base, lines: ['start', `::add-mask::${secret}`, 'end'] }, secret)
  })
  it.each([
    ['printed before its mask', ['x ' + secret, `::add-mask::${secret}`]],
    ['printed after its mask', [`::add-mask::${secret}`, `::error::bad ${secret}`]],
    ['never masked', ['nothing here']],
    ['inside another command', [`::debug::${secret}`]]
  ])('catches a secret %s', (_title, lines) => {
    expect(() => expectMasked({ ...base, lines }, secret)).toThrow()
  })
  it('catches a secret in the output or summary file', () => {
    const lines = [`::add-mask::${secret}`]
    expect(() => expectMasked({ ...base, lines, githubOutput: secret }, secret)).toThrow()
    expect(() => expectMasked({ ...base, lines, summary: `> ${secret}` }, secret)).toThrow()
  })
})
