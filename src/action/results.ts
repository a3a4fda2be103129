/** What a run did, shaped once: the outputs (action.yml) and the report the summary shows. */
import type { Package } from '../quilt/format/manifest.js'
import { diffPackages } from '../quilt/format/diff.js'
import type { DeleteResult, RetentionPolicy } from '../quilt/ops/delete.js'
import type { Registry } from '../quilt/registry/registry.js'
import type { S3Registry } from '../quilt/registry/s3.js'
import type { BuildInputs, DeleteInputs, PushInputs } from './inputs.js'
import { plural, type Logger } from './report.js'
import { MAX_ROWS, type RunReport } from './summary.js'

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

export function isS3Registry(r: Registry): r is S3Registry {
  return r.kind === 's3'
}

export function packageUri(registry: Registry, name: string, topHash: string): string {
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
export function packageResult(
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
      // The summary shows at most MAX_ROWS files of each kind: no more are made into rows.
      diff: diffPackages(r.previous, r.package, { rows: MAX_ROWS }),
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

/** A retention policy in words, with its cut-off as an absolute UTC time. */
export function describePolicy(policy: RetentionPolicy, cutoff: Date | null): string {
  const parts: string[] = []
  if (policy.keepLast !== undefined)
    parts.push(`beyond the newest ${plural(policy.keepLast, 'revision')}`)
  if (cutoff !== null) {
    parts.push(`older than ${cutoff.toISOString().replace(/\.\d{3}Z$/, 'Z')} (UTC)`)
  }
  return `revisions ${parts.join(' and ')} are removed; the one latest names is kept`
}

/** What a delete did (one package, or each package a pattern matched), as outputs and report. */
export function deleteResult(
  inputs: DeleteInputs,
  registry: Registry,
  log: Logger,
  results: Map<string, DeleteResult>,
  how: {
    pattern: boolean
    policy: RetentionPolicy | undefined
    cutoff: Date | null
    messages: Map<string, string | null>
  }
): ActionResult {
  const { pattern, policy, cutoff, messages } = how
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
