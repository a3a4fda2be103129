/**
 * Quilt workflows (spec §11): a registry's `.quilt/workflows/config.yml` says which workflows
 * exist and what each accepts (package name, message, metadata and entries JSON Schemas). As
 * quilt3 does: load and check the config, choose the workflow, check the package in quilt3's
 * order, and record `{"id", "config", "schemas"}` (with the versions S3 returned) in the package
 * line. Each error message starts with quilt3's own text (for schema violations, the one
 * Python's jsonschema reports first), then lists every violation, each with its JSON path.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { isAlias, isCollection, parseDocument, visit, type Document, type Tags } from 'yaml'
import {
  isPyObject,
  parsePyJson,
  pyFloatRepr,
  pyObject,
  type PyObject,
  type PyValue
} from './json.js'
import { PhysicalKey, QuiltError, pyRepr } from './names.js'
import { PatternError, pyRegExp } from './pyregex.js'

/** A config or schema that cannot be used (quilt3 `ConfigurationError`). */
export class WorkflowConfigError extends QuiltError {
  constructor(message: string) {
    super(message)
    this.name = 'WorkflowConfigError'
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
    validateFormats: false,
    // JSON Schema `pattern`s are Python regular expressions here, as with quilt3's jsonschema.
    code: { regExp: PY_REGEXP_ENGINE }
  })
}

/** PyValue as the plain JSON value a schema validator sees (ints beyond 2^53 approximated). */
export function toPlain(v: PyValue): unknown {
  if (typeof v === 'bigint') return Number(v)
  if (Array.isArray(v)) return v.map(toPlain)
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
    return '{' + items.map(([k, x]) => `${pyRepr(k)}: ${pyValueRepr(x, floats)}`).join(', ') + '}'
  }
  if (v instanceof Date) return `datetime.date(${v.toISOString().slice(0, 10)})`
  if (typeof v === 'object') {
    const items = Object.entries(v as Record<string, unknown>)
    return '{' + items.map(([k, x]) => `${pyRepr(k)}: ${pyValueRepr(x, floats)}`).join(', ') + '}'
  }
  return String(v)
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
  const segs = e.schemaPath.replace(/^#/, '').split('/').slice(1).map(unescapePointer)
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
        order.push(k === 'additionalItems' ? Number(inst[depth]) : keysOf(data).indexOf(inst[depth]!))
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
function jsonschemaMessage(
  e: ErrorObject,
  node: unknown,
  value: unknown,
  floats: boolean
): string {
  const r = (v: unknown, f = floats): string => pyValueRepr(v, f)
  // Schema values come from Python-semantics JSON (or the config schema, written here).
  const sv = (kw: string): unknown => childOf(node, kw)
  const sr = (kw: string): string => pyValueRepr(sv(kw), true)
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
      return `${r(value)} is not of type ${types.map((x) => pyValueRepr(x, true)).join(', ')}`
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
      return `${r(value)} is valid under each of ${order.map((i) => pyValueRepr(all[i], true)).join(', ')}`
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
      const name = String((e.params as { additionalProperty: string }).additionalProperty)
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
    const sorted = [...extras].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const patterns = childOf(node, 'patternProperties')
    v.message = isObjectNode(patterns)
      ? `${sorted.map((x) => pyRepr(x)).join(', ')} ${sorted.length === 1 ? 'does' : 'do'} not match any of the regexes: ${keysOf(
          patterns
        )
          .sort()
          .map((x) => pyRepr(x))
          .join(', ')}`
      : `Additional properties are not allowed (${extrasMsg(sorted, floats)} unexpected)`
  }
  const cmp = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
    return a.length - b.length
  }
  return out.sort((a, b) => cmp(a.order, b.order))
}

/** A violation in Python jsonschema's words, with where it is (`$.a[0]: message`). */
export function describeError(e: ErrorObject, root: unknown): string {
  const found = locate(e, undefined, root) ?? { order: [], node: undefined }
  const [v] = violationsOf([e], undefined, root, false)
  if (v) return `${v.path}: ${v.message}`
  return `${jsonPath(pointerSegments(e.instancePath), [])}: ${jsonschemaMessage(e, found.node, root, false)}`
}

