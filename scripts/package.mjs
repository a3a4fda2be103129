// Rebuilds dist/: the action (dist/index.js) and the command line (dist/cli/index.js), with ncc.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build']
rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli']
]) {
  execFileSync(
    process.execPath,
    [...ncc, entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet'],
    {
      stdio: 'inherit'
    }
  )
}

// ncc's source-map support is a CommonJS file that the ES module bundle imports: Node then scans
// it for its exports with its CommonJS lexer, which costs every run about as much CPU as the
// module itself (V8 compiles the lexer optimized). The same file is required instead.
const SOURCE_MAP_IMPORT = "import './sourcemap-register.cjs';"
const SOURCE_MAP_REQUIRE =
  "import { createRequire as __qpaRequire } from 'module';__qpaRequire(import.meta.url)('./sourcemap-register.cjs');"
for (const out of ['dist', 'dist/cli']) {
  const file = `${out}/index.js`
  const text = readFileSync(file, 'utf-8')
  if (!text.includes(SOURCE_MAP_IMPORT))
    throw new Error(`${file}: ncc's source-map import not found`)
  writeFileSync(file, text.replace(SOURCE_MAP_IMPORT, SOURCE_MAP_REQUIRE))
}

// action.yml read as YAML, beside each bundle (src/action/metadata.ts): a start-up reads this
// JSON instead of parsing the YAML, as long as action.yml is still the text it was made from.
const actionYml = readFileSync('action.yml', 'utf-8')
const metadata = JSON.stringify({
  sha256: createHash('sha256').update(actionYml).digest('hex'),
  raw: parseYaml(actionYml)
})
for (const out of ['dist', 'dist/cli'])
  writeFileSync(`${out}/action-metadata.json`, metadata + '\n')
