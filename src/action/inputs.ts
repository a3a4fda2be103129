/**
 * Every input parsed and validated once, before any work or network call, into one typed
 * request. The action reads inputs from `INPUT_*` (through `@actions/core`), the command line from
 * flags; both pass a reader here, so both get the same checks and the same messages.
 */
import { resolveConcurrency, type Concurrency } from '../quilt/concurrency.js'
import { actionMetadata } from './metadata.js'
import { JsonSyntaxError, parsePyJson, type PyValue } from '../quilt/py/json.js'
import { isValidPackageName, resolveLocalLocation } from '../quilt/format/names.js'
import { pyUrlSplit } from '../quilt/py/url.js'
import { HASH_TYPES, type HashType } from '../quilt/format/hash.js'
import { QuiltError } from '../quilt/errors.js'
import {
  displayLocation,
  parseRegistryLocation,
  type RegistryLocation
} from '../quilt/registry/location.js'
import type { WorkflowChoice } from '../quilt/workflows/apply.js'

/** Returns an input's value, `''` when it is not set. */
export type InputReader = (name: string) => string

/** An input that is missing or wrong; the message names the input and says what to fix. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }
}

export const MODES = ['build', 'push', 'delete'] as const
export type Mode = (typeof MODES)[number]

/** Which modes use which input (inputs not listed are used by every mode). */
const USED_BY: Record<string, readonly Mode[]> = {
  path: ['build', 'push'],
  workflow: ['build', 'push'],
  message: ['build', 'push'],
  meta: ['build', 'push'],
  checksum: ['build', 'push'],
  dest: ['push'],
  force: ['push'],
  dedupe: ['push'],
  'top-hash': ['delete'],
  'keep-last': ['delete'],
  'older-than': ['delete']
}

/** An input's default, as action.yml states it ('' when none): the one place defaults live. */
export function defaultOf(name: string): string {
  return actionMetadata().inputs[name]?.default ?? ''
}

/** An input's value when it differs from its action.yml default, else undefined. */
function given(read: InputReader, name: string): string | undefined {
  const v = read(name).trim()
  return v === '' || v === defaultOf(name) ? undefined : v
}

/** Inputs of later versions: declared in action.yml, refused until they work (no silent no-op). */
const NOT_YET: Record<string, string> = {}

/** STS's rule for session names: 2 to 64 of `[\w+=,.@-]`. */
export const SESSION_NAME_RE = /^[\w+=,.@-]{2,64}$/

/**
 * How to sign in: a role through GitHub OIDC, a role assumed with the job's AWS credentials
 * (role chaining), or (no role) the SDK's default chain.
 */
export interface AuthInputs {
  roleToAssume: string | undefined
  audience: string
  /** As given; undefined: `defaultSessionName` of the run, made when the role is assumed. */
  sessionName: string | undefined
  durationSeconds: number
  /** Assume the role with the job's AWS credentials (AssumeRole) instead of GitHub OIDC. */
  roleChaining: boolean
  /** AssumeRole's ExternalId (role chaining only). */
  externalId: string | undefined
  /** Send no session tags (role chaining); with OIDC, skip the note that there are none. */
  skipSessionTagging: boolean
  /**
   * Sign in through a Quilt catalog with an API key (`quilt-api-key`, never with a role): the
   * key, and the catalog (`catalog`) that issued it. Undefined: no key.
   */
  quiltApiKey: { key: string; catalog: string } | undefined
}

interface Common {
  /** `namespace/package` (delete: or a pattern such as `team/*`). */
  name: string
  /** Compute and report; write nothing. */
  dryRun: boolean
  /** The registry: quilt3's default local one, a folder, or an S3 bucket (parsed once, here). */
  registry: RegistryLocation
  /** S3 requests in flight and hashing threads (the `concurrency` input sets both). */
  concurrency: Concurrency
  awsRegion: string | undefined
  endpointUrl: string | undefined
  auth: AuthInputs
  /**
   * Catalog base URL (`https://host`; `http://` only on this machine) for links, and for the
   * sign-in with `quilt-api-key`; undefined = none.
   */
  catalog: string | undefined
}

