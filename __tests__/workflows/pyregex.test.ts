/**
 * Python regular expressions in JavaScript (src/quilt/py/regex.ts), against Python's own `re` in
 * one process: for every pattern, `pySearch(pattern, s)` equals `re.search(pattern, s) is not
 * None` for every string; patterns Python refuses are refused; the patterns Python accepts but
 * that have no faithful translation are refused, and exactly those (listed below).
 *
 * Then 800 patterns made at random (seeded) from the same pieces, on the table's strings and
 * random ones: where both compile, the same answers; where Python refuses, refused; where only
 * this side refuses, for one of the documented reasons.
 *
 * Character classes are also checked code point by code point: `\w`, `\d`, `\s`, `.`, `\b`
 * and their negations, over planes 0 to 3 and 14 and a sample of the rest. Python 3.11 knows
 * Unicode 14, Node a later version: code points assigned (or re-categorised) since are the only
 * differences allowed.
 */
import { PatternError, pyRegExp, pySearch, translatePyRegex } from '../../src/quilt/py/regex.js'
import { runPythonSync } from '../helpers/python.js'
import { cleanupTempDirs } from '../helpers/tmp.js'

afterAll(() => cleanupTempDirs())

/** Strings every pattern is searched in. */
const STRINGS = [
  '',
  'a',
  'A',
  'b',
  'ab',
  'abc',
  'aaa',
  'aab',
  'abab',
  'ba',
  'cab',
  'abcabc',
  'xyz',
  'a\n',
  'a\n\n',
  '\na',
  'a\nb',
  'a\r',
  'a\rb',
  '\r\n',
  'a\u2028b',
  'a\u2029',
  'a\x85b',
  '\n',
  ' ',
  '\t',
  '\x1c',
  '\x1f',
  '\x85',
  '\xa0',
  '\u3000',
  '\u2007',
  '\u200b',
  '\u180e',
  '\ufeff',
  'é',
  'café',
  'CAFÉ',
  'naïve résumé',
  'ß',
  'Ω',
  'ǅ',
  'ʰ',
  '中文',
  '日本語テキスト',
  'ﬁ',
  '٣',
  '٣٤٥',
  '²',
  '½',
  'Ⅻ',
  '〇',
  '𝟘',
  '𝟘𝟙',
  '𐍈',
  '😀',
  'a😀b',
  '\u0301',
  'e\u0301',
  '0',
  '9',
  '123',
  '12a',
  '2024',
  '-1',
  '3.14',
  '_',
  '__init__',
  'a_b',
  'foo bar',
  'foo  bar',
  'foo-bar',
  'foo.bar',
  'foo/bar',
  'qv/workflow',
  'qv/workflow\n',
  'team/data-2024',
  'Team/Data',
  'team/',
  '/team',
  'é/ü',
  'équipe/données',
  'x/y/z',
  'w.txt',
  'w.bin',
  'data/w.csv',
  'w.txt\n',
  'w.TXT',
  '{',
  '}',
  '{}',
  'a{',
  'a{}',
  'a{1}',
  'a{,3}',
  'a{1,2}',
  'x{3',
  '{3}',
  '[',
  ']',
  '[]',
  '-',
  '^',
  '$',
  '\\',
  '|',
  '.',
  '*',
  '+',
  '?',
  '(',
  ')',
  '\x00',
  '\x01',
  '\x07',
  '\x08',
  '\x0b',
  '\x0c',
  '\x1b',
  '\x7f',
  'A@',
  '@',
  'S',
  'SOS',
  'aa-aa',
  'ab-ab',
  'ab-ba',
  'abcab',
  'xx',
  'xyx',
  'foo.txt.bak',
  'aaaa',
  'aaaaa',
  'b'.repeat(10),
  'ab'.repeat(6),
  '\ud800',
  'a\udc00',
  'ÿ',
  'Ā',
  'ĀĀ',
  'İ',
  'ı',
  'K',
  'Å'
]

