/** The README's input and output tables document exactly what action.yml declares. */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { actionYml, ROOT } from '../helpers/run.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf-8')
const yml = actionYml()

/** The rows of the first table under the heading `### <title>`, as arrays of cells. */
function table(title: string): string[][] {
  const lines = readme.split('\n')
  const start = lines.findIndex((l) => l.trim() === `### ${title}`)
  if (start < 0) throw new Error(`README has no '### ${title}' section`)
  const rows: string[][] = []
  let inTable = false
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,3} /.test(line)) break
    if (line.startsWith('|')) {
      inTable = true
      rows.push(
        line
          .replace(/^\|/, '')
          .replace(/\|\s*$/, '')
          .split('|')
          .map((c) => c.trim())
      )
    } else if (inTable) break
  }
  // Drop the header and the --- line.
  expect(rows[1]?.every((c) => /^:?-+:?$/.test(c))).toBe(true)
  return rows.slice(2)
}

/** The name in a first cell: `` `top-hash` `` -> `top-hash`. */
function nameOf(cell: string): string {
  const m = /^`([^`]+)`$/.exec(cell)
  if (!m) throw new Error(`the first cell should be a name in backticks: ${cell}`)
  return m[1]!
}

describe('README', () => {
  it('lists every input of action.yml, in the same order, and no other', () => {
    expect(table('Inputs').map((r) => nameOf(r[0]!))).toEqual(Object.keys(yml.inputs))
  })

  it('lists every output of action.yml, in the same order, and no other', () => {
    expect(table('Outputs').map((r) => nameOf(r[0]!))).toEqual(Object.keys(yml.outputs))
  })

  it('marks the required inputs, and only them, as (required)', () => {
    const marked = table('Inputs')
      .filter((r) => r[1] === '(required)')
      .map((r) => nameOf(r[0]!))
    const required = Object.entries(yml.inputs)
      .filter(([, spec]) => spec.required === true)
      .map(([name]) => name)
    expect(marked).toEqual(required)
  })

  it('shows the non-empty defaults of action.yml', () => {
    const shown = new Map(table('Inputs').map((r) => [nameOf(r[0]!), r[1]!]))
    const declared = Object.entries(yml.inputs).filter(
      ([, spec]) => typeof spec.default === 'string' && spec.default !== ''
    )
    expect(declared.length).toBeGreaterThan(0)
    expect(declared.map(([name]) => [name, shown.get(name)])).toEqual(
      declared.map(([name, spec]) => [name, `\`${spec.default as string}\``])
    )
  })

  it('shows no default for an input that has none in action.yml (such as the required mode)', () => {
    const shown = new Map(table('Inputs').map((r) => [nameOf(r[0]!), r[1]!]))
    const none = Object.entries(yml.inputs).filter(
      ([, spec]) => spec.default === undefined || spec.default === ''
    )
    expect(none.map(([name]) => name)).toContain('mode')
    expect(none.map(([name]) => [name, shown.get(name)])).toEqual(
      none.map(([name, spec]) => [name, spec.required === true ? '(required)' : ''])
    )
  })

  it('has the tables `npm run docs` writes from action.yml (descriptions included)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/docs.mjs'), '--check'], {
      encoding: 'utf-8'
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })

  it('describes every input and output', () => {
    for (const row of [...table('Inputs'), ...table('Outputs')]) {
      expect(row.at(-1)!.length).toBeGreaterThan(10)
    }
  })
})
