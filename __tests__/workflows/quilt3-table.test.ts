/**
 * Workflows, end to end, against the real quilt3 8.0.0 on the same registries: for each row of
 * the table, a registry holds a config (and schemas), quilt3 builds (local registry) or pushes
 * (moto, AWS-like and plain)
 *
 *   quilt3.Package().set_dir('.', folder, meta=meta).build|push(name, registry, message=...,
 *                                                               workflow=...)
 *
 * and the action does the same through `execute()` with its inputs (`workflow`: empty for the
 * config's default, `(none)` for none, else an id). We accept exactly what quilt3 accepts: then
 * the manifests are the same bytes (so the `workflow` object and the top hash are), and quilt3's
 * package line's `workflow` is checked on its own. We refuse what it refuses, before writing
 * anything; our message starts with quilt3's (after `Input 'workflow': ` for the errors about
 * the choice of workflow), except where quilt3 fails with a raw Python error (an invalid
 * regular expression).
 *
 * quilt3 runs in one Python process per flavour (local; each moto), all rows in one call, before
 * ours (which then push on top of quilt3's revision, re-using its objects).
 */
import { CreateBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Moto, motoFlavours, type MotoFlavour } from '../helpers/moto.js'
import { PY_COMMON, runPython } from '../helpers/python.js'
import { bucketVersions, getBytes, liveKeys } from '../helpers/s3-objects.js'
import { Quilt3OnMoto, type Quilt3Session } from '../helpers/s3-quilt3.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { executeInputs, type Executed } from '../helpers/workflow-fixtures.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

type Where = 'local' | 's3'

interface Row {
  title: string
  /**
   * config.yml, or null for none. `{schemas}`: the URL of the registry's `.quilt/workflows`
   * folder (`s3://bucket/...` or `file:///...`); `{local}`: a local folder holding the same
   * schemas (for S3 registries too).
   */
  config: string | null
  /** Schema files put in `.quilt/workflows/` (and in `{local}`). */
  schemas?: Record<string, string>
  /** The action's `workflow` input; quilt3 gets `...`, None or the id. */
  workflow?: string
  name?: string
  /** quilt3 gets this; the action gets it too, '' meaning "not given" (null). */
  message?: string | null
  /** JSON text; undefined: no meta (`user_meta: null`). */
  meta?: string
  /** The package's files (logical key -> content). */
  files?: Record<string, string>
  where?: Where[]
  /** S3: an unversioned bucket. */
  unversioned?: boolean
  /** quilt3 fails with a raw Python error here: only "both refuse" is compared. */
  raw?: boolean
}

const DRAFT7 = '"$schema": "http://json-schema.org/draft-07/schema#"'
const V = 'version: "1"\n'
const STRICT = `${V}default_workflow: strict
workflows:
  strict:
    name: Strict
    handle_pattern: ^team/
    is_message_required: true
    metadata_schema: meta
    entries_schema: entries
  loose:
    name: Loose
schemas:
  meta:
    url: {schemas}/meta.schema.json
  entries:
    url: {schemas}/entries.schema.json
`
const META_SCHEMA = `{${DRAFT7},
  "type": "object",
  "required": ["author", "stage"],
  "properties": {
    "author": {"type": "string", "pattern": "^[a-z]+$"},
    "year": {"type": "integer", "minimum": 2000},
    "stage": {"enum": ["raw", "clean"]},
    "source": {"type": "object", "required": ["lab"], "properties": {"lab": {"type": "string"}}}
  }
}`
const ENTRIES_SCHEMA = `{"type": "array", "minItems": 1, "items": {"type": "object",
  "properties": {
    "logical_key": {"type": "string", "pattern": "\\\\.(txt|csv)$"},
    "size": {"type": "integer", "maximum": 100},
    "meta": {"type": "object"}
  }}}`
const SCHEMAS = { 'meta.schema.json': META_SCHEMA, 'entries.schema.json': ENTRIES_SCHEMA }
const GOOD_META = '{"author": "me", "year": 2024, "stage": "raw", "source": {"lab": "x"}}'
const FILES = { 'a.txt': 'alpha', 'data/b.csv': 'x,y\n1,2\n' }
const one = (wf: string, extra = ''): string =>
  `${V}default_workflow: w\nworkflows:\n  w:\n    name: W\n${wf}${extra}`

