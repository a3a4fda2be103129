// `npm run docs`: writes the README's Inputs and Outputs tables from action.yml, the one table of
// the inputs and outputs (the command's --help is written from it too). `--check` changes
// nothing and fails when the README differs from what it would write.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const README = join(ROOT, 'README.md')

/** A description as one Markdown table cell: `|`, `*`, `_` and `<` (an HTML tag) escaped. */
const cell = (text) =>
  String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[|*_]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')

function defaultCell(spec) {
  if (spec.required === true) return '(required)'
  const d = spec.default === undefined ? '' : String(spec.default)
  return d === '' ? '' : `\`${d}\``
}

export function tables(actionYml) {
  const inputs = [
    '| input | default | description |',
    '| --- | --- | --- |',
    ...Object.entries(actionYml.inputs).map(
      ([name, spec]) => `| \`${name}\` | ${defaultCell(spec)} | ${cell(spec.description)} |`
    )
  ]
  const outputs = [
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(actionYml.outputs).map(
      ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
    )
  ]
  return { Inputs: inputs.join('\n'), Outputs: outputs.join('\n') }
}

/** `readme` with the first table under `### <title>` replaced by `table`. */
function replaceTable(readme, title, table) {
  const lines = readme.split('\n')
  const heading = lines.indexOf(`### ${title}`)
  if (heading < 0) throw new Error(`README.md has no '### ${title}' heading`)
  let start = heading + 1
  while (start < lines.length && !lines[start].startsWith('|')) {
    if (/^#{1,3} /.test(lines[start])) throw new Error(`README.md: no table under ### ${title}`)
    start++
  }
  let end = start
  while (end < lines.length && lines[end].startsWith('|')) end++
  return [...lines.slice(0, start), table, ...lines.slice(end)].join('\n')
}

export function renderReadme(readme, actionYml) {
  let out = readme
  for (const [title, table] of Object.entries(tables(actionYml))) {
    out = replaceTable(out, title, table)
  }
  return out
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf-8'))
  const readme = readFileSync(README, 'utf-8')
  const wanted = renderReadme(readme, actionYml)
  if (process.argv.includes('--check')) {
    if (wanted !== readme) {
      console.error("README.md's Inputs/Outputs tables differ from action.yml: run `npm run docs`.")
      process.exit(1)
    }
  } else if (wanted !== readme) {
    writeFileSync(README, wanted)
    console.error('README.md: Inputs and Outputs tables written from action.yml.')
  }
}
