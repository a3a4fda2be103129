/**
 * action.yml, the one table of the inputs and outputs: GitHub reads it for the action, the
 * command reads it for its flags, defaults and `--help`, and a test keeps the README's tables equal
 * to it. Found next to package.json above this module, in the repository and in an installed
 * package (package.json `files` ships it), from src/ and from the dist/ bundles alike.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

export interface InputSpec {
  description: string
  required: boolean
  /** The default GitHub gives an input the workflow leaves out ('' when none). */
  default: string
}

export interface OutputSpec {
  description: string
}

export interface ActionMetadata {
  description: string
  inputs: Record<string, InputSpec>
  outputs: Record<string, OutputSpec>
}

/** The folder holding action.yml and package.json: this package's root. */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'action.yml')) && existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) {
      throw new Error(`action.yml not found above ${from}: the package is incomplete`)
    }
  }
}

let cached: ActionMetadata | undefined

/** action.yml as YAML reads it. */
interface RawMetadata {
  description?: string
  inputs?: Record<
    string,
    { description?: string; required?: boolean; default?: string | number | boolean }
  >
  outputs?: Record<string, { description?: string }>
}

/**
 * The file `npm run package` writes beside each bundle: action.yml read as YAML (as JSON), with
 * the SHA-256 of the text it was read from. Loading and parsing the YAML costs a start-up some
 * 30 ms.
 */
export const METADATA_CACHE = 'action-metadata.json'

/** action.yml's text read as YAML, from the bundle's copy when it was made from this text. */
function readRawMetadata(text: string): RawMetadata {
  const sha256 = createHash('sha256').update(text).digest('hex')
  try {
    const file = join(dirname(fileURLToPath(import.meta.url)), METADATA_CACHE)
    const copy = JSON.parse(readFileSync(file, 'utf-8')) as { sha256?: string; raw?: RawMetadata }
    if (copy.sha256 === sha256 && copy.raw) return copy.raw
  } catch {
    // No copy (the sources, not a bundle), or not one that can be read: read the YAML.
  }
  // Loaded here only (not imported): a bundle, which has its copy, never evaluates the YAML
  // reader at start-up. A bundle without node_modules beside it cannot load it at all.
  let yaml: { parse: (text: string) => unknown }
  try {
    yaml = createRequire(import.meta.url)('yaml') as typeof yaml
  } catch {
    throw new Error(
      `${METADATA_CACHE} beside ${fileURLToPath(import.meta.url)} is missing or was not made from this action.yml: rebuild with npm run package`
    )
  }
  return yaml.parse(text) as RawMetadata
}

export function actionMetadata(): ActionMetadata {
  if (cached) return cached
  const raw = readRawMetadata(readFileSync(join(packageRoot(), 'action.yml'), 'utf-8'))
  const inputs: Record<string, InputSpec> = {}
  for (const [name, spec] of Object.entries(raw.inputs ?? {})) {
    inputs[name] = {
      description: (spec.description ?? '').trim(),
      required: spec.required === true,
      default: spec.default === undefined ? '' : String(spec.default)
    }
  }
  const outputs: Record<string, OutputSpec> = {}
  for (const [name, spec] of Object.entries(raw.outputs ?? {})) {
    outputs[name] = { description: (spec.description ?? '').trim() }
  }
  cached = { description: (raw.description ?? '').trim(), inputs, outputs }
  return cached
}

/** An input that is a switch: its default is `true` or `false`. */
export function isSwitch(spec: InputSpec): boolean {
  return spec.default === 'true' || spec.default === 'false'
}

/** The version in package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf-8')) as {
    version?: string
  }
  return pkg.version ?? '0.0.0'
}
