/**
 * Sign-in with GitHub OIDC against stand-ins of everything a job talks to: the Actions runtime's
 * ID-token endpoint (../helpers/actions-runtime.ts), moto's STS and S3 (AWS-like flavour) behind
 * a recording proxy that shows which access key signed each request. No AWS key is in the
 * environment, and the SDK's default chain has nothing to find: a push that succeeds did so with
 * the role's credentials.
 *
 * Facts these tests rely on, established against the installed versions:
 * - moto's AssumeRoleWithWebIdentity accepts any token and any DurationSeconds (no 900 minimum);
 *   its Expiration is the time of the call plus DurationSeconds (microseconds included), and the
 *   AssumedRoleUser Arn is `arn:aws:sts::<account>:assumed-role/<role name>/<session name>`.
 * - The AWS SDK wraps a credentials provider with `memoizeIdentityProvider` (@smithy/core) and
 *   calls it again when `expiration - now < EXPIRATION_MS` = 300 000 ms (`isIdentityExpired`);
 *   concurrent requests share one pending call. With DurationSeconds 302 the credentials count as
 *   fresh for about 2 s, so any request later than that makes the SDK refresh them.
 * - `core.getIDToken` appends `&audience=` to ACTIONS_ID_TOKEN_REQUEST_URL; its HTTP client
 *   retries 502/503/504 itself, not 500 or 429 (those reach the retry loop of auth.ts).
 */
import { resolveConcurrency } from '../../src/quilt/concurrency.js'
import * as core from '@actions/core'
import { EXPIRATION_MS, isIdentityExpired } from '@smithy/core'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { oidcCredentials, type OidcSettings } from '../../src/action/auth.js'
import { defaultSessionName } from '../../src/action/auth.js'
import { push } from '../../src/quilt/ops/push.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { makeS3Client } from '../../src/quilt/s3/client.js'
import { localSource } from '../../src/quilt/sources/local.js'
import {
  ActionsRuntime,
  jwtClaims,
  noAwsCredentialsEnv,
  stsCredentials,
  stsErrorResponse
} from '../helpers/actions-runtime.js'
import { FaultProxy } from '../helpers/fault-proxy.js'
import { Moto } from '../helpers/moto.js'
import { latestOf } from '../helpers/s3-objects.js'
import { capture, EXAMPLE, keepProcessState, runAction, TOP_HASH, withEnv } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

const ROLE = 'arn:aws:iam::123456789012:role/quilt-publisher'
const GITHUB = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2'
}
const DEFAULT_SESSION = 'GitHubActions-octo-org-octo-repo-4242-2'

let moto: Moto
let runtime: ActionsRuntime
let proxy: FaultProxy
let awsEnv: NodeJS.ProcessEnv
let data: string
let n = 0

beforeAll(async () => {
  moto = Moto.connect('aws-like')
  runtime = await ActionsRuntime.start()
  proxy = await FaultProxy.start(moto.endpoint)
  awsEnv = noAwsCredentialsEnv(tempDir('qpa-aws-'))
  data = tempDir('qpa-data-')
  writeFileSync(join(data, 'a.csv'), 'x,y\n1,2\n')
  writeFileSync(join(data, 'b.txt'), 'hello')
})
keepProcessState()
afterEach(() => {
  runtime.reset()
  proxy.reset()
})
afterAll(async () => {
  await proxy.close()
  await runtime.close()
  cleanupTempDirs()
})

const freshBucket = (): Promise<string> => moto.bucket(`oidc-${++n}`)

/** The environment of a job with `permissions: id-token: write` and no AWS key. */
function jobEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...awsEnv,
    ...runtime.env(),
    ...GITHUB,
    AWS_ENDPOINT_URL: proxy.url,
    XDG_DATA_HOME: tempDir('qpa-xdg-'),
    ...extra
  }
}

/** Push `data` to a fresh bucket through the proxy, signing in with `role-to-assume`. */
async function pushWithRole(
  inputs: Record<string, string | undefined> = {},
  env: NodeJS.ProcessEnv = {}
): Promise<Awaited<ReturnType<typeof runAction>> & { bucket: string }> {
  const bucket = await freshBucket()
  const r = await runAction(
    {
      mode: 'push',
      name: 'team/data',
      path: data,
      registry: `s3://${bucket}`,
      'endpoint-url': proxy.url,
      'role-to-assume': ROLE,
      ...inputs
    },
    jobEnv(env)
  )
  return { ...r, bucket }
}

