/**
 * Sign-in as users of configure-aws-credentials expect: role chaining (STS AssumeRole with the
 * job's AWS credentials) with session tags naming the run and an external id, and GitHub OIDC
 * (AssumeRoleWithWebIdentity), which takes neither. What reaches STS is read at a recording proxy
 * in front of moto (plain flavour: S3 and STS); the credentials moto returns then sign the push.
 * The refused combinations of the role inputs are in the input table of oidc.test.ts.
 *
 * `@actions/github` builds its `context` from the environment once, when main.ts first loads it:
 * every run of this file therefore has the same GitHub values (GITHUB below), as a job has.
 */
import fc from 'fast-check'
import { chainedCredentials, sanitizeTagValue, sessionTags } from '../../src/action/auth.js'
import {
  ActionsRuntime,
  noAwsCredentialsEnv,
  stsCredentials,
  stsErrorResponse
} from '../helpers/actions-runtime.js'
import { FaultProxy, type RecordedRequest } from '../helpers/fault-proxy.js'
import { Moto } from '../helpers/moto.js'
import { capture, EXAMPLE, runAction, runCli, TOP_HASH, withEnv } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

const ROLE = 'arn:aws:iam::222222222222:role/quilt-publisher'
/** A workflow name with characters STS refuses in tags, and longer than a tag value may be. */
const WORKFLOW = 'Publish: data → S3 (nightly) #3 ' + 'é'.repeat(300)
const GITHUB = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_WORKFLOW: WORKFLOW,
  GITHUB_ACTION: '__quilt-package-action',
  GITHUB_ACTOR: 'dependabot[bot]',
  GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
  GITHUB_REF: 'refs/heads/feat/session-tags',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_EVENT_PATH: undefined
}
const DEFAULT_SESSION = 'GitHubActions-octo-org-octo-repo-4242-1'
/** The tags STS must receive for GITHUB, in configure-aws-credentials' order. */
const EXPECTED_TAGS: [string, string][] = [
  ['GitHub', 'Actions'],
  ['Repository', 'octo-org/octo-repo'],
  ['Workflow', 'Publish: data _ S3 _nightly_ _3 ' + 'é'.repeat(224)],
  ['Action', '__quilt-package-action'],
  ['Actor', 'dependabot_bot_'],
  ['Commit', 'ffac537e6cbbf934b08745a378932722df287a53'],
  ['Branch', 'refs/heads/feat/session-tags']
]
/** The job's own credentials (as configure-aws-credentials leaves them), made distinctive. */
const SOURCE = {
  AWS_ACCESS_KEY_ID: 'ASIASOURCEKEY0000001',
  AWS_SECRET_ACCESS_KEY: 'sourceSecret/ZmFrZS1zb3VyY2Utc2VjcmV0+Q',
  AWS_SESSION_TOKEN: 'sourceSession/IQoJb3JpZ2luX2VjFAKEsource+token=='
}

let moto: Moto
let runtime: ActionsRuntime
let proxy: FaultProxy
let awsEnv: NodeJS.ProcessEnv
let n = 0

beforeAll(async () => {
  moto = Moto.connect('plain')
  runtime = await ActionsRuntime.start()
  proxy = await FaultProxy.start(moto.endpoint)
  awsEnv = noAwsCredentialsEnv(tempDir('qpa-aws-'))
})
afterEach(() => {
  runtime.reset()
  proxy.reset()
})
afterAll(async () => {
  await proxy.close()
  await runtime.close()
  cleanupTempDirs()
})

/** A job with the GitHub values above, an ID token available, and (by default) AWS keys. */
function jobEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...awsEnv,
    ...SOURCE,
    ...runtime.env(),
    ...GITHUB,
    AWS_ENDPOINT_URL: proxy.url,
    XDG_DATA_HOME: tempDir('qpa-xdg-'),
    ...extra
  }
}

async function pushWith(
  inputs: Record<string, string | undefined>,
  env: NodeJS.ProcessEnv = {}
): Promise<Awaited<ReturnType<typeof runAction>>> {
  const bucket = await moto.bucket(`tags-${++n}`)
  return runAction(
    {
      mode: 'push',
      name: 'team/data',
      path: EXAMPLE,
      registry: `s3://${bucket}`,
      'endpoint-url': proxy.url,
      'role-to-assume': ROLE,
      ...inputs
    },
    jobEnv(env)
  )
}