/** Patterns with the same meaning in both (search results compared on every string). */
const PATTERNS = [
  '',
  'a',
  'abc',
  'A',
  'é',
  '😀',
  '^a',
  'a$',
  '^a$',
  '^$',
  '$',
  '^',
  'b$',
  '^ab$',
  '\\n$',
  'a\\n$',
  '^\\n',
  '\\Aa',
  'a\\Z',
  '\\A\\Z',
  '\\Aab\\Z',
  '^qv/',
  '^qv/workflow$',
  '^[a-z]+/[a-z-]+$',
  '^\\w+/\\w+$',
  '^[\\w-]+/[\\w-]+$',
  '^team/',
  'data$',
  '^(team|Team)/',
  '.',
  '^.$',
  '^..$',
  'a.b',
  'a.',
  '.$',
  '^.*$',
  '^.+$',
  '\\d',
  '^\\d+$',
  '\\D',
  '^\\D+$',
  '\\w',
  '^\\w+$',
  '\\W',
  '^\\W+$',
  '\\s',
  '^\\s+$',
  '\\S',
  '^\\S*$',
  '\\ba',
  'a\\b',
  '\\bb',
  '\\b',
  '\\B',
  '\\Bb',
  '\\bfoo\\b',
  '\\b\\w+\\b',
  '\\B\\w',
  'é\\b',
  '\\b٣',
  '[abc]',
  '[^abc]',
  '^[^abc]+$',
  '[a-c]',
  '[a-cx-z]',
  '[^a-c]',
  '[-a]',
  '[a-]',
  '[--/]',
  '[]a]',
  '[^]a]',
  '[\\]]',
  '[\\\\]',
  '[\\^a]',
  '[a^]',
  '[\\w]',
  '[\\w.]',
  '[\\w-]',
  '[\\d_]',
  '[\\s]',
  '[^\\s]',
  '[^\\w]',
  '[\\D]',
  '[\\W]',
  '[\\S]',
  '[^\\D]',
  '[^\\W]',
  '[^\\S]',
  '[a\\W]',
  '[^a\\W]',
  '[\\W\\d]',
  '[\\S\\s]',
  '[^\\S\\s]',
  '[.]',
  '[$]',
  '[|]',
  '[(]',
  '[{}]',
  '[é-ü]',
  '[\\x00-\\x1f]',
  '[\\0-\\10]',
  '[\\1]',
  '[\\101]',
  '[\\b]',
  '[\\n\\r]',
  '[\\u00e0-\\u00ff]',
  '[\\U0001F600-\\U0001F64F]',
  '[😀-😂]',
  '[\\-]',
  '[a\\-z]',
  '[[]',
  '[[a]',
  '{',
  '}',
  'a{',
  'a{}',
  '{}',
  'x{3',
  'a{,',
  'a{1,2',
  'a{x}',
  'a{1,x}',
  'a{ 1}',
  'a{1}',
  'a{2}',
  '^a{2}$',
  'a{2,}',
  'a{,2}',
  '^a{,2}$',
  '^a{,}$',
  '^a{0}$',
  'a{1,3}b',
  '^a{2,3}$',
  'a{2}?',
  '^a{2,3}?$',
  'a*{',
  'a+}',
  'a*',
  'a+',
  'a?',
  'ab*',
  'ab+',
  'ab?c',
  '^a*$',
  '^a+?$',
  '^a*?b',
  'a??b',
  'a+?',
  '^(a+?)b',
  '^(?:ab)+$',
  '^(?:ab)*$',
  '(?:)',
  '(?:)*',
  '()',
  '()+a',
  'a|b',
  'a|',
  '|a',
  '^a|b$',
  '^(a|b)$',
  'abc|xyz',
  '(a)(b)',
  '(?P<x>a)',
  '(?P<first>a)(?P<second>b)',
  '(?P<é>a)(?P=é)',
  '(a)\\1',
  '(a)b\\1',
  '^(ab)-\\1$',
  '(?P<x>\\w+)-(?P=x)',
  '^(?P<x>\\w+)-(?P=x)$',
  '(\\w)\\1',
  '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10',
  '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11',
  '((a)b)\\2',
  '(a)\\1{2}',
  '(?:(a)\\1)*b',
  '(?:x(a)\\1|b)',
  '(?=(a))\\1',
  '(?<=(a))b\\1',
  '(?=a)',
  '(?=a)a',
  '(?!a)',
  '^(?!a)',
  'a(?=b)',
  'a(?!b)',
  '(?<=a)b',
  '(?<!a)b',
  '(?<=^a)b',
  '(?<=ab)c',
  '(?<=a|b)a',
  '(?<=(?:ab){2})a',
  '(?<=\\w)\\b',
  '(?<=a{0})b',
  '(?<=[ab])b',
  '(?<!\\n)$',
  '(?<=\\W)b',
  '(?<=.)a',
  '(?=a)*b',
  '(?=a)+b',
  '(?!a)?b',
  '^(?=.*a)(?=.*b)',
  '(?#comment)a',
  'a(?#comment)*',
  'a(?#x)(?#y)+b',
  '\\.',
  '\\.(txt|csv)$',
  '\\.txt\\Z',
  '\\\\',
  '\\$',
  '\\^',
  '\\*',
  '\\{',
  '\\{\\}',
  '\\-',
  '\\/',
  '\\ ',
  '\\é',
  '\\😀',
  '\\_',
  '\\n',
  '\\r',
  '\\t',
  '\\a',
  '\\f',
  '\\v',
  '\\0',
  '\\00',
  '\\000',
  '\\07',
  '\\08',
  '\\101',
  '\\141',
  '\\177',
  '\\377',
  '\\x41',
  '\\x61b',
  '\\xe9',
  '\\x1c',
  '\\u00e9',
  '\\u0663',
  '\\u3000',
  '\\U0001F600',
  '\\U0001d7d8',
  '\\x00',
  '\\ud800',
  '[\\ud800-\\udfff]',
  'a\\Z|b',
  '(?:a|b)*c',
  '^(?:a|ab)(?:c|bcd)?$',
  '^\\s*$',
  '^[A-Za-z_][A-Za-z0-9_]*$',
  '^[A-Za-z_-][A-Za-z0-9_-]*$',
  '^[1-9][0-9]*(\\.(0|[1-9][0-9]*)){0,2}$',
  '\\d{4}',
  '^-?\\d+(\\.\\d+)?$',
  '^[^@]+@[^@]+$',
  '^.{2,4}$',
  '^[\\s\\S]$',
  '[\\d\\D]',
  '^.$|^\\n$'
]