const ROWS: Row[] = [
  {
    title: 'required, default workflow: name, message, metadata and entries pass',
    config: STRICT,
    schemas: SCHEMAS,
    name: 'team/full',
    message: 'all good',
    meta: GOOD_META
  },
  {
    title: 'not required, no default, nothing given: id null recorded',
    config: `${V}is_workflow_required: false\nworkflows:\n  w:\n    name: W\n`
  },
  {
    title: 'not required, explicit id',
    config: `${V}is_workflow_required: false\nworkflows:\n  w:\n    name: W\n`,
    workflow: 'w'
  },
  {
    title: 'explicit id that is not the default',
    config: STRICT,
    schemas: SCHEMAS,
    workflow: 'loose',
    name: 'other/pkg',
    message: null
  },
  {
    title: 'none when allowed',
    config: `${V}is_workflow_required: false\ndefault_workflow: w\nworkflows:\n  w:\n    name: W\n    is_message_required: true\n`,
    workflow: '(none)',
    message: null
  },
  { title: 'none when required', config: STRICT, schemas: SCHEMAS, workflow: '(none)' },
  { title: 'unknown id', config: STRICT, schemas: SCHEMAS, workflow: 'nope' },
  { title: 'required, no default, none given', config: `${V}workflows:\n  w:\n    name: W\n` },
  {
    title: 'default that is not a workflow',
    config: `${V}default_workflow: gone\nworkflows:\n  w:\n    name: W\n`
  },
  {
    title: 'name pattern fails',
    config: one('    handle_pattern: ^team/\n'),
    name: 'teams/x'
  },
  {
    title: 'name pattern with \\w: Unicode letters pass',
    config: one('    handle_pattern: ^\\w+/\\w+$\n'),
    name: 'équipe/données_٣'
  },
  {
    title: 'name pattern with \\w: a dash fails',
    config: one('    handle_pattern: ^\\w+/\\w+$\n'),
    name: 'a-b/c'
  },
  {
    title: 'anchored name pattern, exact name',
    config: one('    handle_pattern: ^team/data$\n'),
    name: 'team/data'
  },
  {
    title: 'anchored name pattern, longer name',
    config: one('    handle_pattern: ^team/data$\n'),
    name: 'team/data2'
  },
  {
    title: 'unanchored name pattern (search)',
    config: one('    handle_pattern: "-raw$|^raw-"\n'),
    name: 'lab/cells-raw'
  },
  {
    title: 'name pattern with \\A and \\Z',
    config: one('    handle_pattern: \\A[a-z]+/[a-z]+\\Z\n'),
    name: 'lab/cells'
  },
  {
    title: 'invalid name pattern (quilt3: re.error)',
    config: one('    handle_pattern: "(unclosed"\n'),
    raw: true
  },
  {
    title: 'message required, none given',
    config: one('    is_message_required: true\n'),
    message: null
  },
  {
    title: 'message required, empty (quilt3: "", the action: not given)',
    config: one('    is_message_required: true\n'),
    message: ''
  },
  {
    title: 'message required and given',
    config: one('    is_message_required: true\n'),
    message: 'why'
  },
  {
    title: 'metadata: required property missing',
    config: STRICT,
    schemas: SCHEMAS,
    name: 'team/m1',
    message: 'm',
    meta: '{"author": "me"}'
  },
  {
    title: 'metadata: types, pattern, enum, nested (several violations)',
    config: STRICT,
    schemas: SCHEMAS,
    name: 'team/m2',
    message: 'm',
    meta: '{"author": "Me", "year": "2024", "stage": "final", "source": {}}'
  },
  {
    title: 'metadata: below the minimum',
    config: STRICT,
    schemas: SCHEMAS,
    name: 'team/m3',
    message: 'm',
    meta: '{"author": "me", "year": 1999, "stage": "clean"}'
  },
  {
    title: 'metadata not given: null for the schema',
    config: STRICT,
    schemas: SCHEMAS,
    name: 'team/m4',
    message: 'm'
  },
  {
    title: 'entries: a logical key the pattern refuses',
    config: STRICT,
    schemas: SCHEMAS,
    name: 'team/e1',
    message: 'm',
    meta: GOOD_META,
    files: { 'a.txt': 'a', 'b.bin': 'b', 'c.png': 'c' }
  },
  {
    title: 'entries: a file above the size maximum',
    config: STRICT,
    schemas: SCHEMAS,
    name: 'team/e2',
    message: 'm',
    meta: GOOD_META,
    files: { 'big.txt': 'x'.repeat(101), 'small.txt': 's' }
  },
  {
    title: 'entries: meta required (entries have none: {})',
    config: one('    entries_schema: e\n', 'schemas:\n  e:\n    url: {schemas}/e.json\n'),
    schemas: { 'e.json': '{"items": {"properties": {"meta": {"required": ["k"]}}}}' }
  },
  {
    title: 'one schema for metadata and entries: recorded once',
    config: one(
      '    metadata_schema: any\n    entries_schema: any\n',
      'schemas:\n  any:\n    url: {schemas}/any.json\n'
    ),
    schemas: { 'any.json': '{}' },
    meta: '{"k": 1}'
  },
  { title: 'no config, no workflow given: nothing recorded', config: null },
  { title: 'no config, a workflow given', config: null, workflow: 'w' },
  { title: 'no config, none given', config: null, workflow: '(none)' },
  { title: 'broken YAML', config: `${V}workflows: [\n` },
  {
    title: 'YAML that PyYAML reads otherwise: y is a string, yes a boolean',
    config: `${V}default_workflow: y\nworkflows:\n  y:\n    name: n\n    is_message_required: yes\n`,
    message: 'given'
  },
  {
    title: 'config with an extra property',
    config: `${V}workflows:\n  w:\n    name: W\nextra: 1\n`
  },
  { title: 'config with empty workflows', config: `${V}workflows: {}\n` },
  {
    title: 'config workflow without a name',
    config: `${V}workflows:\n  w:\n    description: D\n`
  },
  {
    title: '$ref in a schema',
    config: one('    metadata_schema: m\n', 'schemas:\n  m:\n    url: {schemas}/m.json\n'),
    schemas: {
      'm.json': '{"definitions": {"x": {}}, "properties": {"a": {"$ref": "#/definitions/x"}}}'
    }
  },
  {
    title: 'unsupported $schema',
    config: one('    metadata_schema: m\n', 'schemas:\n  m:\n    url: {schemas}/m.json\n'),
    schemas: { 'm.json': '{"$schema": "http://json-schema.org/draft-04/schema#"}' }
  },
  {
    title: 'invalid schema',
    config: one('    metadata_schema: m\n', 'schemas:\n  m:\n    url: {schemas}/m.json\n'),
    schemas: { 'm.json': '{"type": "objects"}' }
  },
  { title: 'version "2" (unsupported)', config: `version: "2"\nworkflows:\n  w:\n    name: W\n` },
  {
    title: 'version "1.1.1" (unsupported)',
    config: `version: "1.1.1"\nworkflows:\n  w:\n    name: W\n`
  },
  {
    title: 'version {base: "1.1"}',
    config: `version:\n  base: "1.1"\n  catalog: "2"\ndefault_workflow: w\nworkflows:\n  w:\n    name: W\n`
  },
  {
    title: 'a local file:// schema on an S3 registry',
    config: one('    metadata_schema: m\n', 'schemas:\n  m:\n    url: file://{local}/m.json\n'),
    schemas: { 'm.json': '{}' },
    where: ['s3']
  },
  {
    title: 'a local file:// schema on a local registry',
    config: one('    metadata_schema: m\n', 'schemas:\n  m:\n    url: file://{local}/m.json\n'),
    schemas: { 'm.json': '{}' },
    meta: '{}',
    where: ['local']
  },
  {
    title: 'a schema URL that does not exist',
    config: one('    metadata_schema: m\n', 'schemas:\n  m:\n    url: {schemas}/missing.json\n')
  },
  {
    title: 'a schema id missing from schemas',
    config: one('    metadata_schema: nope\n', 'schemas:\n  m:\n    url: {schemas}/m.json\n'),
    schemas: { 'm.json': '{}' }
  },
  {
    title: 'an unversioned bucket: URLs without versionId',
    config: one('    metadata_schema: m\n', 'schemas:\n  m:\n    url: {schemas}/m.json\n'),
    schemas: { 'm.json': '{"type": "object"}' },
    meta: '{"a": 1}',
    where: ['s3'],
    unversioned: true
  }
]

