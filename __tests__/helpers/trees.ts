/**
 * Source folders for the build comparisons against quilt3: hand-written trees that gather the
 * awkward cases (names, `.quiltignore` rules, symlinks, chunk-size boundaries) and random trees
 * from a seeded generator.
 *
 * A case lives in its own folder `<root>`: the package is made from `<root>/src`; other nodes
 * (symlink targets, a link to the folder) lie beside it.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pyQuote } from '../../src/quilt/py/url.js'

export const MiB = 1024 * 1024

export type TreeNode =
  /** A file with the given content. */
  | { kind: 'file'; path: string; data: string | Uint8Array }
  /** A file of `size` bytes, byte i = (i + salt) % 251, the salt taken from the path. */
  | { kind: 'pattern'; path: string; size: number }
  /** A symbolic link; `target` is written as is, `{root}` is replaced by the case folder. */
  | { kind: 'symlink'; path: string; target: string }
  /** An (empty) folder. */
  | { kind: 'dir'; path: string }
  /** A named pipe (neither a file nor a folder). */
  | { kind: 'fifo'; path: string }
  /** A file whose name is given as raw bytes (e.g. not UTF-8), in the folder `dir`. */
  | { kind: 'rawname'; dir: string; name: Uint8Array; data: string }

export interface TreeCase {
  /** Short id, used in test titles and as the case folder name. */
  id: string
  /** Package name. */
  name: string
  nodes: TreeNode[]
  /**
   * How the folder is given to build (default: its absolute path), as a user would type it,
   * and the working directory that relative locations are resolved against.
   */
  location?: (root: string) => { location: string; cwd: string }
  /** Package metadata as JSON text (the action's `meta` input); undefined: not given. */
  meta?: string
  /** The commit message input; '' or null: none. */
  message: string | null
  /** True when files of the folder are left out of the package (`.quiltignore`). */
  extraFiles?: boolean
  /** True when quilt3 is expected to refuse the folder. */
  expectError?: boolean
  /** The logical keys quilt3 makes of the folder, where the case documents them. */
  expectKeys?: string[]
}

function salt(path: string): number {
  let h = 0
  for (const ch of path) h = (h * 31 + ch.codePointAt(0)!) % 251
  return h
}

/** The bytes of a `pattern` node. */
export function patternBytes(path: string, size: number): Buffer {
  const b = Buffer.allocUnsafe(size)
  const s = salt(path)
  for (let i = 0; i < size; i++) b[i] = (i + s) % 251
  return b
}

/** Create `nodes` under `root`. */
export function writeTree(root: string, nodes: readonly TreeNode[]): void {
  mkdirSync(join(root, 'src'), { recursive: true })
  for (const n of nodes) {
    if (n.kind === 'rawname') {
      const dir = join(root, n.dir)
      mkdirSync(dir, { recursive: true })
      writeFileSync(Buffer.concat([Buffer.from(dir + '/'), n.name]), n.data)
      continue
    }
    const path = join(root, n.path)
    mkdirSync(n.kind === 'dir' ? path : dirname(path), { recursive: true })
    switch (n.kind) {
      case 'file':
        writeFileSync(path, n.data)
        break
      case 'pattern':
        writeFileSync(path, patternBytes(n.path, n.size))
        break
      case 'symlink':
        symlinkSync(n.target.replaceAll('{root}', root), path)
        break
      case 'fifo':
        execFileSync('mkfifo', [path])
        break
      case 'dir':
        break
    }
  }
}

const f = (path: string, data: string | Uint8Array = path): TreeNode => ({
  kind: 'file',
  path: `src/${path}`,
  data
})

