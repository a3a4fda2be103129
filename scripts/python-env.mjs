// The Python test tools, set up on first use in a virtualenv in .cache/python: quilt3 8.0.0 (the
// reference client the compatibility tests compare against) and moto's S3 + STS server (the S3
// the suite runs against; the fidelity patch in __tests__/helpers/moto is written for this moto).
// Needs only a Python 3.11+ on PATH (`python3`, or $PYTHON) and PyPI. Prints the interpreter.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const venv = resolve(ROOT, '.cache/python')
export const python = resolve(venv, 'bin/python')

/** What the venv holds: distribution -> exact version. */
export const REQUIREMENTS = {
  quilt3: '8.0.0',
  moto: '5.2.1',
  crc32c: '2.7.1'
}
/** pip's requirement strings (moto with its server extra). */
const PIP_ARGS = Object.entries(REQUIREMENTS).map(([name, version]) =>
  name === 'moto' ? `moto[server]==${version}` : `${name}==${version}`
)

/** The distributions whose installed version differs from REQUIREMENTS (all, without a venv). */
function missing() {
  if (!existsSync(python)) return Object.keys(REQUIREMENTS)
  const script = [
    'import importlib.metadata as m, json, sys',
    'out = {}',
    'for name in sys.argv[1:]:',
    '    try: out[name] = m.version(name)',
    '    except m.PackageNotFoundError: out[name] = None',
    'print(json.dumps(out))'
  ].join('\n')
  const r = spawnSync(python, ['-c', script, ...Object.keys(REQUIREMENTS)], { encoding: 'utf-8' })
  if (r.status !== 0) return Object.keys(REQUIREMENTS)
  const found = JSON.parse(r.stdout)
  return Object.keys(REQUIREMENTS).filter((name) => found[name] !== REQUIREMENTS[name])
}

export function ensurePythonEnv() {
  const todo = missing()
  if (todo.length === 0) return python
  const base = process.env.PYTHON ?? 'python3'
  console.error(`Setting up the Python test tools in ${venv} (${PIP_ARGS.join(', ')})...`)
  if (!existsSync(python)) {
    const r = spawnSync(base, ['-m', 'venv', venv], { stdio: 'inherit' })
    if (r.status !== 0) {
      throw new Error(
        `Could not create a virtualenv with '${base}' (${r.error?.message ?? `exit ${r.status}`}): ` +
          'the tests need Python 3.11+ with the venv module; set PYTHON to its path.'
      )
    }
  }
  execFileSync(
    python,
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...PIP_ARGS],
    { stdio: 'inherit' }
  )
  const still = missing()
  if (still.length > 0) {
    throw new Error(`Could not install ${still.join(', ')} in ${venv}`)
  }
  return python
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensurePythonEnv())
}
