/**
 * Sign-in to a role, two ways. GitHub OIDC: an ID token from the Actions runtime, exchanged at
 * STS (AssumeRoleWithWebIdentity) for role credentials. Role chaining: the AWS credentials the job
 * already has (a previous configure-aws-credentials step, keys in the environment), exchanged at
 * STS (AssumeRole) for the role's, with session tags naming the run and an optional external id;
 * STS's web-identity call takes neither. The provider returned here is called again by the AWS SDK
 * whenever the credentials near their expiry (with a new ID token each time for OIDC), so a push
 * longer than a session keeps going. Without a role the SDK's default chain is used.
 *
 * Nothing here touches `@actions/*`: main.ts passes the token source, the masking function and
 * the run's GitHub values.
 */
import type { GitHubRun } from './github-run.js'
import type { ActionInputs } from './inputs.js'
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  STSClient,
  type AssumeRoleResponse,
  type Tag
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { retry } from '../quilt/concurrency.js'
import { httpStatus, s3ErrorCode } from '../quilt/s3/errors.js'

/** What both ways of assuming a role share. */
interface RoleSettings {
  roleToAssume: string
  sessionName: string
  durationSeconds: number
  region: string | undefined
}

/** `GitHubActions-<repository>-<run id>-<attempt>`, made to fit STS's rule. */
export function defaultSessionName(github: GitHubRun = {}): string {
  const clean = (s: string): string => s.replace(/[^\w+=,.@-]/g, '-')
  const run = clean([github.runId, github.runAttempt].filter(Boolean).join('-'))
  const repo = clean(github.repository ?? '')
  const tail = run ? `-${run}` : ''
  const head = `GitHubActions${repo ? '-' + repo : ''}`
  return (head.slice(0, 64 - tail.length) + tail).slice(0, 64)
}

/**
 * The role to assume and its session (role-to-assume must be set); the session name, when not
 * given, names the run the job is in.
 */
export function roleSettings(inputs: ActionInputs, github: GitHubRun): RoleSettings {
  const { auth } = inputs
  if (auth.roleToAssume === undefined) throw new Error('roleSettings: no role-to-assume')
  return {
    roleToAssume: auth.roleToAssume,
    sessionName: auth.sessionName ?? defaultSessionName(github),
    durationSeconds: auth.durationSeconds,
    region: inputs.awsRegion
  }
}

export interface OidcSettings extends RoleSettings {
  audience: string
}

export interface ChainingSettings extends RoleSettings {
  /** AssumeRole's ExternalId; undefined = none. */
  externalId: string | undefined
  /** Session tags; [] = none (role-skip-session-tagging, or no run to describe). */
  tags: Tag[]
}

export interface SignInDeps {
  /** `core.setSecret`. */
  mask: (secret: string) => void
  info: (message: string) => void
  env?: NodeJS.ProcessEnv
  /** For tests: no real waiting between retries. */
  sleep?: (ms: number) => Promise<void>
}

export interface AuthDeps extends SignInDeps {
  /** `core.getIDToken(audience)`. */
  getIdToken: (audience: string) => Promise<string>
}

/** Whether the job can ask the Actions runtime for an ID token. */
export function oidcAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
}

export const NO_OIDC_MESSAGE =
  "Input 'role-to-assume' is set, but this job cannot get a GitHub OIDC token: add `permissions: id-token: write` to the job (or workflow), or set role-chaining: true to assume the role with the job's AWS credentials. Pull requests from forks receive no token; use a pull_request_target or workflow_run workflow, or skip the step for forks."

function retryable(e: unknown): boolean {
  // No credentials to sign AssumeRole with: another attempt finds none either.
  if ((e as { name?: unknown } | undefined)?.name === 'CredentialsProviderError') return false
  const code = s3ErrorCode(e)
  const status = httpStatus(e)
  if (code === 'AccessDenied' || code === 'ValidationError' || code === 'ExpiredTokenException')
    return false
  if (code === 'InvalidIdentityToken') return false
  return (
    status === undefined ||
    status >= 500 ||
    status === 429 ||
    code === 'Throttling' ||
    code === 'ThrottlingException' ||
    code === 'IDPCommunicationError'
  )
}

/**
 * A failure of the Actions token service, without its response body or URL (either may carry
 * secrets: the body is echoed by some proxies, the URL has a request token): the HTTP status, or
 * the network error's code.
 */
export function tokenServiceFailure(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e)
  const status = /Error Code\s*:\s*(\d{3})/.exec(text)?.[1]
  if (status !== undefined)
    return `the token service answered HTTP ${status} (its response is not shown)`
  const code = (e as { code?: unknown } | undefined)?.code
  if (typeof code === 'string') return `the token service could not be reached (${code})`
  if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_URL/.test(text)) return 'the job has no token service'
  if (/do not have ID Token field/.test(text)) return 'the token service answered without a token'
  return 'the token service failed (its answer is not shown)'
}

