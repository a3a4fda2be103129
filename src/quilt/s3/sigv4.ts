/**
 * AWS Signature Version 4 (header form) for the lean PUT (s3/lean-put.ts): a request whose path
 * is already escaped as S3 signs it and whose payload hash is given. The SDK's signer costs
 * about a third of a small PUT's CPU (it copies the request, and finds its cached signing key
 * through an HMAC of the credentials on every call); here the signing key is kept per day and
 * credentials, and the canonical request is one string.
 */
import { createHmac } from 'node:crypto'
import { sha256 } from '../format/hash.js'

export interface SigningCredentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

/** Headers never signed (a proxy may change them), as the AWS SDKs leave them out. */
const UNSIGNED = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id'
])

const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest()

/** The headers signed, in their canonical order, for one list of header names. */
interface SigningPlan {
  /** The header names as given (the plan applies to exactly these, in this order). */
  names: string[]
  signed: string[]
  signedHeaders: string
}

/** The last second formatted by amzDate, and its text (many requests are signed each second). */
let lastSecond = NaN
let lastText = ''

/** `20261205T182332Z` (basic ISO 8601, seconds) of `date`. */
export function amzDate(date: Date): string {
  const second = Math.floor(date.getTime() / 1000)
  if (second !== lastSecond) {
    lastText = date.toISOString().replace(/[-:]|\.\d{3}/g, '')
    lastSecond = second
  }
  return lastText
}

const SPACE = /\s/

/** A header value as SigV4 signs it: trimmed, inner runs of spaces made one. */
function canonicalValue(v: string): string {
  return SPACE.test(v) ? v.trim().replace(/\s+/g, ' ') : v
}

export class SigV4Signer {
  private key: { day: string; secret: string; value: Buffer } | undefined
  /** The plan of the last list of header names signed (a run signs the same list each time). */
  private plan: SigningPlan | undefined

  constructor(
    private readonly region: string,
    private readonly service: string
  ) {}

  /**
   * `headers` (lowercase names, `host` included) with `x-amz-date`, the session token and
   * `authorization` added: the object given is completed and returned. `path` is sent as given
   * (already escaped); `query` is the canonical query string (names sorted, escaped).
   */
  sign(
    request: { method: string; path: string; query: string; headers: Record<string, string> },
    payloadHash: string,
    credentials: SigningCredentials,
    date: Date
  ): Record<string, string> {
    const when = amzDate(date)
    const day = when.slice(0, 8)
    const headers = request.headers
    headers['x-amz-date'] = when
    if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken
    const { signed, signedHeaders } = this.planFor(Object.keys(headers))
    let canonical = `${request.method}\n${request.path}\n${request.query}\n`
    for (const n of signed) canonical += `${n}:${canonicalValue(headers[n]!)}\n`
    canonical += `\n${signedHeaders}\n${payloadHash}`
    const scope = `${day}/${this.region}/${this.service}/aws4_request`
    const toSign = `AWS4-HMAC-SHA256\n${when}\n${scope}\n${sha256(canonical, 'hex')}`
    const signature = createHmac('sha256', this.signingKey(day, credentials.secretAccessKey))
      .update(toSign)
      .digest('hex')
    headers.authorization =
      `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, ` +
      `SignedHeaders=${signedHeaders}, Signature=${signature}`
    return headers
  }

  /** The headers to sign among `names`, sorted: worked out again only when the names change. */
  private planFor(names: string[]): SigningPlan {
    const last = this.plan
    if (last?.names.length === names.length) {
      let same = true
      for (let i = 0; same && i < names.length; i++) same = names[i] === last.names[i]
      if (same) return last
    }
    const signed = names.filter((n) => !UNSIGNED.has(n)).sort()
    this.plan = { names, signed, signedHeaders: signed.join(';') }
    return this.plan
  }

  /** The day's signing key for `secret`, derived again only when the day or the secret changes. */
  private signingKey(day: string, secret: string): Buffer {
    if (this.key?.day !== day || this.key.secret !== secret) {
      let k = hmac(`AWS4${secret}`, day)
      for (const part of [this.region, this.service, 'aws4_request']) k = hmac(k, part)
      this.key = { day, secret, value: k }
    }
    return this.key.value
  }
}
