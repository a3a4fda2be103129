/**
 * The job summary (GitHub Markdown), after actions/dependency-review-action: a heading, the key
 * facts, then what changed against the previous revision, long lists folded and truncated so the
 * summary stays far below GitHub's 1 MiB limit.
 */
import { type PackageDiff, type FileChanges } from '../quilt/format/diff.js'
import type { Pointer } from '../quilt/registry/registry.js'
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
  /** A delete's retention policy in words, with its cut-off as an absolute UTC time. */
  retention?: string
  /** A dry run: nothing was written. */
  dryRun?: boolean
  /** Commit messages by top hash, for the cleanup tables. */
  messages?: Map<string, string | null>
  /** Per package of a cleanup: revisions kept and removed. */
  cleanup?: { name: string; kept: Pointer[]; removed: Pointer[] }[]
  warnings: string[]
}

/** At most this many file rows per table; the summary stays well under 1 MiB. */
export const MAX_ROWS = 200
const MAX_CELL = 300

/** At most MAX_CELL characters (whole code points). */
function clip(text: string): string {
  const chars = Array.from(text)
  return chars.length > MAX_CELL ? chars.slice(0, MAX_CELL).join('') + '…' : text
}

/** Plain text safe inside Markdown (and a table cell): no HTML, no pipes, no line breaks. */
export function cell(text: string): string {
  return clip(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n\t]/g, ' ')
}

/**
 * Text shown as code (file names, hashes): a code span shows entities literally, so only pipes
 * (table cells), line breaks and the fence itself need care.
 */
export function code(text: string): string {
  const t = clip(text)
    .replace(/\|/g, '\\|')
    .replace(/[\r\n\t]/g, ' ')
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${t}${pad}${fence}`
}

/**
 * At most MAX_ROWS items, and a line saying how many more there were (of `count` in all: the
 * items may be only the first of them).
 */
function capped<T>(
  items: readonly T[],
  render: (item: T) => string,
  separator = '\n',
  count = items.length
): string {
  const shown = items.slice(0, MAX_ROWS)
  const text = shown.map(render).join(separator)
  return count > shown.length ? `${text}\n\n…and ${count - shown.length} more.` : text
}

function fileTable(title: string, changes: FileChanges, modified: boolean): string {
  const { rows, count } = changes
  if (count === 0) return ''
  const head = modified
    ? '| file | size | before |\n| --- | ---: | ---: |'
    : '| file | size |\n| --- | ---: |'
  const body = capped(
    rows,
    (r) =>
      modified
        ? `| ${code(r.logicalKey)} | ${formatBytes(r.size)} | ${formatBytes(r.previousSize ?? 0)} |`
        : `| ${code(r.logicalKey)} | ${formatBytes(r.size)} |`,
    '\n',
    count
  )
  return `<details><summary>${title} (${count})</summary>\n\n${head}\n${body}\n\n</details>\n\n`
}

const VERB = { build: 'built', push: 'pushed', delete: 'cleaned up' } as const

/** `1700000000` -> `2023-11-14 22:13 UTC`; other names as they are. */
function when(pointer: string): string {
  if (!/^\d+$/.test(pointer)) return pointer
  return new Date(Number(pointer) * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'
}

function age(pointer: string, now: number): string {
  if (!/^\d+$/.test(pointer)) return ''
  const days = (now - Number(pointer) * 1000) / 86_400_000
  return days >= 1 ? `${Math.floor(days)} d` : `${Math.max(0, Math.floor(days * 24))} h`
}

interface CleanupPackage {
  name: string
  kept: Pointer[]
  removed: Pointer[]
}

/**
 * The rows the cleanup tables show: per package with revisions, newest first, at most MAX_ROWS
 * rows in all. The one place that decides it (the action reads the messages of these revisions).
 */
export function cleanupRows(packages: readonly CleanupPackage[]): {
  tables: {
    name: string
    kept: number
    removed: number
    rows: (Pointer & { removed: boolean })[]
    more: number
  }[]
  packagesLeft: number
} {
  const tables = []
  let rows = 0
  const shown = packages.filter((p) => p.kept.length + p.removed.length > 0)
  for (const [i, p] of shown.entries()) {
    if (rows >= MAX_ROWS) return { tables, packagesLeft: shown.length - i }
    const all = [
      ...p.kept.map((x) => ({ ...x, removed: false })),
      ...p.removed.map((x) => ({ ...x, removed: true }))
    ].sort((a, b) => Number(b.name) - Number(a.name))
    const room = MAX_ROWS - rows
    tables.push({
      name: p.name,
      kept: p.kept.length,
      removed: p.removed.length,
      rows: all.slice(0, room),
      more: Math.max(0, all.length - room)
    })
    rows += all.length
  }
  return { tables, packagesLeft: 0 }
}

/** Per package: its revisions, kept or removed, newest first (at most MAX_ROWS rows in all). */
function cleanupTables(
  packages: readonly CleanupPackage[],
  dryRun: boolean,
  messages: Map<string, string | null>
): string {
  const now = Date.now()
  let md = ''
  const { tables, packagesLeft } = cleanupRows(packages)
  for (const t of tables) {
    md += `<details><summary>${cell(t.name)}: ${t.removed} removed, ${t.kept} kept</summary>\n\n`
    md +=
      '| revision | date | age | top hash | message | |\n| --- | --- | ---: | --- | --- | --- |\n'
    md += t.rows
      .map((x) => {
        const state = x.removed ? (dryRun ? 'would be removed' : 'removed') : 'kept'
        return `| \`${x.name}\` | ${when(x.name)} | ${age(x.name, now)} | \`${x.topHash.slice(0, 12)}\` | ${cell(messages.get(x.topHash) ?? '')} | ${state} |`
      })
      .join('\n')
    if (t.more > 0) md += `\n\n…and ${t.more} more revisions.`
    md += '\n\n</details>\n\n'
  }
  if (packagesLeft > 0) {
    md += `…and ${packagesLeft} more package${packagesLeft === 1 ? '' : 's'}.\n\n`
  }
  return md
}