/** Names with every character class quilt3 keeps verbatim, and walk-order traps. */
function namesTree(): TreeCase {
  const names = [
    'café.txt', // NFC
    'cafe\u0301.txt', // NFD: another file
    'é/nfc.txt',
    'e\u0301/nfd.txt',
    '😀/𝒳.txt',
    '！.txt',
    '中文/文件.md',
    'a/b.txt',
    'a b.txt',
    'a-b.txt',
    'a.txt',
    'a/c/d/e/f/g/h.txt',
    '100%.csv',
    'a%20b.txt',
    '#hash.txt',
    'what?.txt',
    'a+b.txt',
    '"quoted".txt',
    "it's.txt",
    'back\\slash.txt',
    'semi;colon:eq=amp&at@dollar$comma,.txt',
    'star*[brackets]!(parens){braces}.txt',
    '.hidden',
    '.config/.nested',
    '...dots',
    '~tilde',
    'B',
    'Z',
    '_',
    'tab\there.txt',
    'new\nline.txt',
    'cr\rreturn.txt',
    'ctl\u0001.txt',
    'del\u007f.txt',
    'c1\u0085.txt',
    'ls\u2028sep.txt',
    'bom\ufeff.txt',
    'nbsp\u00a0.txt',
    'dir with space/file with space.txt',
    ' leading space.txt',
    'trailing space.txt ',
    'x'.repeat(200) + '.txt',
    'ü'.repeat(127) + 'x' // 255 bytes
  ]
  return {
    id: 'names',
    name: 'qpa-ü/名前_²',
    nodes: [...names.map((n) => f(n)), f('empty.txt', '')],
    meta: '{"b": 1, "a": [1.0, 1e16, 123456789012345678901234567890, -0], "é": "ü😀\\u2028", "nested": {"z": null, "y": true, "x": {"": []}}}',
    message: 'first build: ünïcödé ✓ 😀'
  }
}

const IGNORE_RULES = [
  '*.tmp',
  'build',
  'sub/*',
  '[a-c][0-9].dat',
  'no-such-file-anywhere',
  '*.log  ',
  'deep/inner/',
  '?',
  '!keep.me',
  '#not-a-comment',
  'src/top-level-only.txt',
  ''
]

/** `.quiltignore` with LF line endings: every kind of rule quilt3's fnmatch understands. */
function quiltignoreTree(): TreeCase {
  const files = [
    'keep.txt',
    'keep.TMP',
    'x.tmp',
    'dir/y.tmp',
    'build/out.bin',
    'build/nested/x.txt',
    'other/build/y.txt',
    'build.txt',
    'rebuild/z.txt',
    'sub/a.txt',
    'sub/deeper/b.txt',
    'other/sub/c.txt',
    'sub.txt',
    'subway/d.txt',
    'a1.dat',
    'b2.dat',
    'c3.dat',
    'd4.dat',
    'xx/a5.dat',
    'A6.dat',
    'app.log  ',
    'app.log',
    'deep/inner/f.txt',
    'deep/f.txt',
    'deep/inner2/g.txt',
    'x',
    'dir1/y',
    'q/r.txt',
    'ab',
    '!keep.me',
    'keep.me',
    '#not-a-comment',
    'top-level-only.txt',
    'nested/top-level-only.txt'
  ]
  return {
    id: 'quiltignore-lf',
    name: 'qpa/quiltignore-lf',
    nodes: [f('.quiltignore', IGNORE_RULES.join('\n')), ...files.map((n) => f(n))],
    message: null,
    extraFiles: true,
    expectKeys: [
      '.quiltignore',
      'keep.txt',
      'keep.TMP',
      'build.txt',
      'rebuild/z.txt',
      'sub.txt',
      'subway/d.txt',
      'd4.dat',
      'A6.dat',
      'app.log',
      'deep/f.txt',
      'deep/inner2/g.txt',
      'ab',
      'keep.me',
      'nested/top-level-only.txt'
    ]
  }
}

/**
 * The same rules with CRLF, and with old Mac CR line ends: quilt3 reads `.quiltignore` in text
 * mode (universal newlines), so the rules work as with LF and names ending in "\r" stay.
 */
/** A `.quiltignore` starting with a UTF-8 BOM: quilt3 keeps it, so the first rule is "\ufeff*.tmp". */
function quiltignoreBomTree(): TreeCase {
  return {
    id: 'quiltignore-bom',
    name: 'qpa/quiltignore-bom',
    nodes: [
      f('.quiltignore', '\ufeff*.tmp\n*.log\n'),
      f('a.tmp'),
      f('b.log'),
      f('\ufeffc.tmp'),
      f('d.txt')
    ],
    message: null,
    extraFiles: true,
    expectKeys: ['.quiltignore', 'a.tmp', 'd.txt']
  }
}

