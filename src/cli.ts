/**
 * The command for people: `quilt-package-action <mode> --name ... --path ...`. Its flags are the
 * action's inputs as action.yml declares them (the same defaults, the same checks, the same
 * operation), parsed with node:util `parseArgs`; `--help` is written from action.yml too.
 * Progress goes to stderr, the outputs to stdout.
 */
import { currentGitHubRun } from './action/github-run.js'
import { parseArgs as parseArgv, type ParseArgsConfig } from 'node:util'
import { asInputError, errorMessage } from './action/errors.js'
import type { ExecuteDeps } from './action/resolve.js'
import { execute } from './action/execute.js'
import { outputText } from './action/results.js'
import { InputError, NO_WORKFLOW, parseInputs, type ActionInputs } from './action/inputs.js'
import {
  actionMetadata,
  isSwitch,
  packageVersion,
  type ActionMetadata,
  type InputSpec
} from './action/metadata.js'
import { closestNames } from './quilt/closest.js'

export const COMMAND = 'quilt-package-action'

/** The command's own options, beside the action's inputs. */
const COMMAND_OPTIONS = {
  json: 'print the outputs as one JSON object (numbers and booleans as JSON numbers and booleans)',
  version: 'print the version and exit',
  help: 'print this text and exit (also -h)'
} as const

/** A command line that cannot be run: exit code 2, the message and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export interface ParsedArgs {
  /** Input name -> value, for the inputs given on the command line (mode included). */
  inputs: Map<string, string>
  json: boolean
  help: boolean
  version: boolean
}

function unknownOption(flag: string, meta: ActionMetadata): UsageError {
  if (flag === 'mode') {
    return new UsageError(
      `The mode is the first argument, not a flag: ${COMMAND} build|push|delete --name ... Run with --help.`
    )
  }
  // Every flag there is: the inputs but mode (the first argument), and the command's own.
  const known = [
    ...Object.keys(meta.inputs).filter((n) => n !== 'mode'),
    ...Object.keys(COMMAND_OPTIONS)
  ]
  const near = closestNames(known, flag, 1)
  const hint = near.length > 0 ? ` Did you mean --${near[0]!}?` : ''
  return new UsageError(`Unknown option --${flag}.${hint} Run with --help to list them.`)
}

/**
 * One flag in `--name=value` form, for parseArgs: a switch alone is `=true`, `--no-<switch>`
 * is `=false`, a flag's value may be the next argument. Returns how many arguments it used.
 */
function normalizeFlag(argv: string[], i: number, meta: ActionMetadata, out: string[]): number {
  const arg = argv[i]!
  const eq = arg.indexOf('=')
  const flag = eq < 0 ? arg.slice(2) : arg.slice(2, eq)
  const value = eq < 0 ? undefined : arg.slice(eq + 1)
  if (flag in COMMAND_OPTIONS) {
    if (value !== undefined) throw new UsageError(`Option --${flag} takes no value.`)
    out.push(arg)
    return 1
  }
  const negated = flag.startsWith('no-') ? meta.inputs[flag.slice(3)] : undefined
  if (negated && isSwitch(negated)) {
    if (value !== undefined) throw new UsageError(`Option --${flag} takes no value.`)
    out.push(`--${flag.slice(3)}=false`)
    return 1
  }
  const spec = meta.inputs[flag]
  if (!spec || flag === 'mode') throw unknownOption(flag, meta)
  if (value !== undefined) {
    out.push(`--${flag}=${value}`)
    return 1
  }
  if (isSwitch(spec)) {
    out.push(`--${flag}=true`)
    return 1
  }
  const next = argv[i + 1]
  if (next === undefined || next.startsWith('--')) {
    throw new UsageError(
      `Option --${flag} needs a value (use --${flag}=VALUE for a value starting with --).`
    )
  }
  out.push(`--${flag}=${next}`)
  return 2
}

/** Parse `<mode> --flag value --flag=value --switch --no-switch ...`; unknown flags are errors. */
export function parseArgs(argv: string[], meta: ActionMetadata = actionMetadata()): ParsedArgs {
  const normalized: string[] = []
  for (let i = 0; i < argv.length;) {
    const arg = argv[i]!
    if (arg === '-h') {
      normalized.push('--help')
      i++
    } else if (arg === '--') {
      normalized.push(...argv.slice(i))
      break
    } else if (arg.startsWith('--')) i += normalizeFlag(argv, i, meta, normalized)
    else {
      normalized.push(arg)
      i++
    }
  }
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const name of Object.keys(COMMAND_OPTIONS)) options[name] = { type: 'boolean' }
  for (const name of Object.keys(meta.inputs))
    if (name !== 'mode') options[name] = { type: 'string' }
  const { values, positionals } = parseArgv({
    args: normalized,
    options,
    allowPositionals: true,
    strict: true
  })
  const inputs = new Map<string, string>()
  const [mode, ...extra] = positionals
  if (extra.length > 0) throw new UsageError(`Unexpected argument '${extra[0]!}'. Run with --help.`)
  if (mode !== undefined) inputs.set('mode', mode)
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') inputs.set(name, value)
  }
  return {
    inputs,
    json: values.json === true,
    help: values.help === true,
    version: values.version === true
  }
}