/** Patterns Python compiles that are refused here (no faithful translation). */
const REFUSED_HERE = [
  '(?i)abc',
  '(?i:a)b',
  '(?-i:a)',
  '(?s).',
  '(?m)^b',
  '(?x) a b',
  '(?a)\\w',
  '(?u)\\w',
  '(a)?(?(1)b|c)',
  '(?P<x>a)?(?(x)b)',
  '(?>a+)b',
  'a*+',
  'a++',
  'a?+',
  'a{1,2}+',
  '\\N{LATIN SMALL LETTER A}',
  '[\\N{DIGIT ZERO}]',
  '[[:alpha:]]',
  '(a)(?<=\\1)',
  '(a)?\\1',
  '(a)*\\1',
  '(a)+\\1',
  '(a){2}\\1',
  '(?:(a))+\\1',
  '(?:(a*))+\\1',
  '(?:(a)|b)\\1',
  '(a)|\\1',
  '(?:(a)|b)(?:c|\\1)',
  '(?!(a))b\\1',
  '(?<!(a))b\\1',
  '(?=(a))?\\1',
  '(?P<x>a)?(?P=x)'
]

/** Patterns Python refuses (re.error or OverflowError): refused here too. */
const REFUSED_BOTH = [
  '(',
  ')',
  'a)',
  '(a',
  '((a)',
  '[',
  '[a',
  '[^',
  '[]',
  '[a-',
  '\\',
  'a\\',
  '*',
  '+',
  '?',
  '*a',
  'a|*',
  '(*)',
  '(?:*)',
  'a**',
  'a*?*',
  'a??+?',
  'a{2}{3}',
  'a{2}*',
  'a*{2}',
  '{3}',
  '{,3}',
  '^*',
  '$?',
  '\\b+',
  '\\B{2}',
  '\\A*',
  '\\Z?',
  '(?#x)*',
  '(?#unterminated',
  'a{3,2}',
  'a{4294967295}',
  'a{1,4294967295}',
  'a{4294967296,}',
  '\\q',
  '\\e',
  '\\i',
  '\\K',
  '\\z',
  '\\x',
  '\\x4',
  '\\xZZ',
  '\\u12',
  '\\u12g4',
  '\\U0011ffff',
  '\\U1234',
  '\\8',
  '\\9',
  '\\1',
  '(a)\\2',
  '(a)\\10',
  '(a\\1)',
  '(?P<x>a(?P=x))',
  '\\477',
  '[\\8]',
  '[\\9]',
  '[\\477]',
  '[\\q]',
  '[\\A]',
  '[\\Z]',
  '[\\B]',
  '[\\x4]',
  '[z-a]',
  '[b-a]',
  '[a--]',
  '[\\w-z]',
  '[a-\\d]',
  '[\\d-\\w]',
  '[\\W-a]',
  '(?P<1a>x)',
  '(?P<>x)',
  '(?P<a-b>x)',
  '(?P<a>x)(?P<a>y)',
  '(?P=b)',
  '(?P<a>x)(?P=a',
  '(?P<a',
  '(?P<a>',
  '(?P',
  '(?Px)',
  '(?',
  '(?<name>a)',
  '(?<a',
  '(?<=a+)b',
  '(?<=a*)b',
  '(?<=a|bc)d',
  '(?<!a?)b',
  '(?<=a{1,2})b',
  '(?<=(a)\\1)b',
  '(?<=(?P<x>a)(?P=x))b',
  '(?<=a',
  '(?=a',
  '(?:a',
  '(?z)',
  '(?L)a',
  '(?-)'
]