function quiltignoreCrTrees(): TreeCase[] {
  const files = [
    'x.tmp',
    'y.tmp\r',
    'build/out.bin',
    'build\r/z.txt',
    'sub/a.txt',
    'a1.dat',
    'a1.dat\r',
    'x',
    'y\r',
    'app.log  \r'
  ]
  const expectKeys = ['.quiltignore', 'y.tmp\r', 'build\r/z.txt', 'a1.dat\r', 'y\r', 'app.log  \r']
  return [
    {
      id: 'quiltignore-crlf',
      name: 'qpa/quiltignore-crlf',
      nodes: [f('.quiltignore', IGNORE_RULES.join('\r\n')), ...files.map((n) => f(n))],
      meta: '{"rules": "crlf"}',
      message: 'crlf',
      extraFiles: true,
      expectKeys
    },
    {
      id: 'quiltignore-cr',
      name: 'qpa/quiltignore-cr',
      nodes: [f('.quiltignore', IGNORE_RULES.join('\r')), ...files.map((n) => f(n))],
      message: 'cr',
      extraFiles: true,
      expectKeys
    }
  ]
}

/** Links to files (followed, recorded by their real path), to folders (not entered), broken. */
function symlinkTree(): TreeCase {
  const link = (path: string, target: string): TreeNode => ({
    kind: 'symlink',
    path: `src/${path}`,
    target
  })
  return {
    id: 'symlinks',
    name: 'qpa/symlinks',
    nodes: [
      { kind: 'file', path: 'outside/target.txt', data: 'outside target' },
      { kind: 'file', path: 'outside/dir/inner.txt', data: 'inner' },
      { kind: 'file', path: 'outside/spaced dir/ünï #1.txt', data: 'unicode target' },
      { kind: 'symlink', path: 'outside-link', target: 'outside/dir' },
      f('real.txt', 'real'),
      f('sub/file.txt', 'in sub'),
      link('link-inside.txt', 'real.txt'),
      link('link-outside.txt', '{root}/outside/target.txt'),
      link('chain1', 'chain2'),
      link('chain2', 'real.txt'),
      link('sub/link-up.txt', '../real.txt'),
      link('link-dir', 'sub'),
      link('link-outside-dir', '{root}/outside/dir'),
      link('broken', 'does-not-exist'),
      link('link-unicode.txt', '{root}/outside/spaced dir/ünï #1.txt'),
      link('via-dir-link.txt', '{root}/outside-link/inner.txt'),
      link('.hidden-link', 'real.txt'),
      link('loop1', 'loop2'),
      link('loop2', 'loop1'),
      { kind: 'fifo', path: 'src/fifo' }
    ],
    meta: 'null',
    message: 'links',
    expectKeys: [
      'real.txt',
      'sub/file.txt',
      'link-inside.txt',
      'link-outside.txt',
      'chain1',
      'chain2',
      'sub/link-up.txt',
      'link-unicode.txt',
      'via-dir-link.txt',
      '.hidden-link'
    ]
  }
}

/** Files around the 8 MiB part size, and an empty one. */
function sizesTree(): TreeCase {
  const p = (path: string, size: number): TreeNode => ({
    kind: 'pattern',
    path: `src/${path}`,
    size
  })
  return {
    id: 'sizes',
    name: 'qpa/sizes',
    nodes: [
      p('empty.bin', 0),
      p('one.bin', 1),
      p('parts/8MiB-1.bin', 8 * MiB - 1),
      p('parts/8MiB.bin', 8 * MiB),
      p('parts/8MiB+1.bin', 8 * MiB + 1)
    ],
    meta:
      '{"floats": [1.0, 1.00, 0.1e1, 1E0, -0.0, 1e16, 1e15, 123e18, 1e-5, 0.00001, 0.0001, 1.10, ' +
      '3.14159265358979323846, 5e-324, 1.7976931348623157e308, 9007199254740993.0, 1E-7, 2.5e-08], ' +
      '"ints": [-0, 9007199254740993, -123456789012345678901234567890, 0], "big": 1e21}',
    message: null
  }
}

function simpleFiles(): TreeNode[] {
  return [f('a.txt', 'a'), f('dir/b.txt', 'bb'), f('dir/sub/c.txt', 'ccc')]
}

