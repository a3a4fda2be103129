/**
 * push / build / delete against a real S3 server (moto), once AWS-like and once plain.
 */
import {
  GetObjectCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { join } from 'node:path'
import { hashBytes } from '../../src/quilt/format/hash.js'
import { parsePyJson } from '../../src/quilt/py/json.js'
import { Package, readHash } from '../../src/quilt/format/manifest.js'
import { build } from '../../src/quilt/ops/build.js'
import { deletePackage } from '../../src/quilt/ops/delete.js'
import { ConflictError, push, type PushResult } from '../../src/quilt/ops/push.js'
import { PackageNotFoundError } from '../../src/quilt/errors.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { listS3Prefix } from '../../src/quilt/sources/s3.js'
import { Moto, motoFlavours } from '../helpers/moto.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

function tree(files: Record<string, Buffer | string>): string {
  const dir = tempDir()
  for (const [k, v] of Object.entries(files)) writeFile(join(dir, k), v)
  return dir
}

async function text(s3: S3Client, bucket: string, key: string): Promise<string> {
  const r = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return r.Body!.transformToString()
}

async function keys(s3: S3Client, bucket: string): Promise<string[]> {
  const r = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket }))
  return (r.Versions ?? []).map((v) => v.Key!).sort()
}

const MiB = 1024 * 1024
const big = (n: number, seed = 1): Buffer =>
  Buffer.from(Array.from({ length: n }, (_, i) => (i * seed) % 251))

