/**
 * Python regular expressions (`re`, str patterns, no flags) as JavaScript RegExps with the same
 * meaning, for workflow `handle_pattern`s and JSON Schema `pattern`s. What cannot be translated
 * faithfully is refused with an error rather than guessed; what Python refuses (`re.error`) is
 * refused too, so that a pattern quilt3 cannot compile never passes here.
 *
 * Differences handled: `.` excludes only `\n` in Python (JS also excludes `\r`, U+2028/9); `$`
 * also matches before a final `\n`; `\d`, `\w`, `\s`, `\b` are Unicode-aware (as Python's str
 * patterns: `\w` is `str.isalnum()` or `_`, `\s` is `str.isspace()`); `\A`, `\Z`; `(?P<name>...)`,
 * `(?P=name)` (Unicode names); a `{` that is not a quantifier is a literal, `{,n}` is `{0,n}`;
 * octal (`\0`, `\12` in classes, `\123`), `\x`, `\u`, `\U` escapes; `\D`, `\W`, `\S` inside
 * classes; quantified lookarounds; `(?#...)` comments (a quantifier after one applies to the item
 * before it). Python's errors are reproduced: nothing to repeat, multiple repeat, bad escapes and
 * ranges, open or unknown group references, variable-width look-behinds, repeat counts of 2**32-1
 * and more.
 *
 * Refused although Python accepts them: inline flags (`(?i)`, `(?i:...)`), conditionals
 * (`(?(1)a|b)`), atomic groups, possessive quantifiers, `\N{...}`, POSIX-looking `[[:`, group
 * references inside look-behinds, and references to a group that may not have taken part in the
 * match when the reference is reached (one inside a repeated or optional group, another branch of
 * an alternation, or a negative lookaround): Python fails such a reference, JavaScript matches it
 * as empty, and a repeated group's last value differs between the two engines.
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
const OCTAL = /^[0-7]$/
const DECIMAL = /^[0-9]$/
const HEX = /^[0-9a-fA-F]$/

/** sre's MAXREPEAT (a repeat count must be below it). */
const MAXREPEAT = 4294967295

/**
 * The search is made by the pattern itself, from the start: JavaScript's own search loop (V8)
 * also tries positions between the two halves of a surrogate pair, where look-arounds see lone
 * surrogates (`\\B` would match inside '😀'); Python strings have no such positions. A lazy
 * `[\\s\\S]*?` steps over whole code points.
 */
const SEARCH = '^[\\s\\S]*?'

function cp(n: number): string {
  return `\\u{${n.toString(16)}}`
}

/** One element of a sequence, as sre_parse sees it. */
interface Item {
  /** The JavaScript text; a single unit (can take a quantifier as is, or is wrapped). */
  text: string
  /** Width in characters (sre `getwidth`). */
  min: number
  max: number
  /** `at`: an anchor or boundary; `repeat`: already quantified; `unit`: anything else. */
  kind: 'at' | 'repeat' | 'unit'
  /** The frame of a group item (quantifiers on it make its captures unreliable). */
  frame?: number
}

/** A group or lookaround (or the whole pattern, frame 0): for the backreference rules. */
interface Frame {
  kind: 'root' | 'group' | 'lookahead' | 'neglookahead' | 'lookbehind' | 'neglookbehind'
  branches: number
  quantified: boolean
}

type Path = { frame: number; branch: number }[]

interface Capture {
  /** The enclosing frames (outermost first) with the branch taken in each. */
  path: Path
  /** The group's own frame. */
  frame: number
  closed: boolean
}

interface Reference {
  group: number
  path: Path
  name: string
}

class Translator {
  private i = 0
  private readonly p: string[]
  private readonly frames: Frame[] = [{ kind: 'root', branches: 1, quantified: false }]
  private readonly stack: number[] = [0]
  private readonly captures: Capture[] = []
  private readonly names = new Map<string, number>()
  private readonly refs: Reference[] = []
  private lookbehinds = 0