/**
 * The error text: quilt3's (`<what> failed validation: <first jsonschema message>.`), then every
 * violation with its JSON path.
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

/** Parse and check config.yml (YAML 1.1 like PyYAML's safe_load; quilt3's config schema). */
export function parseConfig(data: Buffer): Config {
  let config: unknown
  try {
    config = parseYaml(data.toString('utf-8'), {
      version: '1.1',
      uniqueKeys: false,
      schema: 'yaml-1.1'
    })
  } catch {
    throw new WorkflowConfigError("Couldn't parse workflows config as YAML.")
  }
  const validate = makeAjv().compile(CONFIG_SCHEMA)
  if (!validate(config)) {
    const errors = (validate.errors ?? []).map((e) => describeError(e, config))
    throw new WorkflowConfigError(`Workflows config failed validation: ${errors.join('; ')}.`)
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
    throw new QuiltError(`${what} workflow is specified, but no workflows config exist.`)
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
      throw new QuiltError('Workflow required, but none specified.')
  } else {
    def = Object.prototype.hasOwnProperty.call(config.workflows, id) ? config.workflows[id]! : null
    if (def === null) throw new QuiltError(`There is no ${pyRepr(id)} workflow in config.`)
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
  const schemaUrls: [string, string][] = []
  const loadedByUrl = new Map<string, { validate: ValidateFunction; url: string }>()
  const loadSchema = async (schemaId: string): Promise<ValidateFunction> => {
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
      return known.validate
    }
    const got = await source.fetch(pk)
    if (got === null) throw new WorkflowConfigError(`Couldn't load schema at ${String(pk)}.`)
    let schema: unknown
    try {
      schema = JSON.parse(got.data.toString('utf-8'))
    } catch {
      throw new WorkflowConfigError(`Couldn't parse ${String(pk)} as JSON.`)
    }
    refuseRefs(schema)
    if (schema && typeof schema === 'object' && !Array.isArray(schema) && '$schema' in schema) {
      const meta = schema.$schema
      if (typeof meta !== 'string') throw new WorkflowConfigError('$schema must be a string.')
      if (meta !== DRAFT_07) throw new WorkflowConfigError(`Unsupported meta-schema: ${meta}.`)
    }
    let validate: ValidateFunction
    try {
      const ajv = makeAjv()
      if (!ajv.validateSchema(schema as object)) {
        throw new WorkflowConfigError(
          `Schema ${pyRepr(schemaId)} is not valid: ${(ajv.errors ?? []).map((e) => describeError(e, schema)).join('; ')}.`
        )
      }
      validate = ajv.compile(schema as object)
    } catch (e) {
      if (e instanceof QuiltError) throw e
      throw new WorkflowConfigError(
        `Schema ${pyRepr(schemaId)} is not valid: ${(e as Error).message}.`
      )
    }
    loadedByUrl.set(String(pk), { validate, url: got.url })
    schemaUrls.push([schemaId, got.url])
    return validate
  }
  const metaValidator = def?.metadata_schema ? await loadSchema(def.metadata_schema) : null
  const entriesValidator = def?.entries_schema ? await loadSchema(def.entries_schema) : null

  // The checks, in quilt3's order.
  if (def?.is_message_required && !pkg.message) {
    throw new WorkflowValidationError(
      'Commit message is required by workflow, but none was provided.'
    )
  }
  if (pattern && !pattern.test(pkg.name)) {
    throw new WorkflowValidationError("Package name doesn't match required pattern.", [
      `${pyRepr(pkg.name)} does not match ${pyRepr(def!.handle_pattern!)}`
    ])
  }
  const check = (validate: ValidateFunction, value: unknown, what: string): void => {
    if (validate(value)) return
    const violations = (validate.errors ?? []).map((e) => describeError(e, value))
    throw new WorkflowValidationError(
      `${what} failed validation: ${violations.join('; ')}.`,
      violations
    )
  }
  if (metaValidator) {
    check(
      metaValidator,
      toPlain(pkg.userMeta === undefined ? pyObject() : pkg.userMeta),
      'Metadata'
    )
  }
  if (entriesValidator) {
    const entries = pkg.entries.map((e) => ({
      logical_key: e.logicalKey,
      size: e.size,
      meta: isPyObject(e.meta) && e.meta.has('user_meta') ? toPlain(e.meta.get('user_meta')!) : {}
    }))
    check(entriesValidator, entries, 'Package entries')
  }

  const recorded = pyObject([
    ['id', id],
    ['config', loaded.url]
  ])
  if (schemaUrls.length > 0) recorded.set('schemas', pyObject(schemaUrls))
  return recorded
}
