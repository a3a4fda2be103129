/**
 * Python regular expressions (`re`, str patterns, no flags) as JavaScript RegExps with the same
 * meaning, for workflow `handle_pattern`s and JSON Schema `pattern`s. What cannot be translated
 * faithfully is refused with an error rather than guessed.
 *
 * Differences handled: `.` excludes only `\n` in Python (JS also excludes `\r`, U+2028/9); `$`
 * also matches before a final `\n`; `\d`, `\w`, `\s`, `\b` are Unicode-aware; `\A`, `\Z`;
 * `(?P<name>...)`, `(?P=name)`; a `{` that is not a quantifier is a literal; octal, `\x`, `\u`,
 * `\U` escapes. Refused: inline flags, conditionals, atomic groups and possessive quantifiers,
 * `\N{...}`, unknown escapes.
 */

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    reason: string
  ) {
    super(`Cannot use the regular expression ${JSON.stringify(pattern)}: ${reason}`)
    this.name = 'PatternError'
  }
}

// Python's str.isspace() characters.
const SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
// Python's \w for str: alphanumerics (letters, numerics) and underscore.
const WORD = '\\p{L}\\p{N}_'
const DIGIT = '\\p{Nd}'

const CLASS_ESCAPES: Record<string, string> = { d: DIGIT, w: WORD, s: SPACE }
const NEGATED: Record<string, string> = { D: 'd', W: 'w', S: 's' }
const CONTROL: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 }

function cp(n: number): string {
  return `\\u{${n.toString(16)}}`
}

class Translator {
  private i = 0
  private readonly p: string[]
  private groups = 0
  private readonly names = new Set<string>()

  constructor(readonly source: string) {
    this.p = Array.from(source)
  }

  fail(reason: string): never {
    throw new PatternError(this.source, reason)
  }

  peek(k = 0): string | undefined {
    return this.p[this.i + k]
  }

  translate(): string {
    const out = this.alternation()
    if (this.i < this.p.length) this.fail(`unbalanced parenthesis at position ${this.i}`)
    return out
  }

  private alternation(): string {
    let out = this.sequence()
    while (this.peek() === '|') {
      this.i++
      out += '|' + this.sequence()
    }
    return out
  }

  private sequence(): string {
    let out = ''
    while (this.i < this.p.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom()
      out += atom.text + (atom.quantifiable ? this.quantifier() : '')
    }
    return out
  }

  private quantifier(): string {
    const c = this.peek()
    let q = ''
    if (c === '*' || c === '+' || c === '?') {
      q = c
      this.i++
    } else if (c === '{') {
      const m = /^\{(\d*)(,(\d*))?\}/.exec(this.p.slice(this.i, this.i + 40).join(''))
      if (!m || (m[1] === '' && m[2] === undefined)) return ''
      // Python: {,n} means {0,n}.
      const lo = m[1] === '' ? '0' : m[1]!
      q = m[2] === undefined ? `{${lo}}` : `{${lo},${m[3] ?? ''}}`
      if (m[3] !== undefined && m[3] !== '' && Number(m[3]) < Number(lo))
        this.fail('min repeat greater than max repeat')
      this.i += Array.from(m[0]).length
    } else return ''
    if (this.peek() === '?') {
      q += '?'
      this.i++
    } else if (this.peek() === '+') {
      this.fail('possessive quantifiers have no JavaScript equivalent')
    }
    const next = this.peek()
    if (next === '*' || next === '+' || (next === '?' && false)) this.fail('multiple repeat')
    return q
  }

  private atom(): { text: string; quantifiable: boolean } {
    const c = this.p[this.i++]!
    switch (c) {
      case '.':
        return { text: '[^\\n]', quantifiable: true }
      case '^':
        return { text: '^', quantifiable: false }
      case '$':
        // Python: at the end, or before a newline that ends the string.
        return { text: '(?=\\n?$)', quantifiable: false }
      case '(':
        return { text: this.group(), quantifiable: true }
      case '[':
        return { text: this.charClass(), quantifiable: true }
      case '\\':
        return this.escape()
      case '*':
      case '+':
      case '?':
        return this.fail('nothing to repeat')
      case '{': {
        // Not a quantifier here: a literal brace (JS with the u flag needs it escaped).
        return { text: '\\{', quantifiable: true }
      }
      case '}':
        return { text: '\\}', quantifiable: true }
      case ']':
        return { text: '\\]', quantifiable: true }
      case ')':
        return this.fail('unbalanced parenthesis')
      default:
        return { text: cp(c.codePointAt(0)!), quantifiable: true }
    }
  }

  private group(): string {
    if (this.peek() !== '?') {
      this.groups++
      const inner = this.alternation()
      if (this.p[this.i++] !== ')') this.fail('missing ), unterminated subpattern')
      return `(${inner})`
    }
    this.i++
    const c = this.p[this.i++]
    let open: string
    if (c === ':') open = '(?:'
    else if (c === '=') open = '(?='
    else if (c === '!') open = '(?!'
    else if (c === '<' && (this.peek() === '=' || this.peek() === '!'))
      open = `(?<${this.p[this.i++]!}`
    else if (c === 'P' && this.peek() === '<') {
      this.i++
      let name = ''
      while (this.peek() !== undefined && this.peek() !== '>') name += this.p[this.i++]!
      this.i++
      if (!/^[A-Za-z_]\w*$/.test(name))
        this.fail(`bad character in group name ${JSON.stringify(name)}`)
      if (this.names.has(name)) this.fail(`redefinition of group name ${JSON.stringify(name)}`)
      this.names.add(name)
      this.groups++
      open = `(?<${name}>`
    } else if (c === 'P' && this.peek() === '=') {
      this.i++
      let name = ''
      while (this.peek() !== undefined && this.peek() !== ')') name += this.p[this.i++]!
      this.i++
      if (!this.names.has(name)) this.fail(`unknown group name ${JSON.stringify(name)}`)
      return `\\k<${name}>`
    } else if (c === '#') {
      while (this.peek() !== undefined && this.peek() !== ')') this.i++
      this.i++
      return ''
    } else {
      this.fail(
        `the construct (?${c ?? ''}...) (flags, conditionals, atomic groups) is not supported`
      )
    }
    const inner = this.alternation()
    if (this.p[this.i++] !== ')') this.fail('missing ), unterminated subpattern')
    return open + inner + ')'
  }

