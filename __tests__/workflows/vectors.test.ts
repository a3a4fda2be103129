/**
 * The workflow vectors (`workflow`, `workflow-not-required`: quilt3 8.0.0 pushing to a registry
 * with `.quilt/workflows/config.yml`) replayed with `push()` against moto, AWS-like and plain:
 * the registry holds the vector's config and schemas (uploaded as the vector did), the push
 * records the same `workflow` object — config and schema URLs with the versions moto returned —
 * so the manifest is the vector's byte for byte (version ids substituted) and so is the top
 * hash. The vector's validation errors are refused, with messages that start with quilt3's,
 * before anything is written.
 *
 * `push()` makes the package as `set_dir(".", folder, meta=meta)` does, so the package line
 * always has `user_meta` (`null` without meta, see __tests__/s3/vectors-remote.test.ts); the
 * `workflow-not-required` vector was made with `Package()` + `set`, without it. Its expected
 * manifest is the vector's with `"user_meta": null` inserted, and its top hash the one quilt3
 * computes for that text; without the field, ours is the vector's and has the vector's top hash.
 * For the same reason the vector's `meta_not_set` error (metadata absent: `{}`) reads
 * `None is not of type 'object'` for a push without meta (metadata null, as quilt3's `set_dir`
 * makes it); checked against jsonschema, and the vector's own text is checked with metadata
 * absent through `applyWorkflow`.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { realpathSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parsePyJson, pyObject, toManifestJson } from '../../src/quilt/py/json.js'
import { Package } from '../../src/quilt/format/manifest.js'
import { PhysicalKey } from '../../src/quilt/format/names.js'
import { QuiltError } from '../../src/quilt/errors.js'
import { push } from '../../src/quilt/ops/push.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { type Source } from '../../src/quilt/sources/local.js'
import { applyWorkflow, type WorkflowChoice } from '../../src/quilt/workflows/apply.js'
import { WorkflowValidationError } from '../../src/quilt/errors.js'
import { Moto, motoFlavours } from '../helpers/moto.js'
import { PY_COMMON, runPython } from '../helpers/python.js'
import {
  bucketVersions,
  getBytes,
  getText,
  liveKeys,
  substituteVectorVersionIds
} from '../helpers/s3-objects.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { caseFile, indexRows, loadCase, VECTORS, writeFile } from '../helpers/vectors.js'
import { s3WorkflowSource } from '../helpers/workflow-fixtures.js'

afterAll(() => cleanupTempDirs())

interface VectorObject {
  key: string
  version_id: string | null
  size: number
  content?: string
}

const INDEX = new Map(indexRows().map((r) => [r.id, r.top_hash]))
const WF = loadCase('workflow')
const NR = loadCase('workflow-not-required')
const ERRORS = WF.expected.validation_errors as Record<
  string,
  { exception: string; message: string }
>
const REV2 = NR.expected.rev2 as {
  top_hash: string
  manifest: string
  workflow_arg: string
  message: string
}

interface Oracle {
  /** Per vector manifest: quilt3's top hash, and the text with `"user_meta": null` and its hash. */
  manifests: Record<string, { top_hash: string; expected: string; expected_top_hash: string }>
  /** jsonschema's first message for the top-meta schema and metadata null. */
  meta_null: string
  /** The schemas as the vector uploaded them (json.dumps of the files). */
  schemas: Record<string, string>
}

const ORACLE = `
${PY_COMMON}
import io, json
import jsonschema
import quilt3

def load(text):
    return quilt3.Package.load(io.BytesIO(text.encode('utf-8')))

def main(data):
    manifests = {}
    for key, text in data['manifests'].items():
        first = json.loads(text.split('\\n', 1)[0])
        expected = text if 'user_meta' in first else text.replace(
            '{"version": "v0", ', '{"version": "v0", "user_meta": null, ', 1)
        pkg = load(expected)
        assert dump_manifest(pkg) == expected.encode('utf-8')
        manifests[key] = {'top_hash': load(text).top_hash, 'expected': expected,
                          'expected_top_hash': pkg.top_hash}
    schema = json.loads(data['top_meta'])
    try:
        jsonschema.Draft7Validator(schema).validate(None)
        meta_null = None
    except jsonschema.ValidationError as e:
        meta_null = f'Metadata failed validation: {e.message}.'
    schemas = {name: json.dumps(json.loads(text)) for name, text in data['schemas'].items()}
    return {'manifests': manifests, 'meta_null': meta_null, 'schemas': schemas}
`

let oracle: Oracle

