/**
 * The job summary of a cleanup (`renderSummary` with `cleanup` rows): a table per package of its
 * kept and removed revisions, "would be removed" in a dry run, and bounded size.
 */
import { createHash } from 'node:crypto'
import { MAX_ROWS, renderSummary, type RunReport } from '../../src/action/summary.js'
import { type Pointer } from '../../src/quilt/registry/registry.js'

const h = (label: string): string => createHash('sha256').update(label).digest('hex')
const nowS = (): number => Math.floor(Date.now() / 1000)

/** `count` revisions of `name`, one a day, newest `startDays` old. */
function revs(name: string, count: number, startDays = 0): Pointer[] {
  return Array.from({ length: count }, (_, i) => ({
    name: String(nowS() - Math.round((startDays + i) * 86_400) - 60),
    topHash: h(`${name} ${i}`)
  }))
}

function report(
  cleanup: NonNullable<RunReport['cleanup']>,
  dryRun = false,
  extra: Partial<RunReport> = {}
): RunReport {
  return {
    mode: 'delete',
    name: 'team/*',
    registry: 's3://bucket',
    dryRun,
    deleted: [...new Set(cleanup.flatMap((c) => c.removed.map((p) => p.topHash)))],
    cleanup,
    warnings: [],
    ...extra
  }
}

/** The table rows (lines starting with a pointer name in a code span). */
const rows = (md: string): string[] => md.split('\n').filter((l) => /^\| `\d+` \|/.test(l))

describe('cleanup summary', () => {
  it('one folded table per package: revisions newest first, kept or removed, date, age, short hash', () => {
    const a = revs('team/a', 5)
    const b = revs('team/b', 3, 10)
    const md = renderSummary(
      report([
        { name: 'team/a', kept: a.slice(0, 2), removed: a.slice(2) },
        { name: 'team/b', kept: b, removed: [] }
      ])
    )
    expect(md).toContain('## Quilt package `team/*` cleaned up\n')
    expect(md).not.toContain('dry run')
    expect(md).toContain('Removed the pointers of 3 revisions (manifests and data are kept).')
    expect(md).toContain('### Revisions')
    expect(md).toContain('<details><summary>team/a: 3 removed, 2 kept</summary>')
    expect(md).toContain('<details><summary>team/b: 0 removed, 3 kept</summary>')
    expect(md.indexOf('team/a: ')).toBeLessThan(md.indexOf('team/b: '))
    expect(md).toContain('| revision | date | age | top hash | message | |')
    const table = rows(md)
    expect(table).toHaveLength(8)
    // team/a: newest first; the first two kept.
    expect(table.slice(0, 5).map((r) => r.split(' | ').at(-1))).toEqual([
      'kept |',
      'kept |',
      'removed |',
      'removed |',
      'removed |'
    ])
    const first = table[0]!
    expect(first).toContain(`\`${a[0]!.name}\``)
    expect(first).toContain(`\`${a[0]!.topHash.slice(0, 12)}\``)
    expect(first).not.toContain(a[0]!.topHash)
    const date = new Date(Number(a[0]!.name) * 1000).toISOString().slice(0, 16).replace('T', ' ')
    expect(first).toContain(`${date} UTC`)
    expect(first).toMatch(/\| 0 h \|/)
    expect(table[3]).toMatch(/\| 3 d \|/)
    expect(table[5]).toMatch(/\| 10 d \|/)
    // Removed revisions are not listed again in a separate list.
    expect(md).not.toContain('### Revisions removed')
  })

  it('a dry run says "would be removed" and that nothing was written', () => {
    const a = revs('team/a', 4)
    const md = renderSummary(
      report([{ name: 'team/a', kept: a.slice(0, 1), removed: a.slice(1) }], true)
    )
    expect(md).toContain('cleaned up (dry run: nothing written)')
    expect(md).toContain('Would remove the pointers of 3 revisions')
    expect(rows(md).filter((r) => r.endsWith('| would be removed |'))).toHaveLength(3)
    expect(md).not.toMatch(/\| removed \|/)
  })

  it('packages without revisions are left out; nothing removed is said plainly', () => {
    const a = revs('team/a', 2)
    const md = renderSummary(
      report([
        { name: 'team/empty', kept: [], removed: [] },
        { name: 'team/a', kept: a, removed: [] }
      ])
    )
    expect(md).not.toContain('team/empty')
    expect(md).toContain('No revision removed.')
    expect(rows(md)).toHaveLength(2)
  })

  it(`at most ${MAX_ROWS} rows in one package, then how many more`, () => {
    const a = revs('team/big', MAX_ROWS + 50)
    const md = renderSummary(
      report([{ name: 'team/big', kept: a.slice(0, 5), removed: a.slice(5) }])
    )
    expect(md).toContain(`team/big: ${MAX_ROWS + 45} removed, 5 kept`)
    expect(rows(md)).toHaveLength(MAX_ROWS)
    expect(md).toContain('…and 50 more revisions.')
  })

  it(`at most ${MAX_ROWS} rows across packages: the later packages are counted, not shown`, () => {
    const packages = Array.from({ length: 30 }, (_, i) => {
      const name = `team/p${String(i).padStart(2, '0')}`
      const r = revs(name, 10)
      return { name, kept: r.slice(0, 3), removed: r.slice(3) }
    })
    const md = renderSummary(report(packages))
    expect(rows(md)).toHaveLength(MAX_ROWS)
    expect(md).toContain('team/p19: 7 removed, 3 kept')
    expect(md).not.toContain('team/p20')
    expect(md).toContain('…and 10 more packages.')

    // A package cut in the middle: its remaining rows are counted.
    const three = ['team/x', 'team/y', 'team/z'].map((name) => {
      const r = revs(name, 150)
      return { name, kept: r.slice(0, 1), removed: r.slice(1) }
    })
    const md3 = renderSummary(report(three))
    expect(rows(md3)).toHaveLength(MAX_ROWS)
    expect(md3).toContain('…and 100 more revisions.')
    expect(md3).not.toContain('team/z:')
    expect(md3).toMatch(/…and 1 more package/)
  })

  it('stays far below the 1 MiB job-summary limit for a huge cleanup', () => {
    const packages = Array.from({ length: 2000 }, (_, i) => {
      const name = `ns${i}/pkg`
      const r = revs(name, 50)
      return { name, kept: r.slice(0, 1), removed: r.slice(1) }
    })
    const md = renderSummary(report(packages))
    expect(Buffer.byteLength(md)).toBeLessThan(200_000)
    expect(rows(md)).toHaveLength(MAX_ROWS)
  })
})
