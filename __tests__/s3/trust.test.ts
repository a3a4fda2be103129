/**
 * Faults at the commit and around multipart uploads (issue 10), through a proxy in front of moto,
 * with the product's own client (its retries): a lost answer to a pointer write, resets and
 * server errors at random over many pushes, a lost CreateMultipartUpload answer, uploads a killed
 * run left open, a store without conditional writes, and the first failure's cause kept when
 * others are in flight. The invariant checker runs after each.
 */
import { resolveConcurrency } from '../../src/quilt/concurrency.js'
import { CreateMultipartUploadCommand, ListMultipartUploadsCommand } from '@aws-sdk/client-s3'
import { errorMessage } from '../../src/action/errors.js'
import { deletePackage } from '../../src/quilt/ops/delete.js'
import { CommitUnknownError, ConflictError } from '../../src/quilt/errors.js'
import { push, type PushResult } from '../../src/quilt/ops/push.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { type Fault } from '../helpers/fault-proxy.js'
import { checkRegistry, snapshot, type Success } from '../helpers/invariants.js'
import { motoFlavours } from '../helpers/moto.js'
import { big, MiB, proxiedMoto, tree } from '../helpers/proxied-moto.js'
import { cleanupTempDirs } from '../helpers/tmp.js'
import { seededRandom } from '../helpers/trees.js'

afterAll(() => cleanupTempDirs())

const FLAVOURS = motoFlavours()

