/**
 * A build by reference of an S3 prefix asks S3 as little as it can (issue 14): at most one
 * request per object for its stored checksum, none where the listing proves the object has no
 * checksum of the kind wanted (AWS lists each object's checksum algorithms, and so does the
 * aws-like moto), zero object bytes read where S3 has a usable checksum, and a store that
 * refuses GetObjectAttributes is found out by the first request, not by one per object.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { CRC64NVME, hashBytes, SHA256_CHUNKED, type HashType } from '../../src/quilt/format/hash.js'
import { build } from '../../src/quilt/ops/build.js'
import { listS3Prefix } from '../../src/quilt/sources/s3.js'
import { readHash } from '../../src/quilt/format/manifest.js'
import { type RecordedRequest } from '../helpers/fault-proxy.js'
import { proxiedMoto } from '../helpers/proxied-moto.js'
import { patternBytes } from '../helpers/trees.js'

/** What a request was, as S3 operations. */
function operation(q: RecordedRequest): string {
  if (q.method === 'HEAD') return 'HeadObject'
  if (q.method === 'GET' && q.params.has('attributes')) return 'GetObjectAttributes'
  if (q.method === 'GET' && q.params.has('versions')) return 'ListObjectVersions'
  if (q.method === 'GET') return 'GetObject'
  return `${q.method} ?`
}

describe.each(['aws-like', 'plain'] as const)('build by reference on %s moto', (flavour) => {
  const env = proxiedMoto(flavour, 'refbuild')
  // The listing says which checksums each object has only on the aws-like flavour (as AWS).
  const listsChecksums = flavour === 'aws-like'

  /** Objects: two with a stored checksum of `stored`, two without any. */
  async function prefix(stored: 'SHA256' | 'CRC64NVME'): Promise<{
    bucket: string
    data: Record<string, Buffer>
  }> {
    const bucket = await env.fresh()
    const data: Record<string, Buffer> = {
      'p/with-1.bin': patternBytes('w1', 3000),
      'p/with-2.bin': patternBytes('w2', 70),
      'p/without-1.bin': patternBytes('n1', 5000),
      'p/without-2.bin': patternBytes('n2', 1)
    }
    for (const [key, body] of Object.entries(data)) {
      const withChecksum = key.startsWith('p/with-')
      await env.direct.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ...(withChecksum ? { ChecksumAlgorithm: stored } : {})
        })
      )
    }
    return { bucket, data }
  }

  /** The requests per key of a dry-run build of the prefix (`faults` set after the listing). */
  async function buildRef(
    bucket: string,
    hashType: HashType,
    faults: () => void = () => undefined
  ): Promise<Map<string, string[]>> {
    const registry = env.registry(bucket)
    const listed = await listS3Prefix(registry.s3, `s3://${bucket}/p/`)
    env.proxy.reset()
    faults()
    const r = await build(
      {
        name: 'ref/pkg',
        source: { kind: 's3', display: `s3://${bucket}/p/`, entries: listed.entries },
        registry,
        message: null,
        hashType
      },
      { s3: registry.s3, dryRun: true }
    )
    for (const e of r.package.walk()) {
      expect([e.logicalKey, readHash(e.hash)?.type]).toEqual([e.logicalKey, hashType])
    }
    const byKey = new Map<string, string[]>()
    for (const q of env.proxy.seen({ bucket, key: 'p/' })) {
      byKey.set(q.key, [...(byKey.get(q.key) ?? []), operation(q)])
    }
    return byKey
  }

  it.each([
    [CRC64NVME, 'CRC64NVME', 'HeadObject'],
    [SHA256_CHUNKED, 'SHA256', 'GetObjectAttributes']
  ] as const)(
    '%s: one %s request per object that has one; none but the read for objects without',
    async (hashType, stored, ask) => {
      const { bucket, data } = await prefix(stored)
      const requests = await buildRef(bucket, hashType)
      // Plain moto answers GetObjectAttributes in a form the SDK refuses (its Last-Modified):
      // the first object's request finds that out, and no other object is asked.
      const refused = !listsChecksums && ask === 'GetObjectAttributes'
      const unlisted = refused ? ['GetObject'] : [ask, 'GetObject']
      expect(Object.fromEntries(requests)).toEqual({
        'p/with-1.bin': refused ? [ask, 'GetObject'] : [ask],
        'p/with-2.bin': refused ? ['GetObject'] : [ask],
        'p/without-1.bin': listsChecksums ? ['GetObject'] : unlisted,
        'p/without-2.bin': listsChecksums ? ['GetObject'] : unlisted
      })
      // The hashes are those of the bytes.
      const registry = env.registry(bucket)
      const listed = await listS3Prefix(registry.s3, `s3://${bucket}/p/`)
      const r = await build(
        {
          name: 'ref/check',
          source: { kind: 's3', display: '', entries: listed.entries },
          registry,
          message: null,
          hashType
        },
        { s3: registry.s3, dryRun: true }
      )
      for (const e of r.package.walk()) {
        expect(readHash(e.hash)?.value).toBe(hashBytes(data[`p/${e.logicalKey}`]!, hashType))
      }
    }
  )

  it('a store refusing GetObjectAttributes is asked once, then every object is read', async () => {
    const { bucket } = await prefix('SHA256')
    const requests = await buildRef(bucket, SHA256_CHUNKED, () =>
      env.proxy.inject({
        method: 'GET',
        bucket,
        query: { attributes: true },
        times: Infinity,
        fault: { status: 501, code: 'NotImplemented' }
      })
    )
    const asked = [...requests].filter(([, ops]) => ops.includes('GetObjectAttributes'))
    expect(asked.map(([k, ops]) => [k, ops])).toEqual([
      ['p/with-1.bin', ['GetObjectAttributes', 'GetObject']]
    ])
    for (const [key, ops] of requests) {
      expect([key, ops.filter((o) => o === 'GetObject')]).toEqual([key, ['GetObject']])
    }
  })
})