async function latest(bucket: string, name: string): Promise<string> {
  const s3 = moto.client()
  try {
    return await latestOf(s3, bucket, name)
  } finally {
    s3.destroy()
  }
}

/** The `until` of the "Signed in as ..." line, as a time. */
function signedInUntil(stdout: string): number {
  const m = /^Signed in as \S+ with GitHub OIDC \(credentials until (\S+)\)$/m.exec(stdout)
  if (!m) throw new Error(`no "Signed in as" line in:\n${stdout}`)
  return Date.parse(m[1]!)
}

describe('sign-in with GitHub OIDC, end to end through run()', () => {
  it('pushes with the role credentials only: every S3 request is signed by the key STS returned', async () => {
    const before = Date.now()
    const r = await pushWithRole()
    expect(r.errors).toEqual([])
    expect(r.exitCode ?? 0).toBe(0)
    expect(r.outputs['top-hash']).toMatch(TOP_HASH)
    expect(await latest(r.bucket, 'team/data')).toBe(r.outputs['top-hash'])

    // One ID token, asked for as @actions/core asks: api-version, audience, bearer.
    expect(runtime.requests).toHaveLength(1)
    const tokenRequest = runtime.requests[0]!
    expect(tokenRequest).toMatchObject({
      method: 'GET',
      apiVersion: '2.0',
      audience: 'sts.amazonaws.com',
      bearer: runtime.requestToken,
      status: 200
    })
    expect(jwtClaims(runtime.tokens[0]!).aud).toBe('sts.amazonaws.com')

    // One AssumeRoleWithWebIdentity, unsigned, with that token, the role and the default session.
    expect(proxy.sts).toHaveLength(1)
    const call = proxy.sts[0]!
    expect(call.accessKeyId).toBeNull()
    expect(call.params?.get('Action')).toBe('AssumeRoleWithWebIdentity')
    expect(call.params?.get('RoleArn')).toBe(ROLE)
    expect(call.params?.get('RoleSessionName')).toBe(DEFAULT_SESSION)
    expect(call.params?.get('DurationSeconds')).toBe('3600')
    expect(call.params?.get('WebIdentityToken')).toBe(runtime.tokens[0])
    const creds = stsCredentials(call.responseBody ?? '')
    expect(creds).not.toBeNull()

    // Every S3 request carries the assumed key and its session token.
    expect(proxy.s3.length).toBeGreaterThanOrEqual(5)
    for (const req of proxy.s3) {
      expect(`${req.method} /${req.bucket}/${req.key} ${req.accessKeyId}`).toBe(
        `${req.method} /${req.bucket}/${req.key} ${creds!.accessKeyId}`
      )
      expect(req.securityToken).toBe(creds!.sessionToken)
    }
    expect(proxy.s3.filter((q) => q.method === 'PUT').length).toBeGreaterThanOrEqual(4)

    // The log names the session (moto's Arn ends with it) and when the credentials expire.
    expect(r.stdout).toContain(
      `Signed in as arn:aws:sts::123456789012:assumed-role/quilt-publisher/${DEFAULT_SESSION} with GitHub OIDC`
    )
    expect(creds!.arn).toBe(
      `arn:aws:sts::123456789012:assumed-role/quilt-publisher/${DEFAULT_SESSION}`
    )
    const until = signedInUntil(r.stdout)
    expect(until).toBeGreaterThanOrEqual(before + 3600_000 - 5000)
    expect(until).toBeLessThanOrEqual(Date.now() + 3600_000 + 5000)
    expect(Math.abs(Date.parse(creds!.expiration) - until)).toBeLessThanOrEqual(1)
    // The credentials from STS and the ID token were masked.
    for (const secret of [creds!.accessKeyId, creds!.secretAccessKey, creds!.sessionToken]) {
      expect(r.stdout).toContain(`::add-mask::${secret}\n`)
    }
    expect(r.stdout).toContain(`::add-mask::${runtime.tokens[0]!}\n`)
  })

  it('asks for a custom audience and passes an explicit session name and duration to STS', async () => {
    const before = Date.now()
    const r = await pushWithRole({
      audience: 'https://github.com/octo-org',
      'role-session-name': 'release_v1.2@ci=ok,+x-y',
      'role-duration-seconds': '900'
    })
    expect(r.errors).toEqual([])
    expect(runtime.requests.map((q) => q.audience)).toEqual(['https://github.com/octo-org'])
    expect(jwtClaims(runtime.tokens[0]!).aud).toBe('https://github.com/octo-org')
    expect(proxy.sts).toHaveLength(1)
    expect(proxy.sts[0]!.params?.get('RoleSessionName')).toBe('release_v1.2@ci=ok,+x-y')
    expect(proxy.sts[0]!.params?.get('DurationSeconds')).toBe('900')
    expect(r.stdout).toContain(
      'Signed in as arn:aws:sts::123456789012:assumed-role/quilt-publisher/release_v1.2@ci=ok,+x-y with GitHub OIDC'
    )
    const until = signedInUntil(r.stdout)
    expect(until).toBeGreaterThanOrEqual(before + 900_000 - 5000)
    expect(until).toBeLessThanOrEqual(Date.now() + 900_000 + 5000)
  })

  it('shortens a long default session name to 64 characters, keeping run id and attempt', async () => {
    const repo = `octo-org/${'very-long-repository-name'.repeat(4)}`
    const r = await pushWithRole(
      {},
      { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: '9876543210', GITHUB_RUN_ATTEMPT: '1' }
    )
    expect(r.errors).toEqual([])
    const session = proxy.sts[0]!.params?.get('RoleSessionName') ?? ''
    expect(session).toHaveLength(64)
    expect(session).toMatch(/^GitHubActions-octo-org-very-long-repository-name/)
    expect(session).toMatch(/-9876543210-1$/)
    expect(session).toMatch(/^[\w+=,.@-]+$/)
    expect(r.stdout).toContain(`assumed-role/quilt-publisher/${session} with GitHub OIDC`)
  })

  it('derives the default session name from GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT', () => {
    expect(
      defaultSessionName({ repository: 'octo-org/octo-repo', runId: '4242', runAttempt: '2' })
    ).toBe(DEFAULT_SESSION)
    expect(defaultSessionName({ repository: 'o/r', runId: '7' })).toBe('GitHubActions-o-r-7')
    expect(defaultSessionName({})).toBe('GitHubActions')
  })
})