/** `text` wrapped at `width` columns, each line indented by `indent`. */
function wrap(text: string, indent: string, width = 80): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(indent + line)
  return lines.join('\n')
}

/** The flag as `--help` shows it, with what it defaults to. */
function flagLine(name: string, spec: InputSpec): string {
  if (name === 'mode') return '  <mode>  (required: build, push or delete)'
  const form = isSwitch(spec) ? `--${name}, --no-${name}` : `--${name} VALUE`
  const note = spec.required
    ? '  (required)'
    : spec.default !== ''
      ? `  (default: ${spec.default}${isSwitch(spec) ? `; or --${name}=true|false` : ''})`
      : ''
  return `  ${form}${note}`
}

/** `--help`: written from action.yml, the same table the action and the README use. */
export function usage(meta: ActionMetadata = actionMetadata()): string {
  const parts = [
    `Usage: ${COMMAND} <mode> [--INPUT VALUE | --INPUT=VALUE ...] [--json]`,
    `       ${COMMAND} --help | --version`,
    '',
    wrap(meta.description, ''),
    '',
    "Inputs (the action's inputs as flags; defaults as in action.yml):"
  ]
  for (const [name, spec] of Object.entries(meta.inputs)) {
    parts.push(flagLine(name, spec), wrap(spec.description, '      '))
  }
  parts.push('', 'Options of the command:')
  for (const [name, text] of Object.entries(COMMAND_OPTIONS))
    parts.push(`  --${name}`, wrap(text, '      '))
  parts.push('', "Outputs (printed as 'name: value' lines, or one JSON object with --json):")
  for (const [name, spec] of Object.entries(meta.outputs)) {
    parts.push(`  ${name}`, wrap(spec.description, '      '))
  }
  parts.push(
    '',
    'AWS credentials come from your environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, ...); GitHub OIDC',
    '(role-to-assume) works only inside GitHub Actions. With --role-chaining, --role-to-assume is',
    'assumed with the credentials of your environment (AssumeRole; no session tags are sent).',
    'With --quilt-api-key and --catalog, the credentials come from the Quilt catalog instead.',
    ''
  )
  return parts.join('\n')
}

/** The flags given as the action's inputs; parseInputs applies action.yml's defaults. */
function inputReader(given: Map<string, string>): (name: string) => string {
  // `--workflow ''` (quilt3's CLI way of saying "no workflow") is the action's `(none)`.
  if (given.get('workflow') === '') given.set('workflow', NO_WORKFLOW)
  return (name) => given.get(name) ?? ''
}

/**
 * `--quilt-api-key` signs in through the catalog, as in the action; `--role-to-assume` works
 * with `--role-chaining` only: AssumeRole with the environment's keys.
 */
async function signIn(inputs: ActionInputs, info: (m: string) => void): Promise<ExecuteDeps> {
  const auth = inputs.auth
  if (auth.quiltApiKey !== undefined) {
    const { signInWithApiKey } = await import('./action/catalog.js')
    const { catalog, key } = auth.quiltApiKey
    // Nothing to mask outside Actions: the key and the credentials are never printed.
    const r = await signInWithApiKey(catalog, key, { mask: () => undefined, info }).catch(
      (e: unknown) => {
        throw asInputError(e)
      }
    )
    return { credentials: r.credentials, catalogConfig: r.config }
  }
  if (auth.roleToAssume === undefined) return {}
  if (!auth.roleChaining) {
    throw new InputError(
      'role-to-assume',
      "Input 'role-to-assume' signs in with GitHub OIDC, which only works inside GitHub Actions. Locally, use the AWS credentials of your environment (AWS_PROFILE, AWS_ACCESS_KEY_ID...), or add --role-chaining to assume the role with them."
    )
  }
  const { chainedCredentials, roleSettings } = await import('./action/auth.js')
  // No tags: outside a workflow run there is no run to describe.
  return {
    credentials: chainedCredentials(
      // Inside a workflow run, the session name names it as the action's does.
      { ...roleSettings(inputs, await currentGitHubRun()), externalId: auth.externalId, tags: [] },
      { mask: () => undefined, info }
    )
  }
}

export async function main(argv: string[]): Promise<number> {
  const meta = actionMetadata()
  let args: ParsedArgs
  try {
    args = parseArgs(argv, meta)
  } catch (e) {
    // parseArgs' own errors (ERR_PARSE_ARGS_*) are usage errors too.
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
  if (args.version) {
    process.stdout.write(`${COMMAND} ${packageVersion()}\n`)
    return 0
  }
  if (args.help || args.inputs.size === 0) {
    process.stdout.write(usage(meta))
    return args.help ? 0 : 2
  }
  try {
    const inputs = parseInputs(inputReader(args.inputs))
    const log = {
      info: (m: string) => process.stderr.write(`${m}\n`),
      warning: (m: string) => process.stderr.write(`warning: ${m}\n`)
    }
    const result = await execute(inputs, log, await signIn(inputs, log.info))
    if (args.json) process.stdout.write(JSON.stringify(result.outputs) + '\n')
    else {
      for (const [k, v] of Object.entries(result.outputs)) {
        process.stdout.write(`${k}: ${outputText(v)}\n`)
      }
    }
    return 0
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n`)
    return 1
  }
}
