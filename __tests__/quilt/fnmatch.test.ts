/**
 * `fnmatch` (src/quilt/py/fnmatch.ts) against Python's `fnmatch.fnmatch`, which quilt3 uses for
 * `.quiltignore` (spec §7.2): a table of ~200 hand-picked (name, pattern) pairs and a few thousand
 * random ones over an alphabet of the characters that matter. One Python process for the file.
 */
import { fnmatch, fnmatchToRegExp } from '../../src/quilt/py/fnmatch.js'
import { runPython } from '../helpers/python.js'
import { cleanupTempDirs } from '../helpers/tmp.js'

type Pair = readonly [name: string, pattern: string]

/** Hand-picked pairs, grouped by the rule they exercise. */
const TABLE: Pair[] = [
  // `*`: any run, `/` and newlines included; runs of stars are one star
  ['', '*'],
  ['abc', '*'],
  ['a/b', '*'],
  ['a\nb', '*'],
  ['.hidden', '*'],
  ['abc', 'a*'],
  ['abc', '*c'],
  ['abc', 'a*c'],
  ['ac', 'a*c'],
  ['ab', 'a*c'],
  ['abcbc', 'a*bc'],
  ['abcb', 'a*bc'],
  ['a', '**'],
  ['ab', 'a**b'],
  ['aXbXc', '*X*X*'],
  ['aXb', '*X*X*'],
  ['XX', '*X*X*'],
  ['aaab', '*a*ab'],
  ['ab', '*a*ab'],
  ['dir/file.txt', '*.txt'],
  ['file.txt', '*.txt'],
  ['file.txt.bak', '*.txt'],
  ['dir/file.txt', '*/file.txt'],
  ['file.txt', '*/file.txt'],
  ['./file.txt', '*/file.txt'],
  ['a/b/c', '*/c'],
  ['a/b/c', 'a/*'],
  ['a/b/c', '*/b'],
  ['x/node_modules/y', '*/node_modules/*'],
  ['x/node_modules', '*/node_modules/*'],
  ['./data/big.csv', '*/data/*.csv'],
  // `?`: exactly one character (one code point)
  ['a', '?'],
  ['', '?'],
  ['ab', '?'],
  ['/', '?'],
  ['\n', '?'],
  ['😀', '?'],
  ['😀😀', '?'],
  ['😀😀', '??'],
  ['é', '?'],
  ['e\u0301', '?'],
  ['e\u0301', '??'],
  ['abc', 'a?c'],
  ['a/c', 'a?c'],
  ['ac', 'a?c'],
  ['abc', '???'],
  ['abc', '?*?'],
  ['a', '?*?'],
  // classes
  ['a', '[abc]'],
  ['c', '[abc]'],
  ['d', '[abc]'],
  ['', '[abc]'],
  ['ab', '[abc]'],
  ['ab', '[abc]*'],
  ['b', '[!abc]'],
  ['d', '[!abc]'],
  ['/', '[!abc]'],
  ['\n', '[!a]'],
  ['😀', '[!a]'],
  ['😀', '[😀]'],
  ['😀', '[a😀]'],
  ['😀x', '[😀]x'],
  ['é', '[é]'],
  ['e\u0301', '[é]'],
  ['a/b', 'a[/]b'],
  ['a/b', 'a[!x]b'],
  ['a/b', 'a[!/]b'],
  // ranges
  ['m', '[a-z]'],
  ['a', '[a-z]'],
  ['z', '[a-z]'],
  ['M', '[a-z]'],
  ['-', '[a-z]'],
  ['é', '[a-z]'],
  ['é', '[à-ÿ]'],
  ['😁', '[😀-😂]'],
  ['😃', '[😀-😂]'],
  ['\u{10ffff}', '[\u{10000}-\u{10ffff}]'],
  ['\uffff', '[\u{10000}-\u{10ffff}]'],
  ['\uffff', '[\ue000-\u{10000}]'],
  ['c', '[a-cx-z]'],
  ['y', '[a-cx-z]'],
  ['m', '[a-cx-z]'],
  ['-', '[a-cx-z]'],
  ['5', '[0-9]'],
  ['٥', '[0-9]'],
  ['m', '[!a-z]'],
  ['M', '[!a-z]'],
  ['a', '[a-a]'],
  ['b', '[a-a]'],
  // empty / reversed ranges: Python drops them
  ['b', '[z-a]'],
  ['z', '[z-a]'],
  ['a', '[z-a]'],
  ['-', '[z-a]'],
  ['', '[z-a]'],
  ['a', '[!z-a]'],
  ['-', '[!z-a]'],
  ['', '[!z-a]'],
  ['b', '[az-a]'],
  ['a', '[az-a]'],
  ['a', '[z-ab]'],
  ['b', '[z-ab]'],
  ['b', '[c-a-z]'],
  ['-', '[c-a-z]'],
  ['z', '[c-a-z]'],
  ['c', '[c-a-z]'],
  ['b', '[!c-a-z]'],
  ['y', '[a-cz-x]'],
  ['b', '[a-cz-x]'],
  ['x', '[a-cz-x]'],
  ['😀', '[😂-😀]'],
  ['😁', '[😂-😀]'],
  // `]` as the first member
  ['a', '[]a]'],
  [']', '[]a]'],
  ['b', '[]a]'],
  ['b', '[!]a]'],
  [']', '[!]a]'],
  ['a', '[!]a]'],
  [']', '[]]'],
  [']]', '[]]]'],
  ['^', '[]-a]'],
  ['_', '[]-a]'],
  ['b', '[]-a]'],
  [']', '[]-a]'],
  ['a', '[]-a]'],
  // unclosed `[` is a literal
  ['[', '['],
  ['[a', '[a'],
  ['a', '[a'],
  ['[!', '[!'],
  ['[]', '[]'],
  ['[!]', '[!]'],
  ['[abc', '[abc'],
  ['x[ab', '*[ab'],
  ['[a-z', '[a-z'],
  ['a]', '[a]]'],
  ['a]', 'a]'],
  // backslashes are ordinary characters (no escaping in fnmatch)
  ['\\', '\\'],
  ['a', '\\a'],
  ['\\a', '\\a'],
  ['*', '\\*'],
  ['a', '\\*'],
  ['\\x', '\\*'],
  ['\\', '[\\]'],
  [']', '[\\]]'],
  ['\\]', '[\\]]'],
  ['\\', '[a\\-z]'],
  ['b', '[a\\-z]'],
  ['[', '[\\[]'],
  ['\\', '[!\\]'],
  ['[', '\\['],
  ['\\[', '\\['],
  ['\\\\', '\\\\'],
  // `-` at the edges of a class
  ['-', '[-a]'],
  ['a', '[-a]'],
  ['b', '[-a]'],
  ['-', '[a-]'],
  ['a', '[a-]'],
  ['b', '[a-]'],
  ['-', '[!-a]'],
  ['b', '[!-a]'],
  ['-', '[!a-]'],
  ['b', '[!a-]'],
  ['-', '[-]'],
  ['-', '[!-]'],
  ['a', '[!-]'],
  ['-', '[--]'],
  ['-', '[---]'],
  [',', '[+--]'],
  ['+', '[+--]'],
  ['.', '[+--]'],
  ['-', '[a-c-e]'],
  ['d', '[a-c-e]'],
  ['b', '[a-c-e]'],
  ['e', '[a-c-e]'],
  ['-', '[!--]'],
  ['!', '[!]'],
  ['!', '[!!]'],
  ['a', '[!!]'],
  ['!', '[a!]'],
  // regex metacharacters are literal
  ['.', '.'],
  ['a', '.'],
  ['(', '('],
  ['a+', 'a+'],
  ['aa', 'a+'],
  ['^', '^'],
  ['^', '[^]'],
  ['a', '[^a]'],
  ['^', '[^a]'],
  ['$', '$'],
  ['a|b', 'a|b'],
  ['a', 'a|b'],
  ['{1}', '{1}'],
  ['a{2}', 'a{2}'],
  ['aa', 'a{2}'],
  ['&', '[&&]'],
  ['~', '[~~]'],
  ['|', '[a||]'],
  ['[', '[[]'],
  ['[', '[[a]'],
  ['a', '[[a]'],
  ['(?i)A', '(?i)A'],
  // newlines
  ['a\nb', 'a?b'],
  ['a\nb', 'a*b'],
  ['a\n', 'a'],
  ['a\n', 'a*'],
  ['\n', '[\n]'],
  ['\n', '[!x]'],
  ['\n\n', '*'],
  ['\r', '?'],
  ['a\r\n', 'a*'],
  ['a\r', 'a'],
  ['\u2028\u2029\u0085', '???'],
  ['\u2028', '[!a]'],
  ['x\u2029y', 'x*y'],
  // Unicode, no normalization, case-sensitive
  ['日本', '日*'],
  ['日本', '??'],
  ['😀.txt', '?.txt'],
  ['😀.txt', '*.txt'],
  ['é', 'é'],
  ['e\u0301', 'é'],
  ['é', 'e\u0301'],
  ['A', 'a'],
  ['a', '[A-Z]'],
  ['ß', 'SS'],
  ['İ', 'i*']
]