beforeAll(async () => {
  const schemas = WF.inputs.schemas as Record<string, string>
  oracle = await runPython<Oracle>(ORACLE, {
    manifests: {
      workflow: caseFile('workflow', 'manifest.jsonl').toString('utf-8'),
      'not-required': caseFile('workflow-not-required', 'manifest.jsonl').toString('utf-8'),
      'not-required-rev2': caseFile('workflow-not-required', REV2.manifest).toString('utf-8')
    },
    top_meta: caseFile('workflow', schemas['top-meta']!).toString('utf-8'),
    schemas: Object.fromEntries(
      Object.entries(schemas).map(([id, file]) => [
        id,
        caseFile('workflow', file).toString('utf-8')
      ])
    )
  })
})

/** quilt3's top hashes of manifest texts (one Python process). */
async function quilt3TopHashes(texts: string[]): Promise<string[]> {
  return runPython<string[]>(
    `
import io
import quilt3

def main(texts):
    return [quilt3.Package.load(io.BytesIO(t.encode('utf-8'))).top_hash for t in texts]
`,
    texts
  )
}

type EntrySpec = { logical_key: string; content?: string; text?: string }
const vectorEntries = (c: typeof WF): EntrySpec[] =>
  c.inputs.entries!.map((e) => ({ logical_key: e.logical_key, content: e.content as string }))