/** The `workflow` input's value that means "no workflow" (ids cannot contain parentheses). */
export const NO_WORKFLOW = '(none)'

/** Where a package's files are: a folder (absolute, resolved) or an `s3://bucket/prefix` URL. */
export type SourceLocation = { kind: 'local'; folder: string } | { kind: 's3'; url: string }

export interface BuildInputs extends Common {
  mode: 'build'
  /** Which workflow: the config's default, none, or an id. */
  workflow: WorkflowChoice
  /** The files that make the package: a local folder or an S3 prefix (parsed once, here). */
  path: SourceLocation
  /** null when not given (quilt3 writes `"message": null`). */
  message: string | null
  /** Package metadata parsed with Python semantics; undefined when not given. */
  meta: PyValue | undefined
  /** The hash new entries get; undefined: sha2-256-chunked, or the catalog's choice. */
  checksum: HashType | undefined
}

export interface PushInputs extends Omit<BuildInputs, 'mode' | 'registry'> {
  mode: 'push'
  registry: { kind: 's3'; bucket: string }
  /** `s3://bucket/prefix` for the data; undefined = `s3://<registry bucket>/<name>`. */
  dest: string | undefined
  force: boolean
  dedupe: boolean
}

export interface DeleteInputs extends Common {
  mode: 'delete'
  /** A top hash or unique prefix; undefined = every revision (or what the policy selects). */
  topHash: string | undefined
  /** Retention: keep the N newest revisions. */
  keepLast: number | undefined
  /** Retention: remove revisions older than this many seconds. */
  olderThanSeconds: number | undefined
}

/** The units of a short duration, case-sensitive: `M` could be months, `D` is not `d`. */
const UNIT_SECONDS: Record<string, number> = {
  w: 604800,
  d: 86400,
  h: 3600,
  m: 60,
  min: 60,
  s: 1
}
/** Order of the short units: each at most once, largest first (`1d12h`, not `12h1d`). */
const UNIT_RANK: Record<string, number> = { w: 0, d: 1, h: 2, m: 3, min: 3, s: 4 }

/** A duration that cannot be read; the message says why and what to write instead. */
export class DurationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DurationError'
  }
}

const CALENDAR =
  'months and years vary in length, so a retention written with them cannot be read one way only; give days or weeks instead (e.g. 30d, 26w, 365d)'

/** Why a unit of a short duration is refused. */
function badUnit(unit: string): string {
  if (unit === 'M') {
    return `'M' is not a unit: it could mean minutes or months. Write 'm' or 'min' for minutes; ${CALENDAR}`
  }
  if (/^(y|yr|yrs|year|years|mo|mon|month|months)$/i.test(unit)) {
    return `'${unit}' (months or years) is not accepted: ${CALENDAR}`
  }
  const lower = unit.toLowerCase()
  if (Object.hasOwn(UNIT_SECONDS, lower))
    return `units are case-sensitive: write '${lower}', not '${unit}'`
  return `'${unit}' is not a unit (use s, m or min, h, d, w)`
}

/** ISO 8601: `P[nY][nM][nW][nD][T[nH][nM][nS]]`, upper case; months and years refused. */
function parseIsoDuration(t: string): number {
  const m =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
      t
    )
  if (!m || t === 'P') {
    throw new DurationError(
      /^p/i.test(t) && t !== t.toUpperCase()
        ? 'ISO 8601 durations are written in upper case (e.g. P90D, PT12H)'
        : 'not an ISO 8601 duration (e.g. P90D, P2W, PT12H, P1DT12H)'
    )
  }
  const [, years, months, w, d, h, min, sec] = m
  if (years !== undefined || months !== undefined) {
    throw new DurationError(
      `${t} has ${years !== undefined ? 'years (Y)' : 'months (M before T)'}: ${CALENDAR}; for minutes write PT${months ?? years}M`
    )
  }
  return (
    Number(w ?? 0) * UNIT_SECONDS.w! +
    Number(d ?? 0) * UNIT_SECONDS.d! +
    Number(h ?? 0) * UNIT_SECONDS.h! +
    Number(min ?? 0) * UNIT_SECONDS.m! +
    Number(sec ?? 0)
  )
}

