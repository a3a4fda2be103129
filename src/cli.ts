/**
 * The command for people: `quilt-package-action <mode> --name ... --path ...`. Flags mirror the
 * action's inputs (`--registry`, `--message`, `--meta`, `--concurrency`) and go through the same
 * checks and the same operation. Progress goes to stderr, the outputs to stdout.
 */
import { execute } from './action/execute.js'
import { parseInputs } from './action/inputs.js'

const USAGE = `Usage: npm start -- <mode> --name <namespace/package> --path <folder> [options]

Modes:
  build              write the package's manifest to a registry (no data is copied)

Options (the action's inputs):
  --name NAME        package name, namespace/package
  --path DIR         folder whose files make the package
  --registry DIR     local registry folder or file:// URL (default: quilt3's local registry)
  --message TEXT     commit message
  --meta JSON        package metadata, JSON text
  --concurrency N    hashing threads (default: one per core)
  --json             print the outputs as one JSON object
  --help             this text
`

const FLAGS = new Set(['name', 'path', 'registry', 'message', 'meta', 'concurrency'])

export interface ParsedArgs {
  inputs: Map<string, string>
  json: boolean
  help: boolean
}

/** Parse `<mode> --flag value --flag=value ...`; unknown flags are errors. */
export function parseArgs(argv: string[]): ParsedArgs {
  const inputs = new Map<string, string>()
  let json = false
  let help = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--help' || arg === '-h') {
      help = true
      continue
    }
    if (arg === '--json') {
      json = true
      continue
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const flag = eq < 0 ? arg.slice(2) : arg.slice(2, eq)
      if (!FLAGS.has(flag))
        throw new Error(`Unknown option --${flag}. Run with --help to list them.`)
      let value: string
      if (eq >= 0) value = arg.slice(eq + 1)
      else {
        const next = argv[++i]
        if (next === undefined) throw new Error(`Option --${flag} needs a value.`)
        value = next
      }
      inputs.set(flag, value)
      continue
    }
    if (inputs.has('mode')) throw new Error(`Unexpected argument '${arg}'. Run with --help.`)
    inputs.set('mode', arg)
  }
  return { inputs, json, help }
}

export async function main(argv: string[]): Promise<number> {
  let args: ParsedArgs
  try {
    args = parseArgs(argv)
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`)
    return 2
  }
  if (args.help || args.inputs.size === 0) {
    process.stdout.write(USAGE)
    return args.help ? 0 : 2
  }
  try {
    const inputs = parseInputs((name) => args.inputs.get(name) ?? '')
    const result = await execute(inputs, {
      info: (m) => process.stderr.write(`${m}\n`),
      warning: (m) => process.stderr.write(`warning: ${m}\n`)
    })
    if (args.json) process.stdout.write(JSON.stringify(result.outputs) + '\n')
    else {
      for (const [k, v] of Object.entries(result.outputs)) process.stdout.write(`${k}: ${v}\n`)
    }
    return 0
  } catch (e) {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`)
    return 1
  }
}
