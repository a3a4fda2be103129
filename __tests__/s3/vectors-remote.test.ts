/**
 * The remote vector cases (quilt3 8.0.0 against the vectors' fake S3) replayed with this library
 * against moto, AWS-like and plain: the same manifest bytes (after substituting the version ids
 * moto gave the same objects), the same top hash, the same objects in the bucket, the same
 * pointer contents, the same decisions (dedupe, conflict, force, delete).
 *
 * One difference of API is accounted for explicitly: `push()` and `build()` make the package as
 * `quilt3.Package().set_dir(".", folder, meta=meta)` does, which always writes `"user_meta"` on
 * the package line (`null` without meta, see the `set-dir-root` case), whereas most cases were
 * made with `Package()` + `p.set(...)`, which writes no `user_meta` at all. For those cases the
 * expected manifest is the vector's with `"user_meta": null` inserted after `"version"` (where
 * set_dir puts it), and the expected top hash is the one quilt3 itself computes for that text
 * (one Python call for the whole file, no S3). In addition, our manifest with that field removed
 * must be the vector's manifest byte for byte, and its top hash the one in index.json.
 *
 * Timestamp pointers: `now` is set to the vector's own timestamps, so the object keys are
 * compared exactly (which implies the `^\d+$` pattern).
 *
 * Not replayed (not expressible with push/build/delete): entry-meta, dir-meta (entry and
 * directory metadata), meta-order-after-reload, legacy-sha256 (reloaded manifests), workflow,
 * workflow-not-required (workflows), the second push of push-dest-and-selector (callable dest,
 * selector_fn_copy_all), file-urls-local (local only).
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parsePyJson } from '../../src/quilt/py/json.js'
import { Package } from '../../src/quilt/format/manifest.js'
import { PhysicalKey } from '../../src/quilt/format/names.js'
import { build } from '../../src/quilt/ops/build.js'
import { deletePackage } from '../../src/quilt/ops/delete.js'
import { ConflictError, push } from '../../src/quilt/ops/push.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { type Source, type SourceEntry } from '../../src/quilt/sources/local.js'
import { Moto, motoFlavours } from '../helpers/moto.js'
import { PY_COMMON, runPython } from '../helpers/python.js'
import {
  bucketVersions,
  getText,
  liveKeys,
  s3Checksum,
  substituteVectorVersionIds,
  type KeyVersions
} from '../helpers/s3-objects.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import {
  caseFile,
  entryContent,
  indexRows,
  loadCase,
  VECTORS,
  writeFile,
  type CaseEntry,
  type VectorCase
} from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

interface VectorObject {
  key: string
  version_id: string | null
  size: number
  content?: string
  s3_checksum_sha256?: string
  mpu_part_sizes?: number[]
}

const INDEX = new Map(indexRows().map((r) => [r.id, r.top_hash]))

/** Cases made of local files pushed once with the default destination. */
const SIMPLE_PUSHES = [
  'empty',
  'one-file',
  'nested-dirs',
  'set-dir-root',
  'empty-file',
  'special-keys',
  'key-order',
  'user-meta-types',
  'message-unicode',
  'size-8mib-minus-1',
  'size-8mib',
  'size-8mib-plus-1',
  'push-unversioned-bucket'
]

/** Every vector manifest compared here: `<case>/<file>`. */
const MANIFESTS = [
  ...SIMPLE_PUSHES.map((id) => `${id}/manifest.jsonl`),
  'push-dest-and-selector/manifest.jsonl',
  'revisions-and-delete/manifest.rev1.jsonl',
  'revisions-and-delete/manifest.jsonl',
  'conflict-force-dedupe/manifest.jsonl',
  'build-to-s3-registry/manifest.jsonl'
]

interface OracleManifest {
  /** quilt3's top hash of the vector manifest as it is. */
  top_hash: string
  /** Whether the vector's package line has `user_meta`. */
  has_user_meta: boolean
  /** The manifest our API must write: the vector's, with `"user_meta": null` when it had none. */
  expected: string
  /** quilt3's top hash of `expected`. */
  expected_top_hash: string
  /** quilt3 loads `expected` and dumps the same bytes. */
  redump_equal: boolean
}