interface Theirs {
  ok: boolean
  top_hash?: string
  /** base64 of the manifest quilt3 wrote. */
  manifest?: string
  error?: string
  type?: string
}

interface Prepared {
  row: Row
  name: string
  folder: string
  /** The registry: a folder, or a bucket name. */
  registry: string
  /** A local folder with the row's schemas (`{local}`). */
  local: string
}

const SCRIPT = `
import base64, json, os
import quilt3
from quilt3.util import PhysicalKey
from quilt3.data_transfer import get_bytes

def main(data):
    out = []
    for c in data['cases']:
        try:
            meta = None if c['meta'] is None else json.loads(c['meta'])
            pkg = quilt3.Package().set_dir('.', c['folder'], meta=meta)
            workflow = ... if c['workflow'] == '' else None if c['workflow'] == '(none)' else c['workflow']
            if c['local']:
                top = pkg.build(c['name'], registry='file://' + c['registry'], message=c['message'],
                                workflow=workflow)
                with open(os.path.join(c['registry'], '.quilt', 'packages', top), 'rb') as f:
                    manifest = f.read()
            else:
                top = pkg.push(c['name'], registry='s3://' + c['registry'], message=c['message'],
                               workflow=workflow, force=True).top_hash
                manifest = get_bytes(PhysicalKey(c['registry'], '.quilt/packages/' + top, None))
            out.append({'ok': True, 'top_hash': top, 'manifest': base64.b64encode(manifest).decode()})
        except Exception as e:
            out.append({'ok': False, 'type': type(e).__name__, 'error': str(e)})
    return out
`