/**
 * A failed sign-in. The SDK reports it from whichever S3 request needed the credentials; its
 * name lets the error messages show it as what it is (see errors.ts).
 */
export function signInError(message: string): Error {
  const e = new Error(message)
  e.name = 'SignInError'
  return e
}

/** What to tell the user when STS refuses the role. */
export function explainStsError(e: unknown, settings: OidcSettings): string {
  const code = s3ErrorCode(e)
  const message = e instanceof Error ? e.message : String(e)
  if (code === 'AccessDenied') {
    return (
      `Could not assume ${settings.roleToAssume} with GitHub OIDC: ${message}. ` +
      "Check the role's trust policy: it must trust the token.actions.githubusercontent.com provider " +
      `with aud = ${settings.audience} and a sub matching this repository and ref (repo:OWNER/REPO:...).`
    )
  }
  if (code === 'InvalidIdentityToken') {
    return `STS rejected the GitHub OIDC token (${message}). Is the OIDC provider token.actions.githubusercontent.com registered in the account, with the audience ${settings.audience}?`
  }
  return `Could not assume ${settings.roleToAssume} with GitHub OIDC: ${code ? code + ': ' : ''}${message}`
}

/** What to tell the user when AssumeRole (role chaining) fails. */
export function explainChainingError(e: unknown, settings: ChainingSettings): string {
  const what = `Could not assume ${settings.roleToAssume} with the job's AWS credentials (role-chaining)`
  const message = e instanceof Error ? e.message : String(e)
  if ((e as { name?: unknown } | undefined)?.name === 'CredentialsProviderError') {
    return `${what}: the job has no AWS credentials to assume it with. Run aws-actions/configure-aws-credentials before this step (or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), or remove role-chaining to sign in with GitHub OIDC.`
  }
  const code = s3ErrorCode(e)
  if (code === 'AccessDenied') {
    const needs = settings.tags.length > 0 ? 'sts:AssumeRole and sts:TagSession' : 'sts:AssumeRole'
    const external =
      settings.externalId !== undefined
        ? ', with a condition on sts:ExternalId equal to role-external-id'
        : ''
    return (
      `${what}: ${message}. Check the role's trust policy: it must allow ${needs} for the ` +
      `principal of the job's credentials${external}, and (across accounts) that principal's ` +
      `own policy must allow ${needs} on the role.` +
      (settings.tags.length > 0 ? ' (role-skip-session-tagging: true sends no tags.)' : '')
    )
  }
  if (code === 'ValidationError' && /duration/i.test(message)) {
    return `${what}: ${message}. A chained role's session lasts at most one hour (an AWS limit): set role-duration-seconds to 3600 or less.`
  }
  return `${what}: ${code ? code + ': ' : ''}${message}`
}

/** STS's rule for tag values: letters, digits, spaces and `_.:/=+-@`, 256 characters at most. */
export function sanitizeTagValue(value: string): string {
  const clean = value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_')
  return Array.from(clean).slice(0, 256).join('')
}

/** The session tags of configure-aws-credentials: GitHub=Actions, Repository, ..., Branch. */
export function sessionTags(run: GitHubRun): Tag[] {
  const values: [string, string | undefined][] = [
    ['GitHub', 'Actions'],
    ['Repository', run.repository],
    ['Workflow', run.workflow],
    ['Action', run.action],
    ['Actor', run.actor],
    ['Commit', run.sha],
    ['Branch', run.ref]
  ]
  return values
    .filter((kv): kv is [string, string] => Boolean(kv[1]))
    .map(([Key, v]) => ({ Key, Value: sanitizeTagValue(v) }))
}

/**
 * Logged once with OIDC (unless role-skip-session-tagging): the session has no tags, so the
 * session name is what CloudTrail shows of the run.
 */
export function oidcSessionNote(sessionName: string, runId: string | undefined): string {
  const carries =
    runId && /^\d+$/.test(runId) && new RegExp(`(^|\\D)${runId}(\\D|$)`).test(sessionName)
      ? `, which carries the run id ${runId}`
      : ''
  return `GitHub OIDC sessions carry no session tags (AssumeRoleWithWebIdentity takes none); CloudTrail shows this run by its session name, ${sessionName}${carries}.`
}

function stsClient(settings: RoleSettings, env: NodeJS.ProcessEnv): STSClient {
  const endpoint = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || undefined
  // No credentials given: AssumeRole is signed with the SDK's default chain (the job's own).
  return new STSClient({
    region: settings.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    ...(endpoint ? { endpoint } : {}),
    maxAttempts: 1
  })
}

