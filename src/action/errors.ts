/**
 * Errors as the user should read them: what failed, and what to change (the input, the IAM
 * permission, the workflow permission).
 */
import {
  DestinationError,
  EntryError,
  PackageNotFoundError,
  RevisionNotFoundError
} from '../quilt/errors.js'
import { WorkflowChoiceError } from '../quilt/errors.js'
import { InputError } from './inputs.js'
import {
  ApiKeyRefusedError,
  CatalogSignInError,
  CatalogUnreachableError,
  NotACatalogError
} from './catalog.js'
import {
  httpStatus,
  iamActionsOf,
  isS3Operation,
  S3_PERMISSIONS,
  s3ErrorCode,
  s3ErrorContext
} from '../quilt/s3/errors.js'

/**
 * The engine errors whose cause is one input, by type: the one table. `prefix`: the message is
 * shown after `Input '<name>': ` (a DestinationError names its input already).
 */
const INPUT_OF_ERROR: readonly {
  type: abstract new (...args: never[]) => Error
  input: string
  prefix: boolean
}[] = [
  { type: WorkflowChoiceError, input: 'workflow', prefix: true },
  { type: DestinationError, input: 'dest', prefix: false },
  { type: RevisionNotFoundError, input: 'top-hash', prefix: true },
  { type: PackageNotFoundError, input: 'name', prefix: true },
  // A sign-in through a catalog (catalog.ts): each message names its input already.
  { type: ApiKeyRefusedError, input: 'quilt-api-key', prefix: false },
  { type: NotACatalogError, input: 'catalog', prefix: false },
  { type: CatalogUnreachableError, input: 'catalog', prefix: false }
]

/** An engine error as an InputError naming its input, when its type says which; else as is. */
export function asInputError(e: unknown): unknown {
  const row = INPUT_OF_ERROR.find((r) => e instanceof r.type)
  if (!row || !(e instanceof Error)) return e
  return new InputError(row.input, row.prefix ? `Input '${row.input}': ${e.message}` : e.message)
}

/**
 * The IAM permission a refused request needs, from the one map of them (S3_PERMISSIONS): e.g.
 * `s3:GetObjectVersion` for a read of a version, `s3:PutObject (and s3:GetObject on the source)`
 * for a copy; for a read, also the bucket permission without which a missing key is refused.
 */
function permissionFor(
  command: string,
  request: { versioned?: boolean; sourceVersioned?: boolean }
): string {
  const op = command.replace(/Command$/, '')
  if (!isS3Operation(op)) return `s3:${op} on it`
  const versioned = request.versioned === true && 'versionActions' in S3_PERMISSIONS[op]
  const needed = iamActionsOf(op, { ...request, versioned, missing: true })
  const source = needed.sourceActions.length
    ? ` (and ${needed.sourceActions.join(' and ')} on the source)`
    : ''
  const bucket = needed.bucketActions.length
    ? `, and ${needed.bucketActions.join(' and ')} on the bucket (without it S3 refuses a key that does not exist)`
    : ''
  return `${needed.actions.join(' and ')}${source} on it${bucket}`
}

const NO_CREDENTIALS =
  'No AWS credentials were found. Set role-to-assume to sign in with GitHub OIDC (the job needs `permissions: id-token: write`), or provide credentials in the environment (e.g. with aws-actions/configure-aws-credentials).'

/** A message for an error from the AWS SDK, or null when it is not one. */
export function explainAwsError(e: unknown): string | null {
  if (!e || typeof e !== 'object') return null
  // A failed sign-in through a catalog, perhaps surfacing from the S3 request that needed
  // fresh credentials: shown as what it is.
  if (e instanceof CatalogSignInError) return e.message
  const name = (e as { name?: string }).name ?? ''
  const message = (e as { message?: string }).message ?? ''
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return NO_CREDENTIALS
  }
  // A failed OIDC sign-in, surfacing from the S3 request that needed credentials.
  if (name === 'SignInError') return message
  const code = s3ErrorCode(e)
  const status = httpStatus(e)
  const { command, bucket, key, versioned, sourceVersioned } = s3ErrorContext(e)
  if (!command) return null
  const what = bucket ? `s3://${bucket}${key ? '/' + key : ''}` : 'S3'
  const op = command.replace(/Command$/, '')
  if (code === 'NoSuchBucket') {
    return `The bucket '${bucket ?? '?'}' does not exist (${op} ${what}). Check the 'registry', 'path' and 'dest' inputs.`
  }
  if (code === 'AccessDenied' || code === 'Forbidden' || status === 403) {
    return `Access denied: ${op} on ${what}. The credentials need ${permissionFor(command, { versioned, sourceVersioned })}. Check the role's policy and the bucket policy.`
  }
  if (
    code === 'InvalidAccessKeyId' ||
    code === 'ExpiredToken' ||
    code === 'SignatureDoesNotMatch'
  ) {
    return `AWS refused the credentials (${code}) for ${op} on ${what}: ${message}`
  }
  if (code === 'PermanentRedirect' || status === 301) {
    return `The bucket in ${what} is in another region: set 'aws-region' to the bucket's region.`
  }
  return `${op} on ${what} failed: ${code ? code + ': ' : ''}${message}`
}

/** A failed sign-in: through a catalog (catalog.ts), or to a role (auth.ts's SignInError). */
function isSignInFailure(e: unknown): boolean {
  return e instanceof CatalogSignInError || (e instanceof Error && e.name === 'SignInError')
}

/** The message for any error, with AWS errors explained. */
export function errorMessage(e: unknown): string {
  // A failure of one entry: which file, then its cause explained; unless the sign-in failed
  // (credentials renewed during that file's upload), which is no fault of the file.
  if (e instanceof EntryError) {
    if (isSignInFailure(e.cause)) return errorMessage(e.cause)
    return `${e.logicalKey} (${e.source}): ${errorMessage(e.cause)}`
  }
  const aws = explainAwsError(e)
  if (aws !== null) return aws
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message
  }
  return String(e)
}
