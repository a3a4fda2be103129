/**
 * Quilt workflows (spec §11): a registry's `.quilt/workflows/config.yml` says which workflows
 * exist and what each accepts (package name, message, metadata and entries JSON Schemas). As
 * quilt3 does: load and check the config, choose the workflow, check the package in quilt3's
 * order, and record `{"id", "config", "schemas"}` (with the versions S3 returned) in the package
 * line. Each error message starts with quilt3's own text (for schema violations, the one
 * Python's jsonschema reports first), then lists every violation, each with its JSON path.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import {
  isAlias,
  isCollection,
  isMap,
  isSeq,
  parseDocument,
  visit,
  type CollectionTag,
  type Document,
  type ScalarTag,
  type Tags
} from 'yaml'
import {
  compareCodePoints,
  isPyObject,
  parsePyJson,
  pyFloatRepr,
  pyObject,
  type PyObject,
  type PyValue
} from '../py/json.js'
import { PhysicalKey } from '../format/names.js'
import { QuiltError } from '../errors.js'
import { pyRepr } from '../py/repr.js'
import { PatternError, pyRegExp } from '../py/regex.js'

/** A config or schema that cannot be used (quilt3 `ConfigurationError`). */
export class WorkflowConfigError extends QuiltError {
  constructor(message: string) {
    super(message)
    this.name = 'WorkflowConfigError'
  }
}

/**
 * The workflow asked for (the `workflow` input, or none) cannot be used with this registry's
 * config: none exists, it has no such workflow, or it requires one. quilt3 raises these as
 * `QuiltException`, with the same messages.
 */
export class WorkflowChoiceError extends QuiltError {
  constructor(message: string) {
    super(message)
    this.name = 'WorkflowChoiceError'
  }
}

/** The package does not pass its workflow (quilt3 `WorkflowValidationError`). */
export class WorkflowValidationError extends QuiltError {
  constructor(
    message: string,
    /** Every violation, `<JSON path>: <message>`. */
    readonly violations: string[] = []
  ) {
    super(message)
    this.name = 'WorkflowValidationError'
  }
}

/** Which workflow: the config's default (input not given), none, or one by id. */
export type WorkflowChoice = { kind: 'default' } | { kind: 'none' } | { kind: 'id'; id: string }

/** Bytes of an object and the URL to record for it (with the version read, for S3). */
export type Fetch = (pk: PhysicalKey) => Promise<{ data: Buffer; url: string } | null>

export interface WorkflowSource {
  /** Where the registry's config is (`<registry>/.quilt/workflows/config.yml`). */
  configKey: PhysicalKey
  /** Reads objects; null when absent. */
  fetch: Fetch
}

/** What a workflow checks. */
export interface PackageForWorkflow {
  name: string
  message: string | null
  /** The package line's `user_meta`; undefined when absent (checked as `{}`, like quilt3). */
  userMeta: PyValue | undefined
  entries: { logicalKey: string; size: number; meta: PyValue }[]
}

const SUPPORTED_VERSION = [1, 1, 0]
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#'

// The structure of config.yml (quilt3's config-1 schema, written out here).
const VERSION = { type: 'string', pattern: '^[1-9][0-9]*(\\.(0|[1-9][0-9]*)){0,2}$' }
const CONFIG_SCHEMA = {
  type: 'object',
  required: ['version', 'workflows'],
  additionalProperties: false,
  properties: {
    catalog: true,
    version: {
      oneOf: [
        VERSION,
        {
          type: 'object',
          additionalProperties: false,
          required: ['base'],
          properties: { base: VERSION, catalog: VERSION }
        }
      ]
    },
    is_workflow_required: { type: 'boolean' },
    default_workflow: { type: 'string' },
    workflows: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z_-][A-Za-z0-9_-]*$', maxLength: 64 },
      additionalProperties: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          catalog: true,
          name: { type: 'string', minLength: 1 },
          description: { type: 'string', minLength: 1 },
          handle_pattern: { type: 'string' },
          metadata_schema: { type: 'string' },
          entries_schema: { type: 'string' },
          is_message_required: { type: 'boolean' }
        }
      }
    },
    schemas: {
      type: 'object',
      minProperties: 1,
      additionalProperties: {
        type: 'object',
        required: ['url'],
        properties: { url: { type: 'string' } }
      }
    },
    successors: {
      type: 'object',
      minProperties: 1,
      additionalProperties: {
        type: 'object',
        required: ['title'],
        properties: { title: { type: 'string', minLength: 1 }, copy_data: { type: 'boolean' } }
      }
    }
  }
}

interface WorkflowDef {
  name: string
  handle_pattern?: string
  metadata_schema?: string
  entries_schema?: string
  is_message_required?: boolean
}

interface Config {
  version: string | { base: string }
  is_workflow_required?: boolean
  default_workflow?: string
  workflows: Record<string, WorkflowDef>
  schemas?: Record<string, { url: string }>
}

