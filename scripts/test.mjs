// `npm test`: runs jest; its global set-up (__tests__/helpers/global-setup.mjs) installs the Python
// test tools on first use and starts moto. Extra arguments go to jest, e.g.
// `npm test -- __tests__/quilt`.
import { spawnSync } from 'node:child_process'

const r = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    ...process.argv.slice(2)
  ],
  { stdio: 'inherit' }
)
process.exit(r.status ?? 1)