describe('sign-in failures, end to end through run()', () => {
  it('role-to-assume without an ID token: asks for `permissions: id-token: write` and explains forks', async () => {
    for (const missing of ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
      const r = await pushWithRole({}, { [missing]: undefined })
      expect(r.exitCode).toBe(1)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toContain("'role-to-assume'")
      expect(r.errors[0]).toContain('permissions: id-token: write')
      expect(r.errors[0]).toMatch(/fork/i)
      expect(r.outputs).toEqual({})
      expect(runtime.requests).toEqual([])
      expect(proxy.requests).toEqual([])
    }
  })

  it('neither a role nor credentials: names role-to-assume and id-token: write', async () => {
    const r = await pushWithRole({ 'role-to-assume': '' })
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(/No AWS credentials/)
    expect(r.errors[0]).toContain('role-to-assume')
    expect(r.errors[0]).toContain('id-token: write')
    expect(r.outputs).toEqual({})
    expect(runtime.requests).toEqual([])
    expect(proxy.requests).toEqual([])
  })

  it('STS AccessDenied: explains the trust policy (audience, repository), without retrying', async () => {
    proxy.inject({
      service: 'sts',
      times: Infinity,
      fault: {
        respond: stsErrorResponse(
          403,
          'AccessDenied',
          'Not authorized to perform sts:AssumeRoleWithWebIdentity'
        )
      }
    })
    const r = await pushWithRole({ audience: 'my-audience' })
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    const message = r.errors[0]!
    expect(message).toContain(`Could not assume ${ROLE} with GitHub OIDC`)
    expect(message).toContain('Not authorized to perform sts:AssumeRoleWithWebIdentity')
    expect(message).toContain("Check the role's trust policy")
    expect(message).toContain('token.actions.githubusercontent.com')
    expect(message).toContain('aud = my-audience')
    expect(message).toContain('repo:OWNER/REPO')
    expect(proxy.sts).toHaveLength(1)
    expect(proxy.s3).toEqual([])
    expect(r.outputs).toEqual({})
  })

  // Regression: the S3 client's `quiltErrorContext` middleware tags every error thrown under a
  // command, the credentials provider's too; before sign-in errors had their own name
  // (`SignInError`, src/action/auth.ts) the user read
  // "GetObject on s3://<bucket>/.quilt/named_packages/team/data/latest failed: Error: Could not assume ...".
  it('reports a refused sign-in as such, not as a failed S3 GetObject', async () => {
    proxy.inject({
      service: 'sts',
      times: Infinity,
      fault: { respond: stsErrorResponse(403, 'AccessDenied', 'Not authorized') }
    })
    const r = await pushWithRole()
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(new RegExp(`^Could not assume ${ROLE.replace(/[/.]/g, '\\$&')}`))
    expect(r.errors[0]).not.toMatch(/GetObject|failed: Error:/)
  })

  it('STS InvalidIdentityToken: asks whether the OIDC provider and audience are registered', async () => {
    proxy.inject({
      service: 'sts',
      times: Infinity,
      fault: {
        respond: stsErrorResponse(
          400,
          'InvalidIdentityToken',
          'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
        )
      }
    })
    const r = await pushWithRole()
    expect(r.exitCode).toBe(1)
    expect(r.errors[0]).toMatch(/^STS rejected the GitHub OIDC token/)
    expect(r.errors[0]).toContain('token.actions.githubusercontent.com')
    expect(r.errors[0]).toContain('sts.amazonaws.com')
    expect(proxy.sts).toHaveLength(1)
  })
})