/** ajv's regular-expression engine: Python semantics (`code` names it for standalone code only). */
const PY_REGEXP_ENGINE = Object.assign((source: string) => pyRegExp(source), { code: 'pyRegExp' })

function makeAjv(): Ajv {
  return new Ajv({
    allErrors: true,
    strict: false,
    // Errors carry their schema (describeError quotes its values).
    verbose: true,
    validateFormats: false,
    // JSON Schema `pattern`s are Python regular expressions here, as with quilt3's jsonschema.
    code: { regExp: PY_REGEXP_ENGINE }
  })
}

/** Values from YAML that have no JSON type (PyYAML makes date, bytes, set). */
function isPythonOnly(v: unknown): v is Date | Uint8Array | Set<unknown> {
  return v instanceof Date || v instanceof Uint8Array || v instanceof Set
}
const PYTHON_OBJECT = Symbol('a Python object of no JSON type')

/**
 * Stand-ins for YAML mapping keys that are not strings (PyYAML keeps ints, None, booleans as
 * keys; jsonschema's `propertyNames` ignores them): unique strings that pass the config schema's
 * key rules, shown as Python shows the key. No workflow input or YAML string can name them.
 */
const KEY_STAND_INS = new Map<string, string>()
const KEY_PREFIX = `--qpa-${Math.random().toString(36).slice(2, 10)}-`

function keyStandIn(key: unknown): string {
  const s = `${KEY_PREFIX}${KEY_STAND_INS.size}`
  KEY_STAND_INS.set(s, pyValueRepr(key, true))
  return s
}

/** PyValue as the plain JSON value a schema validator sees (ints beyond 2^53 approximated). */
export function toPlain(v: PyValue): unknown {
  if (typeof v === 'bigint') return Number(v)
  if (Array.isArray(v)) return v.map(toPlain)
  // YAML dates, bytes and sets: no JSON type at all for the validator, as for jsonschema.
  if (isPythonOnly(v)) return PYTHON_OBJECT
  if (v instanceof Map) {
    const o: Record<string, unknown> = {}
    for (const [k, x] of v)
      Object.defineProperty(o, k, {
        value: toPlain(x),
        enumerable: true,
        writable: true,
        configurable: true
      })
    return o
  }
  return v
}

/**
 * A value as Python's `repr` shows it in jsonschema messages. `floats`: the value comes from
 * Python-semantics JSON (`PyValue`: a JS number is a Python float, a bigint an int); otherwise
 * (YAML, plain JSON) integral numbers are ints.
 */
function pyValueRepr(v: unknown, floats: boolean): string {
  if (typeof v === 'string') return pyRepr(v)
  if (v === null || v === undefined) return 'None'
  if (v === true) return 'True'
  if (v === false) return 'False'
  if (typeof v === 'bigint') return v.toString()
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf'
    return floats || !Number.isInteger(v) ? pyFloatRepr(v) : String(v)
  }
  if (Array.isArray(v)) return '[' + v.map((x) => pyValueRepr(x, floats)).join(', ') + ']'
  if (v instanceof Map) {
    const items = [...(v as Map<string, unknown>).entries()]
    const key = (k: string): string => KEY_STAND_INS.get(k) ?? pyRepr(k)
    return '{' + items.map(([k, x]) => `${key(k)}: ${pyValueRepr(x, floats)}`).join(', ') + '}'
  }
  if (v instanceof Set) return `{${[...v].map((x) => pyValueRepr(x, floats)).join(', ')}}`
  if (v instanceof Uint8Array) {
    let out = "b'"
    for (const b of v) {
      const c = String.fromCharCode(b)
      out +=
        c === '\\' || c === "'"
          ? '\\' + c
          : c === '\n'
            ? '\\n'
            : c === '\r'
              ? '\\r'
              : c === '\t'
                ? '\\t'
                : b >= 0x20 && b < 0x7f
                  ? c
                  : '\\x' + b.toString(16).padStart(2, '0')
    }
    return out + "'"
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return 'datetime'
    const date = [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()]
    const time = [
      v.getUTCHours(),
      v.getUTCMinutes(),
      v.getUTCSeconds(),
      v.getUTCMilliseconds() * 1000
    ]
    if (time.every((x) => x === 0)) return `datetime.date(${date.join(', ')})`
    // Python's repr leaves out zero microseconds, then zero seconds.
    while (time.length > 2 && time[time.length - 1] === 0) time.pop()
    return `datetime.datetime(${[...date, ...time].join(', ')})`
  }
  if (typeof v === 'object') {
    const items = Object.entries(v as Record<string, unknown>)
    return '{' + items.map(([k, x]) => `${pyRepr(k)}: ${pyValueRepr(x, floats)}`).join(', ') + '}'
  }
  return typeof v === 'symbol' || typeof v === 'function' ? 'object' : 'None'
}

