/**
 * The inputs resolved into engine objects: the S3 client, the registry, the source, the
 * workflows source. Errors name the input they come from.
 */
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { type Fetch, type WorkflowSource } from '../quilt/workflows/apply.js'
import type { S3Client } from '@aws-sdk/client-s3'
import { QuiltError } from '../quilt/errors.js'
import { LocalRegistry } from '../quilt/registry/local.js'
import { type Registry } from '../quilt/registry/registry.js'
import { CRC64NVME, SHA256_CHUNKED, type HashType } from '../quilt/format/hash.js'
import type { S3Registry } from '../quilt/registry/s3.js'
import { localSource, type Source } from '../quilt/sources/local.js'
import { defaultLocalRegistryDir } from '../quilt/registry/local.js'
import { InputError, type ActionInputs, type BuildInputs, type PushInputs } from './inputs.js'
import { type Logger } from './report.js'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { CatalogConfig } from './catalog.js'

export interface ExecuteDeps {
  /** Credentials (e.g. GitHub OIDC); undefined: the SDK's default chain. */
  credentials?: AwsCredentialIdentityProvider
  /**
   * The config of the catalog signed in through (`quilt-api-key`): its region is the S3
   * client's when `aws-region` is not given, and its `crc64Checksums` the default `checksum`.
   */
  catalogConfig?: CatalogConfig
}

/**
 * S3 clients made for this run (closed at the end). The AWS SDK is loaded only when a run needs
 * S3: a local build starts as fast as plain Node.
 */
export class Clients {
  private client: S3Client | undefined
  constructor(
    private readonly inputs: ActionInputs,
    private readonly deps: ExecuteDeps
  ) {}

  /** The catalog signed in through, if any. */
  get catalogConfig(): CatalogConfig | undefined {
    return this.deps.catalogConfig
  }

  async get(): Promise<S3Client> {
    const { makeS3Client } = await import('../quilt/s3/client.js')
    this.client ??= makeS3Client({
      region: this.inputs.awsRegion ?? this.deps.catalogConfig?.region,
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

/**
 * The hash new entries get: the `checksum` input; else, signed in through a catalog, what its
 * config.json says (`crc64Checksums`, as quilt-rs and the catalog's own push follow it); else
 * quilt3's `sha2-256-chunked`.
 */
export function hashTypeOf(
  inputs: BuildInputs | PushInputs,
  clients: Clients,
  log: Logger
): HashType {
  if (inputs.checksum !== undefined) return inputs.checksum
  if (clients.catalogConfig?.crc64Checksums) {
    log.info(
      "New entries are hashed with CRC64NVME: the catalog's config.json sets crc64Checksums."
    )
    return CRC64NVME
  }
  return SHA256_CHUNKED
}

/** A local folder an input names (resolved with the inputs), checked; errors name the input. */
function checkFolder(input: 'path' | 'registry', dir: string, mustExist: boolean): string {
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

/** The S3 registry in `bucket` (push's registry is always one: its inputs say so by type). */
export async function s3RegistryOf(
  bucket: string,
  clients: Clients,
  log: Logger
): Promise<S3Registry> {
  const { S3Registry } = await import('../quilt/registry/s3.js')
  const onWarning = (w: string): void => log.warning(w)
  return new S3Registry(await clients.get(), bucket, { onWarning })
}

/** The registry the `registry` input names (its location was parsed with the inputs). */
export async function registryOf(
  inputs: ActionInputs,
  clients: Clients,
  log: Logger
): Promise<Registry> {
  const location = inputs.registry
  switch (location.kind) {
    case 's3':
      return s3RegistryOf(location.bucket, clients, log)
    case 'local':
      return new LocalRegistry(checkFolder('registry', location.folder, false))
    case 'default':
      return new LocalRegistry(await defaultLocalRegistryDir())
  }
}

/**
 * The entries `path` names. With `hashType` (a build), the small local files are hashed as they
 * are listed: they are open then, and read once.
 */
export async function sourceOf(
  inputs: BuildInputs | PushInputs,
  clients: Clients,
  log: Logger,
  hashType?: HashType
): Promise<Source> {
  const location = inputs.path
  if (location.kind === 's3') {
    let listed
    try {
      const { listS3Prefix } = await import('../quilt/sources/s3.js')
      listed = await listS3Prefix(await clients.get(), location.url)
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
  const folder = checkFolder('path', location.folder, true)
  try {
    return localSource(folder, { hashType })
  } catch (e) {
    if (e instanceof QuiltError) throw new InputError('path', `Input 'path': ${e.message}`)
    throw e
  }
}

/** Where the registry's workflows config is, and how to read it and the schemas it names. */
export function workflowSource(registry: Registry, clients: Clients): WorkflowSource {
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