  constructor(readonly source: string) {
    this.p = Array.from(source)
  }

  fail(reason: string): never {
    throw new PatternError(this.source, reason)
  }

  private peek(k = 0): string | undefined {
    return this.p[this.i + k]
  }

  private path(): Path {
    return this.stack.map((frame) => ({ frame, branch: this.frames[frame]!.branches - 1 }))
  }

  translate(): string {
    const out = this.alternation()
    if (this.i < this.p.length) {
      if (this.peek() === ')') this.fail(`unbalanced parenthesis at position ${this.i}`)
      this.fail(`unexpected ${JSON.stringify(this.peek())} at position ${this.i}`)
    }
    this.checkReferences()
    return `${SEARCH}(?:${out.text})`
  }

  /** Branches separated by `|`, in the current frame. */
  private alternation(): Item {
    const frame = this.frames[this.stack[this.stack.length - 1]!]!
    const branches = [this.sequence()]
    while (this.peek() === '|') {
      this.i++
      frame.branches++
      branches.push(this.sequence())
    }
    if (branches.length === 1) return branches[0]!
    return {
      text: branches.map((b) => b.text).join('|'),
      min: Math.min(MAXREPEAT - 1, ...branches.map((b) => b.min)),
      max: Math.max(0, ...branches.map((b) => b.max)),
      kind: 'unit'
    }
  }

  private sequence(): Item {
    const items: Item[] = []
    while (this.i < this.p.length && this.peek() !== '|' && this.peek() !== ')') {
      const c = this.peek()!
      if (c === '*' || c === '+' || c === '?' || (c === '{' && this.braceQuantifier())) {
        const last = items.pop()
        if (last === undefined || last.kind === 'at')
          this.fail(`nothing to repeat at position ${this.i}`)
        if (last.kind === 'repeat') this.fail(`multiple repeat at position ${this.i}`)
        items.push(this.quantify(last))
        continue
      }
      const item = this.atom()
      if (item) items.push(item)
    }
    let min = 0
    let max = 0
    for (const it of items) {
      min += it.min
      max += it.max
    }
    return {
      text: items.map((it) => it.text).join(''),
      min: Math.min(min, MAXREPEAT - 1),
      max: Math.min(max, MAXREPEAT),
      kind: 'unit'
    }
  }

  /** A `{m,n}` quantifier at the current position: its bounds, or null (then `{` is a literal). */
  private braceQuantifier(): { lo: string; hi: string | undefined; length: number } | null {
    let j = this.i + 1
    let lo = ''
    while (DECIMAL.test(this.p[j] ?? '')) lo += this.p[j++]!
    let hi: string | undefined
    if (this.p[j] === ',') {
      j++
      hi = ''
      while (DECIMAL.test(this.p[j] ?? '')) hi += this.p[j++]!
    }
    if (this.p[j] !== '}') return null
    // `{}` is a literal; `{,}` is {0,inf}.
    if (lo === '' && hi === undefined) return null
    return { lo, hi, length: j + 1 - this.i }
  }

  private quantify(item: Item): Item {
    const c = this.peek()!
    let lo: number
    let hi: number
    let q: string
    if (c === '{') {
      const b = this.braceQuantifier()!
      lo = b.lo === '' ? 0 : Number(b.lo)
      hi = b.hi === undefined ? lo : b.hi === '' ? MAXREPEAT : Number(b.hi)
      if (lo >= MAXREPEAT || (b.hi !== undefined && b.hi !== '' && hi >= MAXREPEAT))
        this.fail('the repetition number is too large')
      if (hi < lo) this.fail(`min repeat greater than max repeat at position ${this.i + 1}`)
      q = b.hi === undefined ? `{${lo}}` : `{${lo},${b.hi === '' ? '' : hi}}`
      this.i += b.length
    } else {
      this.i++
      ;[lo, hi, q] = c === '*' ? [0, MAXREPEAT, '*'] : c === '+' ? [1, MAXREPEAT, '+'] : [0, 1, '?']
    }
    if (this.peek() === '?') {
      q += '?'
      this.i++
    } else if (this.peek() === '+') {
      this.fail('possessive quantifiers have no JavaScript equivalent')
    }
    if (item.frame !== undefined) this.frames[item.frame]!.quantified = true
    const max = hi === MAXREPEAT && item.max > 0 ? MAXREPEAT : Math.min(item.max * hi, MAXREPEAT)
    return {
      text: item.text + q,
      min: Math.min(item.min * lo, MAXREPEAT - 1),
      max,
      kind: 'repeat'
    }
  }

