/**
 * This library and the real quilt3 8.0.0 on one S3 (moto, AWS-like and plain): each reads and
 * builds on what the other writes.
 *
 *  - quilt3 browses what we push (top hash it computes, manifest it re-dumps) and fetches every
 *    object by its versioned physical key to hash it again;
 *  - revisions on top of each other: quilt3 browses ours, changes it and pushes; we push on
 *    top of quilt3's (re-using its objects), quilt3 browses the result;
 *  - the same folder pushed by quilt3 and by us: same top hash, same manifest up to the
 *    physical keys, same keys written; quilt3 force-pushing it over ours re-uses our objects;
 *  - we delete revisions quilt3 pushed, quilt3 deletes the same in a twin bucket (a copy): the
 *    same pointers remain, as quilt3's listings show;
 *  - build by reference from S3: quilt3 re-hashes every object, and its own build of the same
 *    prefix is the same manifest, byte for byte;
 *  - a local push on top of a revision built by reference lands in the registry bucket at
 *    `<name>/<logical key>`, as quilt3's push does;
 *  - unversioned registries: S3 lists their objects with the version id "null", which names
 *    whatever the key holds now, so a parent's "null" object is not proof of the same bytes;
 *    quilt3 re-hashes what we publish; and the same folder pushed by both gives the same
 *    manifest but for the bucket name.
 *
 * quilt3 runs through helpers/s3-quilt3.ts (how it reaches moto, and the plain-moto workaround,
 * are documented there). Its timestamp pointers are pinned with `set_clock`, ours with `now`.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { join } from 'node:path'
import { hashBytes } from '../../src/quilt/format/hash.js'
import { parsePyJson } from '../../src/quilt/py/json.js'
import { build } from '../../src/quilt/ops/build.js'
import { deletePackage } from '../../src/quilt/ops/delete.js'
import { push } from '../../src/quilt/ops/push.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { listS3Prefix } from '../../src/quilt/sources/s3.js'
import { Moto, motoFlavours } from '../helpers/moto.js'
import {
  bucketVersions,
  copyBucket,
  getBytes,
  liveKeys,
  manifestPhysicalKeys,
  parseS3Url,
  withPhysicalKeysOf
} from '../helpers/s3-objects.js'
import {
  Quilt3OnMoto,
  type PyBrowsed,
  type PyRehashed,
  type Quilt3Session
} from '../helpers/s3-quilt3.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { patternBytes } from '../helpers/trees.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

const MiB = 1024 * 1024
/** Base of the pinned timestamps (Unix seconds). */
const T = 1_700_000_000

function tree(files: Record<string, Buffer | string>): string {
  const dir = tempDir('qpa-interop-')
  for (const [k, v] of Object.entries(files)) writeFile(join(dir, k), v)
  return dir
}

/** Awkward names, an empty file, one above quilt3's HEAD-reuse threshold, one multipart. */
function mixedFiles(): Record<string, Buffer | string> {
  return {
    'a.txt': 'hello quilt3\n',
    'empty.txt': '',
    'ünïcødé/日本語 データ.csv': 'x,y\n1,2\n',
    'sub dir/emoji 😀 +%#?&=.txt': 'emoji',
    'nfd-e\u0301.txt': 'nfd',
    'tab\there.txt': 'tab',
    'kb.bin': patternBytes('kb.bin', 5000),
    'big.bin': patternBytes('big.bin', 8 * MiB + 1)
  }
}