function unescapePointer(seg: string): string {
  return seg.replace(/~1/g, '/').replace(/~0/g, '~')
}

function pointerSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointer)
}

function jsonPath(segments: string[], arrayIndexes: boolean[]): string {
  return (
    '$' +
    segments
      .map((seg, i) =>
        arrayIndexes[i] && /^\d+$/.test(seg)
          ? `[${seg}]`
          : KEY_STAND_INS.has(seg)
            ? `[${KEY_STAND_INS.get(seg)!}]`
            : /^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)
              ? `.${seg}`
              : `[${JSON.stringify(seg)}]`
      )
      .join('')
  )
}

/** A node's keys in order (Maps from Python-semantics JSON keep the text's order). */
function keysOf(node: unknown): string[] {
  if (node instanceof Map) return [...(node as Map<string, unknown>).keys()]
  if (node && typeof node === 'object' && !Array.isArray(node)) return Object.keys(node)
  return []
}

function childOf(node: unknown, key: string): unknown {
  if (node instanceof Map) return (node as Map<string, unknown>).get(key)
  if (Array.isArray(node)) return node[Number(key)]
  if (node && typeof node === 'object') return (node as Record<string, unknown>)[key]
  return undefined
}

function isObjectNode(node: unknown): boolean {
  return node instanceof Map || (!!node && typeof node === 'object' && !Array.isArray(node))
}

/** One schema violation: where, what (jsonschema's words), and its place in jsonschema's order. */
interface Violation {
  path: string
  message: string
  order: number[]
}

/**
 * Where a violation comes in Python jsonschema's `iter_errors` order (keywords in the schema's key
 * order, `properties` in theirs, array items and additional properties in the instance's order,
 * `required` in its list's), with the schema that holds the failing keyword. Null for the errors
 * jsonschema does not report: those under `anyOf`, `oneOf`, `not`, `contains` (it reports only
 * the keyword's own error) and ajv's wrappers (`if`, `propertyNames`).
 */
function locate(
  e: ErrorObject,
  schema: unknown,
  instance: unknown
): { order: number[]; node: unknown } | null {
  const segs = e.schemaPath
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((seg) => unescapePointer(decodeURIComponent(seg)))
  const inst = pointerSegments(e.instancePath)
  let node = schema
  let data = instance
  let depth = 0
  const order: number[] = []
  const descendData = (): void => {
    data = childOf(data, inst[depth]!)
    depth++
  }
  for (let i = 0; i < segs.length; i++) {
    const k = segs[i]!
    const last = i === segs.length - 1
    const pos = (name: string): number => keysOf(node).indexOf(name)
    if (k === 'false schema') return { order, node }
    switch (k) {
      case 'properties':
      case 'patternProperties': {
        const name = segs[++i]!
        order.push(pos(k), keysOf(childOf(node, k)).indexOf(name))
        if (k === 'patternProperties') order.push(keysOf(data).indexOf(inst[depth]!))
        node = childOf(childOf(node, k), name)
        descendData()
        continue
      }
      case 'dependencies': {
        if (last) {
          const p = e.params as { property: string; missingProperty: string }
          const list = childOf(childOf(node, k), p.property)
          order.push(pos(k), keysOf(childOf(node, k)).indexOf(p.property))
          order.push(Array.isArray(list) ? list.indexOf(p.missingProperty) : 0)
          return { order, node }
        }
        const name = segs[++i]!
        order.push(pos(k), keysOf(childOf(node, k)).indexOf(name))
        node = childOf(childOf(node, k), name)
        continue
      }
      case 'items': {
        order.push(pos(k))
        const items = childOf(node, k)
        if (Array.isArray(items)) {
          const index = Number(segs[++i])
          order.push(index)
          node = items[index]
        } else {
          order.push(Number(inst[depth]))
          node = items
        }
        descendData()
        continue
      }
      case 'additionalItems':
      case 'additionalProperties': {
        order.push(pos(k))
        if (last) return { order, node }
        order.push(
          k === 'additionalItems' ? Number(inst[depth]) : keysOf(data).indexOf(inst[depth]!)
        )
        node = childOf(node, k)
        descendData()
        continue
      }
      case 'propertyNames': {
        if (last) return null
        order.push(pos(k), keysOf(data).indexOf(e.propertyName ?? ''))
        node = childOf(node, k)
        continue
      }
      case 'definitions': {
        // Only the draft-07 meta-schema (whose `$ref`s ajv follows) leads here.
        const name = segs[++i]!
        order.push(pos(k), keysOf(childOf(node, k)).indexOf(name))
        node = childOf(childOf(node, k), name)
        continue
      }
      case 'allOf': {
        const index = Number(segs[++i])
        order.push(pos(k), index)
        node = (childOf(node, k) as unknown[])[index]
        continue
      }
      case 'then':
      case 'else':
        order.push(pos('if'))
        node = childOf(node, k)
        continue
      case 'if':
        return null
      case 'anyOf':
      case 'oneOf':
      case 'not':
      case 'contains':
        if (!last) return null
        order.push(pos(k))
        return { order, node }
      case 'required': {
        const list = childOf(node, k)
        const missing = (e.params as { missingProperty: string }).missingProperty
        order.push(pos(k), Array.isArray(list) ? list.indexOf(missing) : 0)
        return { order, node }
      }
      default:
        order.push(pos(k))
        return { order, node }
    }
  }
  return { order, node }
}

