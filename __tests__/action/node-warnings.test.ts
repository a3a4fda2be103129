/**
 * No warning a user cannot act on: a normal run of the committed bundles on the Node versions we
 * support (24, what action.yml runs; and the Node running the suite when it is 22 or later)
 * prints no Node warning (deprecation, MaxListenersExceeded, experimental...) and no
 * `::warning::`. The run: a push of many small files and a multipart one to S3 (moto), the same
 * push again (nothing uploaded), a retention delete, and a local build.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Moto } from '../helpers/moto.js'
import { nodeOfMajor } from '../helpers/node-runtime.js'
import { big, MiB, tree } from '../helpers/proxied-moto.js'
import {
  ACTION_BUNDLE,
  CLI_BUNDLE,
  EXAMPLE,
  parseGithubOutput,
  runnerInputEnv,
  runNode,
  TOP_HASH,
  type CliRun
} from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

const current = Number(process.versions.node.split('.')[0])
const NODES = [...new Set([nodeOfMajor(24), ...(current >= 22 ? [process.execPath] : [])])]

/** What Node prints for a warning: `(node:1234) [DEP0040] DeprecationWarning: ...`. */
const NODE_WARNING = /\(node:\d+\)|Warning:/

const files: Record<string, Buffer | string> = { 'big.bin': big(12 * MiB, 7) }
for (let i = 0; i < 300; i++) files[`small/f${i}.txt`] = `file ${i}\n`
const data = tree(files)
const moto = Moto.connect('aws-like')

afterAll(() => cleanupTempDirs())

function quiet(r: CliRun): void {
  expect({
    code: r.code,
    nodeWarnings: r.stderr.split('\n').filter((l) => NODE_WARNING.test(l)),
    actionWarnings: r.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
  }).toEqual({ code: 0, nodeWarnings: [], actionWarnings: [] })
}

describe.each(NODES.map((n, i) => [n, i] as const))('on %s', (node, i) => {
  it('a push, a re-push, a retention delete and a local build print no warning', async () => {
    const bucket = await moto.bucket(`node-warnings-${i}`)
    const push = (message: string): { run: CliRun; outputs: Record<string, string> } => {
      const out = join(tempDir(), 'github_output')
      writeFileSync(out, '')
      const env = {
        ...moto.env(),
        ...runnerInputEnv({
          mode: 'push',
          name: 'team/quiet',
          path: data,
          registry: `s3://${bucket}`,
          message
        }),
        GITHUB_OUTPUT: out
      }
      const run = runNode(ACTION_BUNDLE, [], env, node)
      return { run, outputs: parseGithubOutput(readFileSync(out, 'utf-8')) }
    }
    const first = push('one')
    quiet(first.run)
    expect(first.outputs['top-hash']).toMatch(TOP_HASH)
    expect(Number(first.outputs['uploaded-bytes'])).toBeGreaterThan(12 * MiB)
    await new Promise((r) => setTimeout(r, 1100)) // a new timestamp pointer
    const again = push('two')
    quiet(again.run)
    expect(again.outputs['uploaded-bytes']).toBe('0')

    const del = runNode(
      CLI_BUNDLE,
      ['delete', '--name=team/quiet', `--registry=s3://${bucket}`, '--keep-last=1', '--json'],
      moto.env(),
      node
    )
    quiet(del)
    expect(JSON.parse(del.stdout)).toMatchObject({ changed: true })

    const build = runNode(
      CLI_BUNDLE,
      ['build', '--name=demo/quiet', `--path=${EXAMPLE}`, `--registry=${tempDir()}`],
      {},
      node
    )
    quiet(build)
  })
})