  /** The next atom; null for a comment. */
  private atom(): Item | null {
    const c = this.p[this.i++]!
    const unit = (text: string): Item => ({ text, min: 1, max: 1, kind: 'unit' })
    const at = (text: string): Item => ({ text, min: 0, max: 0, kind: 'at' })
    switch (c) {
      case '.':
        return unit('[^\\n]')
      case '^':
        return at('^')
      case '$':
        // Python: at the end, or before a newline that ends the string.
        return at('(?=\\n?$)')
      case '(':
        return this.group()
      case '[':
        return unit(this.charClass())
      case '\\':
        return this.escape()
      default:
        // `{` here is not a quantifier (see sequence): a literal, as are `}` and `]`.
        return unit(cp(c.codePointAt(0)!))
    }
  }

  private open(kind: Frame['kind']): number {
    this.frames.push({ kind, branches: 1, quantified: false })
    const id = this.frames.length - 1
    return id
  }

  /** The body of a group up to its `)`, in a new frame. */
  private body(frame: number): Item {
    this.stack.push(frame)
    const inner = this.alternation()
    this.stack.pop()
    if (this.p[this.i++] !== ')') this.fail('missing ), unterminated subpattern')
    return inner
  }

  private capture(name: string | null): Item {
    const path = this.path()
    const frame = this.open('group')
    const number = this.captures.length + 1
    this.captures.push({ path, frame, closed: false })
    if (name !== null) this.names.set(name, number)
    const inner = this.body(frame)
    this.captures[number - 1]!.closed = true
    return { text: `(${inner.text})`, min: inner.min, max: inner.max, kind: 'unit', frame }
  }

  private reference(group: number, name: string): Item {
    const c = this.captures[group - 1]
    if (c === undefined) this.fail(`invalid group reference ${name}`)
    if (!c.closed) this.fail(`cannot refer to an open group (${name})`)
    if (this.lookbehinds > 0)
      this.fail(`group references inside a look-behind (${name}) are not supported`)
    this.refs.push({ group, path: this.path(), name })
    // The width of a reference is the width of its group; not needed outside look-behinds.
    return { text: `(?:\\${group})`, min: 0, max: MAXREPEAT, kind: 'unit' }
  }

  private groupName(end: string): string {
    let name = ''
    for (;;) {
      const ch = this.p[this.i++]
      if (ch === undefined) this.fail(`missing ${end}, unterminated name`)
      if (ch === end) break
      name += ch
    }
    if (name === '') this.fail('missing group name')
    if (!/^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(name))
      this.fail(`bad character in group name ${JSON.stringify(name)}`)
    return name
  }

