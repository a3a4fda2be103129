/** The one pagination loop: every page once, in order, the marker of each passed to the next. */
import { pages } from '../../src/quilt/pages.js'

/** A listing of `items` served `size` at a time, as S3 serves one (the marker: the next index). */
function listing(items: string[], size: number) {
  const asked: (number | undefined)[] = []
  const fetch = (marker: number | undefined): Promise<{ items: string[]; next?: number }> => {
    asked.push(marker)
    const from = marker ?? 0
    const end = from + size
    return Promise.resolve({
      items: items.slice(from, end),
      ...(end < items.length ? { next: end } : {})
    })
  }
  return { fetch, asked }
}

describe('pages', () => {
  it.each([
    [0, 3, [undefined]],
    [2, 3, [undefined]],
    [3, 3, [undefined]],
    [7, 3, [undefined, 3, 6]]
  ])(
    '%i items, %i a page: asks with markers %j and yields every item once',
    async (n, size, markers) => {
      const items = Array.from({ length: n }, (_, i) => `k${i}`)
      const l = listing(items, size)
      const seen: string[] = []
      for await (const p of pages(l.fetch, (p) => p.next)) seen.push(...p.items)
      expect(seen).toEqual(items)
      expect(l.asked).toEqual(markers)
    }
  )

  it('stops asking when the caller stops reading', async () => {
    const l = listing(['a', 'b', 'c', 'd'], 1)
    for await (const p of pages(l.fetch, (p) => p.next)) if (p.items[0] === 'b') break
    expect(l.asked).toEqual([undefined, 1])
  })
})
