/**
 * Retention policies (`selectByPolicy`) and the `older-than` durations (`parseDuration`), as
 * plain functions: no registry, no network.
 */
import { createHash } from 'node:crypto'
import { DurationError, parseDuration } from '../../src/action/inputs.js'
import { deletePackage, selectByPolicy } from '../../src/quilt/ops/delete.js'
import { cleanup, isNamePattern, namePatternRegExp } from '../../src/quilt/ops/cleanup.js'
import { LocalRegistry } from '../../src/quilt/registry/local.js'
import { type Pointer } from '../../src/quilt/registry/registry.js'
import { seedPackage } from '../helpers/cleanup-s3.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

afterAll(() => cleanupTempDirs())

const DAY = 86_400
const NOW = new Date(Date.UTC(2026, 0, 31, 12, 0, 0))
const nowS = Math.floor(NOW.getTime() / 1000)

/** A distinct fake top hash per label. */
const h = (label: string): string => createHash('sha256').update(label).digest('hex')

/** Revisions `days` old (one timestamp pointer each), `latest` naming `latestHash`. */
function revisions(days: number[], latestHash?: string): Pointer[] {
  const out: Pointer[] = days.map((d, i) => ({ name: String(nowS - d * DAY), topHash: h(`a${i}`) }))
  out.push({ name: 'latest', topHash: latestHash ?? out[0]!.topHash })
  return out
}

const names = (ps: Pointer[]): string[] => ps.map((p) => p.name).sort()