describe('oidcCredentials', () => {
  const settings = (over: Partial<OidcSettings> = {}): OidcSettings => ({
    roleToAssume: ROLE,
    audience: 'sts.amazonaws.com',
    sessionName: 'direct-test',
    durationSeconds: 3600,
    region: 'us-east-1',
    ...over
  })

  /** A provider with core.getIDToken against the runtime, sleeps recorded and not waited. */
  function provider(over: Partial<OidcSettings> = {}): {
    get: () => ReturnType<ReturnType<typeof oidcCredentials>>
    sleeps: number[]
    info: string[]
    masked: string[]
  } {
    const sleeps: number[] = []
    const info: string[] = []
    const masked: string[] = []
    const p = oidcCredentials(settings(over), {
      getIdToken: (audience) => core.getIDToken(audience),
      mask: (s) => masked.push(s),
      info: (m) => info.push(m),
      env: { AWS_ENDPOINT_URL: proxy.url },
      sleep: (ms) => {
        sleeps.push(ms)
        return Promise.resolve()
      }
    })
    const get = async (): ReturnType<typeof p> =>
      (await withEnv(runtime.env(), () => capture(() => p()))).value
    return { get, sleeps, info, masked }
  }

  it.each([500, 429])(
    'retries the ID token request after %i twice, then signs in',
    async (status) => {
      runtime.failNext(2, status)
      const p = provider()
      const c = await p.get()
      expect(runtime.requests.map((q) => q.status)).toEqual([status, status, 200])
      expect(p.sleeps).toHaveLength(2)
      expect(
        p.info.filter((m) => /^Getting the GitHub OIDC token: attempt \d failed/.test(m))
      ).toHaveLength(2)
      expect(proxy.sts).toHaveLength(1)
      expect(proxy.sts[0]!.params?.get('WebIdentityToken')).toBe(runtime.tokens[0])
      expect(c.accessKeyId).toBe(stsCredentials(proxy.sts[0]!.responseBody!)!.accessKeyId)
      expect(p.masked).toEqual(
        expect.arrayContaining([
          runtime.tokens[0],
          c.accessKeyId,
          c.secretAccessKey,
          c.sessionToken
        ])
      )
    }
  )

  it('leaves 503 to the HTTP client of @actions/core, which retries it by itself', async () => {
    runtime.failNext(2, 503)
    const p = provider()
    await p.get()
    expect(runtime.requests.map((q) => q.status)).toEqual([503, 503, 200])
    expect(p.sleeps).toEqual([])
  })

  it('gives up after 6 attempts at the ID token, without calling STS', async () => {
    runtime.failNext(10, 500)
    const p = provider()
    const failure = p.get()
    await expect(failure).rejects.toThrow(
      'Could not get a GitHub OIDC token for the audience sts.amazonaws.com: the token service answered HTTP 500 (its response is not shown).'
    )
    await expect(failure).rejects.toThrow(/`permissions: id-token: write`/)
    await expect(failure).rejects.toMatchObject({ name: 'SignInError' })
    expect(runtime.requests).toHaveLength(6)
    expect(p.sleeps).toHaveLength(5)
    expect(proxy.sts).toEqual([])
  })

  it('never shows what the token service answered (it may echo secrets), in retries or in the error', async () => {
    const secret = 'ghs_s3cr3tT0k3nEchoedByAProxy'
    runtime.failNext(10, 500, `{"message":"bad request for token ${secret}"}`)
    const p = provider()
    const error = (await p.get().catch((e: unknown) => e)) as Error
    expect(error.message).toMatch(
      /the token service answered HTTP 500 \(its response is not shown\)/
    )
    expect(error.message).not.toContain(secret)
    expect(p.info.length).toBeGreaterThan(0)
    for (const line of p.info) expect(line).not.toContain(secret)
  })

  it('retries STS when it is unavailable or throttling, not when it refuses', async () => {
    proxy.inject({
      service: 'sts',
      fault: { respond: stsErrorResponse(503, 'ServiceUnavailable', 'try later') }
    })
    proxy.inject({
      service: 'sts',
      fault: { respond: stsErrorResponse(400, 'Throttling', 'Rate exceeded') }
    })
    const ok = provider()
    const c = await ok.get()
    expect(proxy.sts.map((q) => q.status)).toEqual([503, 400, 200])
    expect(ok.sleeps).toHaveLength(2)
    expect(c.sessionToken).toBeTruthy()
    // All three calls used the same ID token: one token request.
    expect(runtime.requests).toHaveLength(1)

    proxy.reset()
    proxy.inject({
      service: 'sts',
      times: Infinity,
      fault: { respond: stsErrorResponse(403, 'AccessDenied', 'Not authorized') }
    })
    const refused = provider()
    await expect(refused.get()).rejects.toThrow(/trust policy/)
    expect(proxy.sts).toHaveLength(1)
    expect(refused.sleeps).toEqual([])
  })

  it('moto returns an Expiration of now + DurationSeconds, with no 900 s minimum', async () => {
    const before = Date.now()
    const c = await provider({ durationSeconds: 302 }).get()
    const exp = c.expiration!.getTime()
    expect(exp).toBeGreaterThanOrEqual(before + 302_000 - 1000)
    expect(exp).toBeLessThanOrEqual(Date.now() + 302_000 + 1000)
    // The SDK's rule: refresh when fewer than 5 minutes are left.
    expect(EXPIRATION_MS).toBe(300_000)
    expect(isIdentityExpired({ expiration: new Date(Date.now() + 302_000) })).toBe(false)
    expect(isIdentityExpired({ expiration: new Date(Date.now() + 299_000) })).toBe(true)
  })

  it('is called again by the SDK when the credentials near expiry; the push goes on', async () => {
    const bucket = await freshBucket()
    const folder = tempDir('qpa-refresh-')
    for (let i = 0; i < 12; i++) writeFileSync(join(folder, `f${i}.txt`), `file ${i}\n`)
    // 302 s: fresh for ~2 s by the SDK's 5-minute rule. One upload held for 2.5 s makes every
    // request after it find the credentials expiring.
    proxy.inject({
      service: 's3',
      method: 'PUT',
      key: 'refresh/pkg/f3',
      fault: { delayMs: 2500 }
    })
    const info: string[] = []
    const creds = oidcCredentials(settings({ durationSeconds: 302, sessionName: 'refresh-test' }), {
      getIdToken: (audience) => core.getIDToken(audience),
      mask: () => undefined,
      info: (m) => info.push(m),
      env: { AWS_ENDPOINT_URL: proxy.url }
    })
    const s3 = makeS3Client({
      region: 'us-east-1',
      endpoint: proxy.url,
      credentials: creds,
      concurrency: 4
    })
    try {
      const result = await withEnv({ ...awsEnv, ...runtime.env() }, async () => {
        const out = await capture(() =>
          push(
            {
              name: 'refresh/pkg',
              source: localSource(folder),
              registry: new S3Registry(s3, bucket),
              message: 'refresh'
            },
            { concurrency: resolveConcurrency(4) }
          )
        )
        return out.value
      })
      expect(result.written).toBe(true)
      expect(await latest(bucket, 'refresh/pkg')).toBe(result.topHash)
    } finally {
      s3.destroy()
    }

    // At least two sign-ins, each with a new ID token.
    expect(runtime.served.length).toBeGreaterThanOrEqual(2)
    expect(proxy.sts.length).toBe(runtime.served.length)
    expect(new Set(runtime.tokens).size).toBe(runtime.tokens.length)
    expect(proxy.sts.map((q) => q.params?.get('WebIdentityToken'))).toEqual(runtime.tokens)
    expect(info.filter((m) => m.startsWith('Refreshed the credentials of')).length).toBe(
      proxy.sts.length - 1
    )
    const issued = proxy.sts.map((q) => stsCredentials(q.responseBody!)!)
    const keys = issued.map((c) => c.accessKeyId)
    expect(new Set(keys).size).toBe(keys.length)
    // Every S3 request is signed with one of them; the first and the last with different ones.
    for (const req of proxy.s3) expect(keys).toContain(req.accessKeyId)
    const used = proxy.s3.map((q) => q.accessKeyId)
    expect(new Set(used).size).toBeGreaterThanOrEqual(2)
    expect(used[0]).toBe(keys[0])
    expect(used.at(-1)).toBe(keys.at(-1))
    for (const req of proxy.s3) {
      const c = issued.find((i) => i.accessKeyId === req.accessKeyId)!
      expect(req.securityToken).toBe(c.sessionToken)
    }
  })
})

