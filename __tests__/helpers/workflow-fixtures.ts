/**
 * Shared by the workflow tests: reading a registry's workflows the way the action does (local
 * files, S3 objects with the version read), and running a build or push through `execute()` with
 * the action's inputs, keeping the result or the error.
 */
import { readFile } from 'node:fs/promises'
import { execute } from '../../src/action/execute.js'
import { parseInputs } from '../../src/action/inputs.js'
import { fetchS3Object, type S3Registry } from '../../src/quilt/registry/s3.js'
import type { Fetch, WorkflowSource } from '../../src/quilt/workflows/apply.js'
import { withEnv } from './run.js'

/** A local file's bytes and `file://` URL; null when absent. */
export const localFetch: Fetch = async (pk) => {
  try {
    return { data: await readFile(pk.path), url: String(pk) }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw e
  }
}

/** The workflows of an S3 registry, read with its client (schemas may be local files). */
export function s3WorkflowSource(registry: S3Registry): WorkflowSource {
  return {
    configKey: registry.workflowConfigKey(),
    fetch: (pk) => (pk.isLocal() ? localFetch(pk) : fetchS3Object(registry.s3, pk))
  }
}

export interface Executed {
  ok: boolean
  topHash?: string
  error?: Error
}

/**
 * `execute()` of the action's inputs (`''` for those not given), with `env` set meanwhile.
 * `mode` has no default: give it, or the run fails on the missing input.
 */
export async function executeInputs(
  values: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<Executed> {
  return withEnv(env, async () => {
    try {
      const inputs = parseInputs((k) => values[k] ?? '')
      const r = await execute(inputs, { info: () => undefined, warning: () => undefined })
      return { ok: true, topHash: r.outputs['top-hash'] as string }
    } catch (e) {
      return { ok: false, error: e as Error }
    }
  })
}