/** A seeded generator (mulberry32): the same random patterns on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// prettier-ignore
const UNITS = [
  'a', 'b', 'c', '.', '\\w', '\\W', '\\d', '\\D', '\\s', '\\S', '[ab]', '[^a]', '[a-c]', '[\\w-]',
  '[^\\W\\d]', 'é', '٣', '😀', '\\n', '{', '}', '-', '/', '_', '\\.'
]
const ANCHORS = ['\\b', '\\B', '^', '$', '\\A', '\\Z']
const REFS = ['\\1', '\\2', '(?P=n)']
// prettier-ignore
const QUANTIFIERS = ['', '', '', '', '*', '+', '?', '{2}', '{,2}', '{1,}', '*?', '+?', '??', '{1,2}?', '{0}']
const GROUPS = ['(X)', '(?P<n>X)', '(?:X)', '(?=X)', '(?!X)', '(X|Y)', '(?:X|Y)', 'X|Y']

function randomPattern(next: () => number, depth = 0): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  const n = 1 + Math.floor(next() * 3)
  let out = ''
  for (let i = 0; i < n; i++) {
    const r = next()
    if (r < 0.12) out += pick(ANCHORS)
    else if (r < 0.17) out += pick(REFS)
    else if (r < 0.24) {
      // A look-behind of fixed width (Python refuses others).
      const body = Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(UNITS)).join('')
      out += `(?<${pick(['=', '!'])}${body})`
    } else if (depth < 2 && r < 0.5) {
      const g = pick(GROUPS)
        .replace('X', randomPattern(next, depth + 1))
        .replace('Y', randomPattern(next, depth + 1))
      out += g + pick(QUANTIFIERS)
    } else out += pick(UNITS) + pick(QUANTIFIERS)
  }
  return out
}

// prettier-ignore
const ALPHABET = ['a', 'b', 'c', 'é', '٣', '_', ' ', '\n', '\r', '😀', '1', '{', '}', '-', '/', '.']

const RANDOM_PATTERNS: string[] = []
const RANDOM_STRINGS: string[] = []
{
  const next = random(20240611)
  const seen = new Set([...PATTERNS, ...REFUSED_HERE, ...REFUSED_BOTH])
  while (RANDOM_PATTERNS.length < 800) {
    const p = randomPattern(next)
    if (!seen.has(p)) {
      seen.add(p)
      RANDOM_PATTERNS.push(p)
    }
  }
  for (let i = 0; i < 80; i++) {
    const len = Math.floor(next() * 7)
    RANDOM_STRINGS.push(
      Array.from({ length: len }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]!).join('')
    )
  }
}

/** The reasons for refusing what Python accepts (module doc of py/regex.ts). */
const UNTRANSLATABLE =
  /inline flags|possessive|may run before that group matched|inside a look-behind|POSIX|\\N\{/

interface PyOutcome {
  ok: boolean
  error?: string
  results?: boolean[]
}

interface PyAnswer {
  patterns: Record<string, PyOutcome>
  unidata: string
  /** For each class pattern, the code points matching it, as [first, last] ranges. */
  ranges: Record<string, [number, number][]>
  /** Python's general category of the code points asked about. */
  categories: Record<string, string>
}

const SCRIPT = `
import re, unicodedata

def tested(c):
    return c < 0x40000 or 0xE0000 <= c < 0xE1000 or c % 97 == 0

def main(data):
    out = {}
    for p in data['patterns']:
        try:
            r = re.compile(p)
        except Exception as e:  # re.error, OverflowError
            out[p] = {'ok': False, 'error': f'{type(e).__name__}: {e}'}
            continue
        out[p] = {'ok': True, 'results': [r.search(s) is not None for s in data['strings']]}
    ranges = {}
    cps = [c for c in range(0x110000) if tested(c)]
    for p, sep in data['classes']:
        # Each code point after the separator: a match at an odd position is that code point.
        every = ''.join(sep + chr(c) for c in cps)
        rs = []
        for m in re.finditer(p, every):
            if m.start() % 2 == 0:
                continue
            c = cps[m.start() // 2]
            if rs and rs[-1][1] == c - 1:
                rs[-1][1] = c
            else:
                rs.append([c, c])
        ranges[p] = rs
    categories = {str(c): unicodedata.category(chr(c)) for c in data['ask']}
    return {'patterns': out, 'unidata': unicodedata.unidata_version, 'ranges': ranges,
            'categories': categories}
`

/** Patterns matching one code point, each with the character put before it. */
const CLASSES: [string, string][] = [
  ['\\w', 'a'],
  ['\\W', 'a'],
  ['\\d', 'a'],
  ['\\D', 'a'],
  ['\\s', 'a'],
  ['\\S', 'a'],
  ['.', 'a'],
  ['[^\\W\\d]', 'a'],
  ['[\\W\\d]', 'a'],
  ['\\B.', 'a'],
  ['\\b.', ' ']
]

// prettier-ignore
const GENERAL_CATEGORIES = [
  'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi',
  'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co', 'Cn'
]

function jsCategory(c: number): string {
  const s = String.fromCodePoint(c)
  return GENERAL_CATEGORIES.find((g) => new RegExp(`^\\p{gc=${g}}$`, 'u').test(s)) ?? '?'
}

/**
 * The code points checked: planes 0 to 3 and the assigned part of plane 14 entirely, a sample of
 * the rest (unassigned, or private use).
 */
function tested(c: number): boolean {
  return c < 0x40000 || (c >= 0xe0000 && c < 0xe1000) || c % 97 === 0
}

/** Code points matched by a class pattern right after `sep`: the pattern then `\\Z` matches. */
function jsClassMembers(pattern: string, sep: string): Set<number> {
  const re = pyRegExp(pattern + '\\Z')
  const out = new Set<number>()
  for (let c = 0; c < 0x110000; c++) {
    if (tested(c) && re.test(sep + String.fromCodePoint(c))) out.add(c)
  }
  return out
}

function rangesToSet(ranges: [number, number][]): Set<number> {
  const out = new Set<number>()
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) out.add(c)
  return out
}