function prepare(rows: Row[], where: Where, prefix: string): Prepared[] {
  const root = realpathSync(tempDir(`qpa-wftable-${where}-`))
  return rows.map((row, i) => {
    const folder = join(root, `src${i}`)
    for (const [k, v] of Object.entries(row.files ?? FILES)) writeFile(join(folder, k), v)
    const local = join(root, `local${i}`)
    for (const [k, v] of Object.entries(row.schemas ?? {})) writeFile(join(local, k), v)
    const registry = where === 'local' ? join(root, `registry${i}`) : `${prefix}-wf-${i}`
    return { row, name: row.name ?? `t/row${i}`, folder, registry, local }
  })
}

/** config.yml with its placeholders filled for a registry. */
function configText(p: Prepared, where: Where): string {
  const schemas =
    where === 'local'
      ? pathToFileURL(join(p.registry, '.quilt', 'workflows')).href
      : `s3://${p.registry}/.quilt/workflows`
  return p.row.config!.replace(/\{schemas\}/g, schemas).replace(/\{local\}/g, p.local)
}

function quilt3Cases(prepared: Prepared[], where: Where): unknown[] {
  return prepared.map((p) => ({
    local: where === 'local',
    folder: p.folder,
    registry: p.registry,
    name: p.name,
    message: p.row.message === undefined ? 'message' : p.row.message,
    meta: p.row.meta ?? null,
    workflow: p.row.workflow ?? ''
  }))
}

function actionInputs(p: Prepared, where: Where, endpoint?: string): Record<string, string> {
  const message = p.row.message === undefined ? 'message' : (p.row.message ?? '')
  return {
    mode: where === 'local' ? 'build' : 'push',
    name: p.name,
    path: p.folder,
    registry: where === 'local' ? p.registry : `s3://${p.registry}`,
    message,
    meta: p.row.meta ?? '',
    workflow: p.row.workflow ?? '',
    ...(endpoint ? { 'endpoint-url': endpoint } : {})
  }
}

const CHOICE_ERROR =
  /workflow is specified, but no workflows config exist|There is no '.*' workflow in config|Workflow required, but none specified/

/**
 * What differs between quilt3's outcome and ours (see the module doc); empty when nothing does.
 * `written`: whether our run changed the registry; `manifest`: the manifest we wrote.
 */
async function differences(
  p: Prepared,
  theirs: Theirs,
  ours: Executed,
  written: () => boolean | Promise<boolean>,
  manifest: (topHash: string) => Buffer | Promise<Buffer>
): Promise<string[]> {
  if (!theirs.ok) {
    if (ours.ok) return [`quilt3 refuses (${theirs.error!}); accepted here`]
    const out: string[] = []
    const prefix = CHOICE_ERROR.test(theirs.error!) ? "Input 'workflow': " : ''
    if (!p.row.raw && !ours.error!.message.startsWith(prefix + theirs.error!))
      out.push(`quilt3: ${prefix}${theirs.error!}\nhere:   ${ours.error!.message}`)
    if (await written()) out.push('refused after writing to the registry')
    return out
  }
  if (!ours.ok) return [`quilt3 accepts; refused here: ${ours.error!.message}`]
  if (ours.topHash !== theirs.top_hash) return [`top hash ${ours.topHash!} != ${theirs.top_hash!}`]
  const mine = await manifest(ours.topHash!)
  const quilt3 = Buffer.from(theirs.manifest!, 'base64')
  const out: string[] = []
  const [a, b] = [workflowOf(mine), workflowOf(quilt3)]
  if (JSON.stringify(a) !== JSON.stringify(b))
    out.push(`workflow ${JSON.stringify(a)} != ${JSON.stringify(b)}`)
  if (!mine.equals(quilt3)) out.push(`manifest:\n${mine.toString()}\n!=\n${quilt3.toString()}`)
  return out
}

/** quilt3's package line's `workflow` (text as written), or undefined. */
function workflowOf(manifest: Buffer): unknown {
  return (JSON.parse(manifest.toString('utf-8').split('\n')[0]!) as { workflow?: unknown }).workflow
}

