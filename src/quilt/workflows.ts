/**
 * Quilt workflows (spec §11): a registry's `.quilt/workflows/config.yml` says which workflows
 * exist and what each accepts (package name, message, metadata and entries JSON Schemas). As
 * quilt3 does: load and check the config, choose the workflow, check the package in quilt3's
 * order, and record `{"id", "config", "schemas"}` (with the versions S3 returned) in the package
 * line. Unlike quilt3, every violation is reported, each with its JSON path.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { parse as parseYaml } from 'yaml'
import { isPyObject, pyObject, type PyObject, type PyValue } from './json.js'
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

/** A JSON value as Python's repr shows it in jsonschema messages. */
function pyValueRepr(v: unknown): string {
  if (typeof v === 'string') return pyRepr(v)
  if (v === null) return 'None'
  if (v === true) return 'True'
  if (v === false) return 'False'
  if (typeof v === 'number') return String(v)
  if (Array.isArray(v)) return '[' + v.map(pyValueRepr).join(', ') + ']'
  if (typeof v === 'object') {
    return (
      '{' +
      Object.entries(v)
        .map(([k, x]) => `${pyRepr(k)}: ${pyValueRepr(x)}`)
        .join(', ') +
      '}'
    )
  }
  return typeof v === 'bigint' ? v.toString() : (JSON.stringify(v) ?? 'undefined')
}

function jsonPath(instancePath: string): string {
  if (instancePath === '') return '$'
  return (
    '$' +
    instancePath
      .split('/')
      .slice(1)
      .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((seg) =>
        /^\d+$/.test(seg)
          ? `[${seg}]`
          : /^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)
            ? `.${seg}`
            : `[${JSON.stringify(seg)}]`
      )
      .join('')
  )
}

function valueAt(root: unknown, instancePath: string): unknown {
  let v = root
  for (const seg of instancePath.split('/').slice(1)) {
    const key = seg.replace(/~1/g, '/').replace(/~0/g, '~')
    v = (v as Record<string, unknown> | undefined)?.[key]
  }
  return v
}

/** A violation in Python jsonschema's words, with where it is. */
export function describeError(e: ErrorObject, root: unknown): string {
  const value = valueAt(root, e.instancePath)
  const p = e.params as Record<string, unknown>
  let msg: string
  switch (e.keyword) {
    case 'required':
      msg = `${pyRepr(String(p.missingProperty))} is a required property`
      break
    case 'type':
      msg = `${pyValueRepr(value)} is not of type ${pyRepr(String(p.type))}`
      break
    case 'pattern':
      msg = `${pyValueRepr(value)} does not match ${pyRepr(String(p.pattern))}`
      break
    case 'enum':
      msg = `${pyValueRepr(value)} is not one of ${pyValueRepr(p.allowedValues)}`
      break
    case 'const':
      msg = `${pyValueRepr(p.allowedValue)} was expected`
      break
    case 'additionalProperties':
      msg = `Additional properties are not allowed (${pyRepr(String(p.additionalProperty))} was unexpected)`
      break
    case 'minimum':
    case 'exclusiveMinimum':
      msg = `${pyValueRepr(value)} is less than ${e.keyword === 'minimum' ? 'the minimum of' : 'or equal to the minimum of'} ${String(p.limit)}`
      break
    case 'maximum':
    case 'exclusiveMaximum':
      msg = `${pyValueRepr(value)} is greater than ${e.keyword === 'maximum' ? 'the maximum of' : 'or equal to the maximum of'} ${String(p.limit)}`
      break
    case 'minLength':
      msg = `${pyValueRepr(value)} is too short`
      break
    case 'maxLength':
      msg = `${pyValueRepr(value)} is too long`
      break
    case 'minItems':
      msg = `${pyValueRepr(value)} should be non-empty`
      break
    default:
      msg = e.message ?? e.keyword
  }
  return `${jsonPath(e.instancePath)}: ${msg}`
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
