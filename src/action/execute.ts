/**
 * One request in, one operation run, the outputs out. Shared by the action and the command line.
 */
import {
  Clients,
  registryOf,
  hashTypeOf,
  s3RegistryOf,
  sourceOf,
  workflowSource,
  type ExecuteDeps
} from './resolve.js'
import { deleteResult, describePolicy, packageResult, type ActionResult } from './results.js'
import { plural } from './report.js'
import { build } from '../quilt/ops/build.js'
import { deletePackage, retentionCutoff, type DeleteResult } from '../quilt/ops/delete.js'
import { cleanup, isNamePattern } from '../quilt/ops/cleanup.js'
import { asInputError } from './errors.js'
import { readRevisionMessage } from '../quilt/registry/registry.js'
import { mapLimit } from '../quilt/concurrency.js'
import {
  type ActionInputs,
  type BuildInputs,
  type DeleteInputs,
  type PushInputs
} from './inputs.js'
import { formatBytes, ProgressLine, type Logger } from './report.js'
import { cleanupRows } from './summary.js'

async function runBuild(inputs: BuildInputs, clients: Clients, log: Logger): Promise<ActionResult> {
  const registry = await registryOf(inputs, clients, log)
  const hashType = hashTypeOf(inputs, clients, log)
  const source = await sourceOf(inputs, clients, log, hashType)
  const bytes = source.entries.reduce((n, e) => n + e.size, 0)
  log.info(
    `Building ${inputs.name} from ${source.display} (${plural(source.entries.length, 'file')}, ${formatBytes(bytes)}) into ${registry.display}`
  )
  const progress = new ProgressLine((l) => log.info(l), 'Hashed')
  const result = await build(
    {
      name: inputs.name,
      source,
      registry,
      message: inputs.message,
      userMeta: inputs.meta,
      workflow: { source: workflowSource(registry, clients), choice: inputs.workflow },
      hashType
    },
    {
      concurrency: inputs.concurrency,
      s3: source.kind === 's3' ? await clients.get() : undefined,
      dryRun: inputs.dryRun,
      onWarning: (w) => log.warning(w),
      onProgress: (p) =>
        progress.update(p.bytesDone, p.bytesTotal, false, {
          done: p.filesDone,
          total: p.filesTotal
        })
    }
  ).catch((e: unknown) => {
    throw asInputError(e)
  })
  progress.update(result.bytes, result.bytes, true, { done: result.files, total: result.files })
  log.info(`Package ${inputs.name}@${result.topHash.slice(0, 7)} built in ${registry.display}`)
  return packageResult('build', inputs, registry, log, {
    ...result,
    uploadedBytes: 0,
    reused: 0,
    changed: result.previousTopHash !== result.topHash,
    written: !inputs.dryRun
  })
}

async function runPush(inputs: PushInputs, clients: Clients, log: Logger): Promise<ActionResult> {
  const registry = await s3RegistryOf(inputs.registry.bucket, clients, log)
  const source = await sourceOf(inputs, clients, log)
  const bytes = source.entries.reduce((n, e) => n + e.size, 0)
  log.info(
    `Pushing ${inputs.name} from ${source.display} (${plural(source.entries.length, 'file')}, ${formatBytes(bytes)}) to ${registry.display}`
  )
  const hashing = new ProgressLine((l) => log.info(l), 'Hashed')
  const sending = new ProgressLine((l) => log.info(l), 'Uploaded')
  let result
  try {
    const { push } = await import('../quilt/ops/push.js')
    result = await push(
      {
        name: inputs.name,
        source,
        registry,
        dest: inputs.dest,
        message: inputs.message,
        userMeta: inputs.meta,
        force: inputs.force,
        dedupe: inputs.dedupe,
        dryRun: inputs.dryRun,
        workflow: { source: workflowSource(registry, clients), choice: inputs.workflow },
        hashType: hashTypeOf(inputs, clients, log)
      },
      {
        concurrency: inputs.concurrency,
        onProgress: (p) =>
          (p.phase === 'hashing' ? hashing : sending).update(p.bytesDone, p.bytesTotal, false, {
            done: p.filesDone,
            total: p.filesTotal
          }),
        onWarning: (w) => log.warning(w),
        onInfo: (m) => log.info(m)
      }
    )
  } catch (e) {
    throw asInputError(e)
  }
  log.info(
    `${plural(result.transferred, 'file')} uploaded or copied (${formatBytes(result.uploadedBytes)}), ${plural(result.reused, 'file')} already in S3`
  )
  if (result.written) {
    log.info(`Package ${inputs.name}@${result.topHash.slice(0, 7)} pushed to ${registry.display}`)
  }
  return packageResult('push', inputs, registry, log, result)
}

async function runDelete(
  inputs: DeleteInputs,
  clients: Clients,
  log: Logger
): Promise<ActionResult> {
  const registry = await registryOf(inputs, clients, log)
  const policy =
    inputs.keepLast !== undefined || inputs.olderThanSeconds !== undefined
      ? { keepLast: inputs.keepLast, olderThanSeconds: inputs.olderThanSeconds }
      : undefined
  const pattern = isNamePattern(inputs.name)
  const verb = inputs.dryRun ? 'Would remove' : 'Removed'
  const now = new Date()
  const cutoff = policy ? retentionCutoff(policy, now) : null
  if (policy) log.info(`Retention: ${describePolicy(policy, cutoff)}.`)
  let results: Map<string, DeleteResult>
  try {
    if (pattern) {
      results = await cleanup({
        pattern: inputs.name,
        registry,
        policy,
        topHash: inputs.topHash,
        dryRun: inputs.dryRun,
        now
      })
      if (results.size === 0) {
        log.warning(`No package of ${registry.display} matches ${inputs.name}: nothing to delete.`)
      }
    } else {
      const r = await deletePackage({
        name: inputs.name,
        registry,
        topHash: inputs.topHash,
        policy,
        dryRun: inputs.dryRun,
        now
      })
      results = new Map([[inputs.name, r]])
    }
  } catch (e) {
    throw asInputError(e)
  }
  for (const [name, r] of results) {
    for (const w of r.warnings) log.warning(w)
    log.info(
      `${name}: ${verb.toLowerCase()} ${plural(r.pointersRemoved.length, 'pointer')} (${r.deleted.join(', ') || 'none'}), kept ${plural(r.kept.length, 'revision')}; manifests and data are kept.`
    )
    log.info(
      r.latest
        ? `${name}: latest ${inputs.dryRun ? 'would point' : 'points'} to ${r.latest}`
        : `${name} has no revisions left`
    )
  }
  // The messages of the revisions the summary shows.
  const shown = cleanupRows(
    [...results].map(([name, r]) => ({ name, kept: r.kept, removed: r.removed }))
  )
  const shownHashes = [...new Set(shown.tables.flatMap((t) => t.rows.map((p) => p.topHash)))]
  const messages = new Map(
    pattern || policy
      ? await mapLimit(
          shownHashes,
          16,
          async (h) => [h, await readRevisionMessage(registry, h)] as const
        )
      : []
  )
  return deleteResult(inputs, registry, log, results, { pattern, policy, cutoff, messages })
}

export async function execute(
  inputs: ActionInputs,
  log: Logger,
  deps: ExecuteDeps = {}
): Promise<ActionResult> {
  const clients = new Clients(inputs, deps)
  try {
    switch (inputs.mode) {
      case 'build':
        return await runBuild(inputs, clients, log)
      case 'push':
        return await runPush(inputs, clients, log)
      case 'delete':
        return await runDelete(inputs, clients, log)
    }
  } finally {
    clients.close()
  }
}
