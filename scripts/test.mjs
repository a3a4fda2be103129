// `npm test`: sets up what the suite needs (the Python test tools on first use), then runs jest.
// Extra arguments go to jest, e.g. `npm test -- __tests__/quilt`.
import { spawnSync } from 'node:child_process'
import { ensurePythonEnv } from './python-env.mjs'

const python = ensurePythonEnv()
const r = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    ...process.argv.slice(2)
  ],
  { stdio: 'inherit', env: { ...process.env, QPA_PYTHON: python } }
)
process.exit(r.status ?? 1)
