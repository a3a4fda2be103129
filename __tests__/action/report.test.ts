/** What the user reads in the log: byte sizes and throttled progress lines. */
import { formatBytes, ProgressLine } from '../../src/action/report.js'

const KiB = 1024
const MiB = 1024 * KiB
const GiB = 1024 * MiB
const TiB = 1024 * GiB

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
    [KiB, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [MiB - 1, '1024.0 KiB'],
    [MiB, '1.0 MiB'],
    [1.5 * GiB, '1.5 GiB'],
    [2 * TiB, '2.0 TiB'],
    [2048 * TiB, '2048.0 TiB']
  ])('%d bytes is %j', (n, text) => {
    expect(formatBytes(n)).toBe(text)
  })

  // Speeds are bytes divided by seconds: rarely whole numbers.
  it.each([29.41176470588235, 1023.4])('writes %d B/s as a whole number of bytes', (n) => {
    expect(formatBytes(n)).toMatch(/^\d+ B$/)
  })
})

/** A ProgressLine on a clock the test moves. */
function progress(intervalMs?: number): {
  line: ProgressLine
  lines: string[]
  at: (ms: number) => void
} {
  let now = 1_000_000
  const start = now
  const lines: string[] = []
  const line = new ProgressLine(
    (l) => lines.push(l),
    'Hashed',
    intervalMs,
    () => now
  )
  return { line, lines, at: (ms) => (now = start + ms) }
}

describe('ProgressLine', () => {
  it('prints at most one line per interval, and always the final one', () => {
    const p = progress(1000)
    p.at(10)
    p.line.update(1 * MiB, 10 * MiB)
    p.at(999)
    p.line.update(2 * MiB, 10 * MiB)
    expect(p.lines).toEqual([])
    p.at(1000)
    p.line.update(5 * MiB, 10 * MiB)
    expect(p.lines).toEqual(['Hashed 5.0 MiB of 10.0 MiB (50%), 5.0 MiB/s'])
    p.at(1500)
    p.line.update(6 * MiB, 10 * MiB)
    p.at(1999)
    p.line.update(7 * MiB, 10 * MiB)
    expect(p.lines).toHaveLength(1)
    p.at(2000)
    p.line.update(8 * MiB, 10 * MiB)
    expect(p.lines).toHaveLength(2)
    // The final line comes even right after another one.
    p.at(2001)
    p.line.update(10 * MiB, 10 * MiB, true)
    expect(p.lines).toHaveLength(3)
    expect(p.lines[2]).toMatch(/^Hashed 10\.0 MiB of 10\.0 MiB \(100%\), 5\.0 MiB\/s$/)
  })

  it('counts the interval from the last line printed, not from the start', () => {
    const p = progress(1000)
    p.at(1700)
    p.line.update(1, 10)
    p.at(2600)
    p.line.update(2, 10)
    expect(p.lines).toHaveLength(1)
    p.at(2700)
    p.line.update(3, 10)
    expect(p.lines).toHaveLength(2)
  })

  it('waits 5 seconds between lines by default', () => {
    const p = progress()
    p.at(4999)
    p.line.update(5, 10)
    expect(p.lines).toEqual([])
    p.at(5000)
    p.line.update(5, 10)
    expect(p.lines).toEqual(['Hashed 5 B of 10 B (50%), 1 B/s'])
  })

  it('rounds the percentage down: 99% until done', () => {
    const p = progress(0)
    p.at(1000)
    p.line.update(999, 1000)
    expect(p.lines[0]).toContain('(99%)')
  })

  it('prints a finite speed and 100% for an empty package finished at once', () => {
    const p = progress(1000)
    p.line.update(0, 0, true)
    expect(p.lines).toEqual(['Hashed 0 B of 0 B (100%), 0 B/s'])
    const q = progress(1000)
    q.line.update(2 * KiB, 2 * KiB, true)
    expect(q.lines[0]).toMatch(/^Hashed 2\.0 KiB of 2\.0 KiB \(100%\), [\d.]+ MiB\/s$/)
  })

  it('prints a readable speed for a small package (what `build` prints for a 2-byte file)', () => {
    const p = progress(1000)
    p.at(68)
    p.line.update(2, 2, true)
    expect(p.lines[0]).toMatch(/^Hashed 2 B of 2 B \(100%\), \d+ B\/s$/)
  })
})
