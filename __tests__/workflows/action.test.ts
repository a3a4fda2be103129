/**
 * Workflows through the action as the runner starts it (`run()` with `INPUT_*`, real
 * @actions/core, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files): a package that breaks its workflow
 * fails the step with one `::error::` that gives quilt3's text, then every violation with its
 * JSON path; the job summary says the same; nothing is written, no output is set, and no secret
 * is printed (environment credentials only in their `::add-mask::` line). A wrong `workflow`
 * input is named as such; a package that passes records its workflow.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Moto, motoFlavours } from '../helpers/moto.js'
import { bucketVersions, liveKeys } from '../helpers/s3-objects.js'
import { summaryRunner, type SummaryRun } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { writeFile } from '../helpers/vectors.js'

const SECRET = 'wfSecret/ZmFrZS1zZWNyZXQta2V5LWZvci13b3JrZmxvd3M+Q'
const SESSION = 'wfSession/IQoJb3JpZ2luX2VjEFAKEFAKEtoken+workflows=='

const runWithSummary = summaryRunner()

let moto: Moto
let s3: S3Client

beforeAll(() => {
  moto = Moto.connect(motoFlavours()[0]!)
  s3 = moto.client()
})
afterAll(() => {
  s3.destroy()
  cleanupTempDirs()
})

const CONFIG = `version: "1"
default_workflow: curated
workflows:
  curated:
    name: Curated
    handle_pattern: ^lab/
    metadata_schema: meta
    entries_schema: entries
schemas:
  meta:
    url: {schemas}/meta.json
  entries:
    url: {schemas}/entries.json
`
const META = `{
  "type": "object",
  "required": ["author", "stage"],
  "properties": {
    "author": {"type": "string"},
    "year": {"type": "integer"},
    "stage": {"enum": ["raw", "clean"]}
  }
}`
const ENTRIES = '{"items": {"properties": {"logical_key": {"pattern": "\\\\.csv$"}}}}'
const BAD_META = '{"author": 7, "year": "2024", "stage": "final"}'
/** What the step must say: quilt3's text first, then each violation with its path. */
const META_VIOLATIONS = [
  "$.author: 7 is not of type 'string'",
  "$.year: '2024' is not of type 'integer'",
  "$.stage: 'final' is not one of ['raw', 'clean']"
]
const META_FAILURE = `Metadata failed validation: 7 is not of type 'string'. Violations (3): ${META_VIOLATIONS.join('; ')}.`

function localRegistry(): string {
  const dir = tempDir('qpa-wf-reg-')
  writeFile(
    join(dir, '.quilt', 'workflows', 'config.yml'),
    CONFIG.replace(/\{schemas\}/g, `file://${dir}/.quilt/workflows`)
  )
  writeFile(join(dir, '.quilt', 'workflows', 'meta.json'), META)
  writeFile(join(dir, '.quilt', 'workflows', 'entries.json'), ENTRIES)
  return dir
}

function folder(files: Record<string, string>): string {
  const dir = tempDir('qpa-wf-src-')
  for (const [k, v] of Object.entries(files)) writeFile(join(dir, k), v)
  return dir
}

/** A build of a folder of `files` as lab/cells into the local `registry`, `inputs` over these. */
function build(
  files: Record<string, string>,
  registry: string,
  inputs: Record<string, string>
): Promise<SummaryRun> {
  return runWithSummary({
    mode: 'build',
    name: 'lab/cells',
    path: folder(files),
    registry,
    ...inputs
  })
}

/** The summary shows the message as a quote cell: `'` and `$` as they are, `<>&|` escaped. */
const inSummary = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|')

