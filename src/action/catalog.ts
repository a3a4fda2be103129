/**
 * Sign-in through a Quilt catalog with an API key, as quilt3 8.0.0 does it:
 *
 * 1. `GET <catalog>/config.json` (quilt3 `util.configure_from_url`): the stack's settings, among
 *    them `registryUrl` (the registry, quilt3's `get_registry_url`), `region`, and
 *    `crc64Checksums` (whether the stack hashes with CRC64/NVMe; quilt3 itself ignores it).
 * 2. `GET <registryUrl>/api/auth/get_credentials` with `Authorization: Bearer <key>` and
 *    `Accept: application/json` (quilt3 `session._refresh_credentials` through `get_session`,
 *    which after `login_with_api_key` sends the key itself as the bearer: no exchange for a
 *    token first), answered with `AccessKeyId`, `SecretAccessKey`, `SessionToken` and
 *    `Expiration`.
 *
 * quilt3 asks again (botocore's `RefreshableCredentials`, `refresh_using=_refresh_credentials`)
 * when the credentials near their expiry; here the AWS SDK calls the provider again (see auth.ts).
 *
 * The key is sent only to the registry, never to the catalog's host unless it is the registry,
 * and only over https (or to this machine, for tests). Nothing the catalog or the registry
 * answers with an error is shown: it might echo the key.
 *
 * Nothing here touches `@actions/*`: main.ts passes the masking function.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { retry } from '../quilt/concurrency.js'
import type { SignInDeps } from './auth.js'
import { isLoopbackHost } from './inputs.js'

/** What the catalog's config.json says, as this action uses it. */
export interface CatalogConfig {
  /** The catalog, as the `catalog` input gave it (`https://host`). */
  catalogUrl: string
  /** The registry (`registryUrl`), without a trailing `/`: where credentials are asked for. */
  registryUrl: string
  /** The stack's AWS region (`region`); undefined when config.json has none. */
  region: string | undefined
  /** Whether the stack computes CRC64/NVMe checksums (`crc64Checksums`; false when absent). */
  crc64Checksums: boolean
}

/** A sign-in through a catalog: its config, and credentials for the AWS SDK. */
export interface CatalogSignIn {
  config: CatalogConfig
  credentials: AwsCredentialIdentityProvider
}

/** A failed sign-in through a catalog; the subclass says whose fault it is (errors.ts). */
export abstract class CatalogSignInError extends Error {}

/** The registry refused the API key (401, 403). */
export class ApiKeyRefusedError extends CatalogSignInError {
  override name = 'ApiKeyRefusedError'
}

/** The `catalog` is no Quilt catalog: no config.json, or one that is not a catalog's. */
export class NotACatalogError extends CatalogSignInError {
  override name = 'NotACatalogError'
}

/** The catalog or its registry could not be reached, or kept failing (5xx), after retries. */
export class CatalogUnreachableError extends CatalogSignInError {
  override name = 'CatalogUnreachableError'
}

export interface CatalogDeps extends SignInDeps {
  /** For tests: the fetch to use (default: the global one). */
  fetch?: typeof fetch
  /** Milliseconds each request may take (default 30 s). */
  timeoutMs?: number
  /** Attempts per request for network failures, 429 and 5xx (default 5). */
  attempts?: number
}

/** The SDK's rule (`EXPIRATION_MS` of @smithy/core): credentials this close to expiry are stale. */
const STALE_MS = 300_000

/** An answer that another attempt may change: 429 or 5xx. */
class RetryableStatus extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`)
  }
}

interface Answer {
  status: number
  text: string
}

/** Why a request failed without an answer: the network error's code, or a timeout. */
function networkFailure(e: unknown): string {
  if (e instanceof RetryableStatus) return `answered HTTP ${e.status}`
  const name = (e as { name?: unknown } | undefined)?.name
  if (name === 'TimeoutError' || name === 'AbortError') return 'did not answer in time'
  const cause = (e as { cause?: { code?: unknown } } | undefined)?.cause
  const code = typeof cause?.code === 'string' ? cause.code : undefined
  return `could not be reached${code ? ` (${code})` : ''}`
}

/** GET `url` with jittered retries for network failures, 429 and 5xx. */
async function get(
  url: string,
  headers: Record<string, string>,
  label: string,
  deps: CatalogDeps
): Promise<Answer> {
  const f = deps.fetch ?? fetch
  const attempts = deps.attempts ?? 5
  try {
    return await retry(
      async () => {
        const r = await f(url, {
          headers,
          // A redirect is not followed: the key goes where config.json said, nowhere else.
          redirect: 'manual',
          signal: AbortSignal.timeout(deps.timeoutMs ?? 30_000)
        })
        const text = await r.text()
        if (r.status === 429 || r.status >= 500) throw new RetryableStatus(r.status)
        return { status: r.status, text }
      },
      {
        attempts,
        baseMs: 250,
        maxMs: 4000,
        sleep: deps.sleep,
        onRetry: (n, e) =>
          deps.info(`${label}: attempt ${n} failed (${networkFailure(e)}); retrying`)
      }
    )
  } catch (e) {
    throw new CatalogUnreachableError(
      `GET ${url} ${networkFailure(e)}, ${attempts} times. Check the 'catalog' input and that the catalog is up and reachable from this runner.`
    )
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** `registryUrl` checked: http(s), https unless on this machine; without a trailing `/`. */
function registryUrlOf(value: unknown, configUrl: string): string {
  const refuse = (why: string): never => {
    throw new NotACatalogError(
      `Input 'catalog': ${configUrl} is not the config of a Quilt catalog: ${why}. Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`
    )
  }
  if (typeof value !== 'string' || value.trim() === '') return refuse('it has no registryUrl')
  let u: URL
  try {
    u = new URL(value)
  } catch {
    return refuse(`its registryUrl '${value}' is not a URL`)
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isLoopbackHost(u.hostname))) {
    return refuse(
      `its registryUrl '${value}' is not an https:// URL (the API key is sent over https only)`
    )
  }
  return value.replace(/\/+$/, '')
}