/** Python `extras_msg`: `'a', 'b' were` / `'a' was`. */
function extrasMsg(extras: unknown[], floats: boolean): string {
  return `${extras.map((x) => pyValueRepr(x, floats)).join(', ')} ${extras.length === 1 ? 'was' : 'were'}`
}

/** jsonschema's message for a violation (Draft 7 keywords, jsonschema 4.x wording). */
function jsonschemaMessage(e: ErrorObject, node: unknown, value: unknown, floats: boolean): string {
  const r = (v: unknown, f = floats): string => pyValueRepr(v, f)
  // Schema values come from Python-semantics JSON (or the config schema, written here).
  const sv = (kw: string): unknown => childOf(node, kw)
  // A schema read with Python semantics is made of Maps; a plain one (the config and meta
  // schemas) has ints as JS numbers.
  const typed = node instanceof Map
  const sr = (kw: string): string => pyValueRepr(sv(kw), typed)
  const p = e.params as Record<string, unknown>
  const n = (kw: string): number => Number(sv(kw))
  switch (e.keyword) {
    case 'false schema':
      return `False schema does not allow ${r(value)}`
    case 'required':
      return `${pyRepr(String(p.missingProperty))} is a required property`
    case 'type': {
      const t = sv('type')
      const types = Array.isArray(t) ? t : [t]
      return `${r(value)} is not of type ${types.map((x) => pyValueRepr(x, typed)).join(', ')}`
    }
    case 'pattern':
      return `${r(value)} does not match ${sr('pattern')}`
    case 'enum':
      return `${r(value)} is not one of ${sr('enum')}`
    case 'const':
      return `${sr('const')} was expected`
    case 'minimum':
      return `${r(value)} is less than the minimum of ${sr('minimum')}`
    case 'maximum':
      return `${r(value)} is greater than the maximum of ${sr('maximum')}`
    case 'exclusiveMinimum':
      return `${r(value)} is less than or equal to the minimum of ${sr('exclusiveMinimum')}`
    case 'exclusiveMaximum':
      return `${r(value)} is greater than or equal to the maximum of ${sr('exclusiveMaximum')}`
    case 'multipleOf':
      return `${r(value)} is not a multiple of ${sr('multipleOf')}`
    case 'minLength':
    case 'minItems':
      return `${r(value)} ${n(e.keyword) === 1 ? 'should be non-empty' : 'is too short'}`
    case 'maxLength':
    case 'maxItems':
      return `${r(value)} ${n(e.keyword) === 0 ? 'is expected to be empty' : 'is too long'}`
    case 'minProperties':
      return `${r(value)} ${n(e.keyword) === 1 ? 'should be non-empty' : 'does not have enough properties'}`
    case 'maxProperties':
      return `${r(value)} ${n(e.keyword) === 0 ? 'is expected to be empty' : 'has too many properties'}`
    case 'uniqueItems':
      return `${r(value)} has non-unique elements`
    case 'dependencies':
      return `${pyRepr(String(p.missingProperty))} is a dependency of ${pyRepr(String(p.property))}`
    case 'anyOf':
      return `${r(value)} is not valid under any of the given schemas`
    case 'oneOf': {
      const passing = p.passingSchemas as number[] | null | undefined
      if (!passing) return `${r(value)} is not valid under any of the given schemas`
      const all = sv('oneOf') as unknown[]
      const order = [...passing.slice(1), passing[0]!]
      return `${r(value)} is valid under each of ${order.map((i) => pyValueRepr(all[i], typed)).join(', ')}`
    }
    case 'not':
      return `${r(value)} should not be valid under ${sr('not')}`
    case 'contains':
      return `None of ${r(value)} are valid under the given schema`
    case 'additionalItems': {
      const items = sv('items')
      const extra = Array.isArray(value) && Array.isArray(items) ? value.slice(items.length) : []
      return `Additional items are not allowed (${extrasMsg(extra, floats)} unexpected)`
    }
    default:
      return e.message ?? e.keyword
  }
}

/**
 * Every violation of a failed validation, in the order Python's jsonschema finds them (its
 * first one is what quilt3 reports). `floats`: see pyValueRepr.
 */
