/**
 * Percent-encoding and URL splitting as Python's `urllib.parse` does them (`quote`,
 * `quote_plus`, `unquote`, `parse_qs`, `urlsplit`): quilt3 writes and reads physical keys with them.
 */
import { QuiltError } from '../errors.js'
import { pyRepr } from './repr.js'

const ALWAYS_SAFE = /[A-Za-z0-9_.~-]/
const utf8 = new TextEncoder()
const HEX = Array.from(
  { length: 256 },
  (_, i) => '%' + i.toString(16).toUpperCase().padStart(2, '0')
)

function quoteWith(s: string, safe: string, plus: boolean): string {
  let out = ''
  for (const byte of utf8.encode(s)) {
    const ch = String.fromCharCode(byte)
    if (byte < 0x80 && (ALWAYS_SAFE.test(ch) || safe.includes(ch))) out += ch
    else if (plus && byte === 0x20) out += '+'
    else out += HEX[byte]!
  }
  return out
}

function checkEncodable(s: string): void {
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)) {
    throw new QuiltError(`${pyRepr(s)} contains a lone surrogate and cannot be encoded as UTF-8`)
  }
}

/** `urllib.parse.quote(s, safe="/")`: upper-case `%XX`, only `A-Za-z0-9_.-~/` kept. */
export function pyQuote(s: string, safe = '/'): string {
  checkEncodable(s)
  return quoteWith(s, safe, false)
}

/** `urllib.parse.quote_plus(s, safe="")`: form encoding, space as `+`. */
export function pyQuotePlus(s: string): string {
  checkEncodable(s)
  return quoteWith(s, '', true)
}

// ignoreBOM: keep a decoded U+FEFF (TextDecoder would drop one at the start of each run).
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

/** `urllib.parse.unquote`: decode `%XX` runs as UTF-8 (invalid bytes become U+FFFD). */
export function pyUnquote(s: string): string {
  if (!s.includes('%')) return s
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3)
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16)
    return utf8Lossy.decode(bytes)
  })
}

/** `urllib.parse.parse_qs(query)` with Python 3.10+ defaults (only `&` separates). */
export function pyParseQs(query: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const field of query.split('&')) {
    if (field === '') continue
    const eq = field.indexOf('=')
    if (eq < 0) continue
    const rawValue = field.slice(eq + 1)
    if (rawValue === '') continue
    const name = pyUnquote(field.slice(0, eq).replace(/\+/g, ' '))
    const value = pyUnquote(rawValue.replace(/\+/g, ' '))
    const list = out.get(name)
    if (list) list.push(value)
    else out.set(name, [value])
  }
  return out
}

interface SplitUrl {
  scheme: string
  netloc: string
  path: string
  query: string
  fragment: string
}

/** `urllib.parse.urlsplit` as Python 3.11 does it for the URLs quilt3 sees. */
export function pyUrlSplit(url: string): SplitUrl {
  // eslint-disable-next-line no-control-regex
  let rest = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\r\n]/g, '')
  let scheme = ''
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest)
  if (m) {
    scheme = m[1]!.toLowerCase()
    rest = rest.slice(m[0].length)
  }
  let netloc = ''
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/)
    netloc = end < 0 ? rest.slice(2) : rest.slice(2, end + 2)
    rest = end < 0 ? '' : rest.slice(end + 2)
  }
  let fragment = ''
  const hash = rest.indexOf('#')
  if (hash >= 0) {
    fragment = rest.slice(hash + 1)
    rest = rest.slice(0, hash)
  }
  let query = ''
  const q = rest.indexOf('?')
  if (q >= 0) {
    query = rest.slice(q + 1)
    rest = rest.slice(0, q)
  }
  return { scheme, netloc, path: rest, query, fragment }
}
