/**
 * One request in, one operation run, the outputs out. Shared by the action and the command line.
 */
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { type Fetch, type WorkflowSource } from '../quilt/workflows/apply.js'
import type { S3Client } from '@aws-sdk/client-s3'
import { build } from '../quilt/ops/build.js'
import {
  deletePackage,
  retentionCutoff,
  type DeleteResult,
  type RetentionPolicy
} from '../quilt/ops/delete.js'
import { cleanup, isNamePattern } from '../quilt/ops/cleanup.js'
import { QuiltError } from '../quilt/errors.js'
import { asInputError } from './errors.js'
import { LocalRegistry } from '../quilt/registry/local.js'
import type { S3Registry } from '../quilt/registry/s3.js'
import { readRevisionMessage, type Registry } from '../quilt/registry/registry.js'
import { mapLimit } from '../quilt/concurrency.js'
import { localSource, type Source } from '../quilt/sources/local.js'
import { resolveLocalLocation } from '../quilt/format/names.js'
import {
  InputError,
  type ActionInputs,
  type BuildInputs,
  type DeleteInputs,
  type PushInputs
} from './inputs.js'
import { formatBytes, ProgressLine, type Logger } from './report.js'
import { MAX_ROWS, type RunReport } from './summary.js'
import { diffPackages } from '../quilt/format/diff.js'
import type { Package } from '../quilt/format/manifest.js'
import type { AwsCredentialIdentityProvider } from '@smithy/types'

/** An output's value: the action writes it as text (JSON for a list or map), `--json` as is. */
export type OutputValue = string | number | boolean | string[] | Record<string, string[]>

