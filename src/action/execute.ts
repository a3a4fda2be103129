/**
 * One request in, one operation run, the outputs out. Shared by the action and the command line.
 */
import { build } from '../quilt/ops/build.js'
import { LocalRegistry } from '../quilt/registry-local.js'
import { QuiltError } from '../quilt/names.js'
import { resolveLocalLocation } from '../quilt/sources.js'
import { InputError, type ActionInputs } from './inputs.js'
import { formatBytes, ProgressLine, type Logger } from './report.js'

export interface ActionResult {
  /** Output name -> value, as declared in action.yml. */
  outputs: Record<string, string>
}

function localFolder(input: string, value: string, what: string): string {
  let dir: string | null
  try {
    dir = resolveLocalLocation(value)
  } catch (e) {
    throw new InputError(
      input,
      `Input '${input}' (${value}) is not usable: ${(e as Error).message}`
    )
  }
  if (dir === null) {
    throw new InputError(input, `Input '${input}' must be ${what}; got '${value}'.`)
  }
  return dir
}

export async function execute(inputs: ActionInputs, log: Logger): Promise<ActionResult> {
  const folder = localFolder('path', inputs.path, 'a local folder (a path or a file:// URL)')
  let registry: LocalRegistry
  try {
    registry = inputs.registry
      ? new LocalRegistry(
          localFolder('registry', inputs.registry, 'a local folder (a path or a file:// URL)')
        )
      : LocalRegistry.fromLocation(undefined)
  } catch (e) {
    if (e instanceof QuiltError) throw new InputError('registry', e.message)
    throw e
  }
  log.info(`Building ${inputs.name} from ${folder} into the local registry ${registry.display}`)
  const progress = new ProgressLine((l) => log.info(l), 'Hashed')
  let listedBytes = 0
  let result
  try {
    result = await build(
      {
        name: inputs.name,
        folder,
        registry,
        message: inputs.message,
        userMeta: inputs.meta
      },
      {
        concurrency: inputs.concurrency,
        onListed: (files, bytes) => {
          listedBytes = bytes
          log.info(`Found ${files} files, ${formatBytes(bytes)}`)
        },
        onProgress: (p) => progress.update(p.bytesDone, p.bytesTotal)
      }
    )
  } catch (e) {
    if (e instanceof QuiltError && /doesn't exist/.test(e.message)) {
      throw new InputError('path', `Input 'path': ${e.message}`)
    }
    throw e
  }
  progress.update(listedBytes, listedBytes, true)
  log.info(`Package ${inputs.name}@${result.topHash.slice(0, 7)} built in ${registry.display}`)
  return {
    outputs: {
      'top-hash': result.topHash,
      revision: result.revision,
      files: String(result.files),
      bytes: String(result.bytes),
      changed: String(result.previousTopHash !== result.topHash),
      registry: registry.display
    }
  }
}
