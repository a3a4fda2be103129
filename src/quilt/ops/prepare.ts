/**
 * The start build and push share: the package they are about to write, without its hashes (the
 * entries of the source, the metadata, the workflow check and its record, the message — in
 * quilt3's order, so the package line's keys come out as quilt3 writes them: `version`,
 * `user_meta`, `workflow`, `message`), and the parent revision it builds on. Everything in
 * `prepareRevision` fails before a byte is sent (a build hashes its local files meanwhile; a
 * failure here is the one it reports).
 */
import { ManifestError } from '../errors.js'
import { type PyValue } from '../py/json.js'
import { NewEntry, Package, type Entry } from '../format/manifest.js'
import { validatePackageName } from '../format/names.js'
import { type LatestState, type Registry } from '../registry/registry.js'
import { type FileIdentity } from '../sources/file.js'
import { type Source, type SourceEntry } from '../sources/local.js'
import { applyWorkflow, type WorkflowChoice, type WorkflowSource } from '../workflows/apply.js'

export interface PackageRequest {
  name: string
  entries: readonly SourceEntry[]
  /** Package metadata; undefined writes `"user_meta": null` like `set_dir(".", path)`. */
  userMeta?: PyValue
  message: string | null
  /** The registry's workflows and the choice; absent: no workflow check at all. */
  workflow?: { source: WorkflowSource; choice: WorkflowChoice }
}

export async function preparePackage(req: PackageRequest, maxRecordSize: number): Promise<Package> {
  validatePackageName(req.name)
  const pkg = new Package()
  pkg.setUserMeta(req.userMeta === undefined ? null : req.userMeta)
  pkg.setAll(req.entries.map((e) => new NewEntry(e.logicalKey, e.physicalKey, e.size)))
  if (req.workflow) {
    const recorded = await applyWorkflow(req.workflow.source, req.workflow.choice, {
      name: req.name,
      message: req.message,
      userMeta: pkg.meta.get('user_meta'),
      entries: pkg.walk()
    })
    if (recorded) pkg.meta.set('workflow', recorded)
    else pkg.meta.delete('workflow')
  }
  pkg.setMessage(req.message)
  // Oversized metadata fails here, before any file is read.
  pkg.checkMetaRecord(maxRecordSize)
  return pkg
}

/** What a build or a push starts from: the package, its entries, and the files to check. */
export interface PreparedRevision {
  pkg: Package
  /** The package's entries (`pkg.walk()`): their hashes are filled in as they are computed. */
  entries: Entry[]
  /** Their total size. */
  bytes: number
  /** Each local file and what the listing saw of it, by logical key (checked before a commit). */
  localFiles: Map<string, { path: string; identity: FileIdentity }>
}

/** What build and push are both asked for: a package made of a source's entries. */
export interface RevisionRequest extends Omit<PackageRequest, 'entries'> {
  source: Source
}

/** The package from the request, its entries and its local files, before any hashing. */
export async function prepareRevision(
  req: RevisionRequest,
  maxRecordSize: number
): Promise<PreparedRevision> {
  const { source, ...rest } = req
  const pkg = await preparePackage({ ...rest, entries: source.entries }, maxRecordSize)
  const entries = pkg.walk()
  let localFiles: Map<string, { path: string; identity: FileIdentity }> | undefined
  return {
    pkg,
    entries,
    bytes: entries.reduce((n, e) => n + e.size, 0),
    // Made when first asked for (a build checks its files as it hashes them, without it).
    get localFiles() {
      if (localFiles === undefined) {
        localFiles = new Map()
        for (const e of source.entries) {
          if (e.identity && e.physicalKey.isLocal())
            localFiles.set(e.logicalKey, { path: e.physicalKey.path, identity: e.identity })
        }
      }
      return localFiles
    }
  }
}

/** The parent revision: `latest` as read now, and its package when its manifest can be read. */
export interface Parent {
  latest: LatestState
  /**
   * Null for a new package, or when `latest` names a manifest that is missing or that cannot be
   * read (then the revision is made as if it had no parent: no diff, nothing re-used).
   */
  previous: Package | null
}

/**
 * Read the parent. A manifest `latest` names that is missing, or that quilt3 could not load
 * either (ManifestError), never stops a build or a push: `onWarning` hears of it, and the
 * revision has no parent. quilt3's own build and push never read that manifest at all (only
 * the `latest` pointer's text, for the conflict check and dedupe).
 */
export async function readParent(
  registry: Registry,
  name: string,
  onWarning?: (message: string) => void
): Promise<Parent> {
  const latest = await registry.readLatest(name)
  if (latest.topHash === null) return { latest, previous: null }
  const where = registry.manifestLocation(latest.topHash)
  let previous: Package | null
  try {
    previous = await registry.readPackage(latest.topHash)
  } catch (e) {
    if (!(e instanceof ManifestError)) throw e
    onWarning?.(
      `The latest revision of ${name} cannot be read: its manifest ${where} is not one quilt3 can load (${e.reason}), so ` +
        NO_PARENT
    )
    return { latest, previous: null }
  }
  if (previous === null) {
    onWarning?.(
      `The latest revision of ${name} is ${latest.topHash}, but its manifest ${where} is missing, so ` +
        NO_PARENT
    )
  }
  return { latest, previous }
}

const NO_PARENT =
  'this revision is treated as having no parent (no changes shown against it, nothing re-used from it).'