function violationsOf(
  errors: readonly ErrorObject[],
  schema: unknown,
  instance: unknown,
  floats: boolean
): Violation[] {
  const out: Violation[] = []
  // jsonschema reports all additional properties of an object in one error.
  const additional = new Map<string, { v: Violation; extras: string[]; node: unknown }>()
  for (const e of errors) {
    const found = locate(e, schema, instance)
    if (found === null) continue
    const segs = pointerSegments(e.instancePath)
    const arrays: boolean[] = []
    let value = instance
    for (const seg of segs) {
      arrays.push(Array.isArray(value))
      value = childOf(value, seg)
    }
    let path = jsonPath(segs, arrays)
    if (e.propertyName !== undefined) {
      value = e.propertyName
      path += ` (property name ${pyRepr(e.propertyName)})`
    }
    if (e.keyword === 'additionalProperties') {
      const key = `${e.instancePath}\u0000${e.schemaPath}`
      const name = (e.params as { additionalProperty: string }).additionalProperty
      const known = additional.get(key)
      if (known) known.extras.push(name)
      else {
        const v = { path, message: '', order: found.order }
        additional.set(key, { v, extras: [name], node: found.node })
        out.push(v)
      }
      continue
    }
    out.push({ path, message: jsonschemaMessage(e, found.node, value, floats), order: found.order })
  }
  for (const { v, extras, node } of additional.values()) {
    // Sorted as Python sorts them (by str(key); stand-ins for non-string keys by their repr).
    const sortKey = (x: string): string => KEY_STAND_INS.get(x) ?? x
    const sorted = [...extras].sort((a, b) => compareCodePoints(sortKey(a), sortKey(b)))
    const reprs = sorted.map((x) => KEY_STAND_INS.get(x) ?? pyRepr(x))
    const patterns = childOf(node, 'patternProperties')
    v.message = isObjectNode(patterns)
      ? `${reprs.join(', ')} ${sorted.length === 1 ? 'does' : 'do'} not match any of the regexes: ${keysOf(
          patterns
        )
          .sort(compareCodePoints)
          .map((x) => pyRepr(x))
          .join(', ')}`
      : `Additional properties are not allowed (${reprs.join(', ')} ${reprs.length === 1 ? 'was' : 'were'} unexpected)`
  }
  const cmp = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
    return a.length - b.length
  }
  return out.sort((a, b) => cmp(a.order, b.order))
}

/**
 * The violations of a schema against the draft-07 meta-schema, first the one jsonschema's
 * `check_schema` reports. ajv follows the meta-schema's `$ref`s, so its schema paths start over
 * at the referenced definition: errors under a failed `anyOf` are told by their instance path
 * (jsonschema reports only the `anyOf`), and the order is the meta-schema's `properties` order
 * of the schema keyword at fault.
 */
function metaSchemaViolations(
  errors: readonly ErrorObject[],
  metaSchema: unknown,
  tree: unknown
): Violation[] {
  const composite = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
  const under = (e: ErrorObject, c: ErrorObject): boolean =>
    e !== c &&
    (e.instancePath === c.instancePath || e.instancePath.startsWith(c.instancePath + '/'))
  const kept = errors.filter((e) => !composite.some((c) => under(e, c)))
  const keywords = keysOf(childOf(metaSchema, 'properties'))
  const rank = (e: ErrorObject): number => {
    const first = pointerSegments(e.instancePath)[0]
    return first === undefined ? -1 : keywords.indexOf(first)
  }
  const violations = kept.map((e) => {
    const [v] = violationsOf([e], metaSchema, tree, false)
    return { v, rank: rank(e) }
  })
  return violations
    .filter((x): x is { v: Violation; rank: number } => x.v !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.v)
}

/**
 * A violation in Python jsonschema's words, with where it is (`$.a[0]: message`). `schema`: the
 * validated schema (for its order and the values messages quote); without it, ajv's
 * `parentSchema` gives the values.
 */
export function describeError(e: ErrorObject, root: unknown, schema?: unknown): string {
  if (schema !== undefined) {
    const [v] = violationsOf([e], schema, root, false)
    if (v) return `${v.path}: ${v.message}`
  }
  const segs = pointerSegments(e.instancePath)
  const arrays: boolean[] = []
  let value = root
  for (const seg of segs) {
    arrays.push(Array.isArray(value))
    value = childOf(value, seg)
  }
  if (e.propertyName !== undefined) value = e.propertyName
  return `${jsonPath(segs, arrays)}: ${jsonschemaMessage(e, e.parentSchema, value, false)}`
}

/**
 * The error text: quilt3's (`<what>: <first jsonschema message>.`), then every violation with
 * its JSON path.
 */
function failureText(what: string, violations: Violation[]): string {
  const first = violations[0]?.message ?? 'invalid'
  const all = violations.map((v) => `${v.path}: ${v.message}`)
  return `${what}: ${first}. Violations (${all.length}): ${all.join('; ')}.`
}

function versionTuple(v: string): number[] {
  return [...v.split('.').map(Number), 0, 0].slice(0, 3)
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! - b[i]!
  return 0
}