let py: PyAnswer
const ALL_STRINGS = [...STRINGS, ...RANDOM_STRINGS]

beforeAll(() => {
  py = runPythonSync<PyAnswer>(SCRIPT, {
    patterns: [...PATTERNS, ...REFUSED_HERE, ...REFUSED_BOTH, ...RANDOM_PATTERNS],
    strings: [...STRINGS, ...RANDOM_STRINGS],
    classes: CLASSES,
    ask: []
  })
})

function ours(pattern: string): { ok: true; re: RegExp } | { ok: false; error: Error } {
  try {
    return { ok: true, re: pyRegExp(pattern) }
  } catch (e) {
    return { ok: false, error: e as Error }
  }
}

describe('pySearch equals re.search on every string', () => {
  it('has no duplicate patterns or strings in the tables', () => {
    const all = [...PATTERNS, ...REFUSED_HERE, ...REFUSED_BOTH]
    expect(new Set(all).size).toBe(all.length)
    expect(new Set(STRINGS).size).toBe(STRINGS.length)
    expect(PATTERNS.length).toBeGreaterThanOrEqual(150)
  })

  it.each(PATTERNS)('%j', (pattern) => {
    const p = py.patterns[pattern]!
    expect(p.error).toBeUndefined()
    const r = ours(pattern)
    if (!r.ok) throw r.error
    const mismatches = ALL_STRINGS.filter((s, i) => pySearch(r.re, s) !== p.results![i]).map(
      (s) => `${JSON.stringify(s)}: python ${String(!pySearch(r.re, s))}`
    )
    expect(mismatches).toEqual([])
    // The string form gives the same answers.
    expect(ALL_STRINGS.map((s) => pySearch(pattern, s))).toEqual(p.results)
  })
})