/** An output as the workflow sees it: strings as they are, anything else as JSON. */
export function outputText(value: OutputValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export interface ActionResult {
  /** Output name -> value, as declared in action.yml. */
  outputs: Record<string, OutputValue>
  /** What happened, for the job summary. */
  report: RunReport
}

export interface ExecuteDeps {
  /** Credentials (e.g. GitHub OIDC); undefined: the SDK's default chain. */
  credentials?: AwsCredentialIdentityProvider
}

/**
 * S3 clients made for this run (closed at the end). The AWS SDK is loaded only when a run needs
 * S3: a local build starts as fast as plain Node.
 */
class Clients {
  private client: S3Client | undefined
  constructor(
    private readonly inputs: ActionInputs,
    private readonly deps: ExecuteDeps
  ) {}

  async get(): Promise<S3Client> {
    const { makeS3Client } = await import('../quilt/s3/client.js')
    this.client ??= makeS3Client({
      region: this.inputs.awsRegion,
      endpoint: this.inputs.endpointUrl,
      concurrency: this.inputs.concurrency.s3Requests,
      credentials: this.deps.credentials
    })
    return this.client
  }

  close(): void {
    this.client?.destroy()
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** A local folder input, resolved; errors name the input. */
function localFolder(input: string, value: string, mustExist: boolean): string {
  let dir: string | null
  try {
    dir = resolveLocalLocation(value)
  } catch (e) {
    throw new InputError(
      input,
      `Input '${input}' (${value}) is not usable: ${(e as Error).message}`
    )
  }
  if (dir === null)
    throw new InputError(input, `Input '${input}' must be a local folder; got '${value}'.`)
  let st
  try {
    st = statSync(dir)
  } catch {
    if (mustExist) {
      throw new InputError(input, `Input '${input}': the folder ${dir} does not exist.`)
    }
    return dir
  }
  if (!st.isDirectory()) {
    throw new InputError(
      input,
      `Input '${input}' (${dir}) is a file, not a folder: give ${input === 'path' ? 'the folder whose files make the package' : 'a registry folder (created if missing) or a file:// URL'}.`
    )
  }
  return dir
}

function isS3(value: string): boolean {
  return /^s3:\/\//i.test(value)
}

async function registryOf(inputs: ActionInputs, clients: Clients, log: Logger): Promise<Registry> {
  const r = inputs.registry
  if (r !== '' && isS3(r)) {
    const { parseS3RegistryUrl, S3Registry } = await import('../quilt/registry/s3.js')
    try {
      const bucket = parseS3RegistryUrl(r)
      return new S3Registry(await clients.get(), bucket, { onWarning: (w) => log.warning(w) })
    } catch (e) {
      if (e instanceof QuiltError)
        throw new InputError('registry', `Input 'registry': ${e.message}`)
      throw e
    }
  }
  try {
    return r === ''
      ? LocalRegistry.fromLocation(undefined)
      : new LocalRegistry(localFolder('registry', r, false))
  } catch (e) {
    if (e instanceof QuiltError) throw new InputError('registry', e.message)
    throw e
  }
}

async function sourceOf(
  inputs: BuildInputs | PushInputs,
  clients: Clients,
  log: Logger
): Promise<Source> {
  if (isS3(inputs.path)) {
    let listed
    try {
      const { listS3Prefix } = await import('../quilt/sources/s3.js')
      listed = await listS3Prefix(await clients.get(), inputs.path)
    } catch (e) {
      if (e instanceof QuiltError) throw new InputError('path', `Input 'path': ${e.message}`)
      throw e
    }
    for (const k of listed.skipped) log.warning(`Logical keys cannot end in "/", skipping: ${k}`)
    if (listed.entries.length === 0) {
      throw new InputError('path', `Input 'path': no objects found under ${listed.display}.`)
    }
    return { kind: 's3', display: listed.display, entries: listed.entries }
  }
  const folder = localFolder('path', inputs.path, true)
  try {
    return localSource(folder)
  } catch (e) {
    if (e instanceof QuiltError) throw new InputError('path', `Input 'path': ${e.message}`)
    throw e
  }
}

/** Where the registry's workflows config is, and how to read it and the schemas it names. */
function workflowSource(registry: Registry, clients: Clients): WorkflowSource {
  const fetch: Fetch = async (pk) => {
    if (pk.isLocal()) {
      try {
        return { data: await readFile(pk.path), url: String(pk) }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        if (code === 'ENOENT') return null
        throw e
      }
    }
    const { fetchS3Object } = await import('../quilt/registry/s3.js')
    return fetchS3Object(await clients.get(), pk)
  }
  return { configKey: registry.workflowConfigKey(), fetch }
}

function isS3Registry(r: Registry): r is S3Registry {
  return r.kind === 's3'
}

function packageUri(registry: Registry, name: string, topHash: string): string {
  if (isS3Registry(registry)) return `quilt+s3://${registry.bucket}#package=${name}@${topHash}`
  return ''
}

/** The catalog page of a revision (spec §12), for S3 registries when a catalog is given. */
export function catalogUrl(
  catalog: string | undefined,
  registry: Registry,
  name: string,
  topHash: string
): string {
  if (!catalog || !isS3Registry(registry) || !topHash) return ''
  return `${catalog}/b/${registry.bucket}/packages/${name}/tree/${topHash}`
}

/** What a build or a push did, as outputs and as the summary's report. */
function packageResult(
  mode: 'build' | 'push',
  inputs: BuildInputs | PushInputs,
  registry: Registry,
  log: Logger,
  r: {
    topHash: string
    revision: string | null
    files: number
    bytes: number
    uploadedBytes: number
    reused: number
    changed: boolean
    written: boolean
    previous: Package | null
    package: Package
  }
): ActionResult {
  const uri = packageUri(registry, inputs.name, r.topHash)
  const catalog = catalogUrl(inputs.catalog, registry, inputs.name, r.topHash)
  return {
    report: {
      mode,
      name: inputs.name,
      dryRun: inputs.dryRun,
      registry: registry.display,
      topHash: r.topHash,
      packageUri: uri,
      catalogUrl: catalog,
      revision: r.revision,
      files: r.files,
      bytes: r.bytes,
      uploadedBytes: r.uploadedBytes,
      reused: r.reused,
      changed: r.changed,
      written: r.written,
      diff: diffPackages(r.previous, r.package),
      warnings: log.warnings ?? []
    },
    outputs: {
      'top-hash': r.topHash,
      'package-uri': uri,
      'catalog-url': catalog,
      revision: r.revision ?? '',
      files: r.files,
      bytes: r.bytes,
      'uploaded-bytes': r.uploadedBytes,
      changed: r.changed,
      registry: registry.display
    }
  }
}

async function runBuild(inputs: BuildInputs, clients: Clients, log: Logger): Promise<ActionResult> {
  const registry = await registryOf(inputs, clients, log)
  const source = await sourceOf(inputs, clients, log)
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
      workflow: { source: workflowSource(registry, clients), choice: inputs.workflow }
    },
    {
      concurrency: inputs.concurrency,
      s3: source.kind === 's3' ? await clients.get() : undefined,
      dryRun: inputs.dryRun,
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
  const registry = await registryOf(inputs, clients, log)
  if (!isS3Registry(registry))
    throw new InputError('registry', `Input 'registry' must be s3://bucket with mode 'push'.`)
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
        workflow: { source: workflowSource(registry, clients), choice: inputs.workflow }
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

/** A retention policy in words, with its cut-off as an absolute UTC time. */
function describePolicy(policy: RetentionPolicy, cutoff: Date | null): string {
  const parts: string[] = []
  if (policy.keepLast !== undefined)
    parts.push(`beyond the newest ${plural(policy.keepLast, 'revision')}`)
  if (cutoff !== null) {
    parts.push(`older than ${cutoff.toISOString().replace(/\.\d{3}Z$/, 'Z')} (UTC)`)
  }
  return `revisions ${parts.join(' and ')} are removed; the one latest names is kept`
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
  // The messages of the revisions the summary shows (it shows at most MAX_ROWS of them).
  const shownHashes = [
    ...new Set(
      [...results.values()]
        .flatMap((r) => [...r.kept, ...r.removed])
        .slice(0, MAX_ROWS)
        .map((p) => p.topHash)
    )
  ]
  const messages = new Map(
    pattern || policy
      ? await mapLimit(
          shownHashes,
          16,
          async (h) => [h, await readRevisionMessage(registry, h)] as const
        )
      : []
  )
  const single = results.get(inputs.name)
  const deleted =
    pattern || policy
      ? Object.fromEntries([...results].map(([n, r]) => [n, r.deleted]))
      : (single?.deleted ?? [])
  const anyDeleted = [...results.values()].some((r) => r.deleted.length > 0)
  return {
    report: {
      mode: 'delete',
      name: inputs.name,
      registry: registry.display,
      dryRun: inputs.dryRun,
      deleted: [...new Set([...results.values()].flatMap((r) => r.deleted))],
      latestAfter: pattern ? undefined : (single?.latest ?? null),
      retention: policy ? describePolicy(policy, cutoff) : undefined,
      messages,
      cleanup:
        pattern || policy
          ? [...results].map(([n, r]) => ({ name: n, kept: r.kept, removed: r.removed }))
          : undefined,
      warnings: log.warnings ?? []
    },
    outputs: {
      deleted,
      'top-hash': pattern ? '' : (single?.latest ?? ''),
      changed: anyDeleted,
      registry: registry.display
    }
  }
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