export function renderSummary(r: RunReport): string {
  let md = `## Quilt package ${code(r.name)} ${VERB[r.mode]}${r.dryRun ? ' (dry run: nothing written)' : ''}\n\n`
  const facts: string[] = [`Registry: ${code(r.registry)}`]
  if (r.mode !== 'delete') {
    if (r.topHash) facts.push(`Top hash: \`${r.topHash}\``)
    if (r.catalogUrl) facts.push(`Catalog: [${cell(r.name)}](${r.catalogUrl})`)
    if (r.packageUri) facts.push(`URI: ${code(r.packageUri)}`)
    if (r.revision) facts.push(`Revision: \`${r.revision}\``)
    if (r.files !== undefined) facts.push(`Files: ${r.files} (${formatBytes(r.bytes ?? 0)})`)
    if (r.uploadedBytes !== undefined && r.mode === 'push') {
      facts.push(
        `Uploaded or copied: ${formatBytes(r.uploadedBytes)}; already in S3: ${r.reused ?? 0} files`
      )
    }
    if (r.dryRun) facts.push('Dry run: nothing was uploaded or written.')
    else if (r.written === false)
      facts.push('Nothing written: the package equals `latest` (dedupe).')
    else if (r.changed === false) facts.push('Same content as the previous `latest`.')
  } else {
    const deleted = r.deleted ?? []
    if (r.retention) facts.push(`Retention: ${cell(r.retention)}`)
    facts.push(
      deleted.length === 0
        ? 'No revision removed.'
        : `${r.dryRun ? 'Would remove' : 'Removed'} the pointers of ${deleted.length} revision${deleted.length === 1 ? '' : 's'} (manifests and data are kept).`
    )
    if (r.latestAfter !== undefined) {
      const now = r.dryRun ? 'would point to' : 'now:'
      facts.push(
        r.latestAfter
          ? `\`latest\` ${now} \`${r.latestAfter}\``
          : `\`latest\`: none (no revision ${r.dryRun ? 'would be ' : ''}left)`
      )
    }
  }
  md += facts.map((f) => `- ${f}`).join('\n') + '\n\n'

  if (r.diff) {
    const d = r.diff
    md += '### Changes against the previous revision\n\n'
    md += `| added | removed | modified | unchanged | metadata |\n| ---: | ---: | ---: | ---: | --- |\n`
    md += `| ${d.added.count} | ${d.removed.count} | ${d.modified.count} | ${d.unchanged} | ${d.metaChanged ? 'changed' : 'unchanged'} |\n\n`
    md += fileTable('Added', d.added, false)
    md += fileTable('Removed', d.removed, false)
    md += fileTable('Modified', d.modified, true)
  }
  const tables = r.cleanup
    ? cleanupTables(r.cleanup, r.dryRun ?? false, r.messages ?? new Map<string, string | null>())
    : ''
  if (tables) md += '### Revisions\n\n' + tables
  if (r.deleted && r.deleted.length > 0 && !r.cleanup) {
    md += '### Revisions removed\n\n' + capped(r.deleted, (h) => `- \`${h}\``) + '\n\n'
  }
  if (r.warnings.length > 0) {
    md += '### Warnings\n\n' + capped(r.warnings, (w) => `> ${cell(w)}`, '\n>\n') + '\n'
  }
  return md
}
