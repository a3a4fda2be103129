/**
 * The layering ARCHITECTURE.md describes: the Quilt library imports nothing of the action layer
 * or of @actions/*, and each of its folders imports only the folders before it in that order.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from '../helpers/run.js'

const QUILT = join(ROOT, 'src', 'quilt')
/** The order of ARCHITECTURE.md: a folder may import the ones before it. */
const ORDER = ['(top)', 'py', 'format', 'sources', 's3', 'hashing', 'registry', 'workflows', 'ops']

function filesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesOf(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []
  )
}

/** The folder of src/quilt a file is in ('(top)' for the files directly in it). */
function folderOf(file: string): string {
  const rel = relative(QUILT, file).split('/')
  return rel.length === 1 ? '(top)' : rel[0]!
}

const imports = filesOf(QUILT).map((file) => ({
  file: relative(ROOT, file),
  folder: folderOf(file),
  specifiers: [...readFileSync(file, 'utf-8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(
    (m) => m[1]!
  ),
  dir: join(file, '..')
}))

describe('the Quilt library', () => {
  it('has every folder in the documented order', () => {
    expect([...new Set(imports.map((i) => i.folder))].sort()).toEqual([...ORDER].sort())
  })

  it('imports nothing of the action layer or @actions/*', () => {
    const bad = imports.flatMap((i) =>
      i.specifiers
        .filter((s) => s.startsWith('@actions/') || join(i.dir, s).includes('/src/action/'))
        .map((s) => `${i.file} -> ${s}`)
    )
    expect(bad).toEqual([])
  })

  it('has each folder import only itself and the folders before it', () => {
    const upward = imports.flatMap((i) =>
      i.specifiers
        .filter((s) => s.startsWith('.'))
        .map((s) => ({ s, to: folderOf(join(i.dir, s)) }))
        .filter(({ to }) => ORDER.indexOf(to) > ORDER.indexOf(i.folder))
        .map(({ s, to }) => `${i.file} (${i.folder}) -> ${s} (${to})`)
    )
    expect(upward).toEqual([])
  })
})

describe('the test index (__tests__/README.md)', () => {
  const index = readFileSync(join(ROOT, '__tests__', 'README.md'), 'utf-8')
  const named = new Set([...index.matchAll(/`([\w/-]+\.test\.ts)`/g)].map((m) => m[1]!))
  const tests = filesOf(join(ROOT, '__tests__'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => relative(join(ROOT, '__tests__'), f))

  it('names every test file', () => {
    expect(tests.filter((t) => !named.has(t))).toEqual([])
  })

  it('names no test file that does not exist', () => {
    expect([...named].filter((t) => !tests.includes(t))).toEqual([])
  })

  it('names every engine module that exists', () => {
    const cells = [...index.matchAll(/^\| `([^|]+)` \|/gm)].map((m) => m[1]!)
    const modules = imports
      .filter((i) => i.folder !== '(top)')
      .map((i) => relative(QUILT, join(ROOT, i.file)).replace(/\.ts$/, ''))
    const covered = (m: string): boolean =>
      cells.some((c) =>
        c
          .split(/`, `|`, |, `/)
          .some((x) => x === m || (x.endsWith('/*') && m.startsWith(x.slice(0, -1))))
      )
    expect(modules.filter((m) => !covered(m))).toEqual([])
  })
})
