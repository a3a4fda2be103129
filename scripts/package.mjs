// Rebuilds dist/: the action (dist/index.js) and the command line (dist/cli/index.js), with ncc.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

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
