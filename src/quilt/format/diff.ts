/**
 * What changed between two revisions of a package: files added, removed, modified (size, hash or
 * metadata), and whether the package metadata changed. Physical keys do not count: two revisions
 * with the same content are equal wherever their bytes are.
 */
import { pyEquals, type PyValue } from '../py/json.js'
import { type Entry, type Package } from './manifest.js'

export interface FileChange {
  logicalKey: string
  size: number
  /** For modified files: the size before. */
  previousSize?: number
}

/** Files of one kind of change: how many, and the first of them in walk order. */
export interface FileChanges {
  count: number
  /** The first `rows` (`diffPackages`' option) of them, in walk order. */
  rows: FileChange[]
}

export interface PackageDiff {
  added: FileChanges
  removed: FileChanges
  modified: FileChanges
  unchanged: number
  /** Whether the package metadata (`user_meta`) differs. */
  metaChanged: boolean
  /** Whether the commit message differs. */
  messageChanged: boolean
}

function sameContent(a: Entry, b: Entry): boolean {
  return (
    a.size === b.size &&
    (a.hash === null || b.hash === null ? a.hash === b.hash : pyEquals(a.hash, b.hash)) &&
    pyEquals(a.meta, b.meta)
  )
}

function metaField(p: Package, key: string): PyValue | undefined {
  return p.meta.get(key)
}

function fieldChanged(a: PyValue | undefined, b: PyValue | undefined): boolean {
  if (a === undefined || b === undefined) return a !== b
  return !pyEquals(a, b)
}

function noChanges(): FileChanges {
  return { count: 0, rows: [] }
}

/** Count a change, and keep its row while there are fewer than `limit`. */
function add(changes: FileChanges, limit: number, row: () => FileChange): void {
  if (changes.count++ < limit) changes.rows.push(row())
}

/**
 * The diff from `before` (null: a new package) to `after`, files in walk order; at most `rows`
 * rows of each kind are kept (all by default), and every change is counted.
 */
export function diffPackages(
  before: Package | null,
  after: Package,
  { rows = Infinity }: { rows?: number } = {}
): PackageDiff {
  const diff: PackageDiff = {
    added: noChanges(),
    removed: noChanges(),
    modified: noChanges(),
    unchanged: 0,
    metaChanged:
      before === null
        ? (metaField(after, 'user_meta') ?? null) !== null
        : fieldChanged(metaField(before, 'user_meta'), metaField(after, 'user_meta')),
    messageChanged:
      before === null || fieldChanged(metaField(before, 'message'), metaField(after, 'message'))
  }
  // Each file of `after` looked up in `before`: a parent of a million entries is neither copied
  // nor made into entries, but for the files both have.
  let both = 0
  for (const e of after.walk()) {
    const prev = before?.get(e.logicalKey)
    if (!prev) add(diff.added, rows, () => ({ logicalKey: e.logicalKey, size: e.size }))
    else {
      both++
      if (!sameContent(prev, e)) {
        add(diff.modified, rows, () => ({
          logicalKey: e.logicalKey,
          size: e.size,
          previousSize: prev.size
        }))
      } else diff.unchanged++
    }
  }
  if (before === null) return diff
  // The others of `before` are removed: counted, and the first rows found by their keys alone.
  const removed = diff.removed
  removed.count = before.size - both
  if (removed.count === 0 || rows === 0) return diff
  for (const f of before.keysAndSizes()) {
    if (after.get(f.logicalKey)) continue
    removed.rows.push(f)
    if (removed.rows.length === Math.min(rows, removed.count)) break
  }
  return diff
}