describe('a workflow violation fails the step', () => {
  it('local build: one ::error:: with every violation and its JSON path; the summary too; nothing written', async () => {
    const registry = localRegistry()
    const r = await build({ 'a.csv': '1,2\n' }, registry, { meta: BAD_META })
    expect(r.exitCode).toBe(1)
    expect(r.errors).toEqual([META_FAILURE])
    expect(r.outputs).toEqual({})
    expect(r.summary).toContain('## Quilt package build of `lab/cells` failed')
    expect(r.summary).toContain(inSummary(META_FAILURE))
    for (const v of META_VIOLATIONS) expect(r.summary).toContain(inSummary(v))
    const packages = join(registry, '.quilt', 'packages')
    expect(existsSync(packages) ? readdirSync(packages) : []).toEqual([])
    expect(existsSync(join(registry, '.quilt', 'named_packages'))).toBe(false)
  })

  it('push with credentials in the environment: entries violations listed, secrets only masked, nothing uploaded', async () => {
    const bucket = await moto.bucket('wf-action-push')
    const put = (key: string, body: string): Promise<unknown> =>
      s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))
    await put(
      '.quilt/workflows/config.yml',
      CONFIG.replace(/\{schemas\}/g, `s3://${bucket}/.quilt/workflows`)
    )
    await put('.quilt/workflows/meta.json', META)
    await put('.quilt/workflows/entries.json', ENTRIES)
    const before = liveKeys(await bucketVersions(s3, bucket))
    const r = await runWithSummary(
      {
        mode: 'push',
        name: 'lab/cells',
        path: folder({ 'a.csv': 'ok', 'notes.txt': 'no', 'sub/img.png': 'no' }),
        registry: `s3://${bucket}`,
        meta: '{"author": "me", "stage": "raw"}',
        'endpoint-url': moto.endpoint
      },
      {
        AWS_ACCESS_KEY_ID: 'AKIAWORKFLOWTEST0000',
        AWS_SECRET_ACCESS_KEY: SECRET,
        AWS_SESSION_TOKEN: SESSION,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL: undefined,
        AWS_PROFILE: undefined
      }
    )
    expect(r.exitCode).toBe(1)
    const failure =
      "Package entries failed validation: 'notes.txt' does not match '\\\\.csv$'. Violations (2): " +
      "$[1].logical_key: 'notes.txt' does not match '\\\\.csv$'; " +
      "$[2].logical_key: 'sub/img.png' does not match '\\\\.csv$'."
    expect(r.errors).toEqual([failure])
    expect(r.summary).toContain('## Quilt package push of `lab/cells` failed')
    expect(r.summary).toContain(inSummary(failure))
    // The secrets: only in their own ::add-mask:: lines, never in the summary or the outputs.
    for (const secret of [SECRET, SESSION]) {
      const lines = r.stdout.split(/\r?\n/).filter((l) => l.includes(secret))
      expect(lines).toEqual([`::add-mask::${secret}`])
      expect(r.summary).not.toContain(secret)
    }
    expect(r.outputs).toEqual({})
    expect(liveKeys(await bucketVersions(s3, bucket))).toEqual(before)
  })

  const NAME_FAILURE =
    "Package name doesn't match required pattern. 'other/cells' does not match '^lab/'."
  it.each([
    [
      'a name the pattern refuses: quilt3’s text, then the name and the pattern',
      { name: 'other/cells', meta: '{"author": "me", "stage": "raw"}' },
      NAME_FAILURE,
      inSummary(NAME_FAILURE)
    ],
    [
      'an unknown workflow names the workflow input',
      { workflow: 'nope' },
      "Input 'workflow': There is no 'nope' workflow in config.",
      'failed'
    ]
  ])('%s', async (_title, inputs, failure, inTheSummary) => {
    const r = await build({ 'a.csv': '1' }, localRegistry(), inputs)
    expect(r.exitCode).toBe(1)
    expect(r.errors).toEqual([failure])
    expect(r.summary).toContain(inTheSummary)
  })

  // Known issue in src/main.ts: the failure summary quotes the message through `cell()`, which
  // clips it to 300 characters, so a long list of violations is cut short in the job summary
  // (the ::error:: line has them all). Passes when main.ts shows every violation.
  it('many violations: every one of them in the job summary too', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `file-${String(i).padStart(2, '0')}.txt`)
    const r = await build(Object.fromEntries(keys.map((k) => [k, 'x'])), localRegistry(), {
      meta: '{"author": "me", "stage": "raw"}'
    })
    expect(r.exitCode).toBe(1)
    expect(r.errors[0]).toContain(`Violations (12)`)
    for (let i = 0; i < keys.length; i++) {
      expect(r.errors[0]).toContain(`$[${i}].logical_key: '${keys[i]!}'`)
      expect(r.summary).toContain(`$[${i}].logical_key: '${keys[i]!}'`)
    }
  })
})

describe('a package that passes', () => {
  it('records the workflow, with the config and schema URLs', async () => {
    const registry = localRegistry()
    const r = await build({ 'a.csv': '1,2\n' }, registry, {
      meta: '{"author": "me", "stage": "clean", "year": 2024}'
    })
    expect(r.exitCode ?? 0).toBe(0)
    const topHash = r.outputs['top-hash']!
    const line = JSON.parse(
      readFileSync(join(registry, '.quilt', 'packages', topHash), 'utf-8').split('\n')[0]!
    ) as { workflow: unknown }
    const wf = `file://${registry}/.quilt/workflows`
    expect(line.workflow).toEqual({
      id: 'curated',
      config: `${wf}/config.yml`,
      schemas: { meta: `${wf}/meta.json`, entries: `${wf}/entries.json` }
    })
  })
})