/**
 * A duration in seconds: `90d`, `12h`, `30m` or `30min`, `45s`, `2w`, combined largest first
 * (`1d12h`); or ISO 8601 (`P90D`, `PT12H`, `P1DT2H30M`, `P2W`). Units are case-sensitive, and
 * months and years are refused (`1M` must never be read as one minute, nor `6M` as six months of
 * uncertain length). Throws `DurationError` saying why a text is refused.
 */
export function parseDuration(text: string): number {
  const t = text.trim()
  if (t === '') throw new DurationError('empty')
  if (/^[Pp]/.test(t)) return parseIsoDuration(t)
  const tokens = [...t.matchAll(/(\d+)([A-Za-z]+)/gy)]
  if (tokens.map((k) => k[0]).join('') !== t) {
    throw new DurationError(
      /^\d+$/.test(t)
        ? 'a number needs a unit (s, m or min, h, d, w), e.g. 90d'
        : 'write whole numbers with units, largest first, e.g. 90d, 12h, 1d12h, 30min'
    )
  }
  let seconds = 0
  let rank = -1
  for (const [, n, unit] of tokens) {
    if (!Object.hasOwn(UNIT_SECONDS, unit!)) throw new DurationError(badUnit(unit!))
    if (UNIT_RANK[unit!]! <= rank) {
      throw new DurationError('each unit at most once, largest first (e.g. 1d12h, not 12h1d)')
    }
    rank = UNIT_RANK[unit!]!
    seconds += Number(n) * UNIT_SECONDS[unit!]!
  }
  return seconds
}

export type ActionInputs = BuildInputs | PushInputs | DeleteInputs

function required(read: InputReader, name: string, what: string): string {
  const v = read(name).trim()
  if (v === '') throw new InputError(name, `Input '${name}' is required: ${what}.`)
  return v
}

/** YAML 1.2 core booleans only, like `core.getBooleanInput`; anything else is an error. */
export function parseBoolean(read: InputReader, name: string): boolean {
  const v = read(name).trim() || defaultOf(name)
  if (['true', 'True', 'TRUE'].includes(v)) return true
  if (['false', 'False', 'FALSE'].includes(v)) return false
  throw new InputError(name, `Input '${name}' must be true or false, got '${v}'.`)
}

/** Parse the `meta` input: JSON text read the way Python's `json.loads` reads it. */
export function parseMetaInput(text: string): PyValue | undefined {
  if (text.trim() === '') return undefined
  try {
    return parsePyJson(text)
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      throw new InputError(
        'meta',
        `Input 'meta' is not valid JSON: ${e.reason} at line ${e.line}, column ${e.column}.`
      )
    }
    throw e
  }
}

function parseWorkflow(read: InputReader): WorkflowChoice {
  const v = read('workflow').trim()
  if (v === '') return { kind: 'default' }
  if (v === NO_WORKFLOW) return { kind: 'none' }
  if (!/^[A-Za-z_-][A-Za-z0-9_-]*$/.test(v) || v.length > 64) {
    throw new InputError(
      'workflow',
      `Input 'workflow' must be a workflow id of the registry's config (letters, digits, '_' and '-'), or ${NO_WORKFLOW} for none; got '${v}'.`
    )
  }
  return { kind: 'id', id: v }
}

function parseConcurrency(text: string): number | undefined {
  const v = text.trim()
  if (v === '') return undefined
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) {
    throw new InputError(
      'concurrency',
      `Input 'concurrency' must be a whole number from 1 to 256, got '${v}'.`
    )
  }
  return Number(v)
}

function optional(read: InputReader, name: string): string | undefined {
  const v = read(name).trim()
  return v === '' ? undefined : v
}

function parseRegion(read: InputReader): string | undefined {
  const v = optional(read, 'aws-region')
  if (v !== undefined && !/^[a-z]{2}(-[a-z0-9]+)+-\d+$/.test(v)) {
    throw new InputError(
      'aws-region',
      `Input 'aws-region' is not an AWS region: '${v}' (e.g. us-east-1).`
    )
  }
  return v
}

