/**
 * Every input parsed and validated once, before any work, into one typed request. The action
 * reads inputs from `INPUT_*` (through `@actions/core`), the command line from flags; both pass a
 * reader here, so both get the same checks and the same messages.
 */
import { JsonSyntaxError, parsePyJson, type PyValue } from '../quilt/json.js'
import { isValidPackageName } from '../quilt/names.js'

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

export const MODES = ['build'] as const
export type Mode = (typeof MODES)[number]
/** Modes that are part of the action's design but not in this version yet. */
const PLANNED_MODES = ['push', 'delete']

export interface BuildInputs {
  mode: 'build'
  /** `namespace/package`. */
  name: string
  /** Source folder (path or `file://` URL) as given. */
  path: string
  /** Registry folder or `file://` URL as given; '' for quilt3's default local registry. */
  registry: string
  /** null when not given (quilt3 writes `"message": null`). */
  message: string | null
  /** Package metadata parsed with Python semantics; undefined when not given. */
  meta: PyValue | undefined
  /** Hashing threads; undefined = one per core. */
  concurrency: number | undefined
}

export type ActionInputs = BuildInputs

function required(read: InputReader, name: string, what: string): string {
  const v = read(name).trim()
  if (v === '') throw new InputError(name, `Input '${name}' is required: ${what}.`)
  return v
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

/** Read and check every input; throws `InputError` for the first one that is wrong. */
export function parseInputs(read: InputReader): ActionInputs {
  const modeText = read('mode').trim() || 'build'
  if (!(MODES as readonly string[]).includes(modeText)) {
    const planned = PLANNED_MODES.includes(modeText)
      ? ` Mode '${modeText}' is not available in this version yet.`
      : ''
    throw new InputError(
      'mode',
      `Input 'mode' must be one of: ${MODES.join(', ')}; got '${modeText}'.${planned}`
    )
  }
  const name = required(read, 'name', 'the package name, as namespace/package (e.g. team/dataset)')
  if (!isValidPackageName(name)) {
    throw new InputError(
      'name',
      `Input 'name' is not a valid package name: '${name}'. Use namespace/package, each part made of letters, digits, '_' or '-' (e.g. team/dataset).`
    )
  }
  const path = required(read, 'path', 'the folder whose files make the package')
  const message = read('message')
  return {
    mode: 'build',
    name,
    path,
    registry: read('registry').trim(),
    message: message === '' ? null : message,
    meta: parseMetaInput(read('meta')),
    concurrency: parseConcurrency(read('concurrency'))
  }
}
