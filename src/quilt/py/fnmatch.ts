/**
 * Python's `fnmatch.fnmatch` (POSIX: case-sensitive), ported from `fnmatch.translate` of
 * CPython 3.11 so `.quiltignore` rules match exactly what quilt3 matches: `*` and `?` also match
 * `/`, `[...]` classes with `!` negation and ranges (empty ranges dropped as Python drops them),
 * an unclosed `[` is a literal.
 */

function lit(cp: number): string {
  return `\\u{${cp.toString(16)}}`
}

/** Translate a shell pattern to an anchored JS RegExp with Python's semantics. */
export function fnmatchToRegExp(pattern: string): RegExp {
  const pat = Array.from(pattern) // code points, as Python indexes str
  const n = pat.length
  let res = ''
  let i = 0
  let lastStar = false
  while (i < n) {
    const c = pat[i]!
    i++
    if (c === '*') {
      if (!lastStar) res += '.*'
      lastStar = true
      continue
    }
    lastStar = false
    if (c === '?') {
      res += '.'
    } else if (c === '[') {
      let j = i
      if (j < n && pat[j] === '!') j++
      if (j < n && pat[j] === ']') j++
      while (j < n && pat[j] !== ']') j++
      if (j >= n) {
        res += lit('['.codePointAt(0)!)
        continue
      }
      res += translateClass(pat, i, j)
      i = j + 1
    } else {
      res += lit(c.codePointAt(0)!)
    }
  }
  return new RegExp(`^(?:${res})$`, 'su')
}

/** The class `pat[i:j]` (between `[` and `]`), following Python's chunk algorithm. */
function translateClass(pat: string[], start: number, j: number): string {
  let i = start
  const stuffRaw = pat.slice(i, j)
  let chunks: string[][]
  if (!stuffRaw.includes('-')) {
    chunks = [stuffRaw]
  } else {
    chunks = []
    let k = pat[i] === '!' ? i + 2 : i + 1
    for (;;) {
      k = indexOf(pat, '-', k, j)
      if (k < 0) break
      chunks.push(pat.slice(i, k))
      i = k + 1
      k = k + 3
    }
    const chunk = pat.slice(i, j)
    if (chunk.length > 0) chunks.push(chunk)
    else chunks[chunks.length - 1]!.push('-')
    // Remove empty ranges (a > b), as Python does.
    for (let k2 = chunks.length - 1; k2 > 0; k2--) {
      const prev = chunks[k2 - 1]!
      const next = chunks[k2]!
      if (prev[prev.length - 1]!.codePointAt(0)! > next[0]!.codePointAt(0)!) {
        chunks[k2 - 1] = [...prev.slice(0, -1), ...next.slice(1)]
        chunks.splice(k2, 1)
      }
    }
  }
  const flat = chunks.flat()
  if (flat.length === 0) return '(?!)'
  let negate = false
  if (flat[0] === '!') {
    if (flat.length === 1) return '.'
    negate = true
    chunks[0] = chunks[0]!.slice(1)
  }
  // Chunks are literal runs; consecutive chunks are joined by a range.
  let body = ''
  chunks.forEach((chunk, idx) => {
    if (idx > 0) body += '-'
    for (const ch of chunk) body += lit(ch.codePointAt(0)!)
  })
  // A chunk emptied by removing "!" before a range: Python's class would read "[^-x]"; the
  // leading "-" is then literal. Rebuild that case without a dangling range.
  if (body.startsWith('-')) body = lit(0x2d) + body.slice(1)
  return `[${negate ? '^' : ''}${body}]`
}

function indexOf(arr: string[], value: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (arr[k] === value) return k
  return -1
}

/** `fnmatch.fnmatch(name, pattern)` on POSIX. */
export function fnmatch(name: string, pattern: string | RegExp): boolean {
  const re = typeof pattern === 'string' ? fnmatchToRegExp(pattern) : pattern
  return re.test(name)
}