function parseEndpoint(read: InputReader): string | undefined {
  const v = optional(read, 'endpoint-url')
  if (v === undefined) return undefined
  let ok = false
  try {
    const u = new URL(v)
    ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== ''
  } catch {
    ok = false
  }
  if (!ok) {
    throw new InputError(
      'endpoint-url',
      `Input 'endpoint-url' must be an http:// or https:// URL of an S3-compatible endpoint, got '${v}'.`
    )
  }
  return v
}

function scheme(value: string): string {
  return /^[A-Za-z]:[\\/]/.test(value) ? '' : pyUrlSplit(value).scheme
}

function checkLocation(input: string, value: string, allowed: string[], what: string): void {
  const s = scheme(value)
  if (!allowed.includes(s)) {
    throw new InputError(input, `Input '${input}' must be ${what}; got '${value}'.`)
  }
}

/** STS's rule for an external id: 2 to 1224 of `[\w+=,.@:/-]`. */
const EXTERNAL_ID_RE = /^[\w+=,.@:/-]{2,1224}$/

/** role-chaining and role-external-id, checked against each other and role-to-assume. */
function parseChaining(
  read: InputReader,
  role: string | undefined
): Pick<AuthInputs, 'roleChaining' | 'externalId'> {
  const roleChaining = parseBoolean(read, 'role-chaining')
  if (roleChaining && role === undefined) {
    throw new InputError(
      'role-to-assume',
      "Input 'role-to-assume' is required with 'role-chaining: true': the ARN of the role to assume with the job's AWS credentials."
    )
  }
  const externalId = optional(read, 'role-external-id')
  if (externalId !== undefined && !roleChaining) {
    throw new InputError(
      'role-external-id',
      "Input 'role-external-id' is only used with 'role-chaining: true': GitHub OIDC signs in with STS's AssumeRoleWithWebIdentity, which has no external id. Set role-chaining: true to assume the role with the job's AWS credentials (AssumeRole), or remove role-external-id."
    )
  }
  if (externalId !== undefined && !EXTERNAL_ID_RE.test(externalId)) {
    throw new InputError(
      'role-external-id',
      "Input 'role-external-id' must be 2 to 1224 letters, digits or +=,.@:/_- characters."
    )
  }
  if (roleChaining && given(read, 'audience') !== undefined) {
    throw new InputError(
      'audience',
      "Input 'audience' is only used with GitHub OIDC; with 'role-chaining: true' the role is assumed with the job's AWS credentials. Remove it."
    )
  }
  return { roleChaining, externalId }
}

function parseAuth(read: InputReader): Omit<AuthInputs, 'quiltApiKey'> {
  const role = optional(read, 'role-to-assume')
  if (role !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(role)) {
    throw new InputError(
      'role-to-assume',
      `Input 'role-to-assume' must be an IAM role ARN (arn:aws:iam::123456789012:role/name), got '${role}'.`
    )
  }
  const chaining = parseChaining(read, role)
  const skipSessionTagging = parseBoolean(read, 'role-skip-session-tagging')
  const sessionName = optional(read, 'role-session-name')
  if (sessionName !== undefined && !SESSION_NAME_RE.test(sessionName)) {
    throw new InputError(
      'role-session-name',
      `Input 'role-session-name' must be 2 to 64 letters, digits or +=,.@_- characters, got '${sessionName}'.`
    )
  }
  const durationText = optional(read, 'role-duration-seconds') ?? defaultOf('role-duration-seconds')
  const duration = /^\d+$/.test(durationText) ? Number(durationText) : NaN
  if (!(duration >= 900 && duration <= 43200)) {
    throw new InputError(
      'role-duration-seconds',
      `Input 'role-duration-seconds' must be a whole number of seconds from 900 to 43200, got '${durationText}'.`
    )
  }
  const audience = optional(read, 'audience') ?? defaultOf('audience')
  // Inputs that only mean something with a role are refused without one.
  const roleOnly: [string, boolean][] = [
    ...['audience', 'role-session-name', 'role-duration-seconds'].map(
      (input): [string, boolean] => [input, given(read, input) !== undefined]
    ),
    ['role-skip-session-tagging', skipSessionTagging]
  ]
  for (const [input, set] of roleOnly) {
    if (set && role === undefined) {
      throw new InputError(
        input,
        `Input '${input}' is only used with 'role-to-assume'; set the role or remove it.`
      )
    }
  }
  return {
    roleToAssume: role,
    audience,
    sessionName,
    durationSeconds: duration,
    ...chaining,
    skipSessionTagging
  }
}