describe.each(motoFlavours())('S3 registry on %s moto', (flavour) => {
  let moto: Moto
  let s3: S3Client
  let n = 0
  const fresh = async (versioned = true): Promise<string> =>
    moto.bucket(`${flavour === 'plain' ? 'p' : 'a'}-reg-${++n}`, versioned)

  beforeAll(() => {
    moto = Moto.connect(flavour)
    s3 = moto.client()
  })
  afterAll(() => {
    s3.destroy()
  })

  it('pushes a folder: data, manifest, pointers; hashes equal the local ones; a re-push uploads nothing', async () => {
    const bucket = await fresh()
    const files = {
      'a.txt': 'hello',
      'sub/b.bin': big(8 * MiB + 3),
      'sub/c d.txt': '',
      'exact.bin': big(8 * MiB, 7)
    }
    const dir = tree(files)
    const registry = new S3Registry(s3, bucket)
    const pushDir = (message: string): Promise<PushResult> =>
      push({ name: 'team/data', source: localSource(dir), registry, message })
    const r1 = await pushDir('first')
    expect(r1.written).toBe(true)
    expect(r1.transferred).toBe(4)
    expect(r1.uploadedBytes).toBe(16 * MiB + 8)
    const latest = await text(s3, bucket, '.quilt/named_packages/team/data/latest')
    expect(latest).toBe(r1.topHash)
    expect(await text(s3, bucket, `.quilt/named_packages/team/data/${r1.revision!}`)).toBe(
      r1.topHash
    )
    const manifest = Package.fromManifest(await text(s3, bucket, `.quilt/packages/${r1.topHash}`))
    expect(manifest.topHash()).toBe(r1.topHash)
    for (const e of manifest.walk()) {
      const content = files[e.logicalKey as keyof typeof files]
      expect(readHash(e.hash)!.value).toBe(hashBytes(Buffer.from(content)))
      expect(e.physicalKey.bucket).toBe(bucket)
      expect(e.physicalKey.path).toBe(`team/data/${e.logicalKey}`)
      expect(e.physicalKey.versionId).not.toBeNull()
    }
    const before = await keys(s3, bucket)
    const r2 = await pushDir('second')
    expect(r2.transferred).toBe(0)
    expect(r2.uploadedBytes).toBe(0)
    expect(r2.reused).toBe(4)
    expect(r2.topHash).not.toBe(r1.topHash)
    // Only the new manifest and pointers were added.
    const added = (await keys(s3, bucket)).filter(
      (k) => !before.includes(k) || k.endsWith('latest')
    )
    expect(added.every((k) => k.startsWith('.quilt/'))).toBe(true)
  })

  it('re-uses objects already at the destination after an interrupted push (HEAD with checksum)', async () => {
    const bucket = await fresh()
    const dir = tree({ 'x.txt': 'x content', 'y.bin': big(3 * MiB) })
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'team/again/y.bin',
        Body: big(3 * MiB),
        ChecksumAlgorithm: 'SHA256'
      })
    )
    const r = await push({
      name: 'team/again',
      source: localSource(dir),
      registry: new S3Registry(s3, bucket),
      message: null
    })
    // The HEAD shows the same size and SHA-256: y.bin is not sent again.
    expect([r.reused, r.transferred]).toEqual([1, 1])
  })

  it('an unversioned bucket works, with physical keys without versionId and a warning', async () => {
    const bucket = await fresh(false)
    const dir = tree({ 'f.txt': 'unversioned' })
    const warnings: string[] = []
    const registry = new S3Registry(s3, bucket)
    const r = await push(
      { name: 'u/p', source: localSource(dir), registry, message: 'm' },
      { onWarning: (w) => warnings.push(w) }
    )
    expect(warnings.join()).toMatch(/not versioned/)
    const m = Package.fromManifest(await text(s3, bucket, `.quilt/packages/${r.topHash}`))
    expect(String(m.walk()[0]!.physicalKey)).toBe(`s3://${bucket}/u/p/f.txt`)
    const again = await push({ name: 'u/p', source: localSource(dir), registry, message: 'm2' })
    // The parent's object is confirmed by a HEAD with its checksum and not sent again.
    expect(again.transferred).toBe(0)
    const m2 = Package.fromManifest(await text(s3, bucket, `.quilt/packages/${again.topHash}`))
    expect(m2.walk()[0]!.hash).toEqual(m.walk()[0]!.hash)
  })

  it('dedupe writes nothing when the top hash equals latest', async () => {
    const bucket = await fresh()
    const dir = tree({ 'f.txt': 'same' })
    const registry = new S3Registry(s3, bucket)
    await push({ name: 'd/p', source: localSource(dir), registry, message: 'm' })
    const before = await keys(s3, bucket)
    const r = await push({
      name: 'd/p',
      source: localSource(dir),
      registry,
      message: 'm',
      dedupe: true
    })
    expect(r.written).toBe(false)
    expect(r.changed).toBe(false)
    expect(await keys(s3, bucket)).toEqual(before)
  })

  it('fails with a conflict naming both hashes when latest moves during the push; force overrides', async () => {
    const bucket = await fresh()
    const registry = new S3Registry(s3, bucket)
    const files: Record<string, string> = {}
    for (let i = 0; i < 40; i++) files[`f${i}.txt`] = `file ${i}`
    const dir = tree(files)
    const other = 'f'.repeat(64)
    let write: Promise<unknown> | undefined
    const attempt = push(
      { name: 'c/p', source: localSource(dir), registry, message: 'mine' },
      {
        onProgress: (p) => {
          if (p.phase === 'uploading' && !write) {
            write = s3.send(
              new PutObjectCommand({
                Bucket: bucket,
                Key: '.quilt/named_packages/c/p/latest',
                Body: other
              })
            )
          }
        }
      }
    )
    await expect(attempt).rejects.toThrow(ConflictError)
    await expect(attempt).rejects.toThrow(other)
    await write
    expect(await text(s3, bucket, '.quilt/named_packages/c/p/latest')).toBe(other)
    const forced = await push({
      name: 'c/p',
      source: localSource(dir),
      registry,
      message: 'mine',
      force: true
    })
    expect(await text(s3, bucket, '.quilt/named_packages/c/p/latest')).toBe(forced.topHash)
  })

  it('copies S3 sources from another bucket server side, keeps registry-bucket objects in place', async () => {
    const bucket = await fresh()
    const src = await fresh()
    await s3.send(new PutObjectCommand({ Bucket: src, Key: 'in/a.csv', Body: 'a,b\n1,2\n' }))
    await s3.send(new PutObjectCommand({ Bucket: src, Key: 'in/big.bin', Body: big(9 * MiB, 3) }))
    await s3.send(new PutObjectCommand({ Bucket: src, Key: 'in/dir/', Body: Buffer.alloc(0) }))
    const listed = await listS3Prefix(s3, `s3://${src}/in/`)
    expect(listed.entries.map((e) => e.logicalKey).sort()).toEqual(['a.csv', 'big.bin'])
    const registry = new S3Registry(s3, bucket)
    const r = await push({
      name: 's/p',
      source: { kind: 's3', display: listed.display, entries: listed.entries },
      registry,
      message: 'copy'
    })
    const m = Package.fromManifest(await text(s3, bucket, `.quilt/packages/${r.topHash}`))
    const byKey = new Map(m.walk().map((e) => [e.logicalKey, e]))
    expect(readHash(byKey.get('big.bin')!.hash)!.value).toBe(hashBytes(big(9 * MiB, 3)))
    expect(byKey.get('a.csv')!.physicalKey.bucket).toBe(bucket)
    expect(byKey.get('a.csv')!.physicalKey.path).toBe('s/p/a.csv')

    // Objects already in the registry bucket stay where they are.
    const inPlace = await listS3Prefix(s3, `s3://${bucket}/s/p/`)
    const r2 = await push({
      name: 's/q',
      source: { kind: 's3', display: inPlace.display, entries: inPlace.entries },
      registry,
      message: 'ref'
    })
    expect(r2.transferred).toBe(0)
    const m2 = Package.fromManifest(await text(s3, bucket, `.quilt/packages/${r2.topHash}`))
    expect(
      m2
        .walk()
        .map((e) => e.physicalKey.path)
        .sort()
    ).toEqual(['s/p/a.csv', 's/p/big.bin'])
    expect(m2.topHash()).toBe(r2.topHash)
  })

  it('builds to an S3 registry by reference: only the manifest and two pointers are written', async () => {
    const bucket = await fresh()
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'raw/a.csv',
        Body: 'x,y\n',
        ChecksumAlgorithm: 'SHA256'
      })
    )
    const before = await keys(s3, bucket)
    const listed = await listS3Prefix(s3, `s3://${bucket}/raw/`)
    const r = await build(
      {
        name: 'b/p',
        source: { kind: 's3', display: listed.display, entries: listed.entries },
        registry: new S3Registry(s3, bucket),
        message: 'ref',
        userMeta: parsePyJson('{"k": 1.0}')
      },
      { s3 }
    )
    const added = (await keys(s3, bucket)).filter((k) => !before.includes(k))
    expect(added.sort()).toEqual(
      [
        `.quilt/named_packages/b/p/${r.revision}`,
        '.quilt/named_packages/b/p/latest',
        `.quilt/packages/${r.topHash}`
      ].sort()
    )
    expect(readHash(r.package.walk()[0]!.hash)!.value).toBe(hashBytes(Buffer.from('x,y\n')))
  })

  it('deletes revisions: one by prefix re-points latest; the whole package; never data or manifests', async () => {
    const bucket = await fresh()
    const registry = new S3Registry(s3, bucket)
    const dir = tree({ 'f.txt': 'v1' })
    const r1 = await push(
      { name: 'del/p', source: localSource(dir), registry, message: 'one' },
      { now: new Date(1_700_000_000_000) }
    )
    const r2 = await push(
      { name: 'del/p', source: localSource(dir), registry, message: 'two' },
      { now: new Date(1_700_000_100_000) }
    )
    const d = await deletePackage({ name: 'del/p', registry, topHash: r2.topHash.slice(0, 10) })
    expect(d.deleted).toEqual([r2.topHash])
    expect(await text(s3, bucket, '.quilt/named_packages/del/p/latest')).toBe(r1.topHash)
    expect((await keys(s3, bucket)).filter((k) => k.startsWith('.quilt/packages/'))).toHaveLength(2)
    const all = await deletePackage({ name: 'del/p', registry })
    expect(all.deleted).toEqual([r1.topHash])
    expect(await registry.listPointers('del/p')).toEqual([])
    expect((await keys(s3, bucket)).filter((k) => k.startsWith('del/p/'))).toHaveLength(1)
    // A name with no revision left is an error (a typo must not pass as a successful delete).
    await expect(deletePackage({ name: 'del/p', registry })).rejects.toThrow(PackageNotFoundError)
    await expect(deletePackage({ name: 'del/p', registry, topHash: r1.topHash })).rejects.toThrow(
      /No such package version/
    )
  })
})
