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

// action.yml read as YAML, beside each bundle (src/action/metadata.ts): a start-up reads this
// JSON instead of parsing the YAML, as long as action.yml is still the text it was made from.
const actionYml = readFileSync('action.yml', 'utf-8')
const metadata = JSON.stringify({
  sha256: createHash('sha256').update(actionYml).digest('hex'),
  raw: parseYaml(actionYml)
})
for (const out of ['dist', 'dist/cli'])
  writeFileSync(`${out}/action-metadata.json`, metadata + '\n')
