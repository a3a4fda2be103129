// The Python test tools, set up on first use: a virtualenv in .cache/python with quilt3 8.0.0 (the
// reference client the compatibility tests compare against). Prints the interpreter's path.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const QUILT3_VERSION = '8.0.0'
const venv = resolve('.cache/python')
export const python = resolve(venv, 'bin/python')

function hasQuilt3() {
  if (!existsSync(python)) return false
  const r = spawnSync(
    python,
    ['-c', 'import importlib.metadata as m; print(m.version("quilt3"))'],
    {
      encoding: 'utf-8'
    }
  )
  return r.status === 0 && r.stdout.trim() === QUILT3_VERSION
}

export function ensurePythonEnv() {
  if (hasQuilt3()) return python
  const base = process.env.PYTHON ?? 'python3'
  console.error(`Setting up the Python test tools in ${venv} (quilt3==${QUILT3_VERSION})...`)
  if (!existsSync(python)) execFileSync(base, ['-m', 'venv', venv], { stdio: 'inherit' })
  execFileSync(
    python,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `quilt3==${QUILT3_VERSION}`],
    {
      stdio: 'inherit'
    }
  )
  if (!hasQuilt3()) throw new Error(`quilt3 ${QUILT3_VERSION} could not be installed in ${venv}`)
  return python
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensurePythonEnv())
}