const SCRIPT = `
import json

def step_browse(name, registry, folder=None):
    pkg, info = browse(name, registry)
    info['verify'] = pkg.verify(folder) if folder else None
    info['versions'] = versions(name, registry)
    return info

def step_push_on_top(name, registry, add, remove, meta, message, clock):
    pkg = quilt3.Package.browse(name, registry=registry)
    parent = pkg.top_hash
    for lk, path in add.items():
        pkg.set(lk, path)
    for lk in remove:
        pkg.delete(lk)
    pkg.set_meta(meta)
    set_clock(clock)
    new = pkg.push(name, registry=registry, message=message)
    return {'parent': parent, 'top_hash': new.top_hash}

def step_push_folder(name, registry, folder, meta_json, message, clock, into_existing=None):
    set_clock(clock)
    make = lambda: quilt3.Package().set_dir('.', folder, meta=json.loads(meta_json))
    top_hash = make().push(name, registry=registry, message=message).top_hash
    out = {'top_hash': top_hash}
    if into_existing:
        # The same folder over an existing package: refused without force, written with it.
        try:
            make().push(name, registry=into_existing, message=message)
            out['conflict'] = None
        except Exception as e:
            out['conflict'] = describe_error(e)
        set_clock(clock + 1)
        forced = make().push(name, registry=into_existing, message=message, force=True)
        out['forced_top_hash'] = forced.top_hash
        out['forced_keys'] = {lk: pk_info(e.physical_key) for lk, e in forced.walk()}
    return out

def step_push_history(registries, name, revisions, other):
    out = {}
    for registry in registries:
        hashes = []
        pkg = quilt3.Package()
        for rev in revisions:
            pkg.set('f.txt', rev['path'])
            set_clock(rev['clock'])
            pkg = pkg.push(name, registry=registry, message=rev['message'])
            hashes.append(pkg.top_hash)
        set_clock(other['clock'])
        o = quilt3.Package()
        o.set('o.txt', other['path'])
        o.push(other['name'], registry=registry, message='other')
        out[registry] = hashes
    return out

def step_delete_and_list(registry, name, prefixes, delete_all, registries, other_name):
    for prefix in prefixes:
        quilt3.delete_package(name, registry=registry, top_hash=prefix)
    if delete_all:
        quilt3.delete_package(name, registry=registry)
    out = {}
    for reg in registries:
        try:
            latest = quilt3.Package.browse(name, registry=reg).top_hash
        except Exception as e:
            latest = None
        out[reg] = {
            'versions': versions(name, reg),
            'packages': packages(reg),
            'other': versions(other_name, reg),
            'latest': latest,
        }
    return out

def step_build_by_reference(name, ours, theirs, src, meta_json, message, clock):
    _, info = browse(name, ours)
    set_clock(clock)
    pkg = quilt3.Package().set_dir('.', src, meta=json.loads(meta_json) if meta_json else None)
    info['quilt3_top_hash'] = pkg.build(name, registry=theirs, message=message)
    return info

def step_push_over_reference(name, registry, src, in_registry, folder, message, clock):
    set_clock(clock)
    ref = quilt3.Package().set_dir('.', src)
    for lk, key in in_registry.items():
        ref.set(lk, registry + '/' + key)
    ref.build(name, registry=registry, message='by reference')
    pkg = quilt3.Package.browse(name, registry=registry)
    pkg.set_dir('.', folder)
    set_clock(clock + 1)
    pushed = pkg.push(name, registry=registry, message=message)
    return {'top_hash': pushed.top_hash, 'keys': {lk: pk_info(e.physical_key) for lk, e in pushed.walk()}}

def main(d):
    return globals()['step_' + d['step']](**d['args'])
`

