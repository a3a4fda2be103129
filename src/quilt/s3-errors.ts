/**
 * Reading S3 errors (code, HTTP status, the request they came from) without loading the SDK.
 */

/** The request an S3 error came from (set by the client's middleware). */
export function s3ErrorContext(e: unknown): { command?: string; bucket?: string; key?: string } {
  if (!e || typeof e !== 'object') return {}
  const o = e as { $command?: string; $bucket?: string; $key?: string }
  return { command: o.$command, bucket: o.$bucket, key: o.$key }
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
 * A transfer cut off without an S3 answer (connection reset, aborted or short body): worth
 * another attempt. Errors S3 answered (they carry an HTTP status) are the SDK's to retry.
 */
export function isBrokenTransfer(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false
  if (httpStatus(e) !== undefined) return false
  const o = e as { name?: string; code?: string; message?: string }
  if (o.name === 'AbortError') return false
  return (
    /ECONNRESET|EPIPE|ETIMEDOUT|ECONNREFUSED|socket hang up|aborted|premature close|terminated/i.test(
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
