/**
 * The S3 client and its transport settings in one place: region, custom endpoints of
 * S3-compatible stores (path-style, checksums only where an operation needs them), connection
 * pool sized to the transfer concurrency, retries.
 */
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { DEFAULT_CONCURRENCY } from '../concurrency.js'
import { LeanPut } from './lean-put.js'

/** Milliseconds to open a connection, and a request may stay idle. */
const CONNECTION_TIMEOUT = 10_000
const REQUEST_TIMEOUT = 300_000

export interface S3Settings {
  /** Region; when absent: AWS_REGION / AWS_DEFAULT_REGION, else the SDK follows the bucket's region. */
  region?: string
  /** A custom endpoint (S3-compatible store); when absent: AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL. */
  endpoint?: string
  /** Credentials; when absent the SDK's default chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** Requests in flight at most (sizes the connection pool). */
  concurrency?: number
  /** Attempts per request, transient errors retried by the SDK (default 5). */
  maxAttempts?: number
}

/** The first value that is set and not empty. */
function firstSet(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => v)
}

/** The endpoint to use: the setting, else the standard environment variables. */
export function resolveEndpoint(
  settings: S3Settings,
  env: NodeJS.ProcessEnv = process.env
): string | undefined {
  return firstSet(settings.endpoint, env.AWS_ENDPOINT_URL_S3, env.AWS_ENDPOINT_URL)
}

/** The region to use: the setting, else the standard environment variables. */
export function resolveRegion(
  settings: S3Settings,
  env: NodeJS.ProcessEnv = process.env
): string | undefined {
  return firstSet(settings.region, env.AWS_REGION, env.AWS_DEFAULT_REGION)
}

/** A client for the settings. With a custom endpoint: path-style and checksums only when required. */
export function makeS3Client(settings: S3Settings = {}): S3Client {
  const endpoint = resolveEndpoint(settings)
  const region = resolveRegion(settings)
  const sockets = Math.max(16, (settings.concurrency ?? DEFAULT_CONCURRENCY) * 2)
  const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: sockets })
  const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: sockets })
  const config: S3ClientConfig = {
    region: region ?? 'us-east-1',
    // Without a region, requests to a bucket elsewhere are redirected to the bucket's region.
    followRegionRedirects: region === undefined,
    maxAttempts: settings.maxAttempts ?? 5,
    retryMode: 'adaptive',
    requestHandler: new NodeHttpHandler({
      httpAgent,
      httpsAgent,
      connectionTimeout: CONNECTION_TIMEOUT,
      requestTimeout: REQUEST_TIMEOUT
    })
  }
  if (settings.credentials) config.credentials = settings.credentials
  if (endpoint) {
    config.endpoint = endpoint
    config.forcePathStyle = true
    // The SDK's default CRC32 on every request breaks several S3-compatible stores.
    config.requestChecksumCalculation = 'WHEN_REQUIRED'
    config.responseChecksumValidation = 'WHEN_REQUIRED'
  } else {
    // We send our own SHA-256 checksums where they matter; no extra CRC32 work.
    config.requestChecksumCalculation = 'WHEN_REQUIRED'
    config.responseChecksumValidation = 'WHEN_REQUIRED'
  }
  const client = new S3Client(config)
  // Remember which request failed, for error messages that name the permission and the object.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args)
      } catch (e) {
        if (e && typeof e === 'object') {
          const input = args.input as {
            Bucket?: string
            Key?: string
            VersionId?: string
            CopySource?: string
          }
          Object.assign(e, {
            $command: context.commandName,
            $bucket: input.Bucket,
            $key: input.Key,
            $versioned: input.VersionId !== undefined,
            $sourceVersioned: input.CopySource?.includes('?versionId=') ?? false
          })
        }
        throw e
      }
    },
    { step: 'initialize', name: 'quiltErrorContext' }
  )
  // Small uploads skip the SDK's per-request work (lean-put.ts), with the same timeouts.
  LeanPut.attach(client, {
    connectionTimeout: CONNECTION_TIMEOUT,
    requestTimeout: REQUEST_TIMEOUT
  })
  return client
}

export { httpStatus, isNotFound, s3ErrorCode, s3ErrorContext } from './errors.js'