describe('on local registries (build)', () => {
  const rows = ROWS.filter((r) => (r.where ?? ['local', 's3']).includes('local'))
  const prepared = prepare(rows, 'local', '')
  let theirs: Theirs[]

  beforeAll(async () => {
    for (const p of prepared) {
      mkdirSync(join(p.registry, '.quilt', 'workflows'), { recursive: true })
      if (p.row.config !== null)
        writeFileSync(join(p.registry, '.quilt', 'workflows', 'config.yml'), configText(p, 'local'))
      for (const [k, v] of Object.entries(p.row.schemas ?? {}))
        writeFileSync(join(p.registry, '.quilt', 'workflows', k), v)
    }
    theirs = await runPython<Theirs[]>(`${PY_COMMON}\n${SCRIPT}`, {
      cases: quilt3Cases(prepared, 'local')
    })
  })

  it('has at least 20 rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20)
  })

  it.each(prepared.map((p, i) => [p.row.title, i] as const))('%s', async (_title, i) => {
    const p = prepared[i]!
    const t = theirs[i]!
    const packages = join(p.registry, '.quilt', 'packages')
    const before = existsSync(packages) ? readdirSync(packages).sort() : []
    const ours = await executeInputs(actionInputs(p, 'local'))
    const found = await differences(
      p,
      t,
      ours,
      () =>
        JSON.stringify(existsSync(packages) ? readdirSync(packages).sort() : []) !==
        JSON.stringify(before),
      (topHash) => readFileSync(join(packages, topHash))
    )
    expect(found).toEqual([])
  })
})

describe.each(motoFlavours())('on S3 registries (push), %s moto', (flavour: MotoFlavour) => {
  const rows = ROWS.filter((r) => (r.where ?? ['local', 's3']).includes('s3'))
  const prepared = prepare(rows, 's3', flavour === 'plain' ? 'p' : 'a')
  let moto: Moto
  let s3: S3Client
  let quilt3: Quilt3Session
  let theirs: Theirs[]

  beforeAll(async () => {
    moto = Moto.connect(flavour)
    s3 = moto.client()
    for (const p of prepared) {
      if (p.row.unversioned) await s3.send(new CreateBucketCommand({ Bucket: p.registry }))
      else await moto.bucket(p.registry)
      const put = (key: string, body: string): Promise<unknown> =>
        s3.send(new PutObjectCommand({ Bucket: p.registry, Key: key, Body: body }))
      if (p.row.config !== null) await put('.quilt/workflows/config.yml', configText(p, 's3'))
      for (const [k, v] of Object.entries(p.row.schemas ?? {}))
        await put(`.quilt/workflows/${k}`, v)
    }
    quilt3 = new Quilt3OnMoto(moto).start(SCRIPT)
    theirs = await quilt3.call<Theirs[]>({ cases: quilt3Cases(prepared, 's3') })
  })
  afterAll(async () => {
    await quilt3?.close()
    s3?.destroy()
  })

  it.each(prepared.map((p, i) => [p.row.title, i] as const))('%s', async (_title, i) => {
    const p = prepared[i]!
    const t = theirs[i]!
    const before = liveKeys(await bucketVersions(s3, p.registry))
    const ours = await executeInputs(actionInputs(p, 's3', moto.endpoint), {
      ...moto.env(),
      AWS_ENDPOINT_URL: undefined,
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined
    })
    const found = await differences(
      p,
      t,
      ours,
      async () =>
        JSON.stringify(liveKeys(await bucketVersions(s3, p.registry))) !== JSON.stringify(before),
      (topHash) => getBytes(s3, p.registry, `.quilt/packages/${topHash}`)
    )
    expect(found).toEqual([])
  })

  it('accepted rows: our push wrote the manifest again; versioned URLs except in the unversioned bucket', async () => {
    const seen: [string, number, boolean][] = []
    for (const [i, p] of prepared.entries()) {
      const t = theirs[i]!
      if (!t.ok || p.row.config === null) continue
      const key = `.quilt/packages/${t.top_hash!}`
      const versions = (await bucketVersions(s3, p.registry)).get(key)!.versions.length
      const manifest = await getBytes(s3, p.registry, key)
      seen.push([
        p.row.title,
        versions,
        JSON.stringify(workflowOf(manifest)).includes('?versionId=')
      ])
    }
    expect(seen.length).toBeGreaterThan(5)
    expect(seen).toEqual(
      seen.map(([title]) => {
        const unversioned = prepared.find((p) => p.row.title === title)!.row.unversioned === true
        return [title, unversioned ? 1 : 2, !unversioned]
      })
    )
  })
})