/** The session tags of an STS request, `Tags.member.N.Key` / `.Value` in order. */
function tagsOf(q: RecordedRequest): [string, string][] {
  const p = q.params
  const tags: [string, string][] = []
  for (let i = 1; p.has(`Tags.member.${i}.Key`); i++) {
    tags.push([p.get(`Tags.member.${i}.Key`)!, p.get(`Tags.member.${i}.Value`)!])
  }
  return tags
}

/** The parameter names of an STS request, sorted; `withTags: false` leaves the tags out. */
function paramNames(q: RecordedRequest, withTags = true): string[] {
  return [...q.params.keys()].filter((k) => withTags || !k.startsWith('Tags.')).sort()
}

/** The parameters of AssumeRole with an external id, tags aside, sorted. */
const ASSUME_ROLE = [
  'Action',
  'DurationSeconds',
  'ExternalId',
  'RoleArn',
  'RoleSessionName',
  'Version'
]

/** Every S3 request was signed with the credentials STS returned to `sts`. */
function expectS3SignedBy(sts: RecordedRequest): void {
  const c = stsCredentials(sts.responseBody ?? '')!
  expect(c).not.toBeNull()
  expect(proxy.s3.length).toBeGreaterThanOrEqual(4)
  for (const q of proxy.s3) {
    expect(`${q.method} /${q.bucket}/${q.key} ${q.accessKeyId}`).toBe(
      `${q.method} /${q.bucket}/${q.key} ${c.accessKeyId}`
    )
    expect(q.securityToken).toBe(c.sessionToken)
  }
}

/** `secret` is in the log only in its own `::add-mask::` line, and is masked. */
function expectMasked(stdout: string, secret: string): void {
  const hits = stdout.split(/\r?\n/).filter((l) => l.includes(secret))
  expect(hits.length).toBeGreaterThan(0)
  for (const line of hits) expect(line).toBe(`::add-mask::${secret}`)
}

