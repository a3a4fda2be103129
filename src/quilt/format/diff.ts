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

export interface PackageDiff {
  added: FileChange[]
  removed: FileChange[]
  modified: FileChange[]
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

/** The diff from `before` (null: a new package) to `after`, files in walk order. */
export function diffPackages(before: Package | null, after: Package): PackageDiff {
  const diff: PackageDiff = {
    added: [],
    removed: [],
    modified: [],
    unchanged: 0,
    metaChanged:
      before === null
        ? (metaField(after, 'user_meta') ?? null) !== null
        : fieldChanged(metaField(before, 'user_meta'), metaField(after, 'user_meta')),
    messageChanged:
      before === null || fieldChanged(metaField(before, 'message'), metaField(after, 'message'))
  }
  // Looked up in each other's entries: a parent of a million entries is not copied.
  for (const e of after.walk()) {
    const prev = before?.get(e.logicalKey)
    if (!prev) diff.added.push({ logicalKey: e.logicalKey, size: e.size })
    else if (!sameContent(prev, e)) {
      diff.modified.push({ logicalKey: e.logicalKey, size: e.size, previousSize: prev.size })
    } else diff.unchanged++
  }
  for (const e of before?.walk() ?? []) {
    if (!after.get(e.logicalKey)) diff.removed.push({ logicalKey: e.logicalKey, size: e.size })
  }
  return diff
}
