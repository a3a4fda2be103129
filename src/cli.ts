/**
 * The command for people: `quilt-package-action <mode> --name ... --path ...`. Flags mirror the
 * action's inputs (`--registry`, `--message`, `--meta`, `--concurrency`) and go through the same
 * checks and the same operation. Progress goes to stderr, the outputs to stdout.
 */
import { errorMessage } from './action/errors.js'
import { execute } from './action/execute.js'
import { InputError, NO_WORKFLOW, parseInputs } from './action/inputs.js'

const USAGE = `Usage: npm start -- <mode> --name <namespace/package> --path <folder> [options]

Modes:
  build              write the package's manifest to a registry (no data is copied)
  push               copy the data to S3, then write the manifest and the revision pointers
  delete             remove revision pointers (never data or manifests)

Options (the action's inputs):
  --name NAME        package name, namespace/package
  --path DIR|S3URL   folder (or s3://bucket/prefix/) whose files make the package
  --registry REG     registry: a local folder, a file:// URL or s3://bucket
                     (build default: quilt3's local registry; push needs s3://bucket)
  --dest S3URL       push: where the data goes (default s3://<bucket>/<name>/)
  --message TEXT     commit message
  --meta JSON        package metadata, JSON text
  --force            push: overwrite latest even if it moved since the push started
  --dedupe           push: write nothing when the package equals latest
  --top-hash HASH    delete: only the pointers to this revision (hash or unique prefix)
  --aws-region R     AWS region of the registry bucket
  --endpoint-url URL S3-compatible endpoint (also AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL)
  --catalog HOST     Quilt catalog, for the catalog-url output
  --concurrency N    requests in flight and hashing threads
  --workflow ID      build, push: the registry's workflow to check against (default: the
                     config's default_workflow; --workflow= or '(none)' for none)
  --dry-run          report without writing (later version; refused for now)
  --keep-last N      delete: retention (later version; refused for now)
  --older-than D     delete: retention (later version; refused for now)
  --role-to-assume ARN  --audience A  --role-session-name S  --role-duration-seconds N
                     GitHub OIDC sign-in: only inside GitHub Actions (use the action);
                     the command uses the AWS credentials of your environment
  --json             print the outputs as one JSON object
  --help             this text
`

const FLAGS = new Set([
  'name',
  'path',
  'registry',
  'dest',
  'message',
  'meta',
  'workflow',
  'top-hash',
  'force',
  'dedupe',
  'dry-run',
  'keep-last',
  'older-than',
  'role-to-assume',
  'aws-region',
  'audience',
  'role-session-name',
  'role-duration-seconds',
  'endpoint-url',
  'catalog',
  'concurrency'
])
/** Flags that may stand alone for `true`. */
const SWITCHES = new Set(['force', 'dedupe', 'dry-run'])

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
      else if (SWITCHES.has(flag)) value = 'true'
      else {
        const next = argv[i + 1]
        if (next === undefined || next.startsWith('--')) {
          throw new Error(
            `Option --${flag} needs a value (use --${flag}=VALUE for a value starting with --).`
          )
        }
        value = next
        i++
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
    // `--workflow ''` (quilt3's CLI way of saying "no workflow") is the action's `(none)`.
    if (args.inputs.get('workflow') === '') args.inputs.set('workflow', NO_WORKFLOW)
    const inputs = parseInputs((name) => args.inputs.get(name) ?? '')
    if (inputs.auth.roleToAssume !== undefined) {
      throw new InputError(
        'role-to-assume',
        "Input 'role-to-assume' signs in with GitHub OIDC, which only works inside GitHub Actions. Locally, use the AWS credentials of your environment (AWS_PROFILE, AWS_ACCESS_KEY_ID...)."
      )
    }
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
    process.stderr.write(`error: ${errorMessage(e)}\n`)
    return 1
  }
}