describe('role chaining: AssumeRole with the job AWS credentials, end to end through run()', () => {
  it('sends AssumeRole signed by the job key, with the session tags and the external id; S3 uses the returned key', async () => {
    const r = await pushWith({ 'role-chaining': 'true', 'role-external-id': 'quilt-publish:42' })
    expect(r.errors).toEqual([])
    expect(r.outputs['top-hash']).toMatch(TOP_HASH)

    // No ID token asked for, although the job could have one.
    expect(runtime.requests).toEqual([])
    expect(proxy.sts).toHaveLength(1)
    const call = proxy.sts[0]!
    expect(call.accessKeyId).toBe(SOURCE.AWS_ACCESS_KEY_ID)
    expect(call.securityToken).toBe(SOURCE.AWS_SESSION_TOKEN)
    expect(paramNames(call, false)).toEqual(ASSUME_ROLE)
    expect(call.params?.get('Action')).toBe('AssumeRole')
    expect(call.params?.get('RoleArn')).toBe(ROLE)
    expect(call.params?.get('RoleSessionName')).toBe(DEFAULT_SESSION)
    expect(call.params?.get('DurationSeconds')).toBe('3600')
    expect(call.params?.get('ExternalId')).toBe('quilt-publish:42')
    expect(tagsOf(call)).toEqual(EXPECTED_TAGS)
    expect([...call.params.keys()].filter((k) => k.startsWith('Tags.'))).toHaveLength(14)
    expect(Array.from(tagsOf(call)[2]![1])).toHaveLength(256)
    expect(call.status).toBe(200)

    expectS3SignedBy(call)
    expect(r.stdout).toContain(
      `Signed in as arn:aws:sts::222222222222:assumed-role/quilt-publisher/${DEFAULT_SESSION} with the job's AWS credentials (role chaining, session tags GitHub, Repository, Workflow, Action, Actor, Commit, Branch)`
    )
    // The note about OIDC sessions is for OIDC only.
    expect(r.stdout).not.toContain('carry no session tags')

    // The secrets of both hops are masked; the log shows them nowhere else.
    const c = stsCredentials(call.responseBody!)!
    for (const secret of [c.accessKeyId, c.secretAccessKey, c.sessionToken]) {
      expectMasked(r.stdout, secret)
    }
    expectMasked(r.stdout, SOURCE.AWS_SECRET_ACCESS_KEY)
    expectMasked(r.stdout, SOURCE.AWS_SESSION_TOKEN)
    expect(r.stdout).not.toContain(SOURCE.AWS_ACCESS_KEY_ID)
  })

  it('role-skip-session-tagging: no Tags; without role-external-id: no ExternalId', async () => {
    const r = await pushWith({ 'role-chaining': 'true', 'role-skip-session-tagging': 'true' })
    expect(r.errors).toEqual([])
    expect(proxy.sts).toHaveLength(1)
    const call = proxy.sts[0]!
    expect(call.params?.get('Action')).toBe('AssumeRole')
    expect(paramNames(call)).toEqual(ASSUME_ROLE.filter((p) => p !== 'ExternalId'))
    expectS3SignedBy(call)
    expect(r.stdout).toContain("with the job's AWS credentials (role chaining, no session tags)")
  })

  it('STS AccessDenied: names the role, sts:AssumeRole, sts:TagSession and the external id, without retrying', async () => {
    proxy.inject({
      service: 'sts',
      times: Infinity,
      fault: {
        respond: stsErrorResponse(403, 'AccessDenied', 'Not authorized to perform sts:TagSession')
      }
    })
    const r = await pushWith({ 'role-chaining': 'true', 'role-external-id': 'quilt-publish' })
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    const e = r.errors[0]!
    expect(e).toContain(`Could not assume ${ROLE} with the job's AWS credentials (role-chaining)`)
    expect(e).toContain('sts:AssumeRole and sts:TagSession')
    expect(e).toContain('sts:ExternalId')
    expect(e).toContain('role-skip-session-tagging')
    expect(e).not.toContain('quilt-publish:')
    expect(proxy.sts).toHaveLength(1)
    expect(proxy.s3).toEqual([])
  })

  it('no AWS credentials in the job: says to run configure-aws-credentials first; nothing reaches STS', async () => {
    const r = await pushWith(
      { 'role-chaining': 'true' },
      {
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_SESSION_TOKEN: undefined
      }
    )
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain('the job has no AWS credentials to assume it with')
    expect(r.errors[0]).toContain('aws-actions/configure-aws-credentials')
    expect(proxy.requests).toEqual([])
    expect(r.stdout).not.toMatch(/retrying/)
  })

  it('assumes the role again each time the SDK calls the provider (refresh), tags and all', async () => {
    const info: string[] = []
    const masked: string[] = []
    const provider = chainedCredentials(
      {
        roleToAssume: ROLE,
        sessionName: 'refresh-test',
        durationSeconds: 900,
        region: 'us-east-1',
        externalId: 'ext-1',
        tags: sessionTags({ repository: 'o/r', actor: 'a' })
      },
      {
        mask: (s) => masked.push(s),
        info: (m) => info.push(m),
        env: { AWS_ENDPOINT_URL: proxy.url }
      }
    )
    const [first, second] = await withEnv({ ...awsEnv, ...SOURCE }, async () => [
      (await capture(() => provider())).value,
      (await capture(() => provider())).value
    ])
    expect(proxy.sts).toHaveLength(2)
    for (const call of proxy.sts) {
      expect(call.params?.get('Action')).toBe('AssumeRole')
      expect(call.params?.get('ExternalId')).toBe('ext-1')
      expect(call.params?.get('DurationSeconds')).toBe('900')
      expect(tagsOf(call)).toEqual([
        ['GitHub', 'Actions'],
        ['Repository', 'o/r'],
        ['Actor', 'a']
      ])
    }
    expect(first.accessKeyId).not.toBe(second.accessKeyId)
    expect(info.filter((m) => m.startsWith('Signed in as '))).toHaveLength(1)
    expect(info.filter((m) => m.startsWith(`Refreshed the credentials of ${ROLE}`))).toHaveLength(1)
    for (const c of [first, second]) {
      expect(masked).toEqual(
        expect.arrayContaining([c.accessKeyId, c.secretAccessKey, c.sessionToken])
      )
    }
  })
})