  private group(): Item | null {
    if (this.peek() !== '?') return this.capture(null)
    this.i++
    const c = this.p[this.i++]
    if (c === ':') {
      const frame = this.open('group')
      const inner = this.body(frame)
      return { text: `(?:${inner.text})`, min: inner.min, max: inner.max, kind: 'unit', frame }
    }
    if (c === '=' || c === '!') {
      const frame = this.open(c === '=' ? 'lookahead' : 'neglookahead')
      const inner = this.body(frame)
      // Wrapped: JS refuses a quantifier on a bare lookaround, Python accepts one.
      return { text: `(?:(?${c}${inner.text}))`, min: 0, max: 0, kind: 'unit', frame }
    }
    if (c === '<' && (this.peek() === '=' || this.peek() === '!')) {
      const d = this.p[this.i++]!
      const frame = this.open(d === '=' ? 'lookbehind' : 'neglookbehind')
      this.lookbehinds++
      const inner = this.body(frame)
      this.lookbehinds--
      if (inner.min !== inner.max) this.fail('look-behind requires fixed-width pattern')
      return { text: `(?:(?<${d}${inner.text}))`, min: 0, max: 0, kind: 'unit', frame }
    }
    if (c === 'P' && this.peek() === '<') {
      this.i++
      const name = this.groupName('>')
      if (this.names.has(name)) this.fail(`redefinition of group name ${JSON.stringify(name)}`)
      return this.capture(name)
    }
    if (c === 'P' && this.peek() === '=') {
      this.i++
      const name = this.groupName(')')
      const number = this.names.get(name)
      if (number === undefined) this.fail(`unknown group name ${JSON.stringify(name)}`)
      return this.reference(number, name)
    }
    if (c === '#') {
      for (;;) {
        const ch = this.p[this.i++]
        if (ch === undefined) this.fail('missing ), unterminated comment')
        if (ch === ')') return null
      }
    }
    if (c === undefined) this.fail('unexpected end of pattern')
    if (c === 'P') this.fail(`unknown extension ?P${this.peek() ?? ''}`)
    if (c === '<') this.fail(`unknown extension ?<${this.peek() ?? ''}`)
    return this.fail(
      `the construct (?${c}...) (inline flags, conditionals, atomic groups) is not supported`
    )
  }

  /** An escape outside a class. */
  private escape(): Item {
    const c = this.p[this.i++]
    if (c === undefined) this.fail('bad escape (end of pattern)')
    const unit = (text: string): Item => ({ text, min: 1, max: 1, kind: 'unit' })
    if (c in CLASS_ESCAPES) return unit(`[${CLASS_ESCAPES[c]!}]`)
    if (c in NEGATED) return unit(`[^${CLASS_ESCAPES[NEGATED[c]!]!}]`)
    const at = (text: string): Item => ({ text, min: 0, max: 0, kind: 'at' })
    if (c === 'A') return at('^')
    if (c === 'Z') return at('$')
    if (c === 'b' || c === 'B') {
      const w = `[${WORD}]`
      const boundary = `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`
      // Python: \B never matches in an empty string.
      const inside = `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})(?:(?<=[\\s\\S])|(?=[\\s\\S])))`
      return at(c === 'b' ? boundary : inside)
    }
    if (/^[1-9]$/.test(c)) {
      // Three octal digits make an octal escape; otherwise one or two digits: a group reference.
      let digits = c
      if (DECIMAL.test(this.peek() ?? '')) {
        digits += this.p[this.i++]!
        if (OCTAL.test(digits[0]!) && OCTAL.test(digits[1]!) && OCTAL.test(this.peek() ?? '')) {
          digits += this.p[this.i++]!
          const v = parseInt(digits, 8)
          if (v > 0o377) this.fail(`octal escape value \\${digits} outside of range 0-0o377`)
          return unit(cp(v))
        }
      }
      return this.reference(Number(digits), digits)
    }
    return unit(cp(this.literalEscape(c, false)))
  }

  /** The code point of a literal escape (`\n`, `\x41`, `\u00e9`, `\.`, octal...). */
  private literalEscape(c: string, inClass: boolean): number {
    if (c in CONTROL) return CONTROL[c]!
    if (OCTAL.test(c) && (c === '0' || inClass)) {
      // `\0` and up to two more octal digits; in a class, any octal digit starts one.
      let oct = c
      while (OCTAL.test(this.peek() ?? '') && oct.length < 3) oct += this.p[this.i++]!
      const v = parseInt(oct, 8)
      if (v > 0o377) this.fail(`octal escape value \\${oct} outside of range 0-0o377`)
      return v
    }
    const hexLen = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0
    if (hexLen > 0) {
      let hex = ''
      while (hex.length < hexLen && HEX.test(this.peek() ?? '')) hex += this.p[this.i++]!
      if (hex.length < hexLen) this.fail(`incomplete escape \\${c}${hex}`)
      const v = parseInt(hex, 16)
      if (v > 0x10ffff) this.fail(`bad escape \\${c}${hex}`)
      return v
    }
    if (c === 'N') this.fail('\\N{...} named characters are not supported')
    if (/^[A-Za-z0-9]$/.test(c)) this.fail(`bad escape \\${c}`)
    return c.codePointAt(0)!
  }

