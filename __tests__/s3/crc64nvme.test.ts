/**
 * `CRC64NVME` as a first-class hash (issue 13), against the real quilt3 8.0.0 and moto:
 *
 *  - the arithmetic: CRC-64/NVME's check value, part CRCs combined into the whole file's, and
 *    the values quilt3's `calculate_multipart_checksum_bytes` gives, from 0 bytes to several
 *    parts, in memory and through the hashing workers;
 *  - a push with `checksum: crc64nvme` (single and multipart uploads): S3 keeps the same
 *    full-object CRC64NVME, quilt3 browses the revision, re-dumps the same bytes and verifies
 *    every object and the folder;
 *  - a parent hashed either way: an unchanged file is not uploaded again;
 *  - a build by reference of objects whose CRC64NVME S3 stores reads no object byte (the GETs
 *    are counted through a proxy), and reads only those without one;
 *  - a local build with CRC64NVME, browsed and verified by quilt3.
 */
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { crc64nvmeKernel } from '../../src/quilt/format/crc64.js'
import {
  combineParts,
  crc64Base64,
  CRC64NVME,
  hashBytes,
  SHA256_CHUNKED,
  type HashType
} from '../../src/quilt/format/hash.js'
import { HashPool } from '../../src/quilt/hashing/pool.js'
import { readHash } from '../../src/quilt/format/manifest.js'
import { build } from '../../src/quilt/ops/build.js'
import { push } from '../../src/quilt/ops/push.js'
import { LocalRegistry } from '../../src/quilt/registry/local.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { listS3Prefix } from '../../src/quilt/sources/s3.js'
import { getBytes } from '../helpers/s3-objects.js'
import { proxiedMoto, tree } from '../helpers/proxied-moto.js'
import { runPython } from '../helpers/python.js'
import { Quilt3OnMoto, type PyBrowsed, type Quilt3Session } from '../helpers/s3-quilt3.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { patternBytes } from '../helpers/trees.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

const MiB = 1024 * 1024
const T = 1_700_000_000

/** Sizes around quilt3's part boundaries. */
const SIZES = [0, 1, 7, 5000, 8 * MiB - 1, 8 * MiB, 8 * MiB + 1, 17 * MiB + 3]

describe('CRC-64/NVME arithmetic', () => {
  it('has the standard check value', () => {
    const k = crc64nvmeKernel()
    const s = k.start()
    k.update(s, Buffer.from('123456789'))
    expect(Buffer.from(k.digest(s)).toString('hex')).toBe('ae8b14860a799888')
  })

  it.each([[[0, 1, 2, 3]], [[0, 3, 300_000, 300_001, 1_000_003]], [[0, 8, 16, 17, 1000]]])(
    'part CRCs combine into the whole CRC (cuts %j)',
    (cuts) => {
      const data = randomBytes(cuts[cuts.length - 1]!)
      const k = crc64nvmeKernel()
      const parts = cuts.slice(1).map((end, i) => {
        const s = k.start()
        k.update(s, data.subarray(cuts[i], end))
        return { digest: k.digest(s), size: end - cuts[i]! }
      })
      expect(combineParts(CRC64NVME, parts)).toBe(crc64Base64(data))
    }
  )

  it("gives quilt3's values, in memory and through the hashing workers", async () => {
    const dir = tempDir('qpa-crc-')
    const files = SIZES.map((size, i) => {
      const path = join(dir, `f${i}`)
      writeFile(path, patternBytes(`f${i}`, size))
      return { path, size }
    })
    const theirs = await runPython<string[]>(
      `
from quilt3 import checksums
def main(d):
    return [checksums.calculate_multipart_checksum_bytes(open(p, 'rb').read(), checksum_type='CRC64NVME') for p in d]
`,
      files.map((f) => f.path)
    )
    const pool = new HashPool({ workers: 2 })
    try {
      // Many files at once go to the workers (the large ones in parts, combined).
      expect(await pool.hashFiles(files, CRC64NVME)).toEqual(theirs)
      for (const [i, f] of files.entries()) {
        expect(hashBytes(patternBytes(`f${i}`, f.size), CRC64NVME)).toBe(theirs[i])
      }
    } finally {
      await pool.close()
    }
    expect(theirs[0]).toBe('AAAAAAAAAAA=')
  })
})

