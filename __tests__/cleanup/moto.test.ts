/**
 * Retention policies, name patterns and dry runs against a real S3 server (moto, AWS-like when
 * available), checked with the bucket's object-version listing and with quilt3 8.0.0 itself.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { join } from 'node:path'
import { execute } from '../../src/action/execute.js'
import { InputError, parseInputs } from '../../src/action/inputs.js'
import { keepingWarnings } from '../../src/action/report.js'
import { build } from '../../src/quilt/ops/build.js'
import { cleanup } from '../../src/quilt/ops/cleanup.js'
import { deletePackage } from '../../src/quilt/ops/delete.js'
import { push } from '../../src/quilt/ops/push.js'
import { mapLimit } from '../../src/quilt/concurrency.js'
import { type Pointer } from '../../src/quilt/registry/registry.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { localSource } from '../../src/quilt/sources/local.js'
import {
  DAY,
  objectVersions,
  pointerKey,
  seedPackage,
  versionDiff,
  type Seeded
} from '../helpers/cleanup-s3.js'
import { FaultProxy } from '../helpers/fault-proxy.js'
import { Moto, TEST_CREDENTIALS } from '../helpers/moto.js'
import { credentialsOnlyEnv, summaryRunner, withEnv, type SummaryRun } from '../helpers/run.js'
import { Quilt3OnMoto, type Quilt3Session } from '../helpers/s3-quilt3.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

const FLAVOUR = 'aws-like'

const SCRIPT = `
def main(d):
    if d['op'] == 'versions':
        return versions(d['name'], d['registry'])
    if d['op'] == 'browse':
        out = []
        for h in d['hashes']:
            out.append(quilt3.Package.browse(d['name'], registry=d['registry'], top_hash=h).top_hash)
        return out
    if d['op'] == 'browse_full':
        return browse(d['name'], d['registry'], d.get('top_hash'))[1]
    if d['op'] == 'latest':
        return quilt3.Package.browse(d['name'], registry=d['registry']).top_hash
    if d['op'] == 'packages':
        return packages(d['registry'])
    raise ValueError(d['op'])
`

const ENV = credentialsOnlyEnv(TEST_CREDENTIALS)

const quiet = (): ReturnType<typeof keepingWarnings> =>
  keepingWarnings({ info: () => undefined, warning: () => undefined })

const names = (ps: { name: string }[]): string[] => ps.map((p) => p.name).sort()
const ts = (ps: Seeded[], ...idx: number[]): string[] => idx.map((i) => ps[i]!.name).sort()

function tree(files: Record<string, string>): string {
  const dir = tempDir()
  for (const [k, v] of Object.entries(files)) writeFile(join(dir, k), v)
  return dir
}

describe(`cleanup on ${FLAVOUR} moto`, () => {
  let moto: Moto
  let s3: S3Client
  let quilt3: Quilt3Session
  let n = 0
  const fresh = async (): Promise<string> => moto.bucket(`cleanup-${++n}`)

  beforeAll(() => {
    moto = Moto.connect(FLAVOUR)
    s3 = moto.client()
    quilt3 = new Quilt3OnMoto(moto).start(SCRIPT)
  })
  afterAll(async () => {
    await quilt3?.close()
    s3?.destroy()
  })

  /** quilt3's list of a package's pointers, as [name, hash] sorted. */
  const q3versions = async (bucket: string, name: string): Promise<string[][]> =>
    quilt3.call<string[][]>({ op: 'versions', name, registry: `s3://${bucket}` })

  /** Every remaining revision browses in quilt3 and has the top hash it claims; latest too. */
  async function quilt3Agrees(bucket: string, name: string, registry: S3Registry): Promise<void> {
    const ours = await registry.listPointers(name)
    const theirs = await q3versions(bucket, name)
    const withoutLatest = (rows: string[][]): string[][] => rows.filter((r) => r[0] !== 'latest')
    expect(withoutLatest(theirs)).toEqual(
      ours.filter((p) => p.name !== 'latest').map((p) => [p.name, p.topHash])
    )
    const hashes = [...new Set(ours.map((p) => p.topHash))]
    expect(
      await quilt3.call<string[]>({ op: 'browse', name, registry: `s3://${bucket}`, hashes })
    ).toEqual(hashes)
    const latest = ours.find((p) => p.name === 'latest')?.topHash
    expect(latest).toBeDefined()
    expect(await quilt3.call<string>({ op: 'latest', name, registry: `s3://${bucket}` })).toBe(
      latest
    )
  }

  it('each policy deletes exactly the expected pointers; latest, manifests and data stay; quilt3 agrees', async () => {
    const bucket = await fresh()
    const registry = new S3Registry(s3, bucket)
    const now = new Date()
    const ages = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => d + 0.25)
    const keep = await seedPackage(registry, 'pol/keep', ages, { now })
    const old = await seedPackage(registry, 'pol/old', ages, { now })
    const both = await seedPackage(registry, 'pol/both', ages, { now })
    // latest names the oldest revision (a rollback): never removed, however old.
    const back = await seedPackage(registry, 'pol/rollback', ages, { now, latestIndex: 9 })
    const untouched = await seedPackage(registry, 'other/pkg', ages, { now })
    // A real package with data, three revisions pushed with synthetic times.
    const pushed: string[] = []
    for (let i = 0; i < 3; i++) {
      const r = await push(
        {
          name: 'pol/data',
          source: localSource(tree({ 'a.txt': `content ${i}`, 'b.txt': 'same' })),
          registry,
          message: `push ${i}`
        },
        { now: new Date(now.getTime() - (20 - i) * DAY * 1000) }
      )
      pushed.push(r.topHash)
    }
    const before = await objectVersions(s3, bucket)

    const results = {
      keep: await deletePackage({ name: 'pol/keep', registry, policy: { keepLast: 3 }, now }),
      old: await deletePackage({
        name: 'pol/old',
        registry,
        policy: { olderThanSeconds: 5.5 * DAY },
        now
      }),
      both: await deletePackage({
        name: 'pol/both',
        registry,
        policy: { keepLast: 3, olderThanSeconds: 7 * DAY },
        now
      }),
      back: await deletePackage({ name: 'pol/rollback', registry, policy: { keepLast: 2 }, now }),
      data: await deletePackage({ name: 'pol/data', registry, policy: { keepLast: 1 }, now })
    }
    const expected: Record<string, { seeded: Seeded[]; removed: string[] }> = {
      'pol/keep': { seeded: keep.revisions, removed: ts(keep.revisions, 3, 4, 5, 6, 7, 8, 9) },
      'pol/old': { seeded: old.revisions, removed: ts(old.revisions, 6, 7, 8, 9) },
      'pol/both': { seeded: both.revisions, removed: ts(both.revisions, 7, 8, 9) },
      'pol/rollback': { seeded: back.revisions, removed: ts(back.revisions, 2, 3, 4, 5, 6, 7, 8) }
    }
    expect(names(results.keep.removed)).toEqual(expected['pol/keep']!.removed)
    expect(names(results.old.removed)).toEqual(expected['pol/old']!.removed)
    expect(names(results.both.removed)).toEqual(expected['pol/both']!.removed)
    expect(names(results.back.removed)).toEqual(expected['pol/rollback']!.removed)
    expect(results.keep.kept).toHaveLength(3)
    expect(results.back.latest).toBe(back.latest)
    expect(results.data.removed).toHaveLength(2)
    expect(results.data.deleted.sort()).toEqual([pushed[0]!, pushed[1]!].sort())

    // The pointers left are exactly the others; latest unchanged everywhere.
    for (const [name, e] of Object.entries(expected)) {
      const left = await registry.listPointers(name)
      const want = e.seeded.filter((s) => !e.removed.includes(s.name)).map((s) => s.name)
      expect(names(left)).toEqual([...want, 'latest'].sort())
      const stamps = left.filter((p) => p.name !== 'latest')
      expect(stamps.map((p) => p.topHash)).toEqual(
        stamps.map((p) => e.seeded.find((s) => s.name === p.name)!.topHash)
      )
    }
    expect(await registry.readPointer('pol/keep', 'latest')).toBe(keep.latest)
    expect(await registry.readPointer('pol/rollback', 'latest')).toBe(back.latest)
    expect(await registry.readPointer('pol/data', 'latest')).toBe(pushed[2])
    expect(names(await registry.listPointers('other/pkg'))).toHaveLength(11)

    // Only pointer keys got delete markers; no version of anything else was touched.
    const after = await objectVersions(s3, bucket)
    const { added, gone } = versionDiff(before, after)
    expect(gone).toEqual([])
    expect(added.every((r) => r.deleteMarker)).toBe(true)
    const wantKeys = [
      ...Object.entries(expected).flatMap(([name, e]) => e.removed.map((p) => pointerKey(name, p))),
      ...results.data.removed.map((p) => pointerKey('pol/data', p.name))
    ].sort()
    expect(added.map((r) => r.key).sort()).toEqual(wantKeys)
    // Manifests of removed revisions are still there.
    for (const s of keep.revisions) expect(await registry.readManifest(s.topHash)).not.toBeNull()
    for (const h of pushed) expect(await registry.readManifest(h)).not.toBeNull()
    expect(untouched.revisions).toHaveLength(10)

    // quilt3 sees the result, and every remaining revision browses.
    for (const name of [...Object.keys(expected), 'pol/data', 'other/pkg']) {
      await quilt3Agrees(bucket, name, registry)
    }
    // The pushed revision's data is intact: quilt3 fetches and re-hashes every entry.
    const full = await quilt3.call<{
      top_hash: string
      entries: { hash: string; computed: string }[]
    }>({ op: 'browse_full', name: 'pol/data', registry: `s3://${bucket}` })
    expect(full.top_hash).toBe(pushed[2])
    expect(full.entries).toHaveLength(2)
    for (const e of full.entries) expect(e.computed).toBe(e.hash)
  })

  it('a pattern applies the policy to every matching package, and to nothing else', async () => {
    const bucket = await fresh()
    const registry = new S3Registry(s3, bucket)
    const now = new Date()
    const ages = [0.1, 1, 2, 3, 4, 5]
    const seeded: Record<string, Seeded[]> = {}
    for (const name of ['team/a', 'team/b', 'teams/c', 'x/raw-1', 'y/raw-2', 'y/cooked']) {
      seeded[name] = (await seedPackage(registry, name, ages, { now })).revisions
    }
    const before = await objectVersions(s3, bucket)

    const r1 = await cleanup({ pattern: 'team/*', registry, policy: { keepLast: 2 }, now })
    expect([...r1.keys()]).toEqual(['team/a', 'team/b'])
    for (const name of ['team/a', 'team/b']) {
      expect(names(r1.get(name)!.removed)).toEqual(ts(seeded[name]!, 2, 3, 4, 5))
      expect(names(await registry.listPointers(name))).toEqual([
        ...ts(seeded[name]!, 0, 1),
        'latest'
      ])
    }
    const r2 = await cleanup({
      pattern: '*/raw-*',
      registry,
      policy: { olderThanSeconds: 2.5 * DAY },
      now
    })
    expect([...r2.keys()]).toEqual(['x/raw-1', 'y/raw-2'])
    for (const name of ['x/raw-1', 'y/raw-2']) {
      expect(names(r2.get(name)!.removed)).toEqual(ts(seeded[name]!, 3, 4, 5))
    }
    // Not matched: untouched.
    for (const name of ['teams/c', 'y/cooked']) {
      expect(await registry.listPointers(name)).toHaveLength(7)
    }
    const { added, gone } = versionDiff(before, await objectVersions(s3, bucket))
    expect(gone).toEqual([])
    expect(added.every((r) => r.deleteMarker && r.key.startsWith('.quilt/named_packages/'))).toBe(
      true
    )
    expect(added).toHaveLength(8 + 6)

    // A top hash over a pattern: removed where it is, the other packages are not errors.
    const target = seeded['y/cooked']![3]!
    const r3 = await cleanup({ pattern: 'y/*', registry, topHash: target.topHash.slice(0, 10) })
    expect([...r3.keys()]).toEqual(['y/cooked'])
    expect(r3.get('y/cooked')!.deleted).toEqual([target.topHash])
    expect(names(await registry.listPointers('y/cooked'))).not.toContain(target.name)

    // A pattern that matches nothing: an empty result.
    expect((await cleanup({ pattern: 'none/*', registry, policy: { keepLast: 1 } })).size).toBe(0)
    for (const name of Object.keys(seeded)) await quilt3Agrees(bucket, name, registry)
  })

  it('dry runs of build, push, delete and cleanup leave ListObjectVersions identical', async () => {
    const bucket = await fresh()
    const registry = new S3Registry(s3, bucket)
    const now = new Date()
    const seeded = await seedPackage(registry, 'dry/pkg', [0.5, 1, 2, 3, 4], { now })
    await seedPackage(registry, 'dry/other', [0.5, 1, 2, 3, 4], { now })
    const dir = tree({ 'x.txt': 'dry', 'sub/y.txt': 'run' })
    const before = await objectVersions(s3, bucket)

    const b = await build(
      { name: 'dry/pkg', source: localSource(dir), registry, message: 'm' },
      { dryRun: true }
    )
    expect(b.revision).toBeNull()
    expect(b.previousTopHash).toBe(seeded.latest)
    const p = await push(
      { name: 'dry/pkg', source: localSource(dir), registry, message: 'm', dryRun: true },
      {}
    )
    expect(p.written).toBe(false)
    expect(p.revision).toBeNull()
    expect(p.changed).toBe(true)
    expect(p.uploadedBytes).toBe(0)
    const d = await deletePackage({ name: 'dry/pkg', registry, dryRun: true })
    expect(d.pointersRemoved.sort()).toEqual([...ts(seeded.revisions, 0, 1, 2, 3, 4), 'latest'])
    expect(d.latest).toBeNull()
    const dh = await deletePackage({
      name: 'dry/pkg',
      registry,
      topHash: seeded.latest,
      dryRun: true
    })
    expect(dh.pointersRemoved.sort()).toEqual([seeded.revisions[0]!.name, 'latest'].sort())
    expect(dh.latest).toBe(seeded.revisions[1]!.topHash)
    const c = await cleanup({
      pattern: 'dry/*',
      registry,
      policy: { keepLast: 1 },
      dryRun: true,
      now
    })
    expect([...c.values()].map((r) => r.removed.length)).toEqual([4, 4])

    expect(await objectVersions(s3, bucket)).toEqual(before)

    // The real runs afterwards give the same answers.
    const bReal = await build({ name: 'dry/pkg', source: localSource(dir), registry, message: 'm' })
    expect(bReal.topHash).toBe(b.topHash)
    const pReal = await push({ name: 'dry/pkg', source: localSource(dir), registry, message: 'm' })
    expect(pReal.topHash).toBe(p.topHash)
    const cReal = await cleanup({
      pattern: 'dry/other',
      registry,
      policy: { keepLast: 1 },
      now
    })
    expect(cReal.get('dry/other')!.removed).toEqual(c.get('dry/other')!.removed)
  })

  describe('through the action', () => {
    let bucket: string
    let registry: S3Registry
    let seeded: Record<string, Seeded[]>
    let dir: string
    const runWithSummary = summaryRunner()
    const act = async (values: Record<string, string>): Promise<SummaryRun> => {
      const r = await runWithSummary(
        { registry: `s3://${bucket}`, 'endpoint-url': moto.endpoint, ...values },
        ENV
      )
      if (r.summary === '') process.stderr.write(r.stdout)
      return r
    }
    const exec = async (values: Record<string, string>) => {
      const all: Record<string, string> = {
        registry: `s3://${bucket}`,
        'endpoint-url': moto.endpoint,
        ...values
      }
      return withEnv(ENV, () =>
        execute(
          parseInputs((k) => all[k] ?? ''),
          quiet()
        )
      )
    }

    beforeAll(async () => {
      bucket = await fresh()
      registry = new S3Registry(s3, bucket)
      seeded = {}
      // Ages relative to the real clock: the action measures from now.
      for (const name of ['act/a', 'act/b', 'act/c']) {
        seeded[name] = (await seedPackage(registry, name, [0.5, 10, 20, 30, 40])).revisions
      }
      dir = tree({ 'f.txt': 'action dry run' })
    })

    it('build and push with dry-run: outputs as a real run (revision empty), summary says nothing written', async () => {
      // A build into an S3 registry references objects already in S3.
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: 'src/f.txt', Body: 'action dry run' })
      )
      const prefix = `s3://${bucket}/src/`
      const before = await objectVersions(s3, bucket)
      const build = await act({ mode: 'build', name: 'act/a', path: prefix, 'dry-run': 'true' })
      expect(build.errors).toEqual([])
      const push = await act({
        mode: 'push',
        name: 'act/a',
        path: dir,
        message: 'm',
        'dry-run': 'true'
      })
      expect(push.errors).toEqual([])
      expect(await objectVersions(s3, bucket)).toEqual(before)
      for (const r of [build, push]) {
        expect(r.outputs.revision).toBe('')
        expect(r.outputs.changed).toBe('true')
        expect(r.outputs['top-hash']).toMatch(/^[0-9a-f]{64}$/)
        expect(r.summary).toContain('(dry run: nothing written)')
        expect(r.summary).toContain('Dry run: nothing was uploaded or written.')
      }
      // Real runs: the same top hashes.
      const realBuild = await exec({ mode: 'build', name: 'act/a', path: prefix })
      expect(realBuild.outputs['top-hash']).toBe(build.outputs['top-hash'])
      expect(realBuild.outputs.revision).toMatch(/^\d+$/)
      const realPush = await exec({ mode: 'push', name: 'act/a', path: dir, message: 'm' })
      expect(realPush.outputs['top-hash']).toBe(push.outputs['top-hash'])
      expect(realPush.outputs.revision).toMatch(/^\d+$/)
      // A dry run of the same content now: unchanged.
      const again = await exec({
        mode: 'push',
        name: 'act/a',
        path: dir,
        message: 'm',
        'dry-run': 'true'
      })
      expect(again.outputs.changed).toBe(false)
      expect(again.outputs['top-hash']).toBe(realPush.outputs['top-hash'])
    })

    it('delete with a policy and a pattern: dry run writes nothing, lists the same as the real run; deleted is package -> hashes', async () => {
      const before = await objectVersions(s3, bucket)
      const dry = await act({
        mode: 'delete',
        name: 'act/*',
        'keep-last': '2',
        'older-than': '15d',
        'dry-run': 'true'
      })
      expect(dry.errors).toEqual([])
      expect(await objectVersions(s3, bucket)).toEqual(before)
      const deleted = JSON.parse(dry.outputs.deleted!) as Record<string, string[]>
      // act/a got two pushes and a build above: keep 2, older than 15 d -> 20, 30, 40 d old.
      expect(Object.keys(deleted).sort()).toEqual(['act/a', 'act/b', 'act/c'])
      for (const name of ['act/b', 'act/c']) {
        expect(deleted[name]!.sort()).toEqual(
          seeded[name]!.slice(2)
            .map((s) => s.topHash)
            .sort()
        )
      }
      expect(deleted['act/a']!.sort()).toEqual(
        seeded['act/a']!.slice(2)
          .map((s) => s.topHash)
          .sort()
      )
      expect(dry.outputs.changed).toBe('true')
      expect(dry.outputs['top-hash']).toBe('')
      expect(dry.summary).toContain('(dry run: nothing written)')
      expect(dry.summary).toContain('would be removed')
      expect(dry.summary).not.toMatch(/\| removed \|/)
      expect(dry.summary).toContain('Would remove the pointers of 9 revisions')
      // The cut-off as an absolute UTC time, in the log and the summary: 15 days before now.
      const cutoff =
        /revisions beyond the newest 2 revisions and older than (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) \(UTC\) are removed/
      const inSummary = cutoff.exec(dry.summary)?.[1]
      expect(inSummary).toBeDefined()
      expect(cutoff.exec(dry.stdout)?.[1]).toBe(inSummary)
      expect(Math.abs(Date.parse(inSummary!) - (Date.now() - 15 * DAY * 1000))).toBeLessThan(
        120_000
      )

      const real = await act({
        mode: 'delete',
        name: 'act/*',
        'keep-last': '2',
        'older-than': '15d'
      })
      expect(real.errors).toEqual([])
      expect(real.outputs.deleted).toEqual(dry.outputs.deleted)
      expect(real.summary).toMatch(/\| removed \|/)
      expect(real.summary).not.toContain('would be removed')
      const { added, gone } = versionDiff(before, await objectVersions(s3, bucket))
      expect(gone).toEqual([])
      expect(added).toHaveLength(9)
      expect(added.every((r) => r.deleteMarker)).toBe(true)
      for (const name of ['act/a', 'act/b', 'act/c']) await quilt3Agrees(bucket, name, registry)

      // Again: nothing left to remove; every package is in `deleted` with [].
      const again = await exec({
        mode: 'delete',
        name: 'act/*',
        'keep-last': '2',
        'older-than': '15d'
      })
      expect(again.outputs.deleted).toEqual({ 'act/a': [], 'act/b': [], 'act/c': [] })
      expect(again.outputs.changed).toBe(false)
    })

    it('deleted output: an array for a plain delete, an object for a policy on one package', async () => {
      const policy = await exec({ mode: 'delete', name: 'act/b', 'keep-last': '1' })
      expect(policy.outputs.deleted).toEqual({
        'act/b': [seeded['act/b']![1]!.topHash]
      })
      expect(policy.outputs['top-hash']).toBe(seeded['act/b']![0]!.topHash)
      const dryPlain = await exec({ mode: 'delete', name: 'act/c', 'dry-run': 'true' })
      expect((dryPlain.outputs.deleted as string[]).sort()).toEqual(
        [seeded['act/c']![0]!.topHash, seeded['act/c']![1]!.topHash].sort()
      )
      expect(dryPlain.outputs['top-hash']).toBe('')
      expect(await registry.listPointers('act/c')).toHaveLength(3)
      const plain = await exec({ mode: 'delete', name: 'act/c' })
      expect(plain.outputs.deleted).toEqual(dryPlain.outputs.deleted)
      expect(await registry.listPointers('act/c')).toEqual([])
      const none = await exec({ mode: 'delete', name: 'nothing/*', 'keep-last': '1' })
      expect(none.outputs.deleted).toEqual({})
      expect(none.report.warnings.join('\n')).toContain('No package')
    })

    it.each([
      [{ name: 'act/*' }, 'name', /pattern.*retention policy/],
      [{ name: 'act/a', 'keep-last': '2', 'top-hash': 'abcdef' }, 'top-hash', /cannot be combined/],
      [
        { name: 'act/*', 'older-than': '1d', 'top-hash': 'abcdef' },
        'top-hash',
        /cannot be combined/
      ],
      [{ name: 'act/a', 'keep-last': '0' }, 'keep-last', /1 or more/],
      [{ name: 'act/a', 'keep-last': '-1' }, 'keep-last', /1 or more/],
      [{ name: 'act/a', 'keep-last': 'two' }, 'keep-last', /1 or more/],
      [{ name: 'act/a', 'older-than': '1y' }, 'older-than', /duration/],
      [{ name: 'act/a', 'older-than': 'P1M' }, 'older-than', /duration/],
      [{ name: 'act/*', 'older-than': 'soon' }, 'older-than', /duration/]
    ])('refuses %j (input %s) before touching the bucket', async (values, input, message) => {
      const all: Record<string, string> = { mode: 'delete', registry: `s3://${bucket}`, ...values }
      let err: unknown
      try {
        parseInputs((k) => all[k] ?? '')
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(InputError)
      expect((err as InputError).input).toBe(input)
      expect((err as Error).message).toMatch(message)
      const before = await objectVersions(s3, bucket)
      const r = await act({ mode: 'delete', ...values })
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toMatch(message)
      expect(await objectVersions(s3, bucket)).toEqual(before)
    })

    it('keep-last and older-than are refused with build and push; a pattern only with delete', () => {
      const read = (v: Record<string, string>) => (k: string) => v[k] ?? ''
      expect(() =>
        parseInputs(read({ mode: 'push', name: 'a/b', path: dir, 'keep-last': '2' }))
      ).toThrow(/not used with mode 'push'/)
      expect(() =>
        parseInputs(read({ mode: 'build', name: 'a/b', path: dir, 'older-than': '1d' }))
      ).toThrow(/not used with mode 'build'/)
      expect(() => parseInputs(read({ mode: 'build', name: 'a/*', path: dir }))).toThrow(
        /only with mode 'delete'/
      )
    })
  })

  it('a pattern over 50 packages × 20 revisions: seconds, one DeleteObjects per package', async () => {
    const bucket = await fresh()
    const seedRegistry = new S3Registry(s3, bucket)
    const now = new Date()
    const ages = Array.from({ length: 20 }, (_, i) => i + 0.5)
    const pkgs = Array.from({ length: 50 }, (_, i) => `bulk/p${String(i).padStart(2, '0')}`)
    // Twenty manifests shared by every package (a revision may be in several packages).
    await seedPackage(seedRegistry, pkgs[0]!, ages, { now, shareManifests: true })
    const pointers: [string, Pointer][] = []
    const first = await seedRegistry.listPointers(pkgs[0]!)
    for (const name of pkgs.slice(1)) for (const p of first) pointers.push([name, p])
    await mapLimit(pointers, 32, ([name, p]) => seedRegistry.putPointer(name, p.name, p.topHash))
    await seedPackage(seedRegistry, 'other/p00', ages, { now })

    const proxy = await FaultProxy.start(moto.endpoint)
    const client = moto.client({ endpoint: proxy.url })
    try {
      const registry = new S3Registry(client, bucket)
      const started = Date.now()
      const r = await cleanup({
        pattern: 'bulk/*',
        registry,
        policy: { keepLast: 5, olderThanSeconds: 2 * DAY },
        now
      })
      const seconds = (Date.now() - started) / 1000
      expect(seconds).toBeLessThan(20)
      expect(r.size).toBe(50)
      for (const res of r.values()) expect(res.removed).toHaveLength(15)
      const deletes = proxy.seen({ method: 'POST', query: { delete: true } })
      expect(deletes).toHaveLength(50)
      expect(proxy.seen({ method: 'DELETE' })).toHaveLength(0)
      process.stderr.write(
        `cleanup of 50 x 20 revisions: ${seconds.toFixed(2)} s, ${proxy.seen().length} requests\n`
      )
      for (const name of [pkgs[0]!, pkgs[49]!]) {
        const left = await registry.listPointers(name)
        expect(left.map((p) => p.name).sort()).toEqual(
          [
            ...first
              .filter((p) => p.name !== 'latest')
              .map((p) => p.name)
              .sort()
              .reverse()
              .slice(0, 5),
            'latest'
          ].sort()
        )
      }
      expect(await registry.listPointers('other/p00')).toHaveLength(21)
      await quilt3Agrees(bucket, pkgs[7]!, registry)
    } finally {
      client.destroy()
      await proxy.close()
    }
  })
})
