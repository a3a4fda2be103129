/**
 * `build` (spec §8): a package made of exactly the files under a folder, its manifest written to
 * a registry with the two revision pointers; no data is copied. Equal, byte for byte, to
 *
 *   quilt3.Package().set_dir(".", path, meta=meta).build(name, registry, message=message)
 */
import { HashPool } from '../hash.js'
import { type PyValue } from '../json.js'
import { chunkedHash, maxRecordSizeFromEnv, Package } from '../manifest.js'
import { PhysicalKey, validatePackageName } from '../names.js'
import { type Registry } from '../registry.js'
import { listLocalFolder } from '../sources.js'
import { pyObject } from '../json.js'

export interface BuildRequest {
  /** `namespace/package`. */
  name: string
  /** The source folder: absolute and symlink-resolved (see `resolveLocalLocation`). */
  folder: string
  registry: Registry
  /** The commit message; null writes `"message": null` as quilt3 does without one. */
  message: string | null
  /** Package metadata; `undefined` (not given) writes `"user_meta": null` like `set_dir`. */
  userMeta?: PyValue
}

export interface Progress {
  filesDone: number
  filesTotal: number
  bytesDone: number
  bytesTotal: number
}

export interface BuildOptions {
  /** Hashing threads (default: one per core). */
  concurrency?: number
  /** Called as hashing advances. */
  onProgress?: (p: Progress) => void
  /** Called once the files are listed, before hashing. */
  onListed?: (files: number, bytes: number) => void
  now?: Date
  maxRecordSize?: number
}

export interface BuildResult {
  topHash: string
  /** The timestamp pointer written (Unix seconds). */
  revision: string
  files: number
  bytes: number
  /** `latest` before this build (null when the package was new). */
  previousTopHash: string | null
  manifest: Buffer
  package: Package
}

/** Make the package from the folder and write it to the registry. */
export async function build(req: BuildRequest, options: BuildOptions = {}): Promise<BuildResult> {
  validatePackageName(req.name)
  const maxRecordSize = options.maxRecordSize ?? maxRecordSizeFromEnv()
  const pkg = new Package()
  pkg.setUserMeta(req.userMeta === undefined ? null : req.userMeta)
  pkg.setMessage(req.message)
  // Fail on oversized metadata before reading any file.
  pkg.checkMetaRecord(maxRecordSize)

  const files = listLocalFolder(req.folder)
  const totalBytes = files.reduce((n, f) => n + f.size, 0)
  options.onListed?.(files.length, totalBytes)
  for (const f of files) {
    pkg.set({
      logicalKey: f.logicalKey,
      physicalKey: PhysicalKey.local(f.realPath),
      size: f.size,
      hash: null,
      meta: pyObject()
    })
  }

  const progress: Progress = {
    filesDone: 0,
    filesTotal: files.length,
    bytesDone: 0,
    bytesTotal: totalBytes
  }
  const pool = new HashPool({
    workers: options.concurrency,
    onBytes: (n) => {
      progress.bytesDone += n
      options.onProgress?.(progress)
    }
  })
  try {
    const entries = pkg.walk()
    const hashes = await pool.hashFiles(
      entries.map((e) => ({ path: e.physicalKey.path, size: e.size }))
    )
    entries.forEach((e, i) => {
      e.hash = chunkedHash(hashes[i]!)
    })
    progress.filesDone = files.length
    options.onProgress?.(progress)

    const topHash = pkg.topHash(entries)
    const manifest = pkg.toManifest({ entries, maxRecordSize })
    const previousTopHash = await req.registry.readPointer(req.name, 'latest')
    const revision = await req.registry.pushManifest(req.name, topHash, manifest, options.now)
    return {
      topHash,
      revision,
      files: files.length,
      bytes: totalBytes,
      previousTopHash,
      manifest,
      package: pkg
    }
  } finally {
    await pool.close()
  }
}
