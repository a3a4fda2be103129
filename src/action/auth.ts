/**
 * Sign-in with GitHub OIDC: an ID token from the Actions runtime, exchanged at STS
 * (AssumeRoleWithWebIdentity) for role credentials. The provider returned here is called again by
 * the AWS SDK whenever the credentials near their expiry, with a new ID token each time, so a push
 * longer than a token's life keeps going. Without a role the SDK's default chain is used.
 *
 * Nothing here touches `@actions/core`: main.ts passes the token source and the masking function.
 */
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { retry } from '../quilt/concurrency.js'
import { httpStatus, s3ErrorCode } from '../quilt/s3-errors.js'

export interface OidcSettings {
  roleToAssume: string
  audience: string
  sessionName: string
  durationSeconds: number
  region: string | undefined
}

export interface AuthDeps {
  /** `core.getIDToken(audience)`. */
  getIdToken: (audience: string) => Promise<string>
  /** `core.setSecret`. */
  mask: (secret: string) => void
  info: (message: string) => void
  env?: NodeJS.ProcessEnv
  /** For tests: no real waiting between retries. */
  sleep?: (ms: number) => Promise<void>
}

/** Whether the job can ask the Actions runtime for an ID token. */
export function oidcAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
}

export const NO_OIDC_MESSAGE =
  "Input 'role-to-assume' is set, but this job cannot get a GitHub OIDC token: add `permissions: id-token: write` to the job (or workflow). Pull requests from forks receive no token; use a pull_request_target or workflow_run workflow, or skip the step for forks."

function retryable(e: unknown): boolean {
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

/**
 * A credentials provider that signs in with OIDC; each call fetches a new ID token and assumes
 * the role again (the SDK calls it again shortly before the credentials expire).
 */
export function oidcCredentials(
  settings: OidcSettings,
  deps: AuthDeps
): AwsCredentialIdentityProvider {
  const env = deps.env ?? process.env
  const endpoint = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || undefined
  const sts = new STSClient({
    region: settings.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    ...(endpoint ? { endpoint } : {}),
    maxAttempts: 1
  })
  let count = 0
  return async (): Promise<AwsCredentialIdentity> => {
    let token: string
    try {
      token = await retry(() => deps.getIdToken(settings.audience), {
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
    deps.mask(token)
    let r
    try {
      r = await retry(
        () =>
          sts.send(
            new AssumeRoleWithWebIdentityCommand({
              RoleArn: settings.roleToAssume,
              RoleSessionName: settings.sessionName,
              WebIdentityToken: token,
              DurationSeconds: settings.durationSeconds
            })
          ),
        {
          attempts: 8,
          baseMs: 500,
          retryable,
          sleep: deps.sleep,
          onRetry: (n, e) =>
            deps.info(
              `AssumeRoleWithWebIdentity: attempt ${n} failed (${s3ErrorCode(e) || String(e)}); retrying`
            )
        }
      )
    } catch (e) {
      throw signInError(explainStsError(e, settings))
    }
    const c = r.Credentials
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
      throw signInError(`STS returned no credentials for ${settings.roleToAssume}`)
    }
    deps.mask(c.AccessKeyId)
    deps.mask(c.SecretAccessKey)
    deps.mask(c.SessionToken)
    count++
    deps.info(
      count === 1
        ? `Signed in as ${r.AssumedRoleUser?.Arn ?? settings.roleToAssume} with GitHub OIDC (credentials until ${c.Expiration?.toISOString() ?? '?'})`
        : `Refreshed the credentials of ${settings.roleToAssume} (until ${c.Expiration?.toISOString() ?? '?'})`
    )
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      ...(c.Expiration ? { expiration: c.Expiration } : {})
    }
  }
}
