/**
 * Writers racing on one registry (issue 10): pushes within one second, concurrent publishers,
 * and push against delete with each interleaving forced by a proxy that holds a chosen request.
 * After every scenario the invariant checker must find nothing: every pointer names a complete
 * revision, every run that reported success is reachable, `latest` is a successful run's
 * revision, and losers fail with a conflict naming both hashes.
 */
import { resolveConcurrency } from '../../src/quilt/concurrency.js'
import { type S3Client } from '@aws-sdk/client-s3'
import { ConflictError } from '../../src/quilt/errors.js'
import { build } from '../../src/quilt/ops/build.js'
import { deletePackage } from '../../src/quilt/ops/delete.js'
import { push, type PushResult } from '../../src/quilt/ops/push.js'
import { LocalRegistry } from '../../src/quilt/registry/local.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { checkRegistry, snapshot, type Success } from '../helpers/invariants.js'
import { motoFlavours } from '../helpers/moto.js'
import { proxiedMoto, tree } from '../helpers/proxied-moto.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

afterAll(() => cleanupTempDirs())

const LATEST = (name: string): string => `.quilt/named_packages/${name}/latest`

describe.each(motoFlavours())('writers racing on %s moto', (flavour) => {
  const bench = proxiedMoto(flavour, 'race')
  let s3: S3Client
  const fresh = (): Promise<string> => bench.fresh()
  /** A registry seen through its own client, as another run would (optionally via the proxy). */
  const clients: S3Client[] = []
  const registryOf = (bucket: string, viaProxy = false): S3Registry => {
    const c = bench.moto.client(viaProxy ? { endpoint: bench.proxy.url, maxAttempts: 3 } : {})
    clients.push(c)
    return new S3Registry(c, bucket)
  }
  beforeAll(() => {
    s3 = bench.direct
  })
  afterAll(() => {
    for (const c of clients) c.destroy()
  })

  it('pushes back to back within one second each get their own timestamp pointer', async () => {
    const bucket = await fresh()
    const before = await snapshot(s3, bucket)
    const now = new Date(1_800_000_000_400) // the clock pinned: every push in the same second
    const successes: Success[] = []
    const revisions: string[] = []
    for (let i = 0; i < 5; i++) {
      const r = await push(
        {
          name: 'race/seq',
          source: localSource(tree({ 'v.txt': `version ${i}` })),
          registry: registryOf(bucket),
          message: `v${i}`
        },
        { now }
      )
      successes.push({ name: 'race/seq', topHash: r.topHash })
      revisions.push(r.revision!)
    }
    expect(revisions).toEqual([
      '1800000000',
      '1800000001',
      '1800000002',
      '1800000003',
      '1800000004'
    ])
    const pointers = await registryOf(bucket).listPointers('race/seq')
    expect(pointers.map((p) => p.name)).toEqual([...revisions, 'latest'])
    expect(pointers.map((p) => p.topHash)).toEqual([
      ...successes.map((s) => s.topHash),
      successes[4]!.topHash
    ])
    expect(await checkRegistry(s3, bucket, { before, successes })).toEqual([])
  })

  it.each([2, 4, 8])(
    '%i concurrent publishers, 3 rounds: every success reachable, latest a success, losers conflict naming both hashes',
    async (publishers) => {
      const bucket = await fresh()
      const before = await snapshot(s3, bucket)
      const successes: Success[] = []
      let conflicts = 0
      for (let round = 0; round < 3; round++) {
        const now = new Date(1_800_000_000_000 + round * 1000) // all in the same second
        const runs = await Promise.allSettled(
          Array.from({ length: publishers }, (_, i) =>
            push(
              {
                name: 'race/many',
                source: localSource(
                  tree({ 'data.csv': `round ${round} publisher ${i}\n`, 'same.txt': 'shared' })
                ),
                registry: registryOf(bucket),
                message: `r${round} p${i}`
              },
              { now, concurrency: resolveConcurrency(4) }
            )
          )
        )
        const won = runs.filter(
          (r): r is PromiseFulfilledResult<PushResult> => r.status === 'fulfilled'
        )
        expect(won.length).toBeGreaterThanOrEqual(1)
        for (const r of won) successes.push({ name: 'race/many', topHash: r.value.topHash })
        for (const r of runs) {
          if (r.status === 'fulfilled') continue
          conflicts++
          const e = r.reason as ConflictError
          expect(e).toBeInstanceOf(ConflictError)
          // Both hashes named: where the loser started, and what latest is now.
          expect(e.found).not.toBeNull()
          expect(e.message).toContain(e.found!)
          expect(e.message).toContain(e.expected ?? 'no revision')
          expect(successes.map((s) => s.topHash)).toContain(e.found)
        }
      }
      expect(await checkRegistry(s3, bucket, { before, successes })).toEqual([])
      process.stderr.write(
        `races on ${flavour} moto: ${publishers} publishers × 3 rounds: ${successes.length} published, ${conflicts} conflicts, 0 invariant violations\n`
      )
      // Losers took back their own timestamp pointers, and only theirs.
      const pointers = await registryOf(bucket).listPointers('race/many')
      const timestamps = pointers.filter((p) => p.name !== 'latest')
      expect(timestamps.map((p) => p.topHash).sort()).toEqual(
        successes.map((s) => s.topHash).sort()
      )
      // With more than two, some surely read the same latest and lost.
      expect(conflicts).toBeGreaterThanOrEqual(publishers > 2 ? 1 : 0)
    }
  )

  /** Publish revision Y of `name` (through the proxy when `viaProxy`). */
  const pushY = (bucket: string, name: string, viaProxy = false): Promise<PushResult> =>
    push({
      name,
      source: localSource(tree({ 'f.txt': 'Y' })),
      registry: registryOf(bucket, viaProxy),
      message: 'Y'
    })

  /** A package with two revisions: W (older) and X (latest). */
  async function twoRevisions(
    bucket: string,
    name: string
  ): Promise<{ w: PushResult; x: PushResult }> {
    const registry = registryOf(bucket)
    const w = await push(
      { name, source: localSource(tree({ 'f.txt': 'W' })), registry, message: 'W' },
      { now: new Date(1_700_000_000_000) }
    )
    const x = await push(
      { name, source: localSource(tree({ 'f.txt': 'X' })), registry, message: 'X' },
      { now: new Date(1_700_000_100_000) }
    )
    return { w, x }
  }

  /** Hold the first matching request at the proxy until `release()` is called. */
  function holdFirst(filter: { method: string; key: string | RegExp }): {
    release: () => void
    held: () => boolean
  } {
    let released = false
    bench.proxy.inject({ ...filter, fault: { hold: () => released, maxMs: 30_000 } })
    const keyMatches = (k: string): boolean =>
      typeof filter.key === 'string' ? k === filter.key : filter.key.test(k)
    return {
      release: () => {
        released = true
      },
      held: () =>
        bench.proxy.inFlight().some((r) => r.method === filter.method && keyMatches(r.key))
    }
  }

  const TIMESTAMP = (name: string): RegExp => new RegExp(`^\\.quilt/named_packages/${name}/\\d+$`)

  async function until(cond: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 20_000
    while (!cond()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}:\n${bench.proxy.log()}`)
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  it('push held before its pointers while delete --top-hash re-points latest: the push fails naming both hashes, latest is never moved back', async () => {
    const bucket = await fresh()
    const name = 'race/pd1'
    const { w, x } = await twoRevisions(bucket, name)
    const before = await snapshot(s3, bucket)
    const hold = holdFirst({ method: 'PUT', key: TIMESTAMP(name) })
    const pushing = pushY(bucket, name, true)
    await until(hold.held, 'the push to reach its timestamp pointer')
    const d = await deletePackage({ name, registry: registryOf(bucket), topHash: x.topHash })
    expect(d.latest).toBe(w.topHash)
    hold.release()
    const e = (await pushing.catch((err: unknown) => err)) as ConflictError
    expect(e).toBeInstanceOf(ConflictError)
    expect(e.expected).toBe(x.topHash)
    expect(e.found).toBe(w.topHash)
    expect(await checkRegistry(s3, bucket, { before })).toEqual([])
    const pointers = await registryOf(bucket).listPointers(name)
    expect(pointers.map((p) => [p.name, p.topHash])).toEqual([
      ['1700000000', w.topHash],
      ['latest', w.topHash]
    ])
  })

  it("push held at its latest write (its timestamp pointer written) while delete --top-hash runs: latest moves to the push's revision, the newest, and the push succeeds", async () => {
    const bucket = await fresh()
    const name = 'race/pd1b'
    const { x } = await twoRevisions(bucket, name)
    const before = await snapshot(s3, bucket)
    const hold = holdFirst({ method: 'PUT', key: LATEST(name) })
    const pushing = pushY(bucket, name, true)
    await until(hold.held, 'the push to reach its latest write')
    // quilt3's rule: latest goes to the newest remaining timestamp pointer, here the push's.
    const d = await deletePackage({ name, registry: registryOf(bucket), topHash: x.topHash })
    hold.release()
    const y = await pushing
    expect(d.latest).toBe(y.topHash)
    const successes = [{ name, topHash: y.topHash }]
    expect(await checkRegistry(s3, bucket, { before, successes })).toEqual([])
  })

  it("delete --top-hash held at its latest write while a push publishes: the delete re-plans and keeps the push's latest", async () => {
    const bucket = await fresh()
    const name = 'race/pd2'
    const { x } = await twoRevisions(bucket, name)
    const before = await snapshot(s3, bucket)
    const hold = holdFirst({ method: 'PUT', key: LATEST(name) })
    const deleting = deletePackage({ name, registry: registryOf(bucket, true), topHash: x.topHash })
    await until(hold.held, 'the delete to reach its latest write')
    const y = await pushY(bucket, name)
    hold.release()
    const d = await deleting
    expect(d.warnings.join('\n')).toMatch(/changed while this delete ran/)
    expect(d.latest).toBe(y.topHash)
    expect(
      await checkRegistry(s3, bucket, { before, successes: [{ name, topHash: y.topHash }] })
    ).toEqual([])
    const pointers = await registryOf(bucket).listPointers(name)
    expect(pointers.find((p) => p.name === 'latest')?.topHash).toBe(y.topHash)
    expect(pointers.some((p) => p.topHash === x.topHash)).toBe(false)
  })

  it('whole-package delete held at its removal of latest while a push publishes: the new revision is kept', async () => {
    const bucket = await fresh()
    const name = 'race/pd3'
    const { w, x } = await twoRevisions(bucket, name)
    const before = await snapshot(s3, bucket)
    const hold = holdFirst({ method: 'DELETE', key: LATEST(name) })
    const deleting = deletePackage({ name, registry: registryOf(bucket, true) })
    await until(hold.held, 'the delete to reach its removal of latest')
    const y = await pushY(bucket, name)
    hold.release()
    const d = await deleting
    expect(d.latest).toBe(y.topHash)
    const pointers = await registryOf(bucket).listPointers(name)
    expect(pointers.find((p) => p.name === 'latest')?.topHash).toBe(y.topHash)
    for (const old of [w, x]) expect(pointers.some((p) => p.topHash === old.topHash)).toBe(false)
    expect(
      await checkRegistry(s3, bucket, { before, successes: [{ name, topHash: y.topHash }] })
    ).toEqual([])
  })

  it('push held at its latest write while the whole package is deleted: the push fails, nothing of it is left as a pointer', async () => {
    const bucket = await fresh()
    const name = 'race/pd4'
    const { x } = await twoRevisions(bucket, name)
    const before = await snapshot(s3, bucket)
    const hold = holdFirst({ method: 'PUT', key: LATEST(name) })
    const pushing = pushY(bucket, name, true)
    await until(hold.held, 'the push to reach its latest write')
    await deletePackage({ name, registry: registryOf(bucket) })
    hold.release()
    const e = (await pushing.catch((err: unknown) => err)) as ConflictError
    expect(e).toBeInstanceOf(ConflictError)
    expect(e.expected).toBe(x.topHash)
    expect(e.found).toBeNull()
    expect(await registryOf(bucket).listPointers(name)).toEqual([])
    expect(await checkRegistry(s3, bucket, { before })).toEqual([])
  })
})

describe('a local registry', () => {
  it('builds back to back within one second each get their own timestamp pointer', async () => {
    const registry = new LocalRegistry(tempDir())
    const now = new Date(1_800_000_000_000)
    const revisions: string[] = []
    for (let i = 0; i < 3; i++) {
      const r = await build(
        {
          name: 'race/local',
          source: localSource(tree({ 'v.txt': `v${i}` })),
          registry,
          message: null
        },
        { now }
      )
      revisions.push(r.revision!)
    }
    expect(revisions).toEqual(['1800000000', '1800000001', '1800000002'])
    expect((await registry.listPointers('race/local')).map((p) => p.name).sort()).toEqual([
      ...revisions,
      'latest'
    ])
  })
})

describe('a build that loses the race', () => {
  it('fails with a conflict that names the build, and suggests no force (push-only)', async () => {
    const root = tempDir()
    const other = new LocalRegistry(root)
    let raced = false
    /** The registry as this build sees it: another build lands just before it moves latest. */
    class Racing extends LocalRegistry {
      override async replaceLatest(
        ...args: Parameters<LocalRegistry['replaceLatest']>
      ): ReturnType<LocalRegistry['replaceLatest']> {
        if (!raced) {
          raced = true
          const source = localSource(tree({ 'v.txt': 'theirs' }))
          await build({ name: 'race/build', source, registry: other, message: null })
        }
        return super.replaceLatest(...args)
      }
    }
    const source = localSource(tree({ 'v.txt': 'ours' }))
    const e = (await build({
      name: 'race/build',
      source,
      registry: new Racing(root),
      message: null
    }).catch((err: unknown) => err)) as ConflictError
    expect(e).toBeInstanceOf(ConflictError)
    expect(e.message).toMatch(
      /^Conflict: package 'race\/build' was changed by someone else during this build: latest is now [0-9a-f]{64}, but this build started from no revision\. Nothing was overwritten\. Re-run to build on the new latest\.$/
    )
    expect(await other.readLatest('race/build')).toEqual(
      expect.objectContaining({ topHash: e.found })
    )
  })
})
