/**
 * A `latest` whose manifest cannot be read (garbage bytes, truncated JSON, an entry without its
 * hash...) never blocks a build or a push: the run warns, naming where the manifest is, and makes
 * the revision as if it had no parent (every file "added", nothing re-used from it). quilt3 does
 * the same in effect: its build and push never read the previous manifest (only the text of
 * `latest`), and it cannot browse such a revision either.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { motoFlavours } from '../helpers/moto.js'
import { getBytes, latestOf } from '../helpers/s3-objects.js'
import { proxiedMoto, tree } from '../helpers/proxied-moto.js'
import { PY_COMMON, runPython } from '../helpers/python.js'
import { runAction, runCli, TOP_HASH, type ActionRun } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

afterAll(() => cleanupTempDirs())

/** Ways a manifest is broken, made from the good manifest's bytes. */
const BROKEN: [string, (good: Buffer) => Buffer][] = [
  ['garbage bytes', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0x13, 0x0a])],
  ['truncated JSON', (good) => good.subarray(0, good.indexOf('\n') + 30)],
  [
    'an entry without its hash object',
    (good) => Buffer.from(good.toString('utf-8').replace(/"hash": \{[^}]*\}, /, ''))
  ]
]

const FILES = { 'a.txt': 'alpha\n', 'sub/b.txt': 'beta\n' }
const CHANGED = { 'a.txt': 'alpha 2\n', 'sub/b.txt': 'beta\n', 'c.txt': 'new\n' }

/** The `::warning::` lines of an action run, their text only. */
function warnings(r: ActionRun): string[] {
  return r.stdout
    .split(/\r?\n/)
    .filter((l) => l.startsWith('::warning::'))
    .map((l) => l.slice('::warning::'.length))
}

/** The warning a run must give for the manifest at `where`. */
function expectNoParentWarning(lines: string[], name: string, where: string): void {
  const matching = lines.filter((w) => w.includes(where))
  expect(matching).toHaveLength(1)
  expect(matching[0]).toContain(`The latest revision of ${name} cannot be read: its manifest`)
  expect(matching[0]).toContain('this revision is treated as having no parent')
}

/** The summary's row of the changes table: added, removed, modified, unchanged. */
function changesRow(summary: string): string {
  const lines = summary.split('\n')
  const at = lines.findIndex((l) => l.startsWith('| added | removed |'))
  expect(at).toBeGreaterThan(-1)
  return lines[at + 2]!
}