describe('selectByPolicy', () => {
  // Ages 0..9 days; a0 is the newest and what latest names.
  const ten = revisions([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  const ts = (days: number): string => String(nowS - days * DAY)

  it('keep-last only: everything beyond the N newest timestamp pointers', () => {
    expect(names(selectByPolicy(ten, { keepLast: 3 }, NOW))).toEqual(
      [3, 4, 5, 6, 7, 8, 9].map(ts).sort()
    )
    expect(selectByPolicy(ten, { keepLast: 10 }, NOW)).toEqual([])
    expect(selectByPolicy(ten, { keepLast: 100 }, NOW)).toEqual([])
    expect(names(selectByPolicy(ten, { keepLast: 1 }, NOW))).toHaveLength(9)
  })

  it('older-than only: strictly older than the duration', () => {
    expect(names(selectByPolicy(ten, { olderThanSeconds: 5 * DAY + 1 }, NOW))).toEqual(
      [6, 7, 8, 9].map(ts).sort()
    )
    // Exactly as old as the duration: not older, kept.
    expect(names(selectByPolicy(ten, { olderThanSeconds: 5 * DAY }, NOW))).toEqual(
      [6, 7, 8, 9].map(ts).sort()
    )
    expect(selectByPolicy(ten, { olderThanSeconds: 100 * DAY }, NOW)).toEqual([])
  })

  it('both: only revisions outside the newest N AND older than the duration', () => {
    // keep 3 -> candidates 3..9 days; older than 5.5 days -> 6..9.
    expect(names(selectByPolicy(ten, { keepLast: 3, olderThanSeconds: 5.5 * DAY }, NOW))).toEqual(
      [6, 7, 8, 9].map(ts).sort()
    )
    // keep 8 -> candidates 8, 9 days; older than 1 day -> both.
    expect(names(selectByPolicy(ten, { keepLast: 8, olderThanSeconds: DAY + 1 }, NOW))).toEqual(
      [8, 9].map(ts).sort()
    )
    // Nothing old enough: nothing removed however small N is.
    expect(selectByPolicy(ten, { keepLast: 1, olderThanSeconds: 30 * DAY }, NOW)).toEqual([])
  })

  it("never selects latest, nor latest's revision even when it is old and beyond N", () => {
    // latest names the oldest revision (a9, 9 days old), e.g. after a rollback.
    const rolledBack = revisions([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], h('a9'))
    const sel = selectByPolicy(rolledBack, { keepLast: 2, olderThanSeconds: DAY }, NOW)
    expect(sel.map((p) => p.name)).not.toContain('latest')
    expect(sel.map((p) => p.topHash)).not.toContain(h('a9'))
    expect(names(sel)).toEqual([2, 3, 4, 5, 6, 7, 8].map(ts).sort())
    // The policy with the most reach: still keeps latest's revision.
    const all = selectByPolicy(rolledBack, { keepLast: 1, olderThanSeconds: 0 }, NOW)
    expect(all.some((p) => p.topHash === h('a9') || p.name === 'latest')).toBe(false)
  })

  it("keeps every timestamp pointer to latest's hash (the same revision pushed again)", () => {
    const ps: Pointer[] = [
      { name: ts(9), topHash: h('b') },
      { name: ts(8), topHash: h('c') },
      { name: ts(7), topHash: h('b') },
      { name: ts(1), topHash: h('d') },
      { name: ts(0), topHash: h('b') },
      { name: 'latest', topHash: h('b') }
    ]
    const sel = selectByPolicy(ps, { olderThanSeconds: DAY / 2 }, NOW)
    expect(names(sel)).toEqual([ts(8), ts(1)].sort())
    expect(new Set(sel.map((p) => p.topHash))).toEqual(new Set([h('c'), h('d')]))
    // keep-last counts timestamp pointers, latest's included.
    expect(names(selectByPolicy(ps, { keepLast: 2 }, NOW))).toEqual([ts(8)])
  })

  it('ignores pointers whose name is not a timestamp (never selected, not counted)', () => {
    const ps: Pointer[] = [
      ...revisions([0, 10, 20, 30]),
      { name: 'v1.0', topHash: h('f1') },
      { name: 'backup', topHash: h('f2') },
      { name: '12e5', topHash: h('f3') },
      { name: '-5', topHash: h('f4') }
    ]
    const sel = selectByPolicy(ps, { keepLast: 1, olderThanSeconds: 0 }, NOW)
    expect(names(sel)).toEqual([10, 20, 30].map(ts).sort())
    expect(names(selectByPolicy(ps, { keepLast: 3 }, NOW))).toEqual([ts(30)])
  })

  it('orders by the number, not the string; ties (same second) are stable', () => {
    // '999999999' > '1700000000' as strings; numerically it is far older.
    const ps: Pointer[] = [
      { name: '999999999', topHash: h('old') },
      { name: '1700000000', topHash: h('mid') },
      { name: String(nowS), topHash: h('new') },
      { name: 'latest', topHash: h('new') }
    ]
    expect(names(selectByPolicy(ps, { keepLast: 2 }, NOW))).toEqual(['999999999'])
    // Two names for the same second ('0' padded): both are one age; keep-last 1 keeps the new one.
    const tie: Pointer[] = [
      { name: '1700000000', topHash: h('t1') },
      { name: '01700000000', topHash: h('t2') },
      { name: String(nowS), topHash: h('new') },
      { name: 'latest', topHash: h('new') }
    ]
    const sel = selectByPolicy(tie, { keepLast: 1 }, NOW)
    expect(names(sel)).toEqual(['01700000000', '1700000000'])
    expect(selectByPolicy(tie, { keepLast: 2 }, NOW)).toHaveLength(1)
    expect(selectByPolicy(tie, { keepLast: 3 }, NOW)).toEqual([])
  })

  it('a package with no latest: every timestamp pointer is subject to the policy', () => {
    const ps = revisions([1, 2, 3]).filter((p) => p.name !== 'latest')
    expect(names(selectByPolicy(ps, { keepLast: 1 }, NOW))).toEqual([ts(2), ts(3)].sort())
    expect(selectByPolicy([], { keepLast: 1 }, NOW)).toEqual([])
  })

  it('revisions from the future (clock skew) are never "older than"', () => {
    const ps = revisions([-1, 0])
    expect(selectByPolicy(ps, { olderThanSeconds: 0 }, NOW)).toEqual([])
  })
})

describe('parseDuration', () => {
  const H = 3600
  it.each([
    ['90d', 90 * DAY],
    ['12h', 12 * H],
    ['1d12h', DAY + 12 * H],
    ['2w', 14 * DAY],
    ['45s', 45],
    ['30m', 1800],
    ['30min', 1800],
    ['1h30min', 5400],
    ['1w2d3h4m5s', 9 * DAY + 3 * H + 4 * 60 + 5],
    [' 90d ', 90 * DAY],
    ['P90D', 90 * DAY],
    ['PT12H', 12 * H],
    ['P1DT2H30M', DAY + 2 * H + 30 * 60],
    ['P2W', 14 * DAY],
    ['PT45S', 45],
    ['PT90M', 90 * 60],
    ['PT1M', 60]
  ])('%s = %d s', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds)
  })

  // Each refusal says why: a user must never get a duration other than the one meant.
  it.each([
    ['1M', /could mean minutes or months.*'m' or 'min'.*months and years vary/],
    ['6M', /could mean minutes or months/],
    ['1y', /months or years.*not accepted.*days or weeks/],
    ['2Y', /months or years/],
    ['3mo', /months or years/],
    ['1month', /months or years/],
    ['P1M', /months \(M before T\).*for minutes write PT1M/],
    ['P1Y', /years \(Y\)/],
    ['P1Y2M', /years \(Y\)/],
    ['90D', /case-sensitive: write 'd', not 'D'/],
    ['12H', /case-sensitive: write 'h'/],
    ['2W', /case-sensitive: write 'w'/],
    ['30S', /case-sensitive: write 's'/],
    ['30MIN', /case-sensitive: write 'min'/],
    ['p90d', /upper case/],
    ['P90d', /upper case/],
    ['', /empty/],
    ['   ', /empty/],
    ['soon', /whole numbers with units/],
    ['5', /needs a unit/],
    ['d', /whole numbers with units/],
    ['-5d', /whole numbers with units/],
    ['1.5d', /whole numbers with units/],
    ['90 d', /whole numbers with units/],
    ['12h1d', /largest first/],
    ['1d1d', /largest first/],
    ['30m1min', /largest first/],
    ['5x', /'x' is not a unit/],
    ['5constructor', /'constructor' is not a unit/],
    ['PT', /not an ISO 8601 duration/],
    ['P', /not an ISO 8601 duration/],
    ['P1DT', /not an ISO 8601 duration/],
    ['P1H', /not an ISO 8601 duration/],
    ['T12H', /whole numbers with units/]
  ])('refuses %j: %s', (text, why) => {
    expect(() => parseDuration(text)).toThrow(DurationError)
    expect(() => parseDuration(text)).toThrow(why)
  })
})

