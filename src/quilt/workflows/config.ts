/** `.quilt/workflows/config.yml`: read as PyYAML reads it and checked against quilt3's config schema. */
import { WorkflowConfigError } from '../errors.js'
import { decodeUtf8, pyYamlSafeLoad } from '../py/yaml.js'
import { failureText, keyStandIn, makeAjv, toPlain, violationsOf } from './jsonschema.js'
import { type PyValue } from '../py/json.js'

const SUPPORTED_VERSION = [1, 1, 0]

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

export interface WorkflowDef {
  name: string
  handle_pattern?: string
  metadata_schema?: string
  entries_schema?: string
  is_message_required?: boolean
}

export interface Config {
  version: string | { base: string }
  is_workflow_required?: boolean
  default_workflow?: string
  workflows: Record<string, WorkflowDef>
  schemas?: Record<string, { url: string }>
}

function versionTuple(v: string): number[] {
  return [...v.split('.').map(Number), 0, 0].slice(0, 3)
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! - b[i]!
  return 0
}

/** Parse and check config.yml (PyYAML `safe_load`, YAML 1.1; quilt3's config schema). */
export function parseConfig(data: Buffer): Config {
  let tree: PyValue
  try {
    tree = pyYamlSafeLoad(decodeUtf8(data), keyStandIn)
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
