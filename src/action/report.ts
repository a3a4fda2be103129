/**
 * What the user sees, as plain text: progress lines and the result. `main.ts` sends them to the
 * workflow log and outputs, `cli.ts` to the terminal.
 */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** Warnings given so far (for the job summary). */
  warnings?: string[]
}

/** A logger that also keeps its warnings. */
export function keepingWarnings(base: Logger): Logger & { warnings: string[] } {
  const warnings: string[] = []
  return {
    info: (m) => base.info(m),
    warning: (m) => {
      warnings.push(m)
      base.warning(m)
    },
    warnings
  }
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** Bytes for people: `1.5 GiB`. */
export function formatBytes(n: number): string {
  let v = n
  let u = 0
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024
    u++
  }
  return u === 0 ? `${Math.round(n)} B` : `${v.toFixed(1)} ${UNITS[u]}`
}

/**
 * A progress line at most every `intervalMs` (and a last one when done), like actions/cache:
 * `Hashed 1.2 GiB of 2.0 GiB (60%), 1.1 GiB/s`.
 */
export class ProgressLine {
  private last = 0
  private readonly start: number

  constructor(
    private readonly log: (line: string) => void,
    private readonly verb: string,
    private readonly intervalMs = 5000,
    private readonly clock: () => number = () => Date.now()
  ) {
    this.start = this.clock()
    this.last = this.start
  }

  /** A line for `done` of `total` bytes (and files, when given), unless one was given recently. */
  update(
    done: number,
    total: number,
    final = false,
    files?: { done: number; total: number }
  ): void {
    const now = this.clock()
    if (!final && now - this.last < this.intervalMs) return
    this.last = now
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100
    const secs = Math.max((now - this.start) / 1000, 0.001)
    const count = files ? `, ${files.done} of ${files.total} files` : ''
    this.log(
      `${this.verb} ${formatBytes(done)} of ${formatBytes(total)} (${pct}%${count}), ${formatBytes(done / secs)}/s`
    )
  }
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