// PyYAML's implicit resolvers (yaml/resolver.py) where the yaml package's YAML 1.1 schema
// resolves more: `y`/`n` are not booleans, `1e3` and `.` are strings, `09` is not an int, a date
// needs two-digit month and day.
const PY_FLOAT = '(?:[-+]?[0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*)'
const PY_RESOLVERS: { tag: string; format?: string; when?: RegExp; test: RegExp }[] = [
  { tag: 'bool', when: /rue/, test: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/ },
  { tag: 'bool', when: /alse/, test: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/ },
  { tag: 'int', format: undefined, test: /^[-+]?(?:0|[1-9][0-9_]*)$/ },
  { tag: 'int', format: 'TIME', test: /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/ },
  { tag: 'float', format: 'EXP', test: new RegExp(`^${PY_FLOAT}[eE][-+][0-9]+$`) },
  { tag: 'float', format: undefined, when: /\\\.\[0-9_\]\*\$/, test: new RegExp(`^${PY_FLOAT}$`) },
  {
    tag: 'timestamp',
    test: /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/
  }
]

function pyYamlTags(tags: Tags): Tags {
  const out: Tags = tags.map((t) => {
    if (typeof t !== 'object' || !('test' in t) || !(t.test instanceof RegExp)) return t
    const scalar = t as ScalarTag
    const rule = PY_RESOLVERS.find(
      (r) =>
        scalar.tag === `tag:yaml.org,2002:${r.tag}` &&
        (r.tag === 'timestamp' || scalar.format === r.format) &&
        (!r.when || r.when.test(scalar.test!.source))
    )
    if (!rule) return t
    if (rule.tag !== 'timestamp') return { ...scalar, test: rule.test }
    // PyYAML makes a date; its value is not needed, only that it is not a string.
    const replaced: ScalarTag = {
      ...scalar,
      test: rule.test,
      resolve: (value, onError, options) => {
        try {
          return scalar.resolve(value, onError, options)
        } catch {
          return new Date(NaN)
        }
      }
    }
    return replaced
  })
  // Explicit `!!float` / `!!int` on any text, as PyYAML's constructors read it.
  const explicit = (tag: 'float' | 'int'): ScalarTag => ({
    tag: `tag:yaml.org,2002:${tag}`,
    default: false,
    resolve: (text, onError) => {
      const v = text.replace(/_/g, '').toLowerCase()
      const sign = v.startsWith('-') ? -1 : 1
      const body = v.replace(/^[-+]/, '')
      if (tag === 'float') {
        if (body === '.inf') return sign * Infinity
        if (body === '.nan') return NaN
        const n = body.includes(':')
          ? body.split(':').reduce((acc, part) => acc * 60 + Number(part), 0)
          : /^(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$|^(?:inf|infinity|nan)$/.test(body)
            ? Number(body.replace(/^inf(inity)?$/, 'Infinity'))
            : NaN
        if (Number.isNaN(n) && body !== 'nan') onError(`could not convert string to float: ${text}`)
        return sign * n
      }
      try {
        const base = body.startsWith('0b')
          ? 2
          : body.startsWith('0x')
            ? 16
            : /^0\d/.test(body)
              ? 8
              : 10
        const digits = base === 10 || base === 8 ? body : body.slice(2)
        if (body.includes(':')) {
          return BigInt(sign) * body.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n)
        }
        const prefix = base === 2 ? '0b' : base === 16 ? '0x' : base === 8 ? '0o' : ''
        if (!/^[0-9a-f]+$/.test(digits)) throw new Error('not an int')
        return BigInt(sign) * BigInt(prefix + (base === 8 ? digits.slice(1) : digits))
      } catch {
        onError(`invalid literal for int(): ${text}`)
        return null
      }
    }
  })
  out.push(explicit('float'), explicit('int'))
  // `!!omap` and `!!pairs` make lists of pairs (Python lists), not mappings.
  for (const tag of ['omap', 'pairs']) {
    const i = out.findIndex((t) => typeof t === 'object' && t.tag === `tag:yaml.org,2002:${tag}`)
    if (i >= 0) out.splice(i, 1)
    const pairs: CollectionTag = {
      tag: `tag:yaml.org,2002:${tag}`,
      collection: 'seq',
      default: false,
      resolve: (seq, onError) => {
        if (!isSeq(seq) || !seq.items.every((x) => isMap(x) && x.items.length === 1))
          onError(`expected a sequence of one-pair mappings for !!${tag}`)
        return seq
      }
    }
    out.push(pairs)
  }
  // `=` is PyYAML's `value` tag, which safe_load cannot construct.
  const value: ScalarTag = {
    tag: 'tag:yaml.org,2002:value',
    default: true,
    test: /^=$/,
    resolve: (_value, onError) => {
      onError('could not determine a constructor for the tag tag:yaml.org,2002:value')
      return null
    }
  }
  out.push(value)
  return out
}