describe('GitHub OIDC: AssumeRoleWithWebIdentity, no tags, no external id', () => {
  it('sends neither Tags nor ExternalId; says once that the session carries no tags and its name the run id', async () => {
    const r = await pushWith({})
    expect(r.errors).toEqual([])
    expect(proxy.sts).toHaveLength(1)
    const call = proxy.sts[0]!
    expect(call.accessKeyId).toBeNull()
    expect(paramNames(call)).toEqual([
      'Action',
      'DurationSeconds',
      'RoleArn',
      'RoleSessionName',
      'Version',
      'WebIdentityToken'
    ])
    expect(call.params?.get('Action')).toBe('AssumeRoleWithWebIdentity')
    expectS3SignedBy(call)
    const notes = r.stdout.split('\n').filter((l) => l.includes('carry no session tags'))
    expect(notes).toEqual([
      `GitHub OIDC sessions carry no session tags (AssumeRoleWithWebIdentity takes none); CloudTrail shows this run by its session name, ${DEFAULT_SESSION}, which carries the run id 4242.`
    ])
  })

  it('a session name without the run id is not said to carry it; role-skip-session-tagging silences the note', async () => {
    const named = await pushWith({ 'role-session-name': 'nightly-publish' })
    expect(named.errors).toEqual([])
    expect(named.stdout).toContain(
      'CloudTrail shows this run by its session name, nightly-publish.\n'
    )
    expect(named.stdout).not.toContain('run id')

    const quiet = await pushWith({ 'role-skip-session-tagging': 'true' })
    expect(quiet.errors).toEqual([])
    expect(quiet.stdout).not.toContain('session tags')
    expect(proxy.sts.map((q) => q.params?.get('Action'))).toEqual([
      'AssumeRoleWithWebIdentity',
      'AssumeRoleWithWebIdentity'
    ])
    for (const q of proxy.sts) expect(tagsOf(q)).toEqual([])
  })

  it('the job cannot get an ID token: the message also offers role-chaining', async () => {
    const r = await pushWith({}, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined })
    expect(r.exitCode).toBe(1)
    expect(r.errors[0]).toContain('id-token: write')
    expect(r.errors[0]).toContain('role-chaining: true')
    expect(proxy.requests).toEqual([])
  })
})

describe('session tag values', () => {
  it('leaves out what the run does not have; GitHub=Actions always', () => {
    expect(sessionTags({})).toEqual([{ Key: 'GitHub', Value: 'Actions' }])
    expect(sessionTags({ sha: 'abc', ref: '', actor: 'octocat' })).toEqual([
      { Key: 'GitHub', Value: 'Actions' },
      { Key: 'Actor', Value: 'octocat' },
      { Key: 'Commit', Value: 'abc' }
    ])
  })

  it('keeps letters, digits, spaces and _.:/=+-@ of any script, replaces the rest, cuts at 256 characters', () => {
    expect(sanitizeTagValue('refs/tags/v1.2+build=3 @ü-東京_x')).toBe(
      'refs/tags/v1.2+build=3 @ü-東京_x'
    )
    expect(sanitizeTagValue('a[b]c(d)e#f,g;h*i✓j😀k\tl')).toBe('a_b_c_d_e_f_g_h_i_j_k_l')
    expect(sanitizeTagValue('𝒜'.repeat(300))).toBe('𝒜'.repeat(256))
    expect(sanitizeTagValue('東'.repeat(300))).toBe('東'.repeat(256))
  })

  it('always gives a value STS accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const v = sanitizeTagValue(s)
        expect(v).toMatch(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u)
        expect(Array.from(v).length).toBeLessThanOrEqual(256)
      })
    )
  })
})

describe('the command: --role-chaining assumes the role with the environment credentials', () => {
  const argv = (bucket: string, ...extra: string[]): string[] => [
    'push',
    '--name',
    'team/data',
    '--path',
    EXAMPLE,
    '--registry',
    `s3://${bucket}`,
    '--endpoint-url',
    proxy.url,
    '--role-to-assume',
    ROLE,
    ...extra
  ]
  const env = (): NodeJS.ProcessEnv => ({
    ...awsEnv,
    ...SOURCE,
    AWS_ENDPOINT_URL: proxy.url,
    XDG_DATA_HOME: tempDir('qpa-xdg-')
  })

  it('pushes with the assumed role: AssumeRole with the external id and no tags', async () => {
    const bucket = await moto.bucket(`tags-${++n}`)
    const r = await runCli(argv(bucket, '--role-chaining', '--role-external-id', 'ext-9'), env())
    expect(r.stderr).not.toMatch(/^error:/m)
    expect(r.code).toBe(0)
    expect(proxy.sts).toHaveLength(1)
    const call = proxy.sts[0]!
    expect(call.accessKeyId).toBe(SOURCE.AWS_ACCESS_KEY_ID)
    expect(paramNames(call)).toEqual(ASSUME_ROLE)
    expect(call.params?.get('Action')).toBe('AssumeRole')
    expect(call.params?.get('ExternalId')).toBe('ext-9')
    expectS3SignedBy(call)
    expect(r.stderr).toContain(
      'Signed in as arn:aws:sts::222222222222:assumed-role/quilt-publisher/'
    )
  })

  it('--role-to-assume without --role-chaining is refused, pointing at --role-chaining', async () => {
    const bucket = await moto.bucket(`tags-${++n}`)
    const r = await runCli(argv(bucket), env())
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^error: .*'role-to-assume'.*GitHub OIDC.*--role-chaining/m)
    expect(proxy.requests).toEqual([])
  })
})
