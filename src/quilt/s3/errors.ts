/**
 * Reading S3 errors (code, HTTP status, the request they came from) without loading the SDK.
 */

/**
 * The IAM permission an S3 operation needs, as AWS documents it for general purpose buckets:
 * `actions` on the request's object (`arn:aws:s3:::bucket/key`) or, for `scope: 'bucket'`, on
 * its bucket (`arn:aws:s3:::bucket`); `versionActions` instead when the request names a version
 * (`versionId`); for copies, also `sourceActions` (`sourceVersionActions` for a version) on the
 * source object; for reads, `missingActions` on the bucket, without which S3 answers a key that
 * does not exist with 403 AccessDenied instead of 404 (the code reads keys that may not exist:
 * `latest` of a new package, the workflows config, a destination key).
 */
export interface S3Permission {
  readonly scope: 'object' | 'bucket'
  readonly actions: readonly string[]
  readonly versionActions?: readonly string[]
  readonly sourceActions?: readonly string[]
  readonly sourceVersionActions?: readonly string[]
  readonly missingActions?: readonly string[]
}

const READ: S3Permission = {
  scope: 'object',
  actions: ['s3:GetObject'],
  versionActions: ['s3:GetObjectVersion'],
  missingActions: ['s3:ListBucket']
}
const WRITE: S3Permission = { scope: 'object', actions: ['s3:PutObject'] }
const COPY: S3Permission = {
  ...WRITE,
  sourceActions: ['s3:GetObject'],
  sourceVersionActions: ['s3:GetObjectVersion']
}

/**
 * Every S3 operation this code sends, and the IAM actions it needs: the one statement of them.
 * Error messages name the permission from it, and the tests check that every S3 command of
 * `src/` is here and that the README's permission table lists what each mode's requests need.
 */
export const S3_PERMISSIONS = {
  GetObject: READ,
  HeadObject: READ,
  GetObjectAttributes: {
    scope: 'object',
    actions: ['s3:GetObject', 's3:GetObjectAttributes'],
    versionActions: ['s3:GetObjectVersion', 's3:GetObjectVersionAttributes'],
    missingActions: ['s3:ListBucket']
  },
  PutObject: WRITE,
  CreateMultipartUpload: WRITE,
  UploadPart: WRITE,
  CompleteMultipartUpload: WRITE,
  CopyObject: COPY,
  UploadPartCopy: COPY,
  AbortMultipartUpload: { scope: 'object', actions: ['s3:AbortMultipartUpload'] },
  DeleteObject: { scope: 'object', actions: ['s3:DeleteObject'] },
  /** On each key of the request (they are in its body). */
  DeleteObjects: { scope: 'object', actions: ['s3:DeleteObject'] },
  ListObjectsV2: { scope: 'bucket', actions: ['s3:ListBucket'] },
  ListObjectVersions: { scope: 'bucket', actions: ['s3:ListBucketVersions'] },
  ListMultipartUploads: { scope: 'bucket', actions: ['s3:ListBucketMultipartUploads'] }
} as const satisfies Record<string, S3Permission>

export type S3Operation = keyof typeof S3_PERMISSIONS

export function isS3Operation(name: string): name is S3Operation {
  return Object.hasOwn(S3_PERMISSIONS, name)
}

/**
 * The IAM actions one request needs: on its own object or bucket, on a copy's source, and on
 * the bucket when the key turned out not to exist (`missing`: S3 answered 404). Throws for a
 * version on an operation whose versioned form this code never sends.
 */
export function iamActionsOf(
  operation: S3Operation,
  request: { versioned?: boolean; sourceVersioned?: boolean; missing?: boolean } = {}
): {
  actions: readonly string[]
  sourceActions: readonly string[]
  bucketActions: readonly string[]
} {
  const p: S3Permission = S3_PERMISSIONS[operation]
  const actions = request.versioned ? p.versionActions : p.actions
  if (actions === undefined) throw new Error(`${operation} is never sent with a versionId`)
  const source = (request.sourceVersioned ? p.sourceVersionActions : p.sourceActions) ?? []
  const bucket = request.missing ? (p.missingActions ?? []) : []
  return { actions, sourceActions: source, bucketActions: bucket }
}

/** The request an S3 error came from (set by the client's middleware). */
export function s3ErrorContext(e: unknown): {
  command?: string
  bucket?: string
  key?: string
  versioned?: boolean
  sourceVersioned?: boolean
} {
  if (!e || typeof e !== 'object') return {}
  const o = e as {
    $command?: string
    $bucket?: string
    $key?: string
    $versioned?: boolean
    $sourceVersioned?: boolean
  }
  return {
    command: o.$command,
    bucket: o.$bucket,
    key: o.$key,
    versioned: o.$versioned,
    sourceVersioned: o.$sourceVersioned
  }
}

/** The error's S3 code (`NoSuchKey`, `AccessDenied`, ...) or name. */
export function s3ErrorCode(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { Code?: unknown; name?: unknown }
    if (typeof o.Code === 'string') return o.Code
    if (typeof o.name === 'string') return o.name
  }
  return ''
}

export function httpStatus(e: unknown): number | undefined {
  if (e && typeof e === 'object' && '$metadata' in e) {
    const m = (e as { $metadata?: { httpStatusCode?: number } }).$metadata
    return m?.httpStatusCode
  }
  return undefined
}

export function isNotFound(e: unknown): boolean {
  const code = s3ErrorCode(e)
  return code === 'NoSuchKey' || code === 'NotFound' || httpStatus(e) === 404
}

/**
 * A transfer cut off without an S3 answer (connection reset, aborted or short body), or a
 * server that could not be reached for now (a name not resolved, no route: what the SDK retries
 * too): worth another attempt. Errors S3 answered (they carry an HTTP status) are the SDK's to
 * retry.
 */
export function isBrokenTransfer(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false
  if (httpStatus(e) !== undefined) return false
  const o = e as { name?: string; code?: string; message?: string }
  if (o.name === 'AbortError') return false
  return (
    /ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|socket hang up|aborted|premature close|terminated/i.test(
      `${o.code ?? ''} ${o.message ?? ''}`
    ) || o.name === 'TimeoutError'
  )
}

/**
 * A write whose outcome is unknown: no answer (the request may have been applied), or a server
 * error after the SDK's retries (one of them may have been).
 */
export function isUnclearOutcome(e: unknown): boolean {
  const status = httpStatus(e)
  return isBrokenTransfer(e) || (status !== undefined && status >= 500 && status !== 501)
}

/** An error after which a write may have been applied: unclear, or refused on an SDK retry. */
export function mayHaveApplied(e: unknown): boolean {
  if (isUnclearOutcome(e)) return true
  const attempts = (e as { $metadata?: { attempts?: number } } | undefined)?.$metadata?.attempts
  return (attempts ?? 1) > 1
}