const SCRIPT = `
def step_browse(name, registry, folder=None):
    pkg, info = browse(name, registry)
    info['verify'] = pkg.verify(folder) if folder else None
    return info

def main(d):
    return globals()['step_' + d['step']](**d['args'])
`

type Browsed = PyBrowsed & { verify: boolean | null }

describe.each(['aws-like', 'plain'] as const)('CRC64NVME on %s moto', (flavour) => {
  const env = proxiedMoto(flavour, 'crc64')
  let quilt3: Quilt3Session
  let s3: S3Client

  beforeAll(() => {
    s3 = env.direct
    quilt3 = new Quilt3OnMoto(env.moto).start(SCRIPT)
  })
  afterAll(async () => {
    await quilt3?.close()
  })

  const browse = (name: string, registry: string, folder?: string): Promise<Browsed> =>
    quilt3.call<Browsed>({ step: 'browse', args: { name, registry, folder } })

  /** quilt3 browsed it, re-dumped our bytes, and every object re-hashes to its entry. */
  async function expectQuilt3Reads(
    bucket: string,
    topHash: string,
    info: Browsed,
    type: HashType
  ): Promise<void> {
    expect(info.top_hash).toBe(topHash)
    const raw = await getBytes(s3, bucket, `.quilt/packages/${topHash}`)
    expect(Buffer.from(info.manifest, 'base64').toString('utf-8')).toBe(raw.toString('utf-8'))
    for (const e of info.entries) {
      expect([e.logical_key, e.computed]).toEqual([e.logical_key, e.hash])
    }
    expect(raw.toString('utf-8')).toContain(`"type": "${type}"`)
  }

  const files = (): Record<string, Buffer | string> => ({
    'a.txt': 'hello crc\n',
    'empty.txt': '',
    'sub/kb.bin': patternBytes('kb.bin', 5000),
    'big.bin': patternBytes('big.bin', 8 * MiB + 1)
  })

  it('a push with CRC64NVME: S3 keeps the same checksum, quilt3 browses and verifies it', async () => {
    const bucket = await env.fresh()
    const dir = tree(files())
    const name = 'crc/pushed'
    const r = await push(
      {
        name,
        source: localSource(dir),
        registry: env.registry(bucket),
        message: 'crc',
        hashType: CRC64NVME
      },
      { now: new Date(T * 1000) }
    )
    const info = await browse(name, `s3://${bucket}`, dir)
    await expectQuilt3Reads(bucket, r.topHash, info, CRC64NVME)
    expect(info.verify).toBe(true)
    // S3 was asked for the CRC64NVME of each object (full object, also the multipart one).
    for (const e of r.package.walk()) {
      const a = await s3.send(
        new HeadObjectCommand({
          Bucket: bucket,
          Key: e.physicalKey.path,
          VersionId: e.physicalKey.versionId ?? undefined,
          ChecksumMode: 'ENABLED'
        })
      )
      expect([e.logicalKey, a.ChecksumCRC64NVME]).toEqual([e.logicalKey, readHash(e.hash)?.value])
    }
  })

  it.each([
    [CRC64NVME, SHA256_CHUNKED],
    [SHA256_CHUNKED, CRC64NVME]
  ] as const)(
    'a parent hashed with %s: re-pushed with %s, no unchanged file is uploaded again',
    async (first, second) => {
      const bucket = await env.fresh()
      const dir = tree(files())
      const name = 'crc/again'
      const registry = env.registry(bucket)
      const one = await push(
        { name, source: localSource(dir), registry, message: '1', hashType: first },
        { now: new Date(T * 1000) }
      )
      expect(one.transferred).toBe(4)
      env.proxy.reset()
      const two = await push(
        { name, source: localSource(dir), registry, message: '2', hashType: second },
        { now: new Date((T + 1) * 1000) }
      )
      expect([two.transferred, two.reused, two.uploadedBytes]).toEqual([0, 4, 0])
      // Not a byte of data was sent: only the manifest and the pointers were written.
      const puts = env.proxy.seen({ method: 'PUT' }).map((q) => q.key)
      expect(puts.filter((k) => !k.startsWith('.quilt/'))).toEqual([])
      const info = await browse(name, `s3://${bucket}`, dir)
      await expectQuilt3Reads(bucket, two.topHash, info, second)
      expect(info.verify).toBe(true)
    }
  )

  it('a push of objects of another bucket with CRC64NVME: copied server side, quilt3 re-hashes them', async () => {
    const source = await env.fresh()
    const bucket = await env.fresh()
    const objects: Record<string, Buffer> = {
      'src/small.bin': patternBytes('small', 4000),
      'src/big.bin': patternBytes('big', 8 * MiB + 5)
    }
    for (const [key, body] of Object.entries(objects)) {
      await s3.send(new PutObjectCommand({ Bucket: source, Key: key, Body: body }))
    }
    const registry = env.registry(bucket)
    const listed = await listS3Prefix(registry.s3, `s3://${source}/src/`)
    env.proxy.reset()
    const r = await push(
      {
        name: 'crc/copied',
        source: { kind: 's3', display: `s3://${source}/src/`, entries: listed.entries },
        registry,
        message: null,
        hashType: CRC64NVME
      },
      { now: new Date(T * 1000) }
    )
    expect(r.transferred).toBe(2)
    // Copied server side: no byte of either object was downloaded.
    expect(env.proxy.seen({ method: 'GET', bucket: source })).toEqual([])
    const info = await browse('crc/copied', `s3://${bucket}`)
    await expectQuilt3Reads(bucket, r.topHash, info, CRC64NVME)
    expect(info.entries.map((e) => [e.logical_key, e.hash])).toEqual(
      Object.entries(objects)
        .map(([k, b]) => [k.slice(4), hashBytes(b, CRC64NVME)])
        .sort()
    )
  })

  it('a build by reference reads no byte of objects whose CRC64NVME S3 stores', async () => {
    const bucket = await env.fresh()
    const data: Record<string, Buffer> = {
      'ref/one.bin': patternBytes('one', 3000),
      'ref/two.bin': patternBytes('two', 1),
      'ref/none.bin': patternBytes('none', 4096)
    }
    for (const [key, body] of Object.entries(data)) {
      // As AWS stores every new object: with its CRC64NVME (but one, uploaded without).
      const withCrc = key !== 'ref/none.bin'
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ...(withCrc ? { ChecksumAlgorithm: 'CRC64NVME' as const } : {})
        })
      )
    }
    const registry = env.registry(bucket)
    env.proxy.reset()
    const listed = await listS3Prefix(registry.s3, `s3://${bucket}/ref/`)
    const r = await build(
      {
        name: 'crc/ref',
        source: { kind: 's3', display: `s3://${bucket}/ref/`, entries: listed.entries },
        registry,
        message: null,
        hashType: CRC64NVME
      },
      { s3: registry.s3, now: new Date(T * 1000) }
    )
    const gets = env.proxy
      .seen({ method: 'GET' })
      .filter((q) => q.key.startsWith('ref/'))
      .map((q) => q.key)
    // Only the object without a stored checksum was read.
    expect(gets).toEqual(['ref/none.bin'])
    const info = await browse('crc/ref', `s3://${bucket}`)
    await expectQuilt3Reads(bucket, r.topHash, info, CRC64NVME)
  })

  it('a local build with CRC64NVME: quilt3 browses and verifies it', async () => {
    const root = tempDir('qpa-crc-reg-')
    const dir = tree(files())
    const r = await build(
      {
        name: 'crc/local',
        folder: dir,
        registry: new LocalRegistry(root),
        message: 'local',
        hashType: CRC64NVME
      },
      { now: new Date(T * 1000) }
    )
    const info = await browse('crc/local', root, dir)
    expect(info.top_hash).toBe(r.topHash)
    expect(info.verify).toBe(true)
    for (const e of info.entries) expect(e.computed).toBe(e.hash)
    expect(r.manifest.toString('utf-8')).toContain('"type": "CRC64NVME"')
  })
})