/** One STS call with jittered retries; a failure becomes a SignInError explained by `explain`. */
async function callSts<T>(
  label: string,
  send: () => Promise<T>,
  deps: SignInDeps,
  explain: (e: unknown) => string
): Promise<T> {
  try {
    return await retry(send, {
      attempts: 8,
      baseMs: 500,
      retryable,
      sleep: deps.sleep,
      onRetry: (n, e) =>
        deps.info(`${label}: attempt ${n} failed (${s3ErrorCode(e) || String(e)}); retrying`)
    })
  } catch (e) {
    throw signInError(explain(e))
  }
}

/** The credentials of an AssumeRole* answer, masked, the sign-in logged. */
function roleCredentials(
  r: Pick<AssumeRoleResponse, 'Credentials' | 'AssumedRoleUser'>,
  settings: RoleSettings,
  deps: SignInDeps,
  first: boolean,
  how: string
): AwsCredentialIdentity {
  const c = r.Credentials
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
    throw signInError(`STS returned no credentials for ${settings.roleToAssume}`)
  }
  deps.mask(c.AccessKeyId)
  deps.mask(c.SecretAccessKey)
  deps.mask(c.SessionToken)
  const until = c.Expiration?.toISOString() ?? '?'
  deps.info(
    first
      ? `Signed in as ${r.AssumedRoleUser?.Arn ?? settings.roleToAssume} ${how} (credentials until ${until})`
      : `Refreshed the credentials of ${settings.roleToAssume} (until ${until})`
  )
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    ...(c.Expiration ? { expiration: c.Expiration } : {})
  }
}

async function idToken(settings: OidcSettings, deps: AuthDeps): Promise<string> {
  try {
    return await retry(() => deps.getIdToken(settings.audience), {
      attempts: 6,
      baseMs: 500,
      sleep: deps.sleep,
      // A refusal (401, 403, 404...) will not change on a retry; throttling and 5xx may.
      retryable: (e) => !/Error Code\s*:\s*4(?!29)\d\d/.test(String(e)),
      onRetry: (n, e) =>
        deps.info(
          `Getting the GitHub OIDC token: attempt ${n} failed (${tokenServiceFailure(e)}); retrying`
        )
    })
  } catch (e) {
    throw signInError(
      `Could not get a GitHub OIDC token for the audience ${settings.audience}: ${tokenServiceFailure(e)}. The job needs \`permissions: id-token: write\`.`
    )
  }
}

/**
 * A credentials provider that signs in with OIDC; each call fetches a new ID token and assumes
 * the role again (the SDK calls it again shortly before the credentials expire).
 */
export function oidcCredentials(
  settings: OidcSettings,
  deps: AuthDeps
): AwsCredentialIdentityProvider {
  const sts = stsClient(settings, deps.env ?? process.env)
  let count = 0
  return async (): Promise<AwsCredentialIdentity> => {
    const token = await idToken(settings, deps)
    deps.mask(token)
    const r = await callSts(
      'AssumeRoleWithWebIdentity',
      () =>
        sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: settings.roleToAssume,
            RoleSessionName: settings.sessionName,
            WebIdentityToken: token,
            DurationSeconds: settings.durationSeconds
          })
        ),
      deps,
      (e) => explainStsError(e, settings)
    )
    return roleCredentials(r, settings, deps, ++count === 1, 'with GitHub OIDC')
  }
}

/**
 * A credentials provider that assumes the role with the job's AWS credentials (AssumeRole), with
 * the session tags and external id of `settings`; each call assumes the role again.
 */
export function chainedCredentials(
  settings: ChainingSettings,
  deps: SignInDeps
): AwsCredentialIdentityProvider {
  const sts = stsClient(settings, deps.env ?? process.env)
  const tagged =
    settings.tags.length > 0
      ? `session tags ${settings.tags.map((t) => t.Key).join(', ')}`
      : 'no session tags'
  let count = 0
  return async (): Promise<AwsCredentialIdentity> => {
    const r = await callSts(
      'AssumeRole',
      () =>
        sts.send(
          new AssumeRoleCommand({
            RoleArn: settings.roleToAssume,
            RoleSessionName: settings.sessionName,
            DurationSeconds: settings.durationSeconds,
            ...(settings.tags.length > 0 ? { Tags: settings.tags } : {}),
            ...(settings.externalId !== undefined ? { ExternalId: settings.externalId } : {})
          })
        ),
      deps,
      (e) => explainChainingError(e, settings)
    )
    const how = `with the job's AWS credentials (role chaining, ${tagged})`
    return roleCredentials(r, settings, deps, ++count === 1, how)
  }
}