/** Random pairs over the characters that matter to the translation. */
function randomPairs(count: number): Pair[] {
  let a = 2024
  const next = (n: number): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
  const P = [
    'a',
    'b',
    'c',
    'z',
    '-',
    '-',
    '!',
    '!',
    ']',
    ']',
    '[',
    '[',
    '[',
    '*',
    '?',
    '\\',
    '/',
    '😀',
    'é',
    '\n',
    '^'
  ]
  const N = ['a', 'b', 'c', 'z', '-', '!', ']', '[', '\\', '/', '😀', 'é', '\n', '\r', '^', 'y']
  const word = (alphabet: string[], max: number): string =>
    Array.from({ length: next(max + 1) }, () => alphabet[next(alphabet.length)]!).join('')
  /** A name made from the pattern, so that many pairs match: wildcards filled in, a few changes. */
  const instance = (pattern: string): string => {
    const chars = Array.from(pattern)
    let out = ''
    chars.forEach((c, i) => {
      if (c === '*') out += word(N, 2)
      else if (c === '?') out += N[next(N.length)]!
      else if (c === '[') out += chars[i + 1 + next(3)] ?? c
      else if (next(10) === 0) out += N[next(N.length)]!
      else out += c
    })
    return out
  }
  return Array.from({ length: count }, (_, i) => {
    const pattern = word(P, 8)
    return [i % 2 === 0 ? word(N, 5) : instance(pattern), pattern] as const
  })
}

