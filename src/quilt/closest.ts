/** "Did you mean" suggestions: the candidates closest to a mistyped name. */

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    prev = cur
  }
  return prev[b.length]!
}

/** Up to `limit` candidates within a few edits of `name`, closest first (ties by name). */
export function closestNames(candidates: Iterable<string>, name: string, limit = 3): string[] {
  return [...candidates]
    .map((n) => ({ n, d: distance(n, name) }))
    .filter((x) => x.d <= Math.max(3, Math.floor(name.length / 2)))
    .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.n)
}