  /** One member of a class: a code point, or a class escape (`\d`, `\W`...). */
  private classMember(c: string): { single: number } | { escape: string } {
    if (c !== '\\') {
      if (c === '[' && this.peek() === ':')
        this.fail('POSIX classes like [:alpha:] are not supported')
      return { single: c.codePointAt(0)! }
    }
    const e = this.p[this.i++]
    if (e === undefined) this.fail('bad escape (end of pattern)')
    if (e in CLASS_ESCAPES || e in NEGATED) return { escape: e }
    if (e === 'b') return { single: 8 }
    return { single: this.literalEscape(e, true) }
  }

  private charClass(): string {
    let negate = false
    if (this.peek() === '^') {
      negate = true
      this.i++
    }
    let body = ''
    // Members that JS cannot put in a class (`\W`, `\S`): complements of these classes.
    const complements: string[] = []
    let first = true
    for (;;) {
      const c = this.p[this.i++]
      if (c === undefined) this.fail('unterminated character set')
      if (c === ']' && !first) break
      first = false
      const m = this.classMember(c)
      if (this.peek() === '-') {
        const d = this.peek(1)
        if (d === undefined) this.fail('unterminated character set')
        if (d !== ']') {
          // A range: both ends must be single characters.
          this.i += 2
          const hi = this.classMember(d)
          const text = (x: typeof m): string =>
            'escape' in x ? `\\${x.escape}` : String.fromCodePoint(x.single)
          if ('escape' in m || 'escape' in hi || hi.single < m.single)
            this.fail(`bad character range ${text(m)}-${text(hi)}`)
          body += `${cp(m.single)}-${cp(hi.single)}`
          continue
        }
      }
      if ('single' in m) body += cp(m.single)
      else if (m.escape in CLASS_ESCAPES) body += CLASS_ESCAPES[m.escape]!
      else if (m.escape === 'D') body += '\\P{Nd}'
      else complements.push(`[^${CLASS_ESCAPES[NEGATED[m.escape]!]!}]`)
    }
    if (complements.length === 0) return `[${negate ? '^' : ''}${body}]`
    const union = [...(body ? [`[${body}]`] : []), ...complements].join('|')
    return negate ? `(?:(?!${union})[\\s\\S])` : `(?:${union})`
  }

  /**
   * Python fails a reference to a group that did not take part in the match; JS matches it as
   * empty. Only references to groups that certainly matched before them are accepted.
   */
  private checkReferences(): void {
    for (const ref of this.refs) {
      const group = this.captures[ref.group - 1]!
      const where = new Map(ref.path.map((x) => [x.frame, x.branch]))
      const unsure = (reason: string): never =>
        this.fail(
          `the reference to group ${ref.name} may run before that group matched (${reason}); Python and JavaScript differ there`
        )
      for (const { frame, branch } of group.path) {
        const f = this.frames[frame]!
        const refBranch = where.get(frame)
        if (refBranch !== undefined) {
          if (refBranch !== branch) unsure('another branch of an alternation')
        } else {
          if (f.branches > 1) unsure('the group is in an alternation')
          if (f.quantified) unsure('the group is repeated or optional')
          if (f.kind === 'neglookahead' || f.kind === 'neglookbehind')
            unsure('the group is in a negative lookaround')
        }
      }
      if (!where.has(group.frame) && this.frames[group.frame]!.quantified)
        unsure('the group is repeated or optional')
    }
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
