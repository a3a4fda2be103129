// jest global set-up: the Python test tools (installed on first use), then one moto server per
// flavour for the whole run. Test files reach them through helpers/moto.ts (Moto.connect), which
// reads the endpoints published here; each file makes its own buckets.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensurePythonEnv } from '../../scripts/python-env.mjs'
import { ENDPOINT_VARIABLE, startMoto } from './moto/launch.mjs'

export default async function globalSetup() {
  const python = ensurePythonEnv()
  process.env.QPA_PYTHON = python
  const logs = mkdtempSync(join(tmpdir(), 'qpa-moto-'))
  const started = await Promise.all(
    Object.keys(ENDPOINT_VARIABLE).map((flavour) =>
      startMoto({ flavour, python, logFile: join(logs, `${flavour}.log`) })
    )
  )
  Object.keys(ENDPOINT_VARIABLE).forEach((flavour, i) => {
    process.env[ENDPOINT_VARIABLE[flavour]] = started[i].endpoint
  })
  // For global-teardown.mjs: jest runs both in this process, but may load each module anew.
  globalThis.__qpaMoto = { servers: started, logs }
}