/** config.json of `catalogUrl` (quilt3 `configure_from_url`): registryUrl, region, crc64Checksums. */
export async function fetchCatalogConfig(
  catalogUrl: string,
  deps: CatalogDeps
): Promise<CatalogConfig> {
  const url = `${catalogUrl.replace(/\/+$/, '')}/config.json`
  const r = await get(url, { Accept: 'application/json' }, 'Reading the catalog config', deps)
  if (r.status !== 200) {
    throw new NotACatalogError(
      `Input 'catalog': GET ${url} answered HTTP ${r.status}${r.status === 404 ? ' (no config.json there)' : ''}: is ${catalogUrl} a Quilt catalog? Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`
    )
  }
  const config = parseJson(r.text)
  if (!isObject(config)) {
    throw new NotACatalogError(
      `Input 'catalog': ${url} is not the config of a Quilt catalog (its answer is not a JSON object). Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`
    )
  }
  const region =
    typeof config.region === 'string' && config.region !== '' ? config.region : undefined
  return {
    catalogUrl,
    registryUrl: registryUrlOf(config.registryUrl, url),
    region,
    crc64Checksums: config.crc64Checksums === true
  }
}

/** The credentials of a get_credentials answer, checked. */
function credentialsOf(text: string, url: string): AwsCredentialIdentity & { expiration: Date } {
  const c = parseJson(text)
  const field = (name: string): string | undefined =>
    isObject(c) && typeof c[name] === 'string' && c[name] !== '' ? c[name] : undefined
  const accessKeyId = field('AccessKeyId')
  const secretAccessKey = field('SecretAccessKey')
  const sessionToken = field('SessionToken')
  const expirationText = field('Expiration')
  const expiration = expirationText === undefined ? NaN : Date.parse(expirationText)
  if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration)) {
    const missing = [
      ['AccessKeyId', accessKeyId],
      ['SecretAccessKey', secretAccessKey],
      ['SessionToken', sessionToken],
      ['Expiration (a date)', Number.isNaN(expiration) ? undefined : 'ok']
    ]
      .filter(([, v]) => v === undefined)
      .map(([k]) => k)
    throw new NotACatalogError(
      `Input 'catalog': GET ${url} did not answer with AWS credentials (${isObject(c) ? `no ${missing.join(', ')}` : 'not a JSON object'}; the answer is not shown). Is the catalog's registryUrl a Quilt registry?`
    )
  }
  return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(expiration) }
}

/** One get_credentials request with the key (quilt3 `_refresh_credentials`). */
async function fetchCredentials(
  config: CatalogConfig,
  apiKey: string,
  deps: CatalogDeps
): Promise<AwsCredentialIdentity & { expiration: Date }> {
  const url = `${config.registryUrl}/api/auth/get_credentials`
  const r = await get(
    url,
    { Accept: 'application/json', Authorization: `Bearer ${apiKey}` },
    'Getting credentials from the Quilt catalog',
    deps
  )
  if (r.status === 401 || r.status === 403) {
    throw new ApiKeyRefusedError(
      `Input 'quilt-api-key': the Quilt catalog ${config.catalogUrl} refused the API key (GET ${url} answered HTTP ${r.status}). Check that the key belongs to this catalog, that it has not expired or been revoked, and that the secret holds the whole key.`
    )
  }
  if (r.status !== 200) {
    throw new NotACatalogError(
      `Input 'catalog': GET ${url} answered HTTP ${r.status} (the answer is not shown): does the catalog ${config.catalogUrl} support API keys?`
    )
  }
  const c = credentialsOf(r.text, url)
  deps.mask(c.accessKeyId)
  deps.mask(c.secretAccessKey)
  deps.mask(c.sessionToken!)
  return c
}

/**
 * Sign in through `catalogUrl` with `apiKey`: its config.json is read and the first credentials
 * are fetched now, so that a wrong catalog or key fails before any work. The provider returned
 * hands those out first, then asks the registry again each time the SDK calls it (when the
 * credentials are within 5 minutes of their expiry).
 */
export async function signInWithApiKey(
  catalogUrl: string,
  apiKey: string,
  deps: CatalogDeps
): Promise<CatalogSignIn> {
  deps.mask(apiKey)
  const config = await fetchCatalogConfig(catalogUrl, deps)
  let first: (AwsCredentialIdentity & { expiration: Date }) | undefined = await fetchCredentials(
    config,
    apiKey,
    deps
  )
  deps.info(
    `Signed in through the Quilt catalog ${catalogUrl} with an API key (registry ${config.registryUrl}, credentials until ${first.expiration.toISOString()})`
  )
  const credentials: AwsCredentialIdentityProvider = async () => {
    const fresh = first
    first = undefined
    if (fresh && fresh.expiration.getTime() - Date.now() > STALE_MS) return fresh
    const c = await fetchCredentials(config, apiKey, deps)
    deps.info(
      `Refreshed the credentials from the Quilt catalog ${catalogUrl} (until ${c.expiration.toISOString()})`
    )
    return c
  }
  return { config, credentials }
}