interface Oracle {
  manifests: Record<string, OracleManifest>
  /** conflict-force-dedupe: the forced revision (f.txt = files/001.bin, message "two"). */
  force: { top_hash: string; expected_top_hash: string }
}

const ORACLE_SCRIPT = `
${PY_COMMON}
import io, json
import quilt3

def load(text):
    return quilt3.Package.load(io.BytesIO(text.encode('utf-8')))

def main(data):
    out = {}
    for item in data['manifests']:
        text = item['text']
        first = json.loads(text.split('\\n', 1)[0])
        has = 'user_meta' in first
        expected = text if has else text.replace(
            '{"version": "v0", ', '{"version": "v0", "user_meta": null, ', 1)
        pkg = load(expected)
        out[item['id']] = {
            'top_hash': load(text).top_hash,
            'has_user_meta': has,
            'expected': expected,
            'expected_top_hash': pkg.top_hash,
            'redump_equal': dump_manifest(pkg) == expected.encode('utf-8'),
        }
    force = data['force']
    hashes = {}
    for with_null_meta in (False, True):
        p = quilt3.Package()
        p.set('f.txt', force['path'])
        if with_null_meta:
            p.set_meta(None)
        p._set_commit_message(force['message'])
        p._calculate_missing_hashes()
        hashes[with_null_meta] = p.top_hash
    return {'manifests': out, 'force': {'top_hash': hashes[False], 'expected_top_hash': hashes[True]}}
`

let oracle: Oracle

beforeAll(async () => {
  oracle = await runPython<Oracle>(ORACLE_SCRIPT, {
    manifests: MANIFESTS.map((id) => {
      const [c, f] = id.split('/') as [string, string]
      return { id, text: caseFile(c, f).toString('utf-8') }
    }),
    force: {
      path: realpathSync(join(VECTORS, 'cases', 'conflict-force-dedupe', 'files', '001.bin')),
      message: 'two'
    }
  })
})

function expectedOf(id: string): OracleManifest {
  const m = oracle.manifests[id]
  if (!m) throw new Error(`no oracle result for ${id}`)
  return m
}

/** A local file for each case entry (generated ones written to a temp folder). */
function localEntries(id: string, entries: CaseEntry[]): SourceEntry[] {
  const dir = tempDir('qpa-vec-')
  return entries.map((e) => {
    let path: string
    if (typeof e.content === 'string') {
      path = join(VECTORS, 'cases', id, e.content)
    } else {
      path = join(dir, `gen-${e.content.size}`)
      writeFile(path, entryContent(id, e))
    }
    path = realpathSync(path)
    return {
      logicalKey: e.logical_key,
      physicalKey: PhysicalKey.local(path),
      size: statSync(path).size
    }
  })
}

function localSourceOf(id: string, entries: CaseEntry[]): Source {
  return { kind: 'local', display: `vector ${id}`, entries: localEntries(id, entries) }
}