  /** An escape outside a class. */
  private escape(): { text: string; quantifiable: boolean } {
    const c = this.p[this.i++]
    if (c === undefined) this.fail('bad escape (end of pattern)')
    if (c in CLASS_ESCAPES) return { text: `[${CLASS_ESCAPES[c]!}]`, quantifiable: true }
    if (c in NEGATED) return { text: `[^${CLASS_ESCAPES[NEGATED[c]!]!}]`, quantifiable: true }
    if (c === 'A') return { text: '^', quantifiable: false }
    if (c === 'Z') return { text: '$', quantifiable: false }
    if (c === 'b' || c === 'B') {
      const w = `[${WORD}]`
      const boundary = `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`
      const inside = `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`
      return { text: c === 'b' ? boundary : inside, quantifiable: false }
    }
    if (/[1-9]/.test(c)) {
      // A group reference (octal escapes need three digits or a leading 0).
      let digits = c
      while (/[0-9]/.test(this.peek() ?? '') && digits.length < 2) digits += this.p[this.i++]!
      if (Number(digits) > this.groups) this.fail(`invalid group reference ${digits}`)
      return { text: `(?:\\${digits})`, quantifiable: true }
    }
    return { text: cp(this.literalEscape(c)), quantifiable: true }
  }

  /** The code point of a literal escape (`\n`, `\x41`, `\u00e9`, `\.`...). */
  private literalEscape(c: string): number {
    if (c in CONTROL) return CONTROL[c]!
    if (c === '0') {
      let oct = ''
      while (/[0-7]/.test(this.peek() ?? '') && oct.length < 2) oct += this.p[this.i++]!
      return parseInt(oct || '0', 8)
    }
    const hexLen = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0
    if (hexLen > 0) {
      const hex = this.p.slice(this.i, this.i + hexLen).join('')
      if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(hex))
        this.fail(`incomplete escape \\${c}${hex}`)
      this.i += hexLen
      const v = parseInt(hex, 16)
      if (v > 0x10ffff) this.fail(`bad escape \\${c}${hex}`)
      return v
    }
    if (c === 'N') this.fail('\\N{...} named characters are not supported')
    if (/[A-Za-z0-9]/.test(c)) this.fail(`bad escape \\${c}`)
    return c.codePointAt(0)!
  }

  private charClass(): string {
    let negate = false
    if (this.peek() === '^') {
      negate = true
      this.i++
    }
    let body = ''
    let first = true
    for (;;) {
      const c = this.p[this.i++]
      if (c === undefined) this.fail('unterminated character set')
      if (c === ']' && !first) break
      first = false
      let item: string
      let single: number | null
      if (c === '\\') {
        const e = this.p[this.i++]
        if (e === undefined) this.fail('bad escape (end of pattern)')
        if (e in CLASS_ESCAPES) {
          body += CLASS_ESCAPES[e]!
          continue
        }
        if (e in NEGATED)
          this.fail(`\\${e} inside a character set has no faithful JavaScript equivalent`)
        if (e === 'b') single = 8
        else if (/[1-9]/.test(e)) this.fail(`bad escape \\${e} in a character set`)
        else single = this.literalEscape(e)
      } else {
        if (c === '[' && this.peek() === ':')
          this.fail('POSIX classes like [:alpha:] are not supported')
        single = c.codePointAt(0)!
      }
      item = cp(single)
      // A range a-b (a '-' before ']' is a literal).
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.i++
        let hi: number
        const d = this.p[this.i++]!
        if (d === '\\') {
          const e = this.p[this.i++]
          if (e === undefined) this.fail('bad escape (end of pattern)')
          if (e in CLASS_ESCAPES || e in NEGATED)
            this.fail(`bad character range ${String.fromCodePoint(single)}-\\${e}`)
          hi = e === 'b' ? 8 : this.literalEscape(e)
        } else hi = d.codePointAt(0)!
        if (hi < single)
          this.fail(
            `bad character range ${String.fromCodePoint(single)}-${String.fromCodePoint(hi)}`
          )
        item = `${cp(single)}-${cp(hi)}`
      }
      body += item
    }
    return `[${negate ? '^' : ''}${body}]`
  }
}

/** Translate a Python pattern to the source of an equivalent JS RegExp (use with the `u` flag). */
export function translatePyRegex(pattern: string): string {
  return new Translator(pattern).translate()
}

/** A RegExp that behaves like `re.compile(pattern)` for `search`. */
export function pyRegExp(pattern: string): RegExp {
  const source = translatePyRegex(pattern)
  try {
    return new RegExp(source, 'u')
  } catch (e) {
    throw new PatternError(
      pattern,
      `its translation is not a valid JavaScript pattern (${(e as Error).message})`
    )
  }
}

/** Python `re.search(pattern, s) is not None`. */
export function pySearch(pattern: string | RegExp, s: string): boolean {
  return (typeof pattern === 'string' ? pyRegExp(pattern) : pattern).test(s)
}