/** Metadata and message variants on a small folder. */
function metaTrees(): TreeCase[] {
  return [
    {
      id: 'meta-array',
      name: 'qpa/meta-array',
      nodes: simpleFiles(),
      meta: '[1, "two", 3.0, {"k": -0.0, "\\ud83d\\ude00": "\\u00e9"}]',
      message: ''
    },
    {
      id: 'meta-empty-object',
      name: 'qpa/meta-empty-object',
      nodes: simpleFiles(),
      meta: '{}',
      message: 'text'
    },
    {
      id: 'meta-duplicate-keys',
      name: 'qpa/meta-duplicate-keys',
      nodes: simpleFiles(),
      meta: ' {"a": 1, "b": 2, "a": {"x": 3}, "é": 1, "e\\u0301": 2}\n',
      message: 'duplicate keys'
    },
    {
      id: 'meta-string',
      name: 'qpa/meta-string',
      nodes: simpleFiles(),
      meta: '"just a string \\"quoted\\" \\u007f"',
      message: 'multi\nline\tmessage "quoted" \\ \u2028 end'
    }
  ]
}

/** How the folder is given: through a link, as a relative path, as a file:// URL. */
function locationTrees(): TreeCase[] {
  return [
    {
      id: 'via-symlinked-folder',
      name: 'qpa/via-symlinked-folder',
      nodes: [...simpleFiles(), { kind: 'symlink', path: 'link-to-src', target: 'src' }],
      location: (root) => ({ location: `${root}/link-to-src`, cwd: root }),
      message: 'through a link'
    },
    {
      id: 'relative-path',
      name: 'qpa/relative-path',
      nodes: [...simpleFiles(), { kind: 'dir', path: 'src/empty-dir' }],
      location: (root) => ({ location: './src/dir/../', cwd: root }),
      meta: '{"relative": true}',
      message: null
    },
    {
      id: 'file-url',
      name: 'qpa/file-url',
      nodes: [
        { kind: 'file', path: 'my földer #1/a.txt', data: 'a' },
        { kind: 'file', path: 'my földer #1/b c.txt', data: 'b' }
      ],
      location: (root) => ({
        location: 'file://' + pyQuote(`${root}/my földer #1`),
        cwd: root
      }),
      message: 'file url'
    },
    {
      id: 'empty-folder',
      name: 'qpa/empty-folder',
      nodes: [
        { kind: 'dir', path: 'src/only/empty' },
        { kind: 'dir', path: 'src/dirs' }
      ],
      message: null
    }
  ]
}

/**
 * Folders quilt3 refuses: a file name that is not UTF-8 (it cannot write the logical key), a
 * `.quiltignore` that is not UTF-8 (it cannot read the rules).
 */
export function refusedTrees(): TreeCase[] {
  return [
    {
      id: 'non-utf8-name',
      name: 'qpa/non-utf8-name',
      nodes: [
        f('ok.txt', 'ok'),
        {
          kind: 'rawname',
          dir: 'src',
          name: Buffer.from([0x62, 0x61, 0x64, 0xff, 0x2e, 0x74]),
          data: 'x'
        }
      ],
      message: null,
      expectError: true
    },
    {
      id: 'quiltignore-not-utf8',
      name: 'qpa/quiltignore-not-utf8',
      nodes: [
        f('.quiltignore', Buffer.from([0x2a, 0x2e, 0x74, 0x6d, 0x70, 0x0a, 0xe9, 0x0a])),
        f('a.tmp', 'a'),
        f('b.txt', 'b')
      ],
      message: null,
      expectError: true
    }
  ]
}

// ---------------------------------------------------------------------------------------------
// Random trees
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded generator (deterministic across runs and platforms). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NAME_PIECES = [
  'a', 'b', 'B', 'z', 'Z', '_', '-', '~', ' ', '%', '%41', '#', '?', '+', '"', "'", '\\', 'é',
  'e\u0301', 'ü', '！', '😀', '𝒳', '.', '(', ')', '!', '*', '[', ']', '[a-c]', '&', '=', '@', '$',
  ',', ';', ':', '\t', '\u2028', '\u007f', '中', 'ß', '0', '9', '10', 'file', '.txt', '.tmp'
] // prettier-ignore