describe('random patterns', () => {
  it('give the same answers as Python, or are refused as Python refuses them or as documented', () => {
    const problems: string[] = []
    let compared = 0
    let pythonRefused = 0
    let refusedHere = 0
    for (const pattern of RANDOM_PATTERNS) {
      const p = py.patterns[pattern]!
      const r = ours(pattern)
      if (!p.ok) {
        pythonRefused++
        if (r.ok)
          problems.push(`${JSON.stringify(pattern)}: Python refuses (${p.error!}), accepted`)
        continue
      }
      if (!r.ok) {
        refusedHere++
        if (!UNTRANSLATABLE.test(r.error.message))
          problems.push(`${JSON.stringify(pattern)}: Python accepts, refused: ${r.error.message}`)
        continue
      }
      compared++
      ALL_STRINGS.forEach((s, i) => {
        if (pySearch(r.re, s) !== p.results![i])
          problems.push(
            `${JSON.stringify(pattern)} on ${JSON.stringify(s)}: python ${String(p.results![i])}`
          )
      })
    }
    expect(problems).toEqual([])
    // The mix exercises all three outcomes.
    expect(compared).toBeGreaterThan(300)
    expect(pythonRefused).toBeGreaterThan(20)
    expect(refusedHere).toBeGreaterThan(5)
  })
})

describe('refusals', () => {
  it.each(REFUSED_HERE)('Python accepts %j, refused here as untranslatable', (pattern) => {
    expect(py.patterns[pattern]!.ok).toBe(true)
    expect(() => translatePyRegex(pattern)).toThrow(PatternError)
  })

  it.each(REFUSED_BOTH)('Python refuses %j, and so does pyRegExp', (pattern) => {
    expect(py.patterns[pattern]!.error).toMatch(/^(error|OverflowError): /)
    expect(() => pyRegExp(pattern)).toThrow(PatternError)
  })

  it('names the pattern and the reason', () => {
    expect(() => pyRegExp('(?i)abc')).toThrow(
      'Cannot use the regular expression "(?i)abc": the construct (?i...)'
    )
    expect(() => pyRegExp('a**')).toThrow(/multiple repeat/)
    expect(() => pyRegExp('(?<=a+)b')).toThrow(/look-behind requires fixed-width pattern/)
    expect(() => pyRegExp('(a)?\\1')).toThrow(/may run before that group matched/)
  })
})

describe('character classes over every code point', () => {
  const diffs = new Map<string, number[]>()
  let categories: Record<string, string>

  beforeAll(() => {
    for (const [p, sep] of CLASSES) {
      const theirs = rangesToSet(py.ranges[p]!)
      const mine = jsClassMembers(p, sep)
      const d: number[] = []
      for (let c = 0; c < 0x110000; c++) if (tested(c) && theirs.has(c) !== mine.has(c)) d.push(c)
      diffs.set(p, d)
    }
    const ask = [...new Set([...diffs.values()].flat())]
    categories = runPythonSync<PyAnswer>(SCRIPT, {
      patterns: [],
      strings: [],
      classes: [],
      ask
    }).categories
  })

  it.each(CLASSES)('%j differs only where Unicode changed since Python’s version', (p) => {
    expect(py.unidata).toBe('14.0.0')
    const all = diffs.get(p)!
    const unexplained = all
      .filter((c) => categories[String(c)] === jsCategory(c))
      .map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} (${jsCategory(c)})`)
    expect(unexplained).toEqual([])
    // Few enough to be the characters added since Unicode 14, not a wrong class.
    expect(all.length).toBeLessThan(20_000)
  })

  it('spot checks: \\w, \\d, \\s, . and $ on the characters of the issue', () => {
    expect(['é', '٣', '²', '𝟘', '_', 'ǅ', 'ʰ', '〇'].every((c) => pySearch('^\\w$', c))).toBe(true)
    expect(['٣', '𝟘'].every((c) => pySearch('^\\d$', c))).toBe(true)
    expect(['²', '½', 'Ⅻ'].some((c) => pySearch('\\d', c))).toBe(false)
    expect(['\x1c', '\x85', '\u3000', '\u2028', '\xa0'].every((c) => pySearch('^\\s$', c))).toBe(
      true
    )
    expect(['\u200b', '\u180e', '\ufeff'].some((c) => pySearch('\\s', c))).toBe(false)
    expect(pySearch('^.$', '\r')).toBe(true)
    expect(pySearch('^.$', '\u2028')).toBe(true)
    expect(pySearch('^.$', '\n')).toBe(false)
    expect(pySearch('^a$', 'a\n')).toBe(true)
    expect(pySearch('^a\\Z', 'a\n')).toBe(false)
  })
})