describe('the sign-in and catalog inputs, refused before any network call', () => {
  const cases: {
    title: string
    inputs: Record<string, string | undefined>
    input: string
    says: RegExp
  }[] = [
    ...['quilt-publisher', 'arn:aws:iam::123:role/x', 'arn:aws:iam::123456789012:user/x'].map(
      (role) => ({
        title: `role-to-assume '${role}'`,
        inputs: { 'role-to-assume': role },
        input: 'role-to-assume',
        says: /must be an IAM role ARN \(arn:aws:iam::123456789012:role\/name\)/
      })
    ),
    ...['x'.repeat(65), 'has space', 'a/b', 'x', 'é-session'].map((name) => ({
      title: `role-session-name '${name.length > 20 ? name.slice(0, 8) + '…' : name}'`,
      inputs: { 'role-to-assume': ROLE, 'role-session-name': name },
      input: 'role-session-name',
      says: /must be 2 to 64 letters, digits or \+=,\.@_- characters/
    })),
    ...['899', '43201', 'abc', '1.5', '-900', '0'].map((d) => ({
      title: `role-duration-seconds '${d}'`,
      inputs: { 'role-to-assume': ROLE, 'role-duration-seconds': d },
      input: 'role-duration-seconds',
      says: new RegExp(`whole number of seconds from 900 to 43200, got '${d.replace('.', '\\.')}'`)
    })),
    ...(
      [
        ['audience', 'my-audience'],
        ['role-session-name', 'my-session'],
        ['role-duration-seconds', '7200'],
        ['role-skip-session-tagging', 'true']
      ] as const
    ).map(([input, value]) => ({
      title: `${input} without role-to-assume`,
      inputs: { [input]: value },
      input,
      says: /only used with 'role-to-assume'; set the role or remove it/
    })),
    {
      title: 'role-external-id with GitHub OIDC',
      inputs: { 'role-to-assume': ROLE, 'role-external-id': 'quilt-publish' },
      input: 'role-external-id',
      says: /only used with 'role-chaining: true'.*AssumeRoleWithWebIdentity, which has no external id/
    },
    {
      title: 'role-external-id without a role',
      inputs: { 'role-external-id': 'quilt-publish' },
      input: 'role-external-id',
      says: /only used with 'role-chaining: true'/
    },
    {
      title: 'role-chaining without role-to-assume',
      inputs: { 'role-chaining': 'true' },
      input: 'role-to-assume',
      says: /required with 'role-chaining: true'/
    },
    ...['yes', '1', 'on', 'tru'].map((v) => ({
      title: `role-chaining '${v}'`,
      inputs: { 'role-to-assume': ROLE, 'role-chaining': v },
      input: 'role-chaining',
      says: new RegExp(`must be true or false, got '${v}'`)
    })),
    {
      title: "role-skip-session-tagging 'no'",
      inputs: { 'role-to-assume': ROLE, 'role-skip-session-tagging': 'no' },
      input: 'role-skip-session-tagging',
      says: /must be true or false, got 'no'/
    },
    ...['x', 'has space', 'a'.repeat(1225), 'ext#id'].map((v) => ({
      title: `role-external-id '${v.length > 20 ? v.slice(0, 8) + '…' : v}'`,
      inputs: { 'role-to-assume': ROLE, 'role-chaining': 'true', 'role-external-id': v },
      input: 'role-external-id',
      says: /must be 2 to 1224 letters, digits or \+=,\.@:\/_- characters/
    })),
    {
      title: 'audience with role-chaining',
      inputs: {
        'role-to-assume': ROLE,
        'role-chaining': 'true',
        audience: 'https://github.com/octo-org'
      },
      input: 'audience',
      says: /only used with GitHub OIDC/
    },
    ...[
      'catalog.example.com?x=1',
      'https://catalog.example.com/?next=/b',
      'https://catalog.example.com/#top',
      'ftp://catalog.example.com'
    ].map((catalog) => ({
      title: `catalog '${catalog}'`,
      inputs: { catalog },
      input: 'catalog',
      says: /must be the catalog's host or https:\/\/ URL/
    })),
    {
      title: 'keep-last 0 with delete',
      inputs: { mode: 'delete', path: undefined, 'keep-last': '0' },
      input: 'keep-last',
      says: /whole number of revisions, 1 or more/
    },
    {
      title: "older-than 'soon' with delete",
      inputs: { mode: 'delete', path: undefined, 'older-than': 'soon' },
      input: 'older-than',
      says: /must be a duration such as 90d/
    },
    {
      title: 'keep-last with build',
      inputs: { 'keep-last': '3' },
      input: 'keep-last',
      says: /not used with mode 'build'/
    },
    {
      title: 'a name pattern with build',
      inputs: { name: 'demo/*' },
      input: 'name',
      says: /pattern .* only with mode 'delete'/
    },
    {
      title: 'a name pattern without a policy or top-hash',
      inputs: { mode: 'delete', path: undefined, name: 'demo/*' },
      input: 'name',
      says: /give a retention policy/
    },
    {
      title: 'a policy with a top-hash',
      inputs: { mode: 'delete', path: undefined, 'keep-last': '2', 'top-hash': 'abcdef' },
      input: 'top-hash',
      says: /cannot be combined with a retention policy/
    },
    {
      title: 'workflow: my-workflow (a local registry without workflows config)',
      inputs: { workflow: 'my-workflow' },
      input: 'workflow',
      says: /'my-workflow' workflow is specified, but no workflows config exist/
    },
    {
      title: 'workflow: bad id',
      inputs: { workflow: 'a b' },
      input: 'workflow',
      says: /must be a workflow id/
    }
  ]

  it.each(cases.map((c) => [c.title, c] as const))(
    '%s: fails naming the input',
    async (_title, c) => {
      const registry = tempDir()
      const r = await runAction(
        { mode: 'build', name: 'demo/example', path: EXAMPLE, registry, ...c.inputs },
        jobEnv()
      )
      expect(r.exitCode).toBe(1)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toContain(`'${c.input}'`)
      expect(r.errors[0]).toMatch(c.says)
      expect(r.outputs).toEqual({})
      expect(runtime.requests).toEqual([])
      expect(proxy.requests).toEqual([])
    }
  )

  it('accepts the limits and the defaults written out', async () => {
    for (const inputs of [
      { 'role-to-assume': ROLE, 'role-duration-seconds': '900', 'role-session-name': 'ab' },
      {
        'role-to-assume': ROLE,
        'role-duration-seconds': '43200',
        'role-session-name': 'x'.repeat(64)
      },
      { 'role-to-assume': 'arn:aws-us-gov:iam::123456789012:role/path/to/role' },
      // Equal to action.yml's defaults: not "given", so allowed without a role.
      { audience: 'sts.amazonaws.com', 'role-duration-seconds': '3600', 'dry-run': 'false' },
      { catalog: 'https://catalog.example.com/' }
    ]) {
      const r = await runAction(
        { mode: 'build', name: 'demo/example', path: EXAMPLE, registry: tempDir(), ...inputs },
        // A build into a local registry needs no AWS at all: no sign-in happens.
        jobEnv()
      )
      expect(`${JSON.stringify(inputs)} ${r.errors.join('; ')}`).toBe(`${JSON.stringify(inputs)} `)
    }
  })
})