/** 127.0.0.0/8, ::1 and localhost: the only hosts a catalog may be reached over http:// on. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase()
  return h === 'localhost' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
}

function parseCatalog(read: InputReader): string | undefined {
  const v = optional(read, 'catalog')
  if (v === undefined) return undefined
  const withScheme = /^[a-z]+:\/\//i.test(v) ? v : `https://${v}`
  let u: URL
  try {
    u = new URL(withScheme)
  } catch {
    throw new InputError(
      'catalog',
      `Input 'catalog' must be the catalog's host or URL (e.g. catalog.example.com), got '${v}'.`
    )
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.search || u.hash) {
    throw new InputError(
      'catalog',
      `Input 'catalog' must be the catalog's host or https:// URL, got '${v}'.`
    )
  }
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`
}

/**
 * `quilt-api-key`: a key of the catalog (quilt3 `login_with_api_key` wants the `qk_` prefix),
 * with `catalog` and without a role. Its value is never shown in a message.
 */
function parseApiKey(
  read: InputReader,
  catalog: string | undefined,
  role: string | undefined
): AuthInputs['quiltApiKey'] {
  const key = optional(read, 'quilt-api-key')
  if (key === undefined) return undefined
  if (!/^qk_\S+$/.test(key)) {
    throw new InputError(
      'quilt-api-key',
      "Input 'quilt-api-key' must be a Quilt catalog API key, which starts with qk_ and has no spaces (its value is not shown). Pass the whole key, e.g. ${{ secrets.QUILT_API_KEY }}."
    )
  }
  if (role !== undefined) {
    throw new InputError(
      'quilt-api-key',
      "Inputs 'quilt-api-key' and 'role-to-assume' cannot be used together: the API key signs in through the Quilt catalog, which hands out its own AWS credentials. Remove one of them."
    )
  }
  if (catalog === undefined) {
    throw new InputError(
      'catalog',
      "Input 'catalog' is required with 'quilt-api-key': the Quilt catalog that issued the key (e.g. catalog.example.com)."
    )
  }
  const u = new URL(catalog)
  if (u.protocol !== 'https:' && !isLoopbackHost(u.hostname)) {
    // A link may be http://; a sign-in may not: the key would travel in clear text.
    throw new InputError(
      'catalog',
      `Input 'catalog' must be an https:// address to sign in with 'quilt-api-key' (the key must not travel in clear text; http:// only for localhost or 127.0.0.1), got '${catalog}'.`
    )
  }
  return { key, catalog }
}

function parseOlderThan(text: string): number {
  try {
    return parseDuration(text)
  } catch (e) {
    if (!(e instanceof DurationError)) throw e
    throw new InputError(
      'older-than',
      `Input 'older-than' must be a duration such as 90d, 12h, 30min, 1d12h or P90D (units s, m or min, h, d, w; case-sensitive), got '${text}': ${e.message}.`
    )
  }
}

/** Read and check every input; throws `InputError` for the first one that is wrong. */
export function parseInputs(read: InputReader): ActionInputs {
  const mode = parseMode(read)
  refuseInputsNotFor(mode, read)
  const { name, pattern } = parseName(read, mode)
  const common = parseCommon(read, name)
  if (mode === 'delete') return parseDelete(read, common, pattern)
  const base = parsePackageInputs(read, common)
  return mode === 'build' ? parseBuild(base) : parsePush(read, base)
}