// PyYAML's reader refuses these characters anywhere in the stream.
// eslint-disable-next-line no-control-regex -- PyYAML's own table, control characters included
const PY_NON_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
// Line breaks for PyYAML (YAML 1.1), not for the yaml package: refused rather than read otherwise.
const PY_ONLY_LINE_BREAKS = /[\x85\u2028\u2029]/

/** UTF-8 text as Python's `bytes.decode()` reads it (invalid bytes are an error). */
function decodeUtf8(data: Buffer): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data)
}

/**
 * YAML as PyYAML's `safe_load` reads it (throws when safe_load would), with Python's types: ints
 * as bigint, floats as numbers, mappings as Maps (non-string keys replaced by stand-ins), dates,
 * bytes and sets as such.
 */
function pyYamlSafeLoad(text: string): PyValue {
  if (PY_NON_PRINTABLE.test(text) || PY_ONLY_LINE_BREAKS.test(text))
    throw new Error('unacceptable character')
  const doc: Document = parseDocument(text, {
    version: '1.1',
    schema: 'yaml-1.1',
    uniqueKeys: false,
    intAsBigInt: true,
    customTags: pyYamlTags,
    // Problems are collected on the document (and refused below), not printed.
    logLevel: 'error'
  })
  if (doc.errors.length > 0 || doc.warnings.length > 0) throw new Error('not safe_load-able')
  let unhashable = false
  visit(doc, {
    Pair(_, pair) {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key
      if (isCollection(key)) unhashable = true
    }
  })
  if (unhashable) throw new Error('found unhashable key')
  const typed = (v: unknown): PyValue => {
    if (Array.isArray(v)) return v.map(typed)
    if (v instanceof Map) {
      const m: PyObject = new Map()
      for (const [k, x] of v as Map<unknown, unknown>)
        m.set(typeof k === 'string' ? k : keyStandIn(k), typed(x))
      return m
    }
    return v as PyValue
  }
  return typed(doc.toJS({ mapAsMap: true }))
}

/** Parse and check config.yml (PyYAML `safe_load`, YAML 1.1; quilt3's config schema). */
export function parseConfig(data: Buffer): Config {
  let tree: PyValue
  try {
    tree = pyYamlSafeLoad(decodeUtf8(data))
  } catch {
    throw new WorkflowConfigError("Couldn't parse workflows config as YAML.")
  }
  const config = toPlain(tree)
  const validate = makeAjv().compile(CONFIG_SCHEMA)
  if (!validate(config)) {
    const violations = violationsOf(validate.errors ?? [], CONFIG_SCHEMA, tree, true)
    throw new WorkflowConfigError(failureText('Workflows config failed validation', violations))
  }
  const c = config as unknown as Config
  const version = typeof c.version === 'string' ? c.version : c.version.base
  if (compareVersions(versionTuple(version), SUPPORTED_VERSION) > 0) {
    throw new WorkflowConfigError(`Version '${versionTuple(version).join('.')}' is not supported`)
  }
  return c
}

function refuseRefs(v: unknown): void {
  if (Array.isArray(v)) v.forEach(refuseRefs)
  else if (v && typeof v === 'object') {
    if ('$ref' in v) throw new QuiltError("Currently we don't support $ref in schema.")
    Object.values(v).forEach(refuseRefs)
  }
}