describe('name patterns', () => {
  it('isNamePattern', () => {
    expect(isNamePattern('team/*')).toBe(true)
    expect(isNamePattern('*/raw-?')).toBe(true)
    expect(isNamePattern('team/data')).toBe(false)
  })

  it('* and ? stay within one part of the name; other characters are literal', () => {
    const team = namePatternRegExp('team/*')
    expect(team.test('team/a')).toBe(true)
    expect(team.test('team/')).toBe(true) // not a package name; never listed
    expect(team.test('teams/a')).toBe(false)
    expect(team.test('other/team')).toBe(false)
    const raw = namePatternRegExp('*/raw-*')
    expect(['a/raw-1', 'b/raw-', 'x/raw-data'].every((n) => raw.test(n))).toBe(true)
    expect(['a/raw', 'a/b/raw-1', 'a/cooked-raw-1'].some((n) => raw.test(n))).toBe(false)
    const one = namePatternRegExp('t?am/x.y')
    expect(one.test('team/x.y')).toBe(true)
    expect(one.test('t/am/x.y')).toBe(false)
    expect(one.test('team/xzy')).toBe(false)
  })
})

describe('deletePackage and cleanup refuse a policy with a top hash', () => {
  it('throws before reading or writing anything', async () => {
    const registry = new LocalRegistry(tempDir())
    const { latest } = await seedPackage(registry, 'a/b', [0.5, 1, 2])
    const before = await registry.listPointers('a/b')
    await expect(
      deletePackage({ name: 'a/b', registry, policy: { keepLast: 1 }, topHash: latest })
    ).rejects.toThrow(/cannot be combined with a retention policy/)
    await expect(
      cleanup({ pattern: 'none/*', registry, policy: { keepLast: 1 }, topHash: latest })
    ).rejects.toThrow(/cannot be combined with a retention policy/)
    expect(await registry.listPointers('a/b')).toEqual(before)
  })
})