describe.each(FLAVOURS)('trust on %s moto', (flavour) => {
  const s3 = proxiedMoto(flavour, 'trust')

  it('a reset after the write of latest was applied: the push succeeds (read back), one pointer per revision', async () => {
    const { first, second, bucket, before } = await pushWithLostAnswer(/\/latest$/)
    const successes: Success[] = [first, second].map((r) => ({
      name: 'lost/answer',
      topHash: r.topHash
    }))
    expect(await checkRegistry(s3.direct, bucket, { before, successes })).toEqual([])
    const pointers = await new S3Registry(s3.direct, bucket).listPointers('lost/answer')
    expect(pointers.filter((p) => p.topHash === second.topHash).map((p) => p.name)).toEqual([
      second.revision,
      'latest'
    ])
  })

  it('a reset after the write of the timestamp pointer was applied: the push succeeds with the next second; the pointer of the lost answer names the same revision', async () => {
    const { first, second, bucket, before } = await pushWithLostAnswer(/\/\d+$/)
    const successes: Success[] = [first, second].map((r) => ({
      name: 'lost/answer',
      topHash: r.topHash
    }))
    expect(await checkRegistry(s3.direct, bucket, { before, successes })).toEqual([])
    // A taken name is never adopted (it could be another run's of the same content): the
    // revision gets the next second, and the lost answer's pointer names it too (harmless).
    const pointers = await new S3Registry(s3.direct, bucket).listPointers('lost/answer')
    const mine = pointers.filter((p) => p.topHash === second.topHash).map((p) => p.name)
    expect(second.revision).toBe('1800000101')
    expect(mine).toEqual(['1800000100', '1800000101', 'latest'])
  })

  /** Two pushes; the second's first write to `key` is applied and its answer lost. */
  async function pushWithLostAnswer(key: RegExp) {
    const bucket = await s3.fresh()
    const before = await snapshot(s3.direct, bucket)
    /** A push of one file, its content also the message, at `now` (ms). */
    const pushAt = (content: string, now: number): Promise<PushResult> =>
      push(
        {
          name: 'lost/answer',
          source: localSource(tree({ 'a.txt': content })),
          registry: s3.registry(bucket),
          message: content
        },
        { now: new Date(now) }
      )
    const first = await pushAt('one', 1_800_000_000_000)
    s3.proxy.inject({ method: 'PUT', key, fault: { drop: 'after-forward' } })
    const second = await pushAt('two', 1_800_000_100_000)
    // The write happened, its answer was lost, the SDK's retry was refused (412).
    expect(s3.proxy.seen({ method: 'PUT', key }).map((r) => r.status)).toEqual(
      expect.arrayContaining([0, 412])
    )
    return { bucket, before, first, second }
  }

  /**
   * A push whose write of latest is applied and its answer lost, while another push (straight to
   * moto) moves latest on before the SDK's retry (held at the proxy) is refused.
   */
  async function lostThenMoved(versioned: boolean) {
    const bucket = await s3.fresh(versioned)
    // Each revision its own file: in an unversioned bucket a key written again changes the
    // revisions that recorded it.
    const name = 'lost/then-moved'
    const plain = new S3Registry(s3.direct, bucket)
    const first = await push({
      name,
      source: localSource(tree({ 'one.txt': 'one' })),
      registry: plain,
      message: 'one'
    })
    const latest = `.quilt/named_packages/${name}/latest`
    s3.proxy.inject({ method: 'PUT', key: latest, fault: { drop: 'after-forward' } })
    let released = false
    s3.proxy.inject({ method: 'PUT', key: latest, fault: { hold: () => released, maxMs: 20_000 } })
    const pushing = push({
      name,
      source: localSource(tree({ 'two.txt': 'two' })),
      registry: s3.registry(bucket),
      message: 'two'
    }).then(
      (r) => r,
      (e: unknown) => e as Error
    )
    // The retry is held: the first write, whose answer was dropped after moto applied it, is done.
    while (s3.proxy.seen({ method: 'PUT', key: latest }).length < 2) {
      await new Promise((r) => setTimeout(r, 10))
    }
    // Meanwhile another run builds on what latest now holds: the lost write's revision.
    const other = await push({
      name,
      source: localSource(tree({ 'three.txt': 'three' })),
      registry: plain,
      message: 'three'
    })
    released = true
    const outcome = await pushing
    return { bucket, name, first, other, outcome, pointers: await plain.listPointers(name) }
  }

  it('latest written, its answer lost, another push moving latest before the retry: in a versioned bucket the history shows it held the revision: success', async () => {
    const { bucket, name, first, other, outcome, pointers } = await lostThenMoved(true)
    expect(outcome).not.toBeInstanceOf(Error)
    const published = outcome as PushResult
    expect(published.written).toBe(true)
    expect(other.previousTopHash).toBe(published.topHash)
    expect(pointers.map((q) => q.topHash)).toContain(published.topHash)
    const successes = [first, published, other].map((r) => ({ name, topHash: r.topHash }))
    expect(await checkRegistry(s3.direct, bucket, { successes })).toEqual([])
  })

  it('the same in an unversioned bucket: the push fails saying the outcome cannot be told, its pointer kept', async () => {
    const { bucket, other, outcome, pointers } = await lostThenMoved(false)
    expect(outcome).toBeInstanceOf(CommitUnknownError)
    const e = outcome as CommitUnknownError
    expect(e.message).toMatch(/cannot be told.*keeps its timestamp pointer/)
    expect(pointers.find((q) => q.name === e.revision)?.topHash).toBe(e.topHash)
    expect(other.previousTopHash).toBe(e.topHash)
    expect(await checkRegistry(s3.direct, bucket)).toEqual([])
  })

  it('a timestamp pointer already holding the same top hash is never adopted: the next second is taken', async () => {
    const bucket = await s3.fresh()
    const registry = s3.registry(bucket)
    const hash = 'a'.repeat(64)
    expect(await registry.createRevisionPointer('same/hash', hash, 1_800_000_000)).toBe(
      '1800000000'
    )
    expect(await registry.createRevisionPointer('same/hash', hash, 1_800_000_000)).toBe(
      '1800000001'
    )
    expect((await registry.listPointers('same/hash')).map((p) => p.name)).toEqual([
      '1800000000',
      '1800000001'
    ])
  })

  it('a registry bucket that does not exist: pointer writes fail at once with NoSuchBucket, never a conflict', async () => {
    const registry = s3.registry('no-such-bucket-here')
    const hash = 'b'.repeat(64)
    await expect(registry.createRevisionPointer('x/y', hash, 1_800_000_000)).rejects.toMatchObject({
      name: 'NoSuchBucket'
    })
    await expect(
      registry.replaceLatest('x/y', hash, { topHash: 'c'.repeat(64), tag: '"abc"' })
    ).rejects.toMatchObject({ name: 'NoSuchBucket' })
  })

  it('every answer to CreateMultipartUpload lost: the push fails and the uploads S3 made are aborted', async () => {
    const bucket = await s3.fresh()
    s3.proxy.inject({
      method: 'POST',
      query: { uploads: true },
      times: Infinity,
      fault: { drop: 'after-forward' }
    })
    const error = await push({
      name: 'lost/creates',
      source: localSource(tree({ 'big.bin': big(9 * MiB + 1, 7) })),
      registry: s3.registry(bucket),
      message: null
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect(s3.proxy.seen({ method: 'POST', query: { uploads: true } }).length).toBeGreaterThan(1)
    expect(await checkRegistry(s3.direct, bucket)).toEqual([])
  })

  it('a lost answer to CreateMultipartUpload: the upload S3 made anyway is aborted', async () => {
    const bucket = await s3.fresh()
    const before = await snapshot(s3.direct, bucket)
    s3.proxy.inject({ method: 'POST', query: { uploads: true }, fault: { drop: 'after-forward' } })
    const r = await push({
      name: 'lost/create',
      source: localSource(tree({ 'big.bin': big(9 * MiB + 5, 3), 'a.txt': 'a' })),
      registry: s3.registry(bucket),
      message: null
    })
    expect(s3.proxy.seen({ method: 'POST', query: { uploads: true } }).length).toBeGreaterThan(1)
    const successes = [{ name: 'lost/create', topHash: r.topHash }]
    expect(await checkRegistry(s3.direct, bucket, { before, successes })).toEqual([])
  })

  it('multipart uploads a killed run left open for the keys of a push are aborted by the next push', async () => {
    const bucket = await s3.fresh()
    await s3.direct.send(
      new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'stale/up/big.bin' })
    )
    const other = await s3.direct.send(
      new CreateMultipartUploadCommand({ Bucket: bucket, Key: 'elsewhere/big.bin' })
    )
    const info: string[] = []
    const r = await push(
      {
        name: 'stale/up',
        source: localSource(tree({ 'big.bin': big(9 * MiB, 5) })),
        registry: s3.registry(bucket),
        message: null
      },
      { onInfo: (m) => info.push(m) }
    )
    expect(info).toContain('Aborted 1 multipart upload(s) left open by an earlier run.')
    const open = await s3.direct.send(new ListMultipartUploadsCommand({ Bucket: bucket }))
    // Only the upload for a key of this push; another package's is not ours to touch.
    expect((open.Uploads ?? []).map((u) => u.UploadId)).toEqual([other.UploadId])
    expect(r.written).toBe(true)
  })

  it('resets and 500/503 at random (15%) over many pushes: every success whole and reachable, failures leave no trace', async () => {
    const bucket = await s3.fresh()
    const before = await snapshot(s3.direct, bucket)
    const random = seededRandom(flavour === 'plain' ? 7 : 11)
    const faults: Fault[] = [
      { drop: 'after-forward' },
      { drop: 'before-forward' },
      { drop: 'mid-response' },
      { status: 500, code: 'InternalError' },
      { status: 503, code: 'SlowDown' }
    ]
    for (const fault of faults) {
      s3.proxy.inject({ times: Infinity, probability: 0.03, random, fault })
    }
    const successes: Success[] = []
    const failures: unknown[] = []
    const pushes = 12
    for (let i = 0; i < pushes; i++) {
      const files: Record<string, Buffer | string> = {
        'shared.txt': 'the same in every revision',
        [`only-${i % 3}.txt`]: `push ${i}`
      }
      if (i % 4 === 0) files['big.bin'] = big(9 * MiB + i, i + 2)
      try {
        const r = await push(
          {
            name: 'soak/p',
            source: localSource(tree(files)),
            registry: s3.registry(bucket),
            message: `push ${i}`
          },
          { concurrency: resolveConcurrency(4) }
        )
        successes.push({ name: 'soak/p', topHash: r.topHash })
      } catch (e) {
        failures.push(e)
      }
      await s3.proxy.idle()
      expect(await checkRegistry(s3.direct, bucket, { before, successes })).toEqual([])
    }
    const injected = s3.proxy.requests.filter((r) => r.fault !== undefined).length
    process.stderr.write(
      `soak on ${flavour} moto: ${pushes} pushes, ${s3.proxy.requests.length} requests, ${injected} faults injected, ${successes.length} succeeded, ${failures.length} failed, 0 invariant violations\n`
    )
    // A failure is a transient fault that outlasted the retries, never a bug or a conflict.
    for (const e of failures) {
      expect(e).not.toBeInstanceOf(TypeError)
      expect(e).not.toBeInstanceOf(ConflictError)
    }
    expect(injected).toBeGreaterThan(0)
    expect(successes.length).toBeGreaterThan(0)
  })

  it('a store without conditional writes: a warning that names concurrency, and pointers written plainly', async () => {
    const bucket = await s3.fresh()
    const notImplemented: Fault = {
      status: 501,
      code: 'NotImplemented',
      message: 'A header you provided implies functionality that is not implemented'
    }
    s3.proxy.inject({ headers: { 'if-none-match': true }, times: Infinity, fault: notImplemented })
    s3.proxy.inject({ headers: { 'if-match': true }, times: Infinity, fault: notImplemented })
    const warnings: string[] = []
    const registry = s3.registry(bucket, warnings)
    const first = await push({
      name: 'plain/store',
      source: localSource(tree({ 'a.txt': 'one' })),
      registry,
      message: null
    })
    const second = await push({
      name: 'plain/store',
      source: localSource(tree({ 'a.txt': 'two' })),
      registry,
      message: null
    })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/does not support conditional writes.*concurrency:/)
    const successes = [first, second].map((r) => ({ name: 'plain/store', topHash: r.topHash }))
    expect(await checkRegistry(s3.direct, bucket, { successes })).toEqual([])
    // The whole package deleted: latest re-read right before its unconditional removal.
    s3.proxy.requests.splice(0)
    await deletePackage({ name: 'plain/store', registry })
    expect(await new S3Registry(s3.direct, bucket).listPointers('plain/store')).toEqual([])
    const reads = s3.proxy.seen({ method: 'GET', key: '.quilt/named_packages/plain/store/latest' })
    const removal = s3.proxy.seen({
      method: 'DELETE',
      key: '.quilt/named_packages/plain/store/latest'
    })
    const plain = removal.find((r) => r.status === 204)!
    const lastRead = reads.filter((r) => r.responded < plain.arrived).at(-1)!
    // The window in which a concurrent push could still be removed: from the answer of the
    // last read of latest to the arrival of the unconditional delete.
    process.stderr.write(
      `no conditional delete (${flavour}): ${plain.start - lastRead.end} ms between the re-read of latest and its removal\n`
    )
    expect(plain.start - lastRead.end).toBeLessThan(1000)
  })

  it('one file refused (AccessDenied) while others are in flight: the error names that file, the request and the permission', async () => {
    const bucket = await s3.fresh()
    const files: Record<string, string> = {}
    for (let i = 0; i < 24; i++) files[`f${String(i).padStart(2, '0')}.txt`] = `file ${i}`
    s3.proxy.inject({
      method: 'PUT',
      key: 'deny/p/f07.txt',
      fault: { status: 403, code: 'AccessDenied', message: 'Access Denied' }
    })
    s3.proxy.inject({ method: 'PUT', key: /^deny\/p\//, times: Infinity, fault: { delayMs: 150 } })
    const error = await push(
      {
        name: 'deny/p',
        source: localSource(tree(files)),
        registry: s3.registry(bucket),
        message: null
      },
      { concurrency: resolveConcurrency(8) }
    ).catch((e: unknown) => e)
    const message = errorMessage(error)
    expect(message).toMatch(
      /^f07\.txt \(.*f07\.txt\): Access denied: PutObject on s3:\/\/.*\/deny\/p\/f07\.txt\. The credentials need s3:PutObject/
    )
    expect(message).not.toMatch(/abort/i)
    expect(await checkRegistry(s3.direct, bucket)).toEqual([])
  })
})