function parseMode(read: InputReader): Mode {
  const mode = required(
    read,
    'mode',
    `what to do, one of: ${MODES.join(', ')} (there is no default, so that a forgotten mode never publishes the wrong way)`
  )
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError('mode', `Input 'mode' must be one of: ${MODES.join(', ')}; got '${mode}'.`)
  }
  return mode as Mode
}

/** Inputs of a later version, or of another mode: refused rather than ignored. */
function refuseInputsNotFor(mode: Mode, read: InputReader): void {
  for (const [input, what] of Object.entries(NOT_YET)) {
    if (given(read, input) !== undefined) {
      throw new InputError(
        input,
        `Input '${input}' is not yet supported (${what} come in a later version); remove it.`
      )
    }
  }
  for (const [input, modes] of Object.entries(USED_BY)) {
    if (given(read, input) !== undefined && !modes.includes(mode)) {
      throw new InputError(
        input,
        `Input '${input}' is not used with mode '${mode}' (only with: ${modes.join(', ')}); remove it.`
      )
    }
  }
}

/** The package name, or (delete only) a pattern of names. */
function parseName(read: InputReader, mode: Mode): { name: string; pattern: boolean } {
  const name = required(read, 'name', 'the package name, as namespace/package (e.g. team/dataset)')
  const pattern = /[*?]/.test(name)
  if (pattern && mode !== 'delete') {
    throw new InputError('name', `Input 'name' may be a pattern (${name}) only with mode 'delete'.`)
  }
  if (pattern ? !isValidPackageName(name.replace(/[*?]/g, 'x')) : !isValidPackageName(name)) {
    throw new InputError(
      'name',
      `Input 'name' is not a valid package name: '${name}'. Use namespace/package, each part made of letters, digits, '_' or '-' (e.g. team/dataset).`
    )
  }
  return { name, pattern }
}

/** What every mode takes: the registry, S3 access, sign-in, concurrency, dry run. */
function parseCommon(read: InputReader, name: string): Common {
  const dryRun = parseBoolean(read, 'dry-run')
  const registry = parseRegistry(read)
  const concurrency = resolveConcurrency(parseConcurrency(read('concurrency')))
  const awsRegion = parseRegion(read)
  const endpointUrl = parseEndpoint(read)
  const auth = parseAuth(read)
  const catalog = parseCatalog(read)
  const quiltApiKey = parseApiKey(read, catalog, auth.roleToAssume)
  return {
    name,
    dryRun,
    registry,
    concurrency,
    awsRegion,
    endpointUrl,
    auth: { ...auth, quiltApiKey },
    catalog
  }
}

/** The registry, by quilt3's rules; '' is quilt3's default local registry. */
function parseRegistry(read: InputReader): RegistryLocation {
  const text = read('registry').trim()
  if (text !== '') {
    checkLocation(
      'registry',
      text,
      ['', 'file', 's3'],
      'a local folder, a file:// URL or s3://bucket'
    )
  }
  try {
    return parseRegistryLocation(text)
  } catch (e) {
    if (!(e instanceof QuiltError)) throw e
    throw new InputError(
      'registry',
      scheme(text) === 's3'
        ? `Input 'registry': ${e.message}`
        : `Input 'registry' (${text}) is not usable: ${e.message}`
    )
  }
}

/** delete: one revision (top-hash), a retention policy, or the whole package. */
function parseDelete(read: InputReader, common: Common, pattern: boolean): DeleteInputs {
  const topHash = optional(read, 'top-hash')
  if (topHash !== undefined && !/^[0-9a-f]{6,64}$/.test(topHash)) {
    throw new InputError(
      'top-hash',
      `Input 'top-hash' must be a top hash or a prefix of it (6 to 64 lower-case hex characters), got '${topHash}'.`
    )
  }
  const keepText = optional(read, 'keep-last')
  if (keepText !== undefined && (!/^\d+$/.test(keepText) || Number(keepText) < 1)) {
    throw new InputError(
      'keep-last',
      `Input 'keep-last' must be a whole number of revisions, 1 or more, got '${keepText}'.`
    )
  }
  const olderText = optional(read, 'older-than')
  const olderThanSeconds = olderText === undefined ? undefined : parseOlderThan(olderText)
  const keepLast = keepText === undefined ? undefined : Number(keepText)
  if ((keepLast !== undefined || olderThanSeconds !== undefined) && topHash !== undefined) {
    throw new InputError(
      'top-hash',
      "Input 'top-hash' cannot be combined with a retention policy (keep-last, older-than): use one or the other."
    )
  }
  if (
    pattern &&
    keepLast === undefined &&
    olderThanSeconds === undefined &&
    topHash === undefined
  ) {
    throw new InputError(
      'name',
      `Input 'name' is a pattern (${common.name}): give a retention policy (keep-last, older-than) or a top-hash, so that a pattern never deletes whole packages by accident.`
    )
  }
  return { mode: 'delete', ...common, topHash, keepLast, olderThanSeconds }
}