const META_TEXTS = [
  undefined,
  'null',
  '{}',
  '{"k": 1.5e300, "n": -12345678901234567890}',
  '{"ü": ["😀", 0.1, 1e-7]}',
  '[]'
]

/**
 * `count` random trees from `seed`: nested folders with names drawn from awkward pieces, small
 * files, and in every other tree a `.quiltignore` whose rules mix names of the tree with globs.
 */
export function randomTrees(seed: number, count: number): TreeCase[] {
  const rnd = seededRandom(seed)
  const int = (n: number): number => Math.floor(rnd() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
  const name = (): string => {
    let s = ''
    const n = 1 + int(4)
    for (let i = 0; i < n; i++) s += pick(NAME_PIECES)
    return s === '.' || s === '..' ? s + 'x' : s
  }
  const out: TreeCase[] = []
  for (let t = 0; t < count; t++) {
    const files = new Map<string, string>()
    const dirs = new Set<string>()
    const fileCount = 5 + int(30)
    for (let i = 0; i < fileCount; i++) {
      const depth = int(4)
      const parts: string[] = []
      for (let d = 0; d < depth; d++) {
        // Re-use folder names often so that folders hold several entries.
        parts.push(d === 0 && rnd() < 0.5 ? pick(['a', 'é', '😀', 'a b']) : name())
      }
      parts.push(name())
      const path = parts.join('/')
      const prefixes = parts.slice(0, -1).map((_, k) => parts.slice(0, k + 1).join('/'))
      if (files.has(path) || dirs.has(path) || prefixes.some((p) => files.has(p))) continue
      if (path === '.quiltignore') continue
      prefixes.forEach((p) => dirs.add(p))
      files.set(path, 'x'.repeat(int(40)) + String(i))
    }
    const nodes: TreeNode[] = [...files].map(([p, data]) => f(p, data))
    let extraFiles = false
    if (t % 3 !== 0) {
      const dirNames = [...dirs].map((p) => p.split('/').pop()!)
      const fileNames = [...files.keys()].map((p) => p.split('/').pop()!)
      const names = [...fileNames, ...dirNames]
      /** A rule made from a name of the tree, so that rules do match something. */
      const mutate = (n: string): string => {
        const cps = Array.from(n)
        const at = int(cps.length)
        switch (int(6)) {
          case 0:
            return n // the name itself
          case 1:
            cps[at] = '?'
            return cps.join('')
          case 2:
            return cps.slice(0, at + 1).join('') + '*'
          case 3:
            return '*' + cps.slice(at).join('')
          case 4:
            cps[at] = `[${cps[at]!}${pick(['a', '0', '-z', '!'])}]`
            return cps.join('')
          default:
            cps[at] = `[!${cps[at]!}]`
            return cps.join('')
        }
      }
      const rules: string[] = []
      const ruleCount = 1 + int(4)
      for (let r = 0; r < ruleCount; r++) {
        const kind = int(8)
        if (kind < 4) rules.push(mutate(pick(names)))
        else if (kind === 4 && dirNames.length > 0) rules.push(pick(dirNames) + '/*')
        else if (kind === 5 && dirNames.length > 0) rules.push(pick(dirNames) + '/')
        else if (kind === 6) rules.push(pick(['?', '*.tmp', '*é*', '*😀', '[!a]*.txt']))
        else rules.push(pick(NAME_PIECES) + '*')
      }
      nodes.push(f('.quiltignore', rules.join('\n') + (rnd() < 0.5 ? '\n' : '')))
      extraFiles = true
    }
    out.push({
      id: `random-${seed}-${t}`,
      name: `qpa/random-${t}`,
      nodes,
      meta: pick(META_TEXTS),
      message: rnd() < 0.5 ? null : name(),
      extraFiles
    })
  }
  return out
}

/** Every hand-written tree. */
export function standardTrees(): TreeCase[] {
  return [
    namesTree(),
    quiltignoreTree(),
    ...quiltignoreCrTrees(),
    quiltignoreBomTree(),
    symlinkTree(),
    sizesTree(),
    ...metaTrees(),
    ...locationTrees()
  ]
}