function bucketOf(c: VectorCase): string {
  return c.registry.replace(/^s3:\/\//, '')
}

/** The timestamp pointer names of a package in a vector object list, with their contents. */
function timestampPointers(objects: VectorObject[], name: string): Map<string, string> {
  const out = new Map<string, string>()
  const prefix = `.quilt/named_packages/${name}/`
  for (const o of objects) {
    if (!o.key.startsWith(prefix)) continue
    const ts = o.key.slice(prefix.length)
    if (/^\d+$/.test(ts)) out.set(ts, o.content!)
  }
  return out
}

const dateOf = (ts: string): Date => new Date(Number(ts) * 1000)

/** The one timestamp whose pointer holds `topHash` (the vector's). */
function timestampOf(objects: VectorObject[], name: string, topHash: string): string {
  const hits = [...timestampPointers(objects, name)].filter(([, h]) => h === topHash)
  if (hits.length !== 1) throw new Error(`expected one timestamp pointer to ${topHash}`)
  return hits[0]![0]
}

describe.each(motoFlavours())('remote vectors replayed on %s moto', (flavour) => {
  let moto: Moto
  let s3: S3Client

  beforeAll(() => {
    moto = Moto.connect(flavour)
    s3 = moto.client()
  })
  afterAll(() => {
    s3.destroy()
  })

  const versionsIn = async (
    buckets: string[]
  ): Promise<(bucket: string, key: string) => string[]> => {
    const all = new Map<string, Map<string, KeyVersions>>()
    for (const b of buckets) all.set(b, await bucketVersions(s3, b))
    return (bucket, key) => all.get(bucket)?.get(key)?.versions ?? []
  }

  /**
   * Our manifest against the vector's: the expected bytes (user_meta null added when the case
   * had none) with moto's version ids; our top hash is quilt3's for those bytes; without the
   * added field, our manifest is the vector's and its top hash the vector's.
   */
  async function expectManifest(
    manifestId: string,
    bucket: string,
    topHash: string,
    versionBuckets: string[],
    vectorTopHash: string
  ): Promise<void> {
    const exp = expectedOf(manifestId)
    expect(exp.top_hash).toBe(vectorTopHash)
    expect(exp.redump_equal).toBe(true)
    expect(topHash).toBe(exp.expected_top_hash)
    const ours = await getText(s3, bucket, `.quilt/packages/${topHash}`)
    const versionsOf = await versionsIn(versionBuckets)
    expect(ours).toBe(substituteVectorVersionIds(exp.expected, versionsOf))
    if (!exp.has_user_meta) {
      const [c, f] = manifestId.split('/') as [string, string]
      const vector = caseFile(c, f).toString('utf-8')
      const withoutNull = ours.replace(
        '{"version": "v0", "user_meta": null, ',
        '{"version": "v0", '
      )
      expect(withoutNull).toBe(substituteVectorVersionIds(vector, versionsOf))
      const pkg = Package.fromManifest(withoutNull)
      expect(pkg.topHash()).toBe(vectorTopHash)
    }
  }

  /**
   * The bucket holds exactly the vector's objects (keys; pointers with the expected top hash,
   * through `hashMap`; sizes and S3 checksums of data objects).
   */
  async function expectObjects(
    bucket: string,
    expected: VectorObject[],
    hashMap: Map<string, string>,
    options: { versionCounts?: boolean } = {}
  ): Promise<void> {
    const versions = await bucketVersions(s3, bucket)
    const mapKey = (k: string): string => k.replace(/[0-9a-f]{64}$/, (h) => hashMap.get(h) ?? h)
    expect(liveKeys(versions)).toEqual(expected.map((o) => mapKey(o.key)).sort())
    for (const o of expected) {
      const key = mapKey(o.key)
      const kv = versions.get(key)!
      if (o.content !== undefined) {
        expect([key, await getText(s3, bucket, key)]).toEqual([key, hashMap.get(o.content)])
      } else if (!key.startsWith('.quilt/')) {
        expect([key, kv.size]).toEqual([key, o.size])
        if (o.s3_checksum_sha256 !== undefined && (flavour === 'aws-like' || !o.mpu_part_sizes)) {
          expect([key, await s3Checksum(s3, bucket, key)]).toEqual([key, o.s3_checksum_sha256])
        }
      }
      if (options.versionCounts && o.version_id !== null) {
        // The fake S3's ids count the versions of each key: `02.…` is the second.
        expect([key, kv.versions.length]).toEqual([key, Number(o.version_id.split('.')[0])])
      }
      if (o.version_id === null) expect(kv.versions).toEqual(['null'])
    }
  }

  it.each(SIMPLE_PUSHES)('%s: pushed like quilt3 pushed it', async (id) => {
    const c = loadCase(id)
    const bucket = await moto.bucket(bucketOf(c), !bucketOf(c).includes('unversioned'))
    const objects = c.expected.s3_objects_after as VectorObject[]
    const vectorHash = INDEX.get(id)!
    const ts = timestampOf(objects, c.package_name, vectorHash)
    const userMeta =
      c.inputs.user_meta_json_file !== undefined
        ? parsePyJson(caseFile(id, c.inputs.user_meta_json_file as string).toString('utf-8'))
        : undefined
    const warnings: string[] = []
    const r = await push(
      {
        name: c.package_name,
        source: localSourceOf(id, c.inputs.entries ?? []),
        registry: new S3Registry(s3, bucket),
        message: c.inputs.message ?? null,
        userMeta
      },
      { now: dateOf(ts), onWarning: (w) => warnings.push(w) }
    )
    expect(r.written).toBe(true)
    expect(r.revision).toBe(ts)
    expect(r.previousTopHash).toBeNull()
    expect(r.transferred).toBe((c.inputs.entries ?? []).length)
    expect(r.versioned).toBe(!bucket.includes('unversioned'))
    expect(/not versioned/.test(warnings.join('\n'))).toBe(!r.versioned)
    await expectManifest(`${id}/manifest.jsonl`, bucket, r.topHash, [bucket], vectorHash)
    await expectObjects(bucket, objects, new Map([[vectorHash, r.topHash]]), {
      versionCounts: true
    })
    // When the package line already has user_meta, the top hash is the vector's itself.
    expect(r.topHash === vectorHash).toBe(expectedOf(`${id}/manifest.jsonl`).has_user_meta)
    const order = (c.expected.walk_order as string[] | undefined) ?? null
    expect(order && r.package.walk().map((e) => e.logicalKey)).toEqual(order)
  })

  it('push-dest-and-selector (first push): dest prefix, in-bucket entry kept, other bucket copied', async () => {
    const id = 'push-dest-and-selector'
    const c = loadCase(id)
    const bucket = await moto.bucket(bucketOf(c))
    const pre = c.inputs.pre_existing_objects as { bucket: string; key: string; content: string }[]
    const other = await moto.bucket('qv-other-bucket')
    const versionOf = new Map<string, string>()
    for (const o of pre) {
      const r = await s3.send(
        new PutObjectCommand({ Bucket: o.bucket, Key: o.key, Body: caseFile(id, o.content) })
      )
      versionOf.set(`${o.bucket}/${o.key}`, r.VersionId!)
    }
    const s3Entry = (lk: string, b: string, key: string): SourceEntry => ({
      logicalKey: lk,
      physicalKey: PhysicalKey.s3(b, key, versionOf.get(`${b}/${key}`)),
      size: caseFile(id, pre.find((o) => o.bucket === b && o.key === key)!.content).length
    })
    const all = c.expected.s3_objects_after as Record<string, VectorObject[]>
    const rev1 = c.expected.top_hash
    const rev2 = (c.expected.rev2 as { top_hash: string }).top_hash
    const ts = timestampOf(all[bucket]!, c.package_name, rev1)
    const r = await push(
      {
        name: c.package_name,
        source: {
          kind: 's3',
          display: 'p.set(...) x3',
          entries: [
            ...localEntries(id, c.inputs.entries!),
            s3Entry('in-bucket.txt', bucket, 'existing/in-bucket.txt'),
            s3Entry('other.txt', other, 'x/other.txt')
          ]
        },
        registry: new S3Registry(s3, bucket),
        dest: `s3://${bucket}/custom/prefix`,
        message: 'dest prefix'
      },
      { now: dateOf(ts) }
    )
    expect(r.transferred).toBe(2)
    await expectManifest(`${id}/manifest.jsonl`, bucket, r.topHash, [bucket], rev1)
    // The vector's bucket after both pushes, without what only the second push wrote.
    const rev2Ts = timestampOf(all[bucket]!, c.package_name, rev2)
    const afterRev1 = all[bucket]!.filter(
      (o) =>
        !o.key.startsWith('by-fn/') &&
        o.key !== `.quilt/packages/${rev2}` &&
        o.key !== `.quilt/named_packages/${c.package_name}/${rev2Ts}`
    )
    const latest = afterRev1.find((o) => o.key.endsWith('/latest'))!
    latest.content = rev1
    await expectObjects(bucket, afterRev1, new Map([[rev1, r.topHash]]))
    await expectObjects(other, all[other]!, new Map())
  })

  it('revisions-and-delete: two revisions (the second re-uses f.txt), delete one by prefix, delete all', async () => {
    const id = 'revisions-and-delete'
    const c = loadCase(id)
    const bucket = await moto.bucket(bucketOf(c))
    const registry = new S3Registry(s3, bucket)
    const steps = c.expected.steps as {
      after_two_pushes: VectorObject[]
      list_package_versions: [string, string][]
      delete_rev2_by_prefix: { arg_top_hash: string; objects_after: VectorObject[] }
      delete_all: { objects_after: VectorObject[] }
      delete_missing_revision: { message: string }
      delete_bad_prefix: { message: string }
    }
    const name = c.package_name
    const v1 = c.expected.rev1_top_hash as string
    const v2 = c.expected.top_hash
    const entries = c.inputs.entries! as (CaseEntry & { rev?: number })[]
    const r1 = await push(
      {
        name,
        source: localSourceOf(
          id,
          entries.filter((e) => e.rev === undefined)
        ),
        registry,
        message: 'rev1'
      },
      { now: dateOf(timestampOf(steps.after_two_pushes, name, v1)) }
    )
    const r2 = await push(
      { name, source: localSourceOf(id, entries), registry, message: 'rev2' },
      { now: dateOf(timestampOf(steps.after_two_pushes, name, v2)) }
    )
    expect(r2.previousTopHash).toBe(r1.topHash)
    // f.txt is the parent's object version: nothing sent for it (the vector has one version).
    expect([r2.reused, r2.transferred]).toEqual([1, 1])
    await expectManifest(`${id}/manifest.rev1.jsonl`, bucket, r1.topHash, [bucket], v1)
    await expectManifest(`${id}/manifest.jsonl`, bucket, r2.topHash, [bucket], v2)
    const hashMap = new Map([
      [v1, r1.topHash],
      [v2, r2.topHash]
    ])
    await expectObjects(bucket, steps.after_two_pushes, hashMap, { versionCounts: true })
    expect(
      (await registry.listPointers(name)).map((p) => [p.name, p.topHash] as [string, string])
    ).toEqual(steps.list_package_versions.map(([n, h]) => [n, hashMap.get(h)!]))

    // Delete the second revision by a 10-character prefix: latest goes back to the first.
    const prefixLength = steps.delete_rev2_by_prefix.arg_top_hash.length
    const d1 = await deletePackage({ name, registry, topHash: r2.topHash.slice(0, prefixLength) })
    expect(d1.deleted).toEqual([r2.topHash])
    expect(d1.latest).toBe(r1.topHash)
    await expectObjects(bucket, steps.delete_rev2_by_prefix.objects_after, hashMap)

    // Delete the package: pointers only; manifests and data stay.
    const d2 = await deletePackage({ name, registry })
    expect(d2.deleted).toEqual([r1.topHash])
    expect(d2.latest).toBeNull()
    await expectObjects(bucket, steps.delete_all.objects_after, hashMap)
    expect(await registry.listPointers(name)).toEqual([])

    // quilt3 deletes a missing package without error; we refuse it (issue 10: a mistyped name
    // must not pass as success). A missing revision and a bad prefix are errors in both.
    await expect(deletePackage({ name, registry })).rejects.toThrow(/does not exist in s3:\/\//)
    await expect(deletePackage({ name, registry, topHash: r1.topHash })).rejects.toThrow(
      steps.delete_missing_revision.message.replace(/\.$/, '')
    )
    await expect(deletePackage({ name, registry, topHash: 'abc' })).rejects.toThrow(
      new RegExp(`^${steps.delete_bad_prefix.message}$`)
    )
  })

  it('conflict-force-dedupe: dedupe writes nothing, a push whose parent is no longer latest is refused, force writes', async () => {
    const id = 'conflict-force-dedupe'
    const c = loadCase(id)
    const name = c.package_name
    const bucket = await moto.bucket(bucketOf(c))
    const objects = c.expected.s3_objects_after as VectorObject[]
    const one = c.expected.top_hash
    const forcedVector = c.expected.force_push_top_hash as string
    const tsOne = timestampOf(objects, name, one)
    const tsForce = timestampOf(objects, name, forcedVector)
    const oneSource = localSourceOf(id, c.inputs.entries!)
    const twoSource = localSourceOf(id, [
      { logical_key: 'f.txt', content: c.inputs.unrelated_content as string }
    ])
    // The forced revision's message is "two": quilt3 gives the vector's top hash for it.
    expect(oracle.force.top_hash).toBe(forcedVector)

    /** A client on which the second read of `latest` first lets `interlude` run. */
    const interceptedRegistry = (
      bucketName: string,
      interlude: () => Promise<void>
    ): { registry: S3Registry; client: S3Client } => {
      const client = moto.client()
      let reads = 0
      client.middlewareStack.add(
        (next, context) => async (args) => {
          const input = args.input as { Key?: string }
          if (
            context.commandName === 'GetObjectCommand' &&
            input.Key === `.quilt/named_packages/${name}/latest` &&
            ++reads === 2
          ) {
            await interlude()
          }
          return next(args)
        },
        { step: 'initialize', name: 'qpaLatestInterlude' }
      )
      return { registry: new S3Registry(client, bucketName), client }
    }

    const registry = new S3Registry(s3, bucket)
    const first = await push(
      { name, source: oneSource, registry, message: 'one' },
      { now: dateOf(tsOne) }
    )
    await expectManifest(`${id}/manifest.jsonl`, bucket, first.topHash, [bucket], one)

    // dedupe: the same revision again writes nothing at all.
    const before = await bucketVersions(s3, bucket)
    const info: string[] = []
    const dedupe = await push(
      { name, source: oneSource, registry, message: 'one', dedupe: true },
      { now: dateOf(String(Number(tsOne) + 1)), onInfo: (m) => info.push(m) }
    )
    expect([dedupe.written, dedupe.revision, dedupe.topHash]).toEqual([false, null, first.topHash])
    expect(info.join('\n')).toContain(first.topHash)
    expect(await bucketVersions(s3, bucket)).toEqual(before)

    // Our push starts from `first`; before it writes, another client pushes an unrelated
    // revision over it: refused, naming both hashes; nothing of ours is written.
    const unrelated = localSourceOf(id, [{ logical_key: 'other.txt', content: 'files/000.bin' }])
    let theirs = ''
    const tsTheirs = String(Number(tsOne) + 1)
    const tsRefused = String(Number(tsForce) + 1)
    const racing = interceptedRegistry(bucket, async () => {
      const r = await push(
        { name, source: unrelated, registry, message: 'someone else', force: true },
        { now: dateOf(tsTheirs) }
      )
      theirs = r.topHash
    })
    const refused = push(
      { name, source: twoSource, registry: racing.registry, message: 'two' },
      { now: dateOf(tsRefused) }
    )
    await expect(refused).rejects.toThrow(ConflictError)
    const err = (await refused.catch((e: unknown) => e)) as ConflictError
    expect([err.expected, err.found]).toEqual([first.topHash, theirs])
    expect(err.message).toContain(first.topHash)
    expect(err.message).toContain(theirs)
    racing.client.destroy()
    expect(await registry.readPointer(name, 'latest')).toBe(theirs)
    expect(await registry.readPointer(name, tsRefused)).toBeNull()
    const twoHash = oracle.force.expected_top_hash
    expect(await registry.readManifest(twoHash)).toBeNull()

    // force: written over the unrelated latest.
    const forced = await push(
      { name, source: twoSource, registry, message: 'two', force: true },
      { now: dateOf(tsForce) }
    )
    expect(forced.topHash).toBe(twoHash)
    expect(forced.previousTopHash).toBe(theirs)
    // The vector's objects, plus what the other client wrote (its manifest, its timestamp
    // pointer, its data); f.txt has two versions, as in the vector: the refused push had sent
    // the new content before the conflict was found, and the forced push re-used that object.
    const expected: VectorObject[] = [
      ...objects,
      { key: `.quilt/packages/${theirs}`, version_id: '01.', size: 0 },
      {
        key: `.quilt/named_packages/${name}/${tsTheirs}`,
        version_id: '01.',
        size: 64,
        content: theirs
      },
      { key: `${name}/other.txt`, version_id: '01.', size: caseFile(id, 'files/000.bin').length }
    ]
    await expectObjects(
      bucket,
      expected,
      new Map([
        [one, first.topHash],
        [forcedVector, forced.topHash],
        [theirs, theirs]
      ])
    )
    expect(forced.reused).toBe(1)
    const fVersions = (await bucketVersions(s3, bucket)).get(`${name}/f.txt`)!.versions
    expect(fVersions).toHaveLength(
      Number(objects.find((o) => o.key === `${name}/f.txt`)!.version_id!.split('.')[0])
    )

    // The vector's own situation: a package made from scratch ("expected no revision") while
    // `one` appears at the destination is refused; force replaces it.
    const fresh = await moto.bucket('qv-conflict-from-scratch')
    const freshRegistry = new S3Registry(s3, fresh)
    let appeared = ''
    const scratch = interceptedRegistry(fresh, async () => {
      appeared = (
        await push(
          { name, source: oneSource, registry: freshRegistry, message: 'one' },
          { now: dateOf(tsOne) }
        )
      ).topHash
    })
    const fromScratch = push(
      { name, source: twoSource, registry: scratch.registry, message: 'two' },
      { now: dateOf(tsRefused) }
    )
    await expect(fromScratch).rejects.toThrow(ConflictError)
    const err2 = (await fromScratch.catch((e: unknown) => e)) as ConflictError
    scratch.client.destroy()
    expect([err2.expected, err2.found]).toEqual([null, first.topHash])
    expect(appeared).toBe(first.topHash)
    expect(err2.message).toContain(first.topHash)
    const forced2 = await push(
      { name, source: twoSource, registry: freshRegistry, message: 'two', force: true },
      { now: dateOf(tsForce) }
    )
    expect(forced2.topHash).toBe(twoHash)
    expect(await freshRegistry.readPointer(name, 'latest')).toBe(twoHash)
  })

  it('build-to-s3-registry: by reference, only the manifest and the two pointers are written', async () => {
    const id = 'build-to-s3-registry'
    const c = loadCase(id)
    const bucket = await moto.bucket(bucketOf(c))
    await moto.bucket('qv-external-data')
    await moto.bucket('qv-unversioned-data', false)
    const pre = c.inputs.pre_existing_objects as { bucket: string; key: string; content: string }[]
    const entries: SourceEntry[] = []
    const keys = ['a.csv', 'b.txt', 'u.txt']
    for (const [i, o] of pre.entries()) {
      const body = caseFile(id, o.content)
      const r = await s3.send(new PutObjectCommand({ Bucket: o.bucket, Key: o.key, Body: body }))
      // p.set(lk, url) records the VersionId S3 gives (none in an unversioned bucket).
      entries.push({
        logicalKey: keys[i]!,
        physicalKey: PhysicalKey.s3(o.bucket, o.key, r.VersionId ?? null),
        size: body.length
      })
    }
    const all = c.expected.s3_objects_after as Record<string, VectorObject[]>
    const ts = timestampOf(all[bucket]!, c.package_name, c.expected.top_hash)
    const r = await build(
      {
        name: c.package_name,
        source: { kind: 's3', display: 'p.set(...) x3', entries },
        registry: new S3Registry(s3, bucket),
        message: 'build to s3'
      },
      { s3, now: dateOf(ts) }
    )
    expect(r.revision).toBe(ts)
    const buckets = Object.keys(all)
    await expectManifest(`${id}/manifest.jsonl`, bucket, r.topHash, buckets, c.expected.top_hash)
    const hashMap = new Map([[c.expected.top_hash, r.topHash]])
    for (const b of buckets) await expectObjects(b, all[b]!, hashMap, { versionCounts: true })
  })
})