describe.each(motoFlavours())('quilt3 8.0.0 and this library on %s moto', (flavour) => {
  let moto: Moto
  let s3: S3Client
  let quilt3: Quilt3Session

  beforeAll(() => {
    moto = Moto.connect(flavour)
    s3 = moto.client()
    quilt3 = new Quilt3OnMoto(moto).start(SCRIPT)
  })
  afterAll(async () => {
    // Each may be missing when beforeAll failed half-way.
    await quilt3?.close()
    s3?.destroy()
  })

  const py = <R>(step: string, args: Record<string, unknown>): Promise<R> =>
    quilt3.call<R>({ step, args })

  /** quilt3 fetched every object by its physical key and got the recorded size and hash. */
  function expectRehashed(entries: PyRehashed[]): void {
    for (const e of entries) {
      expect([e.logical_key, e.fetched_size, e.computed]).toEqual([e.logical_key, e.size, e.hash])
    }
  }

  /** quilt3 re-dumps the manifest it browsed into exactly the bytes in the registry. */
  async function expectRedump(bucket: string, topHash: string, info: PyBrowsed): Promise<void> {
    const raw = await getBytes(s3, bucket, `.quilt/packages/${topHash}`)
    expect(Buffer.from(info.manifest, 'base64').toString('utf-8')).toBe(raw.toString('utf-8'))
  }

  it('quilt3 browses what we push, gets our top hash and re-hashes every object by its versioned key', async () => {
    const bucket = await moto.bucket('ours-browsed')
    const registry = `s3://${bucket}`
    const files = mixedFiles()
    const dir = tree(files)
    const name = 'interop/ours'
    const r = await push(
      {
        name,
        source: localSource(dir),
        registry: new S3Registry(s3, bucket),
        message: 'from the action ✓\n"quoted" line',
        userMeta: parsePyJson(
          '{"k": [1, 2.5, "ü"], "big": 123456789012345678901234567890, "f": 1.0}'
        )
      },
      { now: new Date(T * 1000) }
    )
    const info = await py<PyBrowsed & { verify: boolean; versions: string[][] }>('browse', {
      name,
      registry,
      folder: dir
    })
    expect(info.top_hash).toBe(r.topHash)
    await expectRedump(bucket, r.topHash, info)
    expect(info.verify).toBe(true)
    expect(info.versions).toEqual([
      [String(T), r.topHash],
      ['latest', r.topHash]
    ])
    expect(info.entries.map((e) => e.logical_key).sort()).toEqual(Object.keys(files).sort())
    expectRehashed(info.entries)
    const versions = await bucketVersions(s3, bucket)
    for (const e of info.entries) {
      const content = files[e.logical_key]!
      expect(e.hash).toBe(hashBytes(Buffer.from(content)))
      expect(e.physical_key.bucket).toBe(bucket)
      expect(e.physical_key.key).toBe(`${name}/${e.logical_key}`)
      expect(e.physical_key.version_id).toBe(versions.get(e.physical_key.key)!.versions[0])
    }
  })

  it('quilt3 pushes on top of our revision, we push on top of quilt3’s re-using its objects, each sees the other’s latest', async () => {
    const bucket = await moto.bucket('revisions')
    const registry = new S3Registry(s3, bucket)
    const url = `s3://${bucket}`
    const name = 'interop/revisions'
    const keep = patternBytes('keep.bin', 3000)
    const first = await push(
      {
        name,
        source: localSource(tree({ 'x.txt': 'x1', 'y.txt': 'y1', 'keep.bin': keep })),
        registry,
        message: 'ours, first'
      },
      { now: new Date((T + 100) * 1000) }
    )

    // quilt3: browse ours, add new.txt, drop y.txt, set metadata, push.
    const newFile = join(tree({ 'new.txt': 'added by quilt3' }), 'new.txt')
    const q = await py<{ parent: string; top_hash: string }>('push_on_top', {
      name,
      registry: url,
      add: { 'new.txt': newFile },
      remove: ['y.txt'],
      meta: { by: 'quilt3' },
      message: 'quilt3 on top',
      clock: T + 200
    })
    expect(q.parent).toBe(first.topHash)
    expect(await registry.readPointer(name, 'latest')).toBe(q.top_hash)
    expect(await registry.readPointer(name, String(T + 200))).toBe(q.top_hash)
    const theirs = (await getBytes(s3, bucket, `.quilt/packages/${q.top_hash}`)).toString()
    const theirKeys = new Map(manifestPhysicalKeys(theirs).map((e) => [e.logicalKey, e.url]))
    expect([...theirKeys.keys()]).toEqual(['keep.bin', 'new.txt', 'x.txt'])

    // Ours on top of quilt3's: the same files plus one new one; only that one is sent.
    const changed = patternBytes('changed.bin', 2000)
    const third = await push(
      {
        name,
        source: localSource(
          tree({
            'x.txt': 'x1',
            'keep.bin': keep,
            'new.txt': 'added by quilt3',
            'changed.bin': changed
          })
        ),
        registry,
        message: 'ours on top of quilt3',
        userMeta: parsePyJson('{"by": "quilt3"}')
      },
      { now: new Date((T + 300) * 1000) }
    )
    expect(third.previousTopHash).toBe(q.top_hash)
    expect([third.reused, third.transferred, third.uploadedBytes]).toEqual([3, 1, 2000])
    const ours = (await getBytes(s3, bucket, `.quilt/packages/${third.topHash}`)).toString()
    // The three unchanged entries are the objects quilt3's revision records; changed.bin is new.
    const oursKeys = manifestPhysicalKeys(ours)
    expect(oursKeys.map((e) => e.logicalKey)).toEqual([
      'changed.bin',
      'keep.bin',
      'new.txt',
      'x.txt'
    ])
    expect(oursKeys.filter((e) => e.logicalKey !== 'changed.bin')).toEqual(
      [...theirKeys].map(([logicalKey, url]) => ({ logicalKey, url }))
    )
    expect(parseS3Url(oursKeys[0]!.url).key).toBe(`${name}/changed.bin`)

    const info = await py<PyBrowsed & { versions: string[][] }>('browse', { name, registry: url })
    expect(info.top_hash).toBe(third.topHash)
    await expectRedump(bucket, third.topHash, info)
    expectRehashed(info.entries)
    expect(info.versions).toEqual([
      [String(T + 100), first.topHash],
      [String(T + 200), q.top_hash],
      [String(T + 300), third.topHash],
      ['latest', third.topHash]
    ])
  })

  it('the same folder pushed by quilt3 and by us: same top hash, same manifest up to the physical keys, same keys written', async () => {
    const oursBucket = await moto.bucket('same-ours')
    const theirsBucket = await moto.bucket('same-quilt3')
    const name = 'ïnterop/sämé_²'
    const files = mixedFiles()
    const dir = tree(files)
    const meta =
      '{"n": 1.0, "big": 12345678901234567890, "s": "ü\\u2028", "l": [null, true, -0.0, 1e-7]}'
    const message = 'same folder ✓'
    const ours = await push(
      {
        name,
        source: localSource(dir),
        registry: new S3Registry(s3, oursBucket),
        message,
        userMeta: parsePyJson(meta)
      },
      { now: new Date(T * 1000) }
    )
    const oursKeys = liveKeys(await bucketVersions(s3, oursBucket))
    const q = await py<{
      top_hash: string
      conflict: string | null
      forced_top_hash: string
      forced_keys: Record<string, { bucket: string; key: string; version_id: string | null }>
    }>('push_folder', {
      name,
      registry: `s3://${theirsBucket}`,
      folder: dir,
      meta_json: meta,
      message,
      clock: T,
      into_existing: `s3://${oursBucket}`
    })
    expect(q.top_hash).toBe(ours.topHash)
    const oursManifest = (
      await getBytes(s3, oursBucket, `.quilt/packages/${ours.topHash}`)
    ).toString()
    const theirsManifest = (
      await getBytes(s3, theirsBucket, `.quilt/packages/${q.top_hash}`)
    ).toString()
    expect(theirsManifest).not.toBe(oursManifest) // the version ids differ...
    expect(withPhysicalKeysOf(theirsManifest, oursManifest)).toBe(oursManifest) // ...only they
    // Same layout: data at <name>/<logical key>, the manifest, the same two pointers.
    expect(liveKeys(await bucketVersions(s3, theirsBucket))).toEqual(oursKeys)
    expect(oursKeys.filter((k) => !k.startsWith('.quilt/'))).toEqual(
      Object.keys(files)
        .map((k) => `${name}/${k}`)
        .sort()
    )
    for (const { logicalKey, url } of manifestPhysicalKeys(theirsManifest)) {
      const pk = parseS3Url(url)
      expect([pk.bucket, pk.key]).toEqual([theirsBucket, `${name}/${logicalKey}`])
    }

    // quilt3 pushing the same folder over ours needs force (its new package has no parent);
    // forced, it gives the same top hash and re-uses our objects that it checks by HEAD
    // (quilt3 re-uses only objects of 1024 bytes or more whose S3 checksum it recognises).
    expect(q.conflict).toMatch(/QuiltConflictException/)
    expect(q.forced_top_hash).toBe(ours.topHash)
    const ourKeys = new Map(
      manifestPhysicalKeys(oursManifest).map((e) => [e.logicalKey, parseS3Url(e.url)])
    )
    const reusedByQuilt3 = ['kb.bin', ...(flavour === 'aws-like' ? ['big.bin'] : [])]
    for (const lk of reusedByQuilt3) {
      expect([lk, q.forced_keys[lk]!.version_id]).toEqual([lk, ourKeys.get(lk)!.versionId])
    }
    expect(await new S3Registry(s3, oursBucket).readPointer(name, 'latest')).toBe(ours.topHash)
  })

  it('deletes revisions quilt3 pushed (by prefix, then all) as quilt3 deletes them', async () => {
    const oursBucket = await moto.bucket('delete-ours')
    const twinBucket = await moto.bucket('delete-twin')
    const ours = `s3://${oursBucket}`
    const twin = `s3://${twinBucket}`
    const registry = new S3Registry(s3, oursBucket)
    const name = 'interop/deleted'
    const other = 'interop/other'
    const files = tree({ 'one.txt': 'one', 'two.txt': 'two', 'four.txt': 'four' })
    // r1, r2, r1 again (same top hash, second timestamp pointer), r4 = latest; and another
    // package. The twin bucket gets a copy of every object: the same history for quilt3.
    const history = await py<Record<string, string[]>>('push_history', {
      registries: [ours],
      name,
      revisions: [
        { path: join(files, 'one.txt'), clock: T + 100, message: 'r1' },
        { path: join(files, 'two.txt'), clock: T + 200, message: 'r2' },
        { path: join(files, 'one.txt'), clock: T + 300, message: 'r1' },
        { path: join(files, 'four.txt'), clock: T + 400, message: 'r4' }
      ],
      other: { name: other, path: join(files, 'one.txt'), clock: T + 500 }
    })
    await copyBucket(s3, oursBucket, twinBucket)
    const [h1, h2, h1again, h4] = history[ours]!
    expect(h1again).toBe(h1)
    expect(new Set([h1, h2, h4]).size).toBe(3)

    // By prefix: r1 (not latest: its two pointers go), then r4 (latest: re-pointed to r2).
    const byPrefix1 = await deletePackage({ name, registry, topHash: h1!.slice(0, 8) })
    expect(byPrefix1.deleted).toEqual([h1])
    expect(byPrefix1.pointersRemoved.sort()).toEqual([String(T + 100), String(T + 300)])
    expect(byPrefix1.latest).toBe(h4)
    const byPrefix4 = await deletePackage({ name, registry, topHash: h4!.slice(0, 12) })
    expect(byPrefix4.deleted).toEqual([h4])
    expect(byPrefix4.latest).toBe(h2)

    interface Listing {
      versions: string[][]
      packages: string[]
      other: string[][]
      latest: string | null
    }
    const afterPrefix = await py<Record<string, Listing>>('delete_and_list', {
      registry: twin,
      name,
      prefixes: [h1!.slice(0, 8), h4!.slice(0, 12)],
      delete_all: false,
      registries: [ours, twin],
      other_name: other
    })
    expect(afterPrefix[ours]).toEqual(afterPrefix[twin])
    expect(afterPrefix[ours]!.versions).toEqual([
      [String(T + 200), h2],
      ['latest', h2]
    ])
    expect(afterPrefix[ours]!.latest).toBe(h2)
    expect(afterPrefix[ours]!.packages).toEqual([other, name].sort())

    // The whole package: pointers only; quilt3 no longer lists it; the other one stays.
    const whole = await deletePackage({ name, registry })
    expect(whole.deleted).toEqual([h2])
    const afterAll = await py<Record<string, Listing>>('delete_and_list', {
      registry: twin,
      name,
      prefixes: [],
      delete_all: true,
      registries: [ours, twin],
      other_name: other
    })
    expect(afterAll[ours]).toEqual(afterAll[twin])
    expect(afterAll[ours]!.versions).toEqual([])
    expect(afterAll[ours]!.latest).toBeNull()
    expect(afterAll[ours]!.packages).toEqual([other])
    expect(afterAll[ours]!.other).toHaveLength(2)
    // Manifests and data are never deleted, in either bucket.
    const left = liveKeys(await bucketVersions(s3, oursBucket))
    expect(left).toEqual(liveKeys(await bucketVersions(s3, twinBucket)))
    expect(left.filter((k) => k.startsWith('.quilt/packages/'))).toHaveLength(4)
    expect(left).toContain(`${name}/f.txt`)
  })

  it('builds by reference from S3: quilt3 re-hashes every object, its own build is the same manifest', async () => {
    const src = await moto.bucket('ref-source')
    const unversioned = await moto.bucket('ref-source-unversioned', false)
    const oursBucket = await moto.bucket('ref-ours')
    const theirsBucket = await moto.bucket('ref-quilt3')
    const objects: [string, string, Buffer | string, boolean][] = [
      [src, 'in/a.csv', 'a,b\n1,2\n', false],
      [src, 'in/ü dir/b c+d.txt', 'unicode key', true],
      [src, 'in/empty.txt', '', false],
      [src, 'in/kb.bin', patternBytes('kb.bin', 5000), true],
      [src, 'in/big.bin', patternBytes('big.bin', 8 * MiB + 1), false],
      [src, 'in/dir/', '', false],
      [src, 'outside.txt', 'not under the prefix', false],
      [unversioned, 'u/x.txt', 'in an unversioned bucket', false],
      [unversioned, 'u/sub/y.txt', 'y', false]
    ]
    for (const [bucket, key, body, checksum] of objects) {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: typeof body === 'string' ? Buffer.from(body) : body,
          ...(checksum ? { ChecksumAlgorithm: 'SHA256' as const } : {})
        })
      )
    }
    const meta = '{"source": "s3", "n": 1.5}'
    const cases = [
      { name: 'ref/versioned', prefix: `s3://${src}/in/`, meta, clock: T },
      { name: 'ref/unversioned', prefix: `s3://${unversioned}/u/`, meta: null, clock: T + 1 }
    ]
    for (const c of cases) {
      const before = liveKeys(await bucketVersions(s3, oursBucket))
      const listed = await listS3Prefix(s3, c.prefix)
      const r = await build(
        {
          name: c.name,
          source: { kind: 's3', display: listed.display, entries: listed.entries },
          registry: new S3Registry(s3, oursBucket),
          message: 'by reference',
          userMeta: c.meta === null ? undefined : parsePyJson(c.meta)
        },
        { s3, now: new Date(c.clock * 1000) }
      )
      const added = liveKeys(await bucketVersions(s3, oursBucket)).filter(
        (k) => !before.includes(k)
      )
      expect(added).toEqual(
        [
          `.quilt/named_packages/${c.name}/${c.clock}`,
          `.quilt/named_packages/${c.name}/latest`,
          `.quilt/packages/${r.topHash}`
        ].sort()
      )
      const info = await py<PyBrowsed & { quilt3_top_hash: string }>('build_by_reference', {
        name: c.name,
        ours: `s3://${oursBucket}`,
        theirs: `s3://${theirsBucket}`,
        src: c.prefix,
        meta_json: c.meta,
        message: 'by reference',
        clock: c.clock
      })
      expect(info.top_hash).toBe(r.topHash)
      await expectRedump(oursBucket, r.topHash, info)
      expectRehashed(info.entries)
      const expectedKeys = objects
        .filter(([b, k]) => `s3://${b}/${k}`.startsWith(c.prefix) && !k.endsWith('/'))
        .map(([b, k]) => `${b}/${k}`)
        .sort()
      expect(
        info.entries.map((e) => `${e.physical_key.bucket}/${e.physical_key.key}`).sort()
      ).toEqual(expectedKeys)
      // quilt3's own build of the same prefix: the same manifest, byte for byte.
      expect(info.quilt3_top_hash).toBe(r.topHash)
      const theirs = await getBytes(s3, theirsBucket, `.quilt/packages/${r.topHash}`)
      expect(theirs.toString()).toBe(r.manifest.toString())
    }
    expect(liveKeys(await bucketVersions(s3, theirsBucket))).toEqual(
      liveKeys(await bucketVersions(s3, oursBucket))
    )
  })

  it('a push on top of a revision built by reference puts the data into the registry, as quilt3 does', async () => {
    const src = await moto.bucket('over-ref-source')
    const oursBucket = await moto.bucket('over-ref-ours')
    const theirsBucket = await moto.bucket('over-ref-quilt3')
    const files = {
      'a.txt': 'same bytes',
      'b.bin': patternBytes('b.bin', 2000),
      'c.csv': 'in the registry bucket, elsewhere\n'
    }
    for (const k of ['a.txt', 'b.bin'] as const) {
      await s3.send(
        new PutObjectCommand({ Bucket: src, Key: `in/${k}`, Body: Buffer.from(files[k]) })
      )
    }
    for (const b of [oursBucket, theirsBucket]) {
      await s3.send(new PutObjectCommand({ Bucket: b, Key: 'raw/c.csv', Body: files['c.csv'] }))
    }
    const dir = tree(files)
    const name = 'interop/over-reference'
    const registry = new S3Registry(s3, oursBucket)
    // The revision by reference: two objects of another bucket, one of the registry bucket.
    const listed = await listS3Prefix(s3, `s3://${src}/in/`)
    const inRegistry = (await listS3Prefix(s3, `s3://${oursBucket}/raw/`)).entries
    await build(
      {
        name,
        source: {
          kind: 's3',
          display: 'by reference',
          entries: [...listed.entries, ...inRegistry]
        },
        registry,
        message: 'by reference'
      },
      { s3, now: new Date(T * 1000) }
    )
    // On top of it, the same content from a local folder.
    const r = await push(
      { name, source: localSource(dir), registry, message: 'pushed' },
      { now: new Date((T + 1) * 1000) }
    )
    // quilt3: the same by-reference revision, then the local files set on it and pushed.
    const q = await py<{ top_hash: string; keys: Record<string, { bucket: string; key: string }> }>(
      'push_over_reference',
      {
        name,
        registry: `s3://${theirsBucket}`,
        src: `s3://${src}/in/`,
        in_registry: { 'c.csv': 'raw/c.csv' },
        folder: dir,
        message: 'pushed',
        clock: T
      }
    )
    expect(q.top_hash).toBe(r.topHash)
    // quilt3 copies every local file to <registry>/<name>/<logical key>...
    const layout = (bucket: string): string[][] =>
      Object.keys(files).map((lk) => [lk, bucket, `${name}/${lk}`])
    expect(Object.entries(q.keys).map(([lk, pk]) => [lk, pk.bucket, pk.key])).toEqual(
      layout(theirsBucket)
    )
    // ...and so must we: the by-reference parent's objects are not the registry's copy of the
    // data (another bucket, or another key of the registry bucket).
    const ours = (await getBytes(s3, oursBucket, `.quilt/packages/${r.topHash}`)).toString()
    expect(
      manifestPhysicalKeys(ours).map(({ logicalKey, url }) => {
        const pk = parseS3Url(url)
        return [logicalKey, pk.bucket, pk.key]
      })
    ).toEqual(layout(oursBucket))
  })

  it('in an unversioned registry, an object overwritten since the parent revision is sent again; quilt3 re-hashes it', async () => {
    const bucket = await moto.bucket('unversioned-parent', false)
    const name = 'interop/unversioned'
    const key = `${name}/f.txt`
    const registry = new S3Registry(s3, bucket)
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'same bytes' }))
    // The parent: built by reference from the destination prefix itself. S3 lists objects of
    // an unversioned bucket with the version id "null", which quilt3 records as is.
    const listed = await listS3Prefix(s3, `s3://${bucket}/${name}/`)
    expect(listed.entries.map((e) => e.physicalKey.versionId)).toEqual(['null'])
    await build(
      {
        name,
        source: { kind: 's3', display: listed.display, entries: listed.entries },
        registry,
        message: 'by reference'
      },
      { s3, now: new Date(T * 1000) }
    )
    // Someone replaces the object (same size, other bytes): "null" is not an immutable version.
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'SAME BYTES' }))
    const r = await push(
      { name, source: localSource(tree({ 'f.txt': 'same bytes' })), registry, message: 'again' },
      { now: new Date((T + 1) * 1000) }
    )
    const info = await py<PyBrowsed & { versions: string[][] }>('browse', {
      name,
      registry: `s3://${bucket}`
    })
    expect(info.top_hash).toBe(r.topHash)
    expectRehashed(info.entries)
    expect(r.transferred).toBe(1)
  })

  it('in an unversioned registry, objects kept in place are hashed again when they changed since the parent; quilt3 re-hashes them', async () => {
    const bucket = await moto.bucket('unversioned-in-place', false)
    const name = 'interop/in-place'
    const registry = new S3Registry(s3, bucket)
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'raw/a.csv', Body: 'a,b\n1,2\n' }))
    const pushPrefix = async (message: string, seconds: number): Promise<string> => {
      const listed = await listS3Prefix(s3, `s3://${bucket}/raw/`)
      const r = await push(
        {
          name,
          source: { kind: 's3', display: listed.display, entries: listed.entries },
          registry,
          message
        },
        { now: new Date(seconds * 1000) }
      )
      return r.topHash
    }
    await pushPrefix('first', T)
    // The object is replaced in place (same size): the listing gives the same "null" version.
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'raw/a.csv', Body: 'a,b\n3,4\n' }))
    const second = await pushPrefix('second', T + 1)
    const info = await py<PyBrowsed>('browse', { name, registry: `s3://${bucket}` })
    expect(info.top_hash).toBe(second)
    expectRehashed(info.entries)
  })

  it('the same folder pushed by quilt3 and by us into unversioned buckets: the same manifest but for the bucket name', async () => {
    const oursBucket = await moto.bucket('unversioned-ours', false)
    const theirsBucket = await moto.bucket('unversioned-quilt3', false)
    const name = 'interop/unversioned-same'
    const dir = tree(mixedFiles())
    const ours = await push(
      { name, source: localSource(dir), registry: new S3Registry(s3, oursBucket), message: 'u' },
      { now: new Date(T * 1000) }
    )
    expect(ours.versioned).toBe(false)
    const q = await py<{ top_hash: string }>('push_folder', {
      name,
      registry: `s3://${theirsBucket}`,
      folder: dir,
      meta_json: 'null',
      message: 'u',
      clock: T
    })
    expect(q.top_hash).toBe(ours.topHash)
    const oursManifest = (
      await getBytes(s3, oursBucket, `.quilt/packages/${ours.topHash}`)
    ).toString()
    const theirsManifest = (
      await getBytes(s3, theirsBucket, `.quilt/packages/${q.top_hash}`)
    ).toString()
    expect(theirsManifest.replaceAll(`s3://${theirsBucket}/`, `s3://${oursBucket}/`)).toBe(
      oursManifest
    )
    expect(liveKeys(await bucketVersions(s3, theirsBucket))).toEqual(
      liveKeys(await bucketVersions(s3, oursBucket))
    )
  })
})