const RANDOM = randomPairs(4000)

const PY_SCRIPT = `
import fnmatch, warnings
warnings.simplefilter('ignore')

def answer(name, pattern):
    try:
        return fnmatch.fnmatch(name, pattern)
    except Exception as e:
        return f'{type(e).__name__}: {e}'

def main(data):
    return {
        'table': [answer(n, p) for n, p in data['table']],
        'random': [answer(n, p) for n, p in data['random']],
    }
`

let py: { table: (boolean | string)[]; random: (boolean | string)[] }

beforeAll(async () => {
  py = await runPython(PY_SCRIPT, { table: TABLE, random: RANDOM }, { timeoutMs: 60_000 })
}, 60_000)
afterAll(() => cleanupTempDirs())

describe('fnmatch equals Python fnmatch.fnmatch', () => {
  it('the table has both answers in plenty', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(200)
    expect(py.table.filter((x) => x === true).length).toBeGreaterThan(70)
    expect(py.table.filter((x) => x === false).length).toBeGreaterThan(70)
  })

  it.each(
    TABLE.map(([name, pattern], i) => [JSON.stringify(name), JSON.stringify(pattern), i] as const)
  )('fnmatch(%s, %s)', (_, __, i) => {
    const [name, pattern] = TABLE[i]!
    expect(fnmatch(name, pattern)).toBe(py.table[i])
  })

  it(`${RANDOM.length} random pairs`, () => {
    const diffs = RANDOM.flatMap(([name, pattern], i) => {
      let mine: boolean | string
      try {
        mine = fnmatch(name, pattern)
      } catch (e) {
        mine = String(e)
      }
      return mine === py.random[i] ? [] : [{ name, pattern, mine, python: py.random[i] }]
    })
    expect(diffs.slice(0, 10)).toEqual([])
    // The random pairs match sometimes, not only trivially.
    expect(py.random.filter((x) => x === true).length).toBeGreaterThan(1000)
  })
})

describe('fnmatchToRegExp', () => {
  it('gives a reusable anchored RegExp (no lastIndex state)', () => {
    const re = fnmatchToRegExp('*.txt')
    expect(fnmatch('a.txt', re)).toBe(true)
    expect(fnmatch('a.txt', re)).toBe(true)
    expect(fnmatch('a.txt.gz', re)).toBe(false)
    expect(fnmatch('xa.txt', fnmatchToRegExp('a.txt'))).toBe(false)
  })
})
