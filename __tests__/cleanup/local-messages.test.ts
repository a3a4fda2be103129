/** A cleanup of a local registry: the summary names each revision with its commit message. */
import { execute } from '../../src/action/execute.js'
import { parseInputs } from '../../src/action/inputs.js'
import { renderSummary } from '../../src/action/summary.js'
import { build } from '../../src/quilt/ops/build.js'
import { LocalRegistry } from '../../src/quilt/registry/local.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { writeFile } from '../helpers/vectors.js'
import { join } from 'node:path'

afterAll(() => cleanupTempDirs())

it('keeps the newest revision, removes the others, and shows their messages', async () => {
  const folder = tempDir()
  const root = tempDir()
  const registry = new LocalRegistry(root)
  const hashes: string[] = []
  for (const [i, message] of ['first | one', 'second', 'third'].entries()) {
    writeFile(join(folder, 'f.txt'), `content ${i}`)
    const r = await build(
      { name: 'team/data', folder, registry, message },
      { now: new Date(Date.UTC(2026, 0, 1 + i)) }
    )
    hashes.push(r.topHash)
  }
  const inputs = parseInputs(
    (n) => ({ mode: 'delete', name: 'team/data', registry: root, 'keep-last': '1' })[n] ?? ''
  )
  const warnings: string[] = []
  const result = await execute(inputs, {
    info: () => undefined,
    warning: (w) => warnings.push(w),
    warnings
  })
  const deleted = result.outputs.deleted as Record<string, string[]>
  expect(Object.keys(deleted)).toEqual(['team/data'])
  expect(deleted['team/data']!.sort()).toEqual([hashes[0]!, hashes[1]!].sort())
  expect(await registry.readPointer('team/data', 'latest')).toBe(hashes[2])
  const md = renderSummary(result.report)
  expect(md).toMatch(/\| third \| kept \|/)
  expect(md).toMatch(/\| second \| removed \|/)
  // A pipe in a message cannot break the table.
  expect(md).toMatch(/\| first \\\| one \| removed \|/)
})
