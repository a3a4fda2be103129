/**
 * The job summary (GitHub Markdown), after actions/dependency-review-action: a heading, the key
 * facts, then what changed against the previous revision, long lists folded and truncated so the
 * summary stays far below GitHub's 1 MiB limit.
 */
import { type PackageDiff, type FileChange } from '../quilt/diff.js'
import { formatBytes } from './report.js'

export interface RunReport {
  mode: 'build' | 'push' | 'delete'
  name: string
  registry: string
  topHash?: string
  packageUri?: string
  catalogUrl?: string
  revision?: string | null
  files?: number
  bytes?: number
  uploadedBytes?: number
  reused?: number
  changed?: boolean
  written?: boolean
  diff?: PackageDiff
  deleted?: string[]
  latestAfter?: string | null
  warnings: string[]
}

/** At most this many file rows per table; the summary stays well under 1 MiB. */
export const MAX_ROWS = 200
const MAX_CELL = 300

/** Text safe inside a Markdown table cell (no pipes, no HTML, no line breaks). */
export function cell(text: string): string {
  const clipped = text.length > MAX_CELL ? text.slice(0, MAX_CELL) + '…' : text
  return clipped
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n\t]/g, ' ')
    .replace(/`/g, "'")
}

function fileTable(title: string, rows: FileChange[], modified: boolean): string {
  if (rows.length === 0) return ''
  const head = modified
    ? '| file | size | before |\n| --- | ---: | ---: |'
    : '| file | size |\n| --- | ---: |'
  const body = rows
    .slice(0, MAX_ROWS)
    .map((r) =>
      modified
        ? `| \`${cell(r.logicalKey)}\` | ${formatBytes(r.size)} | ${formatBytes(r.previousSize ?? 0)} |`
        : `| \`${cell(r.logicalKey)}\` | ${formatBytes(r.size)} |`
    )
    .join('\n')
  const more = rows.length > MAX_ROWS ? `\n\n…and ${rows.length - MAX_ROWS} more.` : ''
  return `<details><summary>${title} (${rows.length})</summary>\n\n${head}\n${body}${more}\n\n</details>\n\n`
}

const VERB = { build: 'built', push: 'pushed', delete: 'cleaned up' } as const

export function renderSummary(r: RunReport): string {
  let md = `## Quilt package \`${cell(r.name)}\` ${VERB[r.mode]}\n\n`
  const facts: string[] = [`Registry: \`${cell(r.registry)}\``]
  if (r.mode !== 'delete') {
    if (r.topHash) facts.push(`Top hash: \`${r.topHash}\``)
    if (r.catalogUrl) facts.push(`Catalog: [${cell(r.name)}](${r.catalogUrl})`)
    if (r.packageUri) facts.push(`URI: \`${cell(r.packageUri)}\``)
    if (r.revision) facts.push(`Revision: \`${r.revision}\``)
    if (r.files !== undefined) facts.push(`Files: ${r.files} (${formatBytes(r.bytes ?? 0)})`)
    if (r.uploadedBytes !== undefined && r.mode === 'push') {
      facts.push(
        `Uploaded or copied: ${formatBytes(r.uploadedBytes)}; already in S3: ${r.reused ?? 0} files`
      )
    }
    if (r.written === false) facts.push('Nothing written: the package equals `latest` (dedupe).')
    else if (r.changed === false) facts.push('Same content as the previous `latest`.')
  } else {
    const deleted = r.deleted ?? []
    facts.push(
      deleted.length === 0
        ? 'No revision removed.'
        : `Removed the pointers of ${deleted.length} revision${deleted.length === 1 ? '' : 's'} (manifests and data are kept).`
    )
    facts.push(
      r.latestAfter ? `\`latest\` now: \`${r.latestAfter}\`` : '`latest`: none (no revision left)'
    )
  }
  md += facts.map((f) => `- ${f}`).join('\n') + '\n\n'

  if (r.diff) {
    const d = r.diff
    md += '### Changes against the previous revision\n\n'
    md += `| added | removed | modified | unchanged | metadata |\n| ---: | ---: | ---: | ---: | --- |\n`
    md += `| ${d.added.length} | ${d.removed.length} | ${d.modified.length} | ${d.unchanged} | ${d.metaChanged ? 'changed' : 'unchanged'} |\n\n`
    md += fileTable('Added', d.added, false)
    md += fileTable('Removed', d.removed, false)
    md += fileTable('Modified', d.modified, true)
  }
  if (r.deleted && r.deleted.length > 0) {
    md +=
      '### Revisions removed\n\n' +
      r.deleted
        .slice(0, MAX_ROWS)
        .map((h) => `- \`${h}\``)
        .join('\n') +
      '\n\n'
  }
  if (r.warnings.length > 0) {
    md += '### Warnings\n\n' + r.warnings.map((w) => `> ${cell(w)}`).join('\n>\n') + '\n'
  }
  return md
}
