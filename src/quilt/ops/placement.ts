/**
 * Where `push` puts each entry's data (spec §9), before a byte is sent: the destination of each
 * entry, which entries keep their place (objects already in the registry bucket, as with
 * quilt3's default selector), which must move (local files, objects of other buckets), and what
 * the parent revision or the destination prefix already holds that may be reused.
 *
 * One predicate says when the parent's object is the one at an entry's destination
 * (`parentObjectAt`); every reuse of the parent goes through it.
 */
import { pages } from '../pages.js'
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { DestinationError } from '../errors.js'
import { readHash, type Entry } from '../format/manifest.js'
import { PhysicalKey } from '../format/names.js'
import { pyRepr } from '../py/repr.js'
import { type Destination } from '../s3/transfer.js'

/** The destination prefix (bucket, key prefix) as quilt3 resolves `dest`. */
export function resolveDest(registryBucket: string, name: string, dest?: string): PhysicalKey {
  if (dest === undefined || dest === '') return PhysicalKey.s3(registryBucket, '').join(name)
  const pk = PhysicalKey.fromUrl(dest)
  if (pk.isLocal() || pk.bucket !== registryBucket) {
    throw new DestinationError(
      `Invalid package destination path ${pyRepr(dest)}. 'dest', if set, must be a path in the ${pyRepr('s3://' + registryBucket)} package registry specified by 'registry'.`
    )
  }
  if (pk.versionId !== null)
    throw new DestinationError(`'dest' must not include a versionId: ${dest}`)
  return pk
}

/** A version id that names immutable bytes (unversioned buckets list objects as "null"). */
export function isFixedVersion(pk: PhysicalKey): boolean {
  return pk.versionId !== null && pk.versionId !== 'null'
}

/** What is already under the destination prefix; `complete` false: any key may exist. */
interface Listing {
  sizes: Map<string, number>
  complete: boolean
}

export interface PlacementRequest {
  /** The registry bucket. */
  bucket: string
  /** The destination prefix (`resolveDest`). */
  root: PhysicalKey
  /** The package's entries, their data where the source has it. */
  entries: readonly Entry[]
  /** The parent revision's entries by logical key (none without a readable parent). */
  parent: { get(logicalKey: string): Entry | undefined }
}

/** The placement of a push's entries: computed once, read by every step that moves data. */
export class Placement {
  /** The entries whose data is uploaded (local files) or copied (other buckets), or reused. */
  readonly toMove: Entry[]
  /** The destination prefix as a key prefix ('' or ending in '/'). */
  readonly prefix: string

  private constructor(
    private readonly req: PlacementRequest,
    private readonly listing: Listing
  ) {
    this.toMove = movingEntries(req)
    this.prefix = req.root.path === '' ? '' : req.root.path.replace(/\/?$/, '/')
  }

  /**
   * Plan the placement. What is already where it must be is listed (one request per 1,000 keys
   * instead of a HEAD per file), unless every entry to move has the parent's immutable object
   * at its destination (a re-push: those are compared by hash, with no request).
   */
  static async plan(s3: S3Client, req: PlacementRequest): Promise<Placement> {
    const unlisted = new Placement(req, { sizes: new Map(), complete: true })
    if (unlisted.toMove.every((e) => unlisted.immutableParentObjectAt(e) !== undefined))
      return unlisted
    const maxKeys = Math.max(10_000, req.entries.length * 4)
    return new Placement(req, await listSizes(s3, req.bucket, unlisted.prefix, maxKeys))
  }

  /** The registry bucket, where every entry's data ends up. */
  get bucket(): string {
    return this.req.bucket
  }

  /** Where an entry this push moves is written. */
  destOf(e: Entry): Destination {
    return { bucket: this.req.bucket, key: this.req.root.join(e.logicalKey).path }
  }

  /**
   * The parent's object at the entry's destination: the parent's entry for the same logical
   * key, of the same size, at the very key this push writes; for an entry that keeps its place,
   * that object itself, version included. Undefined when the parent has none there.
   */
  parentObjectAt(e: Entry): Entry | undefined {
    const twin = this.req.parent.get(e.logicalKey)
    if (twin === undefined || twin.size !== e.size || twin.physicalKey.isLocal()) return undefined
    const tpk = twin.physicalKey
    if (this.keepsPlace(e)) {
      const pk = e.physicalKey
      return tpk.bucket === pk.bucket && tpk.path === pk.path && tpk.versionId === pk.versionId
        ? twin
        : undefined
    }
    const dest = this.destOf(e)
    return tpk.bucket === dest.bucket && tpk.path === dest.key ? twin : undefined
  }

  /** The parent's object at the entry's destination when its bytes cannot have changed since. */
  immutableParentObjectAt(e: Entry): Entry | undefined {
    const twin = this.parentObjectAt(e)
    return twin !== undefined && isFixedVersion(twin.physicalKey) ? twin : undefined
  }

  /** Whether an object of the entry's size may already be at its destination. */
  mayExist(e: Entry): boolean {
    return this.listing.complete ? this.listing.sizes.get(this.destOf(e).key) === e.size : true
  }

  /** Whether a copy of the entry may already be at its destination: then it is hashed first. */
  needsHashFirst(e: Entry): boolean {
    return readHash(e.hash) === null && (this.parentObjectAt(e) !== undefined || this.mayExist(e))
  }

  /** Entries that keep their place and are the parent's very object version take its hash. */
  adoptParentHashes(): void {
    for (const e of this.req.entries) {
      if (!this.keepsPlace(e)) continue
      const twin = this.immutableParentObjectAt(e)
      if (twin && readHash(twin.hash)) e.hash = twin.hash
    }
  }

  private keepsPlace(e: Entry): boolean {
    return !e.physicalKey.isLocal() && e.physicalKey.bucket === this.req.bucket
  }
}

function movingEntries(req: PlacementRequest): Entry[] {
  return req.entries.filter((e) => e.physicalKey.isLocal() || e.physicalKey.bucket !== req.bucket)
}

/**
 * What is already under the destination prefix: key -> size. A prefix holding far more than the
 * package (e.g. `dest` at the root of a big bucket) is not listed to the end: `complete` is then
 * false.
 */
async function listSizes(
  s3: S3Client,
  bucket: string,
  prefix: string,
  maxKeys: number
): Promise<Listing> {
  const sizes = new Map<string, number>()
  const listing = pages(
    (token: string | undefined) =>
      s3.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })
      ),
    (r) => (r.IsTruncated ? r.NextContinuationToken : undefined)
  )
  for await (const r of listing) {
    for (const o of r.Contents ?? []) if (o.Key !== undefined) sizes.set(o.Key, o.Size ?? 0)
    // Stopping here asks for no further page.
    if (r.IsTruncated && sizes.size >= maxKeys) return { sizes, complete: false }
  }
  return { sizes, complete: true }
}