/** A workflow chosen and checked: what to record in the package line, or null (none). */
export async function applyWorkflow(
  source: WorkflowSource,
  choice: WorkflowChoice,
  pkg: PackageForWorkflow
): Promise<PyObject | null> {
  const loaded = await source.fetch(source.configKey)
  if (loaded === null) {
    if (choice.kind === 'default') return null
    const what = choice.kind === 'none' ? 'None' : pyRepr(choice.id)
    throw new WorkflowChoiceError(`${what} workflow is specified, but no workflows config exist.`)
  }
  const config = parseConfig(loaded.data)
  const id =
    choice.kind === 'default'
      ? (config.default_workflow ?? null)
      : choice.kind === 'none'
        ? null
        : choice.id
  let def: WorkflowDef | null = null
  if (id === null) {
    if (config.is_workflow_required ?? true)
      throw new WorkflowChoiceError('Workflow required, but none specified.')
  } else {
    def = Object.prototype.hasOwnProperty.call(config.workflows, id) ? config.workflows[id]! : null
    if (def === null) throw new WorkflowChoiceError(`There is no ${pyRepr(id)} workflow in config.`)
  }

  // quilt3 compiles the pattern and loads the schemas before checking anything.
  let pattern: RegExp | null = null
  if (def?.handle_pattern) {
    try {
      pattern = pyRegExp(def.handle_pattern)
    } catch (e) {
      if (e instanceof PatternError)
        throw new WorkflowConfigError(`Workflow ${pyRepr(id!)}: handle_pattern: ${e.message}`)
      throw e
    }
  }
  interface Loaded {
    validate: ValidateFunction
    /** The schema with Python dict order and number types, for messages and their order. */
    tree: unknown
  }
  const schemaUrls: [string, string][] = []
  const loadedByUrl = new Map<string, Loaded & { url: string }>()
  const loadSchema = async (schemaId: string): Promise<Loaded> => {
    const spec = config.schemas?.[schemaId]
    if (!spec) throw new WorkflowConfigError(`There is no ${pyRepr(schemaId)} in schemas.`)
    let pk: PhysicalKey
    try {
      pk = PhysicalKey.fromUrl(spec.url)
    } catch {
      throw new WorkflowConfigError(`Couldn't parse URL ${pyRepr(spec.url)}.`)
    }
    if (pk.isLocal() && !source.configKey.isLocal()) {
      throw new WorkflowConfigError(
        `Local schema ${pyRepr(String(pk))} can't be used on the remote registry.`
      )
    }
    const known = loadedByUrl.get(String(pk))
    if (known) {
      schemaUrls.push([schemaId, known.url])
      return known
    }
    const got = await source.fetch(pk)
    if (got === null) throw new WorkflowConfigError(`Couldn't load schema at ${String(pk)}.`)
    let schema: unknown
    let text: string
    try {
      text = decodeUtf8(got.data)
      schema = JSON.parse(text)
    } catch {
      throw new WorkflowConfigError(`Couldn't parse ${String(pk)} as JSON.`)
    }
    refuseRefs(schema)
    let tree: unknown = schema
    try {
      tree = parsePyJson(text)
    } catch {
      // Values quilt3 could not write in a manifest (e.g. huge ints): messages use plain JSON.
    }
    if (schema && typeof schema === 'object' && !Array.isArray(schema) && '$schema' in schema) {
      const meta = schema.$schema
      if (typeof meta !== 'string') throw new WorkflowConfigError('$schema must be a string.')
      if (meta !== DRAFT_07) throw new WorkflowConfigError(`Unsupported meta-schema: ${meta}.`)
    }
    let validate: ValidateFunction
    try {
      const ajv = makeAjv()
      if (!ajv.validateSchema(schema as object)) {
        const metaSchema = ajv.getSchema(DRAFT_07.replace(/#$/, ''))?.schema
        const violations = metaSchemaViolations(ajv.errors ?? [], metaSchema, tree)
        throw new WorkflowConfigError(
          failureText(`Schema ${pyRepr(schemaId)} is not valid`, violations)
        )
      }
      validate = ajv.compile(schema as object)
    } catch (e) {
      if (e instanceof QuiltError) throw e
      throw new WorkflowConfigError(
        `Schema ${pyRepr(schemaId)} is not valid: ${(e as Error).message}.`
      )
    }
    const entry = { validate, tree, url: got.url }
    loadedByUrl.set(String(pk), entry)
    schemaUrls.push([schemaId, got.url])
    return entry
  }
  const metaSchema = def?.metadata_schema ? await loadSchema(def.metadata_schema) : null
  const entriesSchema = def?.entries_schema ? await loadSchema(def.entries_schema) : null

  // The checks, in quilt3's order.
  if (def?.is_message_required && !pkg.message) {
    throw new WorkflowValidationError(
      'Commit message is required by workflow, but none was provided.'
    )
  }
  if (pattern && !pattern.test(pkg.name)) {
    const violation = `${pyRepr(pkg.name)} does not match ${pyRepr(def!.handle_pattern!)}`
    throw new WorkflowValidationError(
      `Package name doesn't match required pattern. ${violation}.`,
      [violation]
    )
  }
  /** `tree`: the value with Python types (a PyValue), for messages and their order. */
  const check = (schema: Loaded, tree: PyValue, what: string): void => {
    if (schema.validate(toPlain(tree))) return
    const violations = violationsOf(schema.validate.errors ?? [], schema.tree, tree, true)
    throw new WorkflowValidationError(
      failureText(`${what} failed validation`, violations),
      violations.map((v) => `${v.path}: ${v.message}`)
    )
  }
  if (metaSchema) {
    check(metaSchema, pkg.userMeta === undefined ? pyObject() : pkg.userMeta, 'Metadata')
  }
  if (entriesSchema) {
    const entries: PyValue = pkg.entries.map((e) =>
      pyObject([
        ['logical_key', e.logicalKey],
        ['size', BigInt(e.size)],
        [
          'meta',
          isPyObject(e.meta) && e.meta.has('user_meta') ? e.meta.get('user_meta')! : pyObject()
        ]
      ])
    )
    check(entriesSchema, entries, 'Package entries')
  }

  const recorded = pyObject([
    ['id', id],
    ['config', loaded.url]
  ])
  if (schemaUrls.length > 0) recorded.set('schemas', pyObject(schemaUrls))
  return recorded
}