describe('build into a local registry', () => {
  const name = 'team/data'
  // One file for every run: @actions/core keeps the summary path it first read.
  const summaryFile = join(tempDir('qpa-sum-'), 'summary.md')

  /** A registry whose latest names a manifest broken by `breakIt`; its path and top hash. */
  async function brokenRegistry(
    breakIt: (good: Buffer) => Buffer
  ): Promise<{ registry: string; broken: string; manifest: string }> {
    const registry = tempDir('qpa-reg-')
    const first = await runAction({ mode: 'build', name, path: tree(FILES), registry })
    const broken = first.outputs['top-hash']!
    expect(broken).toMatch(TOP_HASH)
    const manifest = join(registry, '.quilt', 'packages', broken)
    writeFileSync(manifest, breakIt(readFileSync(manifest)))
    return { registry, broken, manifest }
  }

  it.each(BROKEN)(
    '%s: the action warns, builds, latest moves on, the diff has no parent',
    async (_what, breakIt) => {
      const { registry, broken, manifest } = await brokenRegistry(breakIt)
      writeFileSync(summaryFile, '')
      const r = await runAction(
        { mode: 'build', name, path: tree(CHANGED), registry },
        { GITHUB_STEP_SUMMARY: summaryFile }
      )
      expect(r.errors).toEqual([])
      expect(r.exitCode).toBeFalsy()
      expectNoParentWarning(warnings(r), name, manifest)
      const top = r.outputs['top-hash']!
      expect(top).toMatch(TOP_HASH)
      expect(top).not.toBe(broken)
      expect(r.outputs.changed).toBe('true')
      const latest = join(registry, '.quilt', 'named_packages', name, 'latest')
      expect(readFileSync(latest, 'utf-8')).toBe(top)
      // No parent: all three files added, none modified or unchanged.
      expect(changesRow(readFileSync(summaryFile, 'utf-8'))).toMatch(/^\| 3 \| 0 \| 0 \| 0 \|/)
    }
  )

  it('the command warns on stderr and builds', async () => {
    const { registry, manifest } = await brokenRegistry(BROKEN[0]![1])
    const r = await runCli(['build', `--name=${name}`, `--path=${tree(CHANGED)}`, `--registry=${registry}`]) // prettier-ignore
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^top-hash: [0-9a-f]{64}$/m)
    const lines = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('warning: '))
      .map((l) => l.slice('warning: '.length))
    expectNoParentWarning(lines, name, manifest)
  })

  it('quilt3 builds on top of it too (it never reads that manifest), and cannot browse it', async () => {
    const { registry, broken } = await brokenRegistry(BROKEN[0]![1])
    const data = tree(CHANGED)
    const r = await runPython<{ built: string; browse: string | null }>(
      `
${PY_COMMON}
import quilt3

def main(d):
    pkg = quilt3.Package()
    pkg.set_dir('.', d['data'])
    built = pkg.build(d['name'], registry=d['registry'], message='m')
    try:
        quilt3.Package.browse(d['name'], registry=d['registry'], top_hash=d['broken'])
        browse = None
    except Exception as e:
        browse = describe_error(e)
    return {'built': built, 'browse': browse}
`,
      { name, data, registry: pathToFileURL(registry).href, broken }
    )
    expect(r.built).toMatch(TOP_HASH)
    const latest = join(registry, '.quilt', 'named_packages', name, 'latest')
    expect(readFileSync(latest, 'utf-8')).toBe(r.built)
    expect(r.browse).toMatch(/UnicodeDecodeError/)
  })
})

describe.each(motoFlavours())('push to S3 on %s moto', (flavour) => {
  const env = proxiedMoto(flavour, 'noparent')
  const name = 'team/data'

  const pushAction = (bucket: string, path: string): Promise<ActionRun> =>
    runAction(
      { mode: 'push', name, path, registry: `s3://${bucket}`, 'endpoint-url': env.proxy.url },
      {
        ...env.moto.env(),
        AWS_ENDPOINT_URL: undefined,
        AWS_PROFILE: undefined,
        XDG_DATA_HOME: tempDir('qpa-xdg-')
      }
    )

  it.each(BROKEN)(
    '%s: the action warns, pushes, and re-uses nothing of that parent',
    async (_what, breakIt) => {
      const bucket = await env.fresh()
      const data = tree(FILES)
      const first = await pushAction(bucket, data)
      const broken = first.outputs['top-hash']!
      expect(broken).toMatch(TOP_HASH)
      const key = `.quilt/packages/${broken}`
      const bytes = await getBytes(env.direct, bucket, key)
      await env.direct.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: breakIt(bytes) })) // prettier-ignore

      env.proxy.reset()
      const r = await pushAction(bucket, data)
      expect(r.errors).toEqual([])
      expect(r.exitCode).toBeFalsy()
      expectNoParentWarning(warnings(r), name, `s3://${bucket}/${key}`)
      // The same files and message: the same top hash, written again as latest.
      expect(r.outputs['top-hash']).toBe(broken)
      expect(r.outputs.revision).toMatch(/^\d+$/)
      expect(await latestOf(env.direct, bucket, name)).toBe(broken)
      // Nothing taken from the parent: each file's object was looked at (HEAD) at its key.
      const heads = env.proxy.seen({ method: 'HEAD', bucket, key: `${name}/` })
      expect(heads.map((h) => h.key).sort()).toEqual([`${name}/a.txt`, `${name}/sub/b.txt`])

      // Against a readable parent (the manifest just written), its objects are re-used as they
      // are: no HEAD at all, and no warning.
      env.proxy.reset()
      const again = await pushAction(bucket, data)
      expect(warnings(again).filter((w) => w.includes('cannot be read'))).toEqual([])
      expect(env.proxy.seen({ method: 'HEAD', bucket, key: `${name}/` })).toEqual([])
    }
  )
})
