/**
 * Quilt workflows (spec §11): a registry's `.quilt/workflows/config.yml` says which workflows
 * exist and what each accepts (package name, message, metadata and entries JSON Schemas). As
 * quilt3 does: load and check the config, choose the workflow, check the package in quilt3's
 * order, and record `{"id", "config", "schemas"}` (with the versions S3 returned) in the package
 * line. Each error message starts with quilt3's own text (for schema violations, the one
 * Python's jsonschema reports first), then lists every violation, each with its JSON path.
 */
import { type WorkflowDef } from './config.js'
import { type ValidateFunction } from 'ajv'
import { isPyObject, parsePyJson, pyObject, type PyObject, type PyValue } from '../py/json.js'
import { PhysicalKey } from '../format/names.js'
import {
  QuiltError,
  WorkflowChoiceError,
  WorkflowConfigError,
  WorkflowValidationError
} from '../errors.js'
import { pyRepr } from '../py/repr.js'
import { PatternError, pyRegExp } from '../py/regex.js'

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

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#'

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
  // What reads YAML and JSON Schema is loaded only for a registry that has workflows, as one
  // chunk of the bundles (the name), one import after the other: they share modules (jest's
  // module loader fails on a shared module asked for by two imports at once).
  const { parseConfig } = await import(/* webpackChunkName: "workflows" */ './config.js')
  const { failureText, makeAjv, metaSchemaViolations, toPlain, violationsOf } = await import(
    /* webpackChunkName: "workflows" */ './jsonschema.js'
  )
  const { decodeUtf8 } = await import(/* webpackChunkName: "workflows" */ '../py/yaml.js')
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
