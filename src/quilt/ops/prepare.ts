/**
 * The package a build or a push is about to write, before any hashing: the entries of the source,
 * the metadata, the workflow check and its record, the message — in quilt3's order, so the
 * package line's keys come out as quilt3 writes them (`version`, `user_meta`, `workflow`,
 * `message`). Everything here fails before a byte is read or sent.
 */
import { pyObject, type PyValue } from '../py/json.js'
import { Package } from '../format/manifest.js'
import { validatePackageName } from '../format/names.js'
import { type SourceEntry } from '../sources/local.js'
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
  for (const e of req.entries) {
    pkg.set({
      logicalKey: e.logicalKey,
      physicalKey: e.physicalKey,
      size: e.size,
      hash: null,
      meta: pyObject()
    })
  }
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