const bucketOf = (registry: string): string => registry.replace(/^s3:\/\//, '')
const dateOf = (ts: string): Date => new Date(Number(ts) * 1000)

/** The timestamp of the pointer to `topHash` in a vector object list. */
function timestampOf(objects: VectorObject[], name: string, topHash: string): string {
  const prefix = `.quilt/named_packages/${name}/`
  const hit = objects.find(
    (o) =>
      o.key.startsWith(prefix) && /^\d+$/.test(o.key.slice(prefix.length)) && o.content === topHash
  )
  if (!hit) throw new Error(`no timestamp pointer to ${topHash}`)
  return hit.key.slice(prefix.length)
}

/** One file per vector entry (content from the case folder, or given here). */
function sourceOf(id: string, entries: EntrySpec[]): Source {
  const dir = tempDir('qpa-wfvec-')
  return {
    kind: 'local',
    display: `vector ${id}`,
    entries: entries.map((e) => {
      let path: string
      if (e.text !== undefined) {
        path = join(dir, e.logical_key)
        writeFile(path, e.text)
      } else path = join(VECTORS, 'cases', id, e.content!)
      path = realpathSync(path)
      return {
        logicalKey: e.logical_key,
        physicalKey: PhysicalKey.local(path),
        size: statSync(path).size
      }
    })
  }
}

describe.each(motoFlavours())('workflow vectors on %s moto', (flavour) => {
  let moto: Moto
  let s3: S3Client

  beforeAll(() => {
    moto = Moto.connect(flavour)
    s3 = moto.client()
  })
  afterAll(() => {
    s3.destroy()
  })

  /**
   * The case's registry bucket, made, holding the case's workflows config and then `files`
   * (key: body) as the vector uploaded them.
   */
  async function workflowRegistry(
    c: typeof WF,
    files: Record<string, string> = {}
  ): Promise<S3Registry> {
    const bucket = bucketOf(c.registry)
    await moto.bucket(bucket)
    const config = caseFile(c.id, c.inputs.workflows_config as string)
    for (const [key, body] of Object.entries({ '.quilt/workflows/config.yml': config, ...files })) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))
    }
    return new S3Registry(s3, bucket)
  }

  const versionsOf = async (bucket: string): Promise<(b: string, k: string) => string[]> => {
    const v = await bucketVersions(s3, bucket)
    return (b, k) => (b === bucket ? (v.get(k)?.versions ?? []) : [])
  }

  describe('workflow: default workflow "strict" with metadata and entries schemas', () => {
    const bucket = bucketOf(WF.registry)
    let registry: S3Registry

    beforeAll(async () => {
      const schemas = Object.entries(oracle.schemas).map(([id, text]): [string, string] => [
        `.quilt/workflows/${id}.schema.json`,
        text
      ])
      registry = await workflowRegistry(WF, Object.fromEntries(schemas))
    })

    const request = (
      over: {
        name?: string
        message?: string | null
        userMeta?: string | null
        choice?: WorkflowChoice
        entries?: EntrySpec[]
      } = {}
    ): Parameters<typeof push>[0] => ({
      name: over.name ?? WF.package_name,
      source: sourceOf('workflow', over.entries ?? vectorEntries(WF)),
      registry,
      message: over.message === undefined ? (WF.inputs.message ?? null) : over.message,
      userMeta:
        over.userMeta === undefined
          ? parsePyJson(JSON.stringify(WF.inputs.user_meta))
          : over.userMeta === null
            ? undefined
            : parsePyJson(over.userMeta),
      workflow: { source: s3WorkflowSource(registry), choice: over.choice ?? { kind: 'default' } }
    })

    it('the uploaded config and schemas are the vector’s objects', async () => {
      const objects = WF.expected.s3_objects_after as VectorObject[]
      for (const o of objects.filter((x) => x.key.startsWith('.quilt/workflows/'))) {
        expect([o.key, (await getBytes(s3, bucket, o.key)).length]).toEqual([o.key, o.size])
      }
    })

    it.each(Object.keys(ERRORS))('refuses %s before writing anything', async (which) => {
      const expected = ERRORS[which]!
      const over = (
        {
          no_message_default_workflow: { message: null },
          name_pattern: { name: 'other/workflow' },
          meta_missing_required: { userMeta: '{"year": 2024}' },
          meta_wrong_type: { userMeta: '{"author": "me", "year": "2024"}' },
          meta_not_set: { userMeta: null },
          entries_schema: { entries: [{ logical_key: 'w.bin', text: 'bin' }] },
          unknown_workflow: { choice: { kind: 'id', id: 'nope' } },
          workflow_none_but_required: { choice: { kind: 'none' } }
        } as Record<string, Parameters<typeof request>[0]>
      )[which]!
      const before = liveKeys(await bucketVersions(s3, bucket))
      const error = await push(request(over), {}).then(
        () => null,
        (e: unknown) => e as Error
      )
      expect(error).toBeInstanceOf(QuiltError)
      expect(error).toBeInstanceOf(
        expected.exception === 'WorkflowValidationError' ? WorkflowValidationError : QuiltError
      )
      // meta_not_set: metadata null (set_dir without meta), not absent: jsonschema's text for None.
      expect(oracle.meta_null).toBe("Metadata failed validation: None is not of type 'object'.")
      const quilt3Text = which === 'meta_not_set' ? oracle.meta_null : expected.message
      expect(error!.message.startsWith(quilt3Text)).toBe(true)
      // Every violation is in the message; schema violations each with its JSON path.
      const violations = error instanceof WorkflowValidationError ? error.violations : []
      expect(violations.filter((v) => !error!.message.includes(v))).toEqual([])
      const schema = /failed validation: /.test(quilt3Text)
      expect(schema ? violations.filter((v) => !/^\$\S*: /.test(v)).length : 0).toBe(0)
      expect(schema ? violations.length > 0 : true).toBe(true)
      expect(liveKeys(await bucketVersions(s3, bucket))).toEqual(before)
    })

    it('meta_not_set with metadata absent (Package() without set_meta): the vector’s text', async () => {
      const error = await applyWorkflow(
        s3WorkflowSource(registry),
        { kind: 'default' },
        {
          name: WF.package_name,
          message: 'm',
          userMeta: undefined,
          entries: [{ logicalKey: 'w.txt', size: 3, meta: pyObject() }]
        }
      ).then(
        () => null,
        (e: unknown) => e as Error
      )
      expect(error!.message.startsWith(ERRORS.meta_not_set!.message)).toBe(true)
    })

    it('pushes: the manifest and top hash are the vector’s, workflow object included', async () => {
      const objects = WF.expected.s3_objects_after as VectorObject[]
      const vectorHash = INDEX.get('workflow')!
      expect(oracle.manifests.workflow!.top_hash).toBe(vectorHash)
      // Our top hash of the vector's own text is the vector's.
      expect(Package.fromManifest(oracle.manifests.workflow!.expected).topHash()).toBe(vectorHash)
      const ts = timestampOf(objects, WF.package_name, vectorHash)
      const r = await push(request(), { now: dateOf(ts) })
      expect(r.revision).toBe(ts)
      const ours = await getText(s3, bucket, `.quilt/packages/${r.topHash}`)
      const expected = substituteVectorVersionIds(
        caseFile('workflow', 'manifest.jsonl').toString('utf-8'),
        await versionsOf(bucket)
      )
      expect(ours).toBe(expected)
      // The workflow object, with moto's version ids, is in the top hash: quilt3's for that text.
      expect([r.topHash]).toEqual(await quilt3TopHashes([expected]))
      expect(r.topHash === vectorHash).toBe(false)
      // The recorded URLs carry the versions moto gave the config and schemas.
      const { workflow } = JSON.parse(ours.split('\n')[0]!) as {
        workflow: { config: string; schemas: Record<string, string> }
      }
      const versions = await bucketVersions(s3, bucket)
      expect(workflow.config).toContain(
        `?versionId=${encodeURIComponent(versions.get('.quilt/workflows/config.yml')!.versions[0]!)}`
      )
      expect(Object.keys(workflow.schemas)).toEqual(['top-meta', 'entries'])
      // The bucket holds the vector's keys.
      expect(liveKeys(versions)).toEqual(
        objects.map((o) => o.key.replace(vectorHash, r.topHash)).sort()
      )
    })
  })

  describe('workflow-not-required: no workflow recorded as id null; then workflow "loose"', () => {
    const bucket = bucketOf(NR.registry)
    let registry: S3Registry

    beforeAll(async () => {
      registry = await workflowRegistry(NR)
    })

    it('pushes twice: manifests and top hashes as quilt3’s (user_meta null added)', async () => {
      const objects = NR.expected.s3_objects_after as VectorObject[]
      const vectorHash = INDEX.get('workflow-not-required')!
      const one = oracle.manifests['not-required']!
      expect(one.top_hash).toBe(vectorHash)
      const ts = timestampOf(objects, NR.package_name, vectorHash)
      const source = sourceOf('workflow-not-required', vectorEntries(NR))
      const r1 = await push(
        {
          name: NR.package_name,
          source,
          registry,
          message: NR.inputs.message ?? null,
          workflow: { source: s3WorkflowSource(registry), choice: { kind: 'default' } }
        },
        { now: dateOf(ts) }
      )
      const ours1 = await getText(s3, bucket, `.quilt/packages/${r1.topHash}`)
      const expected1 = substituteVectorVersionIds(one.expected, await versionsOf(bucket))
      expect(ours1).toBe(expected1)
      const vector1 = caseFile('workflow-not-required', 'manifest.jsonl').toString('utf-8')
      const without1 = ours1.replace('{"version": "v0", "user_meta": null, ', '{"version": "v0", ')
      expect(without1).toBe(substituteVectorVersionIds(vector1, await versionsOf(bucket)))

      // The explicit workflow. quilt3 uploads l.txt again (version 2); push re-uses the parent's
      // object (version 1): physical keys are not part of the top hash.
      const two = oracle.manifests['not-required-rev2']!
      expect(two.top_hash).toBe(REV2.top_hash)
      const r2 = await push(
        {
          name: NR.package_name,
          source,
          registry,
          message: REV2.message,
          workflow: {
            source: s3WorkflowSource(registry),
            choice: { kind: 'id', id: REV2.workflow_arg }
          }
        },
        { now: dateOf(String(Number(ts) + 1)) }
      )
      expect(r2.reused).toBe(1)
      const ours2 = await getText(s3, bucket, `.quilt/packages/${r2.topHash}`)
      const expected2 = substituteVectorVersionIds(
        two.expected.replace('?versionId=02.', '?versionId=01.'),
        await versionsOf(bucket)
      )
      expect(ours2).toBe(expected2)
      const without2 = ours2.replace('{"version": "v0", "user_meta": null, ', '{"version": "v0", ')
      // Top hashes: quilt3's for our texts (with and without user_meta null); with the vector's
      // own version ids, the vector's.
      expect(await quilt3TopHashes([expected1, expected2, without1, without2])).toEqual([
        r1.topHash,
        r2.topHash,
        Package.fromManifest(without1).topHash(),
        Package.fromManifest(without2).topHash()
      ])
      expect(Package.fromManifest(one.expected).topHash()).toBe(one.expected_top_hash)
      expect(Package.fromManifest(vector1).topHash()).toBe(vectorHash)
      expect(Package.fromManifest(two.expected).topHash()).toBe(two.expected_top_hash)
      expect(toManifestJson(Package.fromManifest(ours2).meta.get('workflow')!)).toMatch(
        /^\{"id": "loose", "config": "s3:\/\/qv-workflow-not-required\/\.quilt\/workflows\/config\.yml\?versionId=[^"]+"\}$/
      )
    })

    it('a workflow id that is not in the config, and none while not required', async () => {
      const source = sourceOf('workflow-not-required', vectorEntries(NR))
      const base = { name: NR.package_name, source, registry, message: 'x' }
      await expect(
        push({
          ...base,
          workflow: { source: s3WorkflowSource(registry), choice: { kind: 'id', id: 'strict' } }
        })
      ).rejects.toThrow("There is no 'strict' workflow in config.")
      const r = await push({
        ...base,
        workflow: { source: s3WorkflowSource(registry), choice: { kind: 'none' } }
      })
      const line = JSON.parse(
        (await getText(s3, bucket, `.quilt/packages/${r.topHash}`)).split('\n')[0]!
      ) as {
        workflow: { id: unknown }
      }
      expect(line.workflow.id).toBeNull()
    })
  })
})