/** build, push: what makes the package (path, message, meta, workflow). */
function parsePackageInputs(read: InputReader, common: Common): Omit<BuildInputs, 'mode'> {
  const message = read('message')
  return {
    ...common,
    workflow: parseWorkflow(read),
    path: parsePath(read),
    checksum: parseChecksum(read),
    message: message === '' ? null : message,
    meta: parseMetaInput(read('meta'))
  }
}

/** The hash type new entries get: a name of HASH_TYPES, in any case; undefined when not given. */
function parseChecksum(read: InputReader): HashType | undefined {
  const text = optional(read, 'checksum')
  if (text === undefined) return undefined
  const type = HASH_TYPES.find((t) => t.toLowerCase() === text.toLowerCase())
  if (type === undefined) {
    throw new InputError(
      'checksum',
      `Input 'checksum' must be one of: ${HASH_TYPES.map((t) => t.toLowerCase()).join(', ')}; got '${text}'.`
    )
  }
  return type
}

/** Where the files are: a local folder (path or file:// URL) or an s3://bucket/prefix. */
function parsePath(read: InputReader): SourceLocation {
  const text = required(
    read,
    'path',
    'the folder (or s3://bucket/prefix) whose files make the package'
  )
  checkLocation(
    'path',
    text,
    ['', 'file', 's3'],
    'a local folder, a file:// URL or an s3://bucket/prefix'
  )
  if (scheme(text) === 's3') return { kind: 's3', url: text }
  try {
    return { kind: 'local', folder: resolveLocalLocation(text)! }
  } catch (e) {
    if (!(e instanceof QuiltError)) throw e
    throw new InputError('path', `Input 'path' (${text}) is not usable: ${e.message}`)
  }
}

function parseBuild(base: Omit<BuildInputs, 'mode'>): BuildInputs {
  const { registry, path } = base
  if (registry.kind === 's3' && path.kind === 'local') {
    // Such a manifest would record file:// keys of this machine in a shared registry (the
    // catalog refuses it too).
    throw new InputError(
      'mode',
      `Input 'mode' is 'build', which writes a manifest without copying data, but 'path' (${path.folder}) is a local folder and 'registry' (${displayLocation(registry)}) is in S3: the package would point at files on this machine. Set 'mode: push' to upload the files, or build into a local registry.`
    )
  }
  return { mode: 'build', ...base }
}

function parsePush(read: InputReader, base: Omit<BuildInputs, 'mode'>): PushInputs {
  const { registry } = base
  if (registry.kind !== 's3') {
    throw new InputError(
      'registry',
      registry.kind === 'default'
        ? "Input 'registry' is required with mode 'push': the S3 bucket to publish to, as s3://bucket."
        : `Can only 'push' to remote registries in S3, but '${registry.folder}' is a local folder. Set 'registry' to s3://bucket, or use mode 'build' for a local registry.`
    )
  }
  const dest = optional(read, 'dest')
  if (dest !== undefined)
    checkLocation('dest', dest, ['s3'], 'an s3://bucket/prefix in the registry bucket')
  return {
    mode: 'push',
    ...base,
    registry,
    dest,
    force: parseBoolean(read, 'force'),
    dedupe: parseBoolean(read, 'dedupe')
  }
}
