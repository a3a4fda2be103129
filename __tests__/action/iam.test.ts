/**
 * The README's IAM permissions are what the code calls, mode by mode (issue 11).
 *
 * Statically: every S3 command `src/` imports is in S3_PERMISSIONS (the one map of S3 operation
 * to IAM actions), so a new call cannot go unmapped, and the README names no action outside it.
 * Dynamically: each mode runs through the action against moto behind a recording proxy (a local
 * build, a build of an S3 prefix into an S3 registry, pushes of a folder and of an S3 prefix, a
 * multipart upload refused and aborted, races for `latest` lost, answers lost, deletes, dry
 * runs); each request is mapped to its S3 operation, and so to the IAM actions it needs on its
 * object or bucket; the README's rows for the mode must grant each of them, and each grant of a
 * row must have been needed by some request. The copyable policies must grant what the rows say,
 * the lifecycle rule must be one S3 accepts, and the troubleshooting section must quote messages
 * the code gives.
 */
import {
  GetBucketLifecycleConfigurationCommand,
  ListMultipartUploadsCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
  type LifecycleRule,
  type S3Client
} from '@aws-sdk/client-s3'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { errorMessage } from '../../src/action/errors.js'
import { push, type PushResult } from '../../src/quilt/ops/push.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import {
  iamActionsOf,
  isS3Operation,
  S3_PERMISSIONS,
  type S3Permission
} from '../../src/quilt/s3/errors.js'
import { localSource } from '../../src/quilt/sources/local.js'
import { type RecordedRequest } from '../helpers/fault-proxy.js'
import { big, MiB, proxiedMoto, tree, type ProxiedMoto } from '../helpers/proxied-moto.js'
import { bucketVersions } from '../helpers/s3-objects.js'
import { ROOT, runAction, TOP_HASH, type ActionRun } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

afterAll(() => cleanupTempDirs())

const README = readFileSync(join(ROOT, 'README.md'), 'utf-8')

/** The modes of the README's permission table (its first column). */
const MODES = ['build', 'push', 'delete', 'dry run'] as const
type Mode = (typeof MODES)[number]

/** The names the README's examples use, for the buckets each test makes. */
const REGISTRY = 'my-quilt-bucket'
const SOURCE = 'my-source-bucket'
/** The package of the README's examples; its data goes to `<registry>/team/dataset/`. */
const NAME = 'team/dataset'
const PREFIX = 'raw/'

// ---------------------------------------------------------------------------------------------
// The README

/** A section of the README: from its heading to the next heading of the same or a higher level. */
function section(heading: string): string {
  const lines = README.split('\n')
  const level = heading.indexOf(' ')
  const start = lines.findIndex((l) => l.trim() === heading)
  if (start < 0) throw new Error(`README has no '${heading}'`)
  let fenced = false
  const out: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('```')) fenced = !fenced
    const h = fenced ? null : /^(#+) /.exec(line)
    if (h && h[1]!.length <= level) break
    out.push(line)
  }
  return out.join('\n')
}

/** The JSON code blocks of a text, parsed. */
function jsonBlocks(text: string): unknown[] {
  return [...text.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => JSON.parse(m[1]!) as unknown)
}

interface Row {
  mode: string
  /** The resource ARN (with the README's example names); null for "none". */
  resource: string | null
  actions: string[]
}

/** The rows of the permission table. */
function permissionRows(): Row[] {
  const lines = section('### Permissions per mode').split('\n')
  const start = lines.findIndex((l) => l.startsWith('|'))
  const rows: Row[] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    const cells = line.split('|').map((c) => c.trim())
    rows.push({
      mode: cells[1]!,
      resource: /`(arn:[^`]+)`/.exec(cells[2]!)?.[1] ?? null,
      actions: [...cells[3]!.matchAll(/`(s3:\w+)`/g)].map((m) => m[1]!)
    })
  }
  return rows
}

const ROWS = permissionRows()

/** An IAM resource pattern (`*` any characters, `?` one) as a RegExp. */
function iamPattern(resource: string): RegExp {
  const re = resource
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('')
  return new RegExp(`^${re}$`)
}

/** An IAM action a request needs, on a resource (an ARN, with the README's example names). */
interface Grant {
  action: string
  arn: string
}

const show = (g: Grant): string => `${g.action} on ${g.arn}`

/** The grants a mode needs that no README row of the mode gives. */
function notGranted(mode: Mode, grants: Grant[]): string[] {
  const rows = ROWS.filter((r) => r.mode === mode && r.resource !== null)
  return [
    ...new Set(
      grants
        .filter(
          (g) =>
            !rows.some((r) => r.actions.includes(g.action) && iamPattern(r.resource!).test(g.arn))
        )
        .map(show)
    )
  ]
}

// ---------------------------------------------------------------------------------------------
// From an HTTP request to the IAM actions it needs

/**
 * The S3 operation of a request, from its method, whether it names a key, its query and the
 * copy header: the one place this mapping is made. (The AWS SDK also names some operations in an
 * `x-id` parameter; where it does, the two must agree.)
 */
function operationOf(r: Pick<RecordedRequest, 'method' | 'key' | 'params' | 'headers'>): string {
  const has = (name: string): boolean => r.params.has(name)
  const copy = r.headers['x-amz-copy-source'] !== undefined
  let op: string | undefined
  if (r.key === '') {
    if (r.method === 'GET') {
      if (has('versions')) op = 'ListObjectVersions'
      else if (has('uploads')) op = 'ListMultipartUploads'
      else if (has('location')) op = 'GetBucketLocation'
      else if (has('lifecycle')) op = 'GetBucketLifecycleConfiguration'
      else op = r.params.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects'
    } else if (r.method === 'HEAD') op = 'HeadBucket'
    else if (r.method === 'POST' && has('delete')) op = 'DeleteObjects'
  } else if (r.method === 'GET') {
    op = has('attributes') ? 'GetObjectAttributes' : has('uploadId') ? 'ListParts' : 'GetObject'
  } else if (r.method === 'HEAD') op = 'HeadObject'
  else if (r.method === 'PUT') {
    if (has('partNumber') && has('uploadId')) op = copy ? 'UploadPartCopy' : 'UploadPart'
    else if (!has('tagging') && !has('acl') && !has('retention') && !has('legal-hold'))
      op = copy ? 'CopyObject' : 'PutObject'
  } else if (r.method === 'POST') {
    op = has('uploads') ? 'CreateMultipartUpload' : has('uploadId') ? 'CompleteMultipartUpload' : op
  } else if (r.method === 'DELETE') op = has('uploadId') ? 'AbortMultipartUpload' : 'DeleteObject'
  if (op === undefined)
    throw new Error(`no S3 operation known for ${r.method} ${r.key}?${r.params.toString()}`)
  const named = r.params.get('x-id')
  if (named !== null && named !== op) throw new Error(`${op} according to us, ${named} to the SDK`)
  return op
}

/** The bucket, key and version of a copy's `x-amz-copy-source` header. */
function copySourceOf(
  header: string | string[] | undefined
): { bucket: string; key: string; versioned: boolean } | null {
  if (header === undefined) return null
  const value = Array.isArray(header) ? header[0]! : header
  const [path = '', query = ''] = value.replace(/^\//, '').split('?')
  const slash = path.indexOf('/')
  return {
    bucket: decodeURIComponent(path.slice(0, slash)),
    key: decodeURIComponent(path.slice(slash + 1)),
    versioned: new URLSearchParams(query).has('versionId')
  }
}

/**
 * What one request needs: its operation's IAM actions (S3_PERMISSIONS) on its object or bucket,
 * on a copy's source, and on the bucket when the key was missing (404). The keys of a
 * DeleteObjects are in its body: `deleted` are the keys the run left delete markers on.
 */
function grantsOf(r: RecordedRequest, deleted: readonly string[]): Grant[] {
  const op = operationOf(r)
  if (!isS3Operation(op)) {
    throw new Error(
      `${r.method} /${r.bucket}/${r.key} is ${op}, which S3_PERMISSIONS does not know`
    )
  }
  const source = copySourceOf(r.headers['x-amz-copy-source'])
  const need = iamActionsOf(op, {
    versioned: r.params.has('versionId'),
    sourceVersioned: source?.versioned,
    missing: r.status === 404
  })
  const bucket = `arn:aws:s3:::${r.bucket}`
  const resources =
    S3_PERMISSIONS[op].scope === 'bucket'
      ? [bucket]
      : op === 'DeleteObjects'
        ? deleted.map((k) => `${bucket}/${k}`)
        : [`${bucket}/${r.key}`]
  return [
    ...need.actions.flatMap((action) => resources.map((arn) => ({ action, arn }))),
    ...need.sourceActions.map((action) => ({
      action,
      arn: `arn:aws:s3:::${source!.bucket}/${source!.key}`
    })),
    ...need.bucketActions.map((action) => ({ action, arn: bucket }))
  ]
}

// ---------------------------------------------------------------------------------------------
// Running the modes

/** What every mode needed, over the whole file (with the README's example names). */
const observed = new Map<Mode, Grant[]>(MODES.map((m) => [m, []]))

/** Run the action with moto's credentials and its S3 endpoint at the proxy. */
function act(bench: ProxiedMoto, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction(
    { 'endpoint-url': bench.proxy.url, ...inputs },
    {
      ...bench.moto.env(),
      AWS_ENDPOINT_URL: undefined,
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined,
      GITHUB_STEP_SUMMARY: undefined
    }
  )
}

function succeeded(r: ActionRun): void {
  expect(r.errors).toEqual([])
  expect(r.exitCode ?? 0).toBe(0)
}

/** Each key of a bucket whose current version is a delete marker, with its version count. */
async function deletedKeys(s3: S3Client, bucket: string): Promise<string[]> {
  return [...(await bucketVersions(s3, bucket))]
    .filter(([, kv]) => kv.deleted)
    .map(([key, kv]) => `${kv.versions.length} ${key}`)
}

/**
 * Run `run` with the proxy recording, then map every request it sent to the IAM actions it
 * needs, with the buckets renamed as in the README: each must be granted by the README's rows
 * for `mode`. Returns the run and its grants.
 */
async function observe(
  bench: ProxiedMoto,
  mode: Mode,
  buckets: { registry?: string; source?: string },
  run: () => Promise<ActionRun>
): Promise<{ run: ActionRun; grants: Grant[] }> {
  bench.proxy.reset()
  const before = buckets.registry ? await deletedKeys(bench.direct, buckets.registry) : []
  const result = await run()
  await bench.proxy.idle()
  // The keys deleted by the run: deleted now, and not (as they are) before.
  const deleted = buckets.registry
    ? (await deletedKeys(bench.direct, buckets.registry))
        .filter((k) => !before.includes(k))
        .map((k) => k.slice(k.indexOf(' ') + 1))
    : []
  const rename = (arn: string): string => {
    for (const [actual, shown] of [
      [buckets.registry, REGISTRY],
      [buckets.source, SOURCE]
    ] as const) {
      if (actual === undefined) continue
      const prefix = `arn:aws:s3:::${actual}`
      if (arn === prefix || arn.startsWith(prefix + '/'))
        return `arn:aws:s3:::${shown}${arn.slice(prefix.length)}`
    }
    return arn
  }
  const grants = bench.proxy.requests
    .flatMap((r) => grantsOf(r, deleted))
    .map((g) => ({ action: g.action, arn: rename(g.arn) }))
  observed.get(mode)!.push(...grants)
  const missing = notGranted(mode, grants)
  if (missing.length > 0) process.stderr.write(`${mode} sent:\n${bench.proxy.log()}\n`)
  expect({ mode, notInTheReadme: missing }).toEqual({ mode, notInTheReadme: [] })
  return { run: result, grants }
}

/** A source bucket with objects under `raw/`: small ones and one above the multipart size. */
async function sourceBucket(bench: ProxiedMoto): Promise<string> {
  const bucket = await bench.fresh()
  const objects: Record<string, Buffer | string> = {
    'a.csv': 'x,y\n1,2\n',
    'sub/b.txt': 'b',
    'big.bin': big(9 * MiB + 1, 3)
  }
  for (const [k, body] of Object.entries(objects)) {
    await bench.direct.send(
      new PutObjectCommand({ Bucket: bucket, Key: PREFIX + k, Body: Buffer.from(body) })
    )
  }
  return bucket
}

let writes = 0

/** Another run publishing `name` (straight to moto: not recorded). */
function otherRun(bench: ProxiedMoto, registry: string, name = NAME): Promise<PushResult> {
  writes++
  return push(
    {
      name,
      source: localSource(tree({ 'other.txt': `another run, ${writes}` })),
      registry: new S3Registry(bench.direct, registry),
      message: `other ${writes}`
    },
    { now: new Date(1_700_000_000_000 + writes * 1000) }
  )
}

async function until(bench: ProxiedMoto, cond: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000
  while (!cond()) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}:\n${bench.proxy.log()}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

const LATEST = `.quilt/named_packages/${NAME}/latest`
const held = (bench: ProxiedMoto, key: string | RegExp): boolean =>
  bench.proxy
    .inFlight()
    .some((r) => r.method === 'PUT' && (typeof key === 'string' ? r.key === key : key.test(r.key)))

/**
 * The action loses the race for `latest`: its timestamp pointer write is held until another run
 * has moved `latest`; it then takes its pointer back.
 */
async function loseRace(
  bench: ProxiedMoto,
  registry: string,
  inputs: Record<string, string>
): Promise<ActionRun> {
  const pointer = new RegExp(`^\\.quilt/named_packages/${NAME}/\\d+$`)
  let released = false
  bench.proxy.inject({ method: 'PUT', key: pointer, fault: { hold: () => released } })
  const running = act(bench, inputs)
  await until(bench, () => held(bench, pointer), 'the timestamp pointer write')
  await otherRun(bench, registry)
  released = true
  return running
}

/**
 * The action's write of `latest` is applied and its answer lost; the SDK's retry is held until
 * another run has moved `latest`: only the version history can tell what happened.
 */
async function loseAnswer(
  bench: ProxiedMoto,
  registry: string,
  inputs: Record<string, string>
): Promise<ActionRun> {
  bench.proxy.inject({
    method: 'PUT',
    key: LATEST,
    fault: { drop: 'after-forward' }
  })
  let released = false
  bench.proxy.inject({ method: 'PUT', key: LATEST, fault: { hold: () => released } })
  const running = act(bench, inputs)
  // The retry is held: the first write, its answer dropped after moto applied it, is done.
  await until(
    bench,
    () => bench.proxy.seen({ method: 'PUT', key: LATEST }).length >= 2,
    'the retried write'
  )
  await otherRun(bench, registry)
  released = true
  return running
}

/** A registry where `name` has revisions published at the given seconds. */
async function seeded(bench: ProxiedMoto, names: Record<string, number[]>): Promise<string> {
  const registry = await bench.fresh()
  for (const [name, seconds] of Object.entries(names)) {
    for (const s of seconds) {
      await push(
        {
          name,
          source: localSource(tree({ 'f.txt': `${name} at ${s}` })),
          registry: new S3Registry(bench.direct, registry),
          message: `at ${s}`
        },
        { now: new Date(s * 1000) }
      )
    }
  }
  return registry
}

const scenarios = { ran: 0 }

// ---------------------------------------------------------------------------------------------

describe('the one map of S3 operations to IAM actions', () => {
  /** The `...Command` names a source file imports from the S3 client (not type-only). */
  function s3Commands(): { file: string; op: string }[] {
    const out: { file: string; op: string }[] = []
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (p.endsWith('.ts')) {
          const text = readFileSync(p, 'utf-8')
          // Namespace or dynamic imports of the client would escape this check.
          expect(text).not.toMatch(/import\s*\*\s*as\s+\w+\s+from\s+'@aws-sdk\/client-s3'/)
          expect(text).not.toMatch(/import\(\s*'@aws-sdk\/client-s3'\s*\)/)
          for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-s3'/g)) {
            for (const name of m[1]!.split(',').map((n) => n.trim())) {
              const c = /^(\w+)Command$/.exec(name)
              if (c) out.push({ file: p.slice(ROOT.length + 1), op: c[1]! })
            }
          }
        }
      }
    }
    walk(join(ROOT, 'src'))
    return out
  }

  it('has every S3 command src/ sends, and no other', () => {
    const used = s3Commands()
    expect(used.length).toBeGreaterThan(10)
    expect(used.filter((u) => !isS3Operation(u.op))).toEqual([])
    expect(Object.keys(S3_PERMISSIONS).sort()).toEqual([...new Set(used.map((u) => u.op))].sort())
  })

  // Written out from AWS's documentation (the Service Authorization Reference for Amazon S3 and
  // each operation's API page), not from the map: the map must agree with it.
  it.each([
    ['GetObject', {}, ['s3:GetObject'], []],
    ['GetObject', { versioned: true }, ['s3:GetObjectVersion'], []],
    ['HeadObject', {}, ['s3:GetObject'], []],
    ['HeadObject', { versioned: true }, ['s3:GetObjectVersion'], []],
    ['GetObjectAttributes', {}, ['s3:GetObject', 's3:GetObjectAttributes'], []],
    [
      'GetObjectAttributes',
      { versioned: true },
      ['s3:GetObjectVersion', 's3:GetObjectVersionAttributes'],
      []
    ],
    ['PutObject', {}, ['s3:PutObject'], []],
    ['CreateMultipartUpload', {}, ['s3:PutObject'], []],
    ['UploadPart', {}, ['s3:PutObject'], []],
    ['CompleteMultipartUpload', {}, ['s3:PutObject'], []],
    ['CopyObject', {}, ['s3:PutObject'], ['s3:GetObject']],
    ['CopyObject', { sourceVersioned: true }, ['s3:PutObject'], ['s3:GetObjectVersion']],
    ['UploadPartCopy', { sourceVersioned: true }, ['s3:PutObject'], ['s3:GetObjectVersion']],
    ['AbortMultipartUpload', {}, ['s3:AbortMultipartUpload'], []],
    ['DeleteObject', {}, ['s3:DeleteObject'], []],
    ['DeleteObjects', {}, ['s3:DeleteObject'], []],
    ['ListObjectsV2', {}, ['s3:ListBucket'], []],
    ['ListObjectVersions', {}, ['s3:ListBucketVersions'], []],
    ['ListMultipartUploads', {}, ['s3:ListBucketMultipartUploads'], []]
  ] as const)(
    '%s %j needs %j (and %j on a copy source), as AWS documents',
    (op, request, actions, source) => {
      const got = iamActionsOf(op, request)
      expect([...got.actions].sort()).toEqual([...actions].sort())
      expect([...got.sourceActions]).toEqual([...source])
    }
  )

  it('names, in an AccessDenied message, the permission the request needs', () => {
    const denied = (command: string, extra: Record<string, unknown> = {}): string =>
      errorMessage(
        Object.assign(new Error('Access Denied'), {
          name: 'AccessDenied',
          Code: 'AccessDenied',
          $metadata: { httpStatusCode: 403 },
          $command: command,
          $bucket: 'b',
          $key: 'k',
          ...extra
        })
      )
    expect(denied('GetObjectCommand')).toBe(
      "Access denied: GetObject on s3://b/k. The credentials need s3:GetObject on it, and s3:ListBucket on the bucket (without it S3 refuses a key that does not exist). Check the role's policy and the bucket policy."
    )
    expect(denied('GetObjectAttributesCommand', { $versioned: true })).toContain(
      'need s3:GetObjectVersion and s3:GetObjectVersionAttributes on it'
    )
    expect(denied('UploadPartCopyCommand', { $sourceVersioned: true })).toContain(
      'need s3:PutObject (and s3:GetObjectVersion on the source) on it.'
    )
    expect(denied('AbortMultipartUploadCommand')).toContain('need s3:AbortMultipartUpload on it.')
    expect(denied('ListMultipartUploadsCommand')).toContain(
      'need s3:ListBucketMultipartUploads on it.'
    )
  })
})

describe('the README', () => {
  const aws = section('## AWS set-up')

  it('has a row for each mode, and says a local build needs nothing', () => {
    expect([...new Set(ROWS.map((r) => r.mode))]).toEqual([...MODES])
    const local = ROWS.filter((r) => r.resource === null)
    expect(local).toEqual([{ mode: 'build', resource: null, actions: [] }])
    expect(ROWS.filter((r) => r.resource !== null && r.actions.length === 0)).toEqual([])
  })

  it('names no IAM action the code cannot need (the map bounds it)', () => {
    const known = new Set(
      Object.values(S3_PERMISSIONS).flatMap((p: S3Permission) => [
        ...p.actions,
        ...(p.versionActions ?? []),
        ...(p.sourceActions ?? []),
        ...(p.sourceVersionActions ?? []),
        ...(p.missingActions ?? [])
      ])
    )
    const named = [...new Set([...aws.matchAll(/\bs3:[A-Za-z]+/g)].map((m) => m[0]))]
    expect(named.length).toBeGreaterThan(5)
    expect(named.filter((a) => !known.has(a))).toEqual([])
  })

  it.each([
    ['#### Push policy', 'push'],
    ['#### Delete policy', 'delete'],
    ['#### Dry-run policy', 'dry run']
  ] as const)('%s grants exactly the rows of %s', (heading, mode) => {
    const [policy] = jsonBlocks(section(heading)) as {
      Statement: { Effect: string; Action: string | string[]; Resource: string | string[] }[]
    }[]
    const list = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v])
    const granted = policy!.Statement.flatMap((s) => {
      expect(s.Effect).toBe('Allow')
      return list(s.Resource).flatMap((r) => list(s.Action).map((a) => `${a} on ${r}`))
    })
    const rows = ROWS.filter((r) => r.mode === mode).flatMap((r) =>
      r.actions.map((a) => `${a} on ${r.resource!}`)
    )
    expect(granted.sort()).toEqual(rows.sort())
  })

  it('has trust policies for main and for pull requests, and its JSON parses', () => {
    const trust = jsonBlocks(section('### Trust policies')) as {
      Statement: { Action: string; Condition: { StringEquals: Record<string, string> } }[]
    }[]
    const claims = trust.map((t) => t.Statement[0]!.Condition.StringEquals)
    expect(claims).toEqual([
      {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': 'repo:my-org/my-repo:ref:refs/heads/main'
      },
      {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': 'repo:my-org/my-repo:pull_request'
      }
    ])
    expect(trust.map((t) => t.Statement[0]!.Action)).toEqual([
      'sts:AssumeRoleWithWebIdentity',
      'sts:AssumeRoleWithWebIdentity'
    ])
    // Every JSON block of the section parses (the policies above, the role-chaining trust policy).
    expect(jsonBlocks(aws).length).toBe((aws.match(/^```json$/gm) ?? []).length)
  })

  it('troubleshoots by messages the code gives (each quoted start is in src/)', () => {
    const text = section('## Troubleshooting')
    const src: string[] = []
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (p.endsWith('.ts')) src.push(readFileSync(p, 'utf-8'))
      }
    }
    walk(join(ROOT, 'src'))
    const all = src.join('\n')
    const quoted = [...text.matchAll(/^- \*\*`([^`]+)`\*\*/gm)].map((m) => m[1]!)
    expect(quoted.length).toBeGreaterThan(20)
    /** The message's start: its first literal part, without the spaces and marks around it. */
    const start = (q: string): string =>
      q
        .split('…')
        .map((f) => f.replace(/^[\s.,:;'(]+|[\s.,:;'(]+$/g, ''))
        .find((f) => f !== '')!
    expect(quoted.map(start).filter((s) => !all.includes(s))).toEqual([])
    // Placed before Development.
    expect(README.indexOf('## Troubleshooting')).toBeLessThan(README.indexOf('## Development'))
  })
})

describe('what each mode sends, against the README (AWS-like moto)', () => {
  const bench = proxiedMoto('aws-like', 'iam')

  it('a build of a local folder into a local registry sends no request', async () => {
    const { run } = await observe(bench, 'build', {}, () =>
      act(bench, {
        mode: 'build',
        name: NAME,
        path: tree({ 'a.csv': '1,2\n' }),
        registry: tempDir()
      })
    )
    succeeded(run)
    expect(run.outputs['top-hash']).toMatch(TOP_HASH)
    expect(bench.proxy.requests).toEqual([])
    scenarios.ran++
  })

  it('a build of an S3 prefix into an S3 registry, also losing a race and an answer', async () => {
    const source = await sourceBucket(bench)
    const registry = await bench.fresh()
    const inputs = { mode: 'build', name: NAME, path: `s3://${source}/${PREFIX}` }
    const first = await observe(bench, 'build', { registry, source }, () =>
      act(bench, { ...inputs, registry: `s3://${registry}` })
    )
    succeeded(first.run)
    expect(first.run.outputs.files).toBe('3')
    const lost = await observe(bench, 'build', { registry, source }, () =>
      loseRace(bench, registry, { ...inputs, registry: `s3://${registry}`, message: 'race' })
    )
    expect(lost.run.errors).toEqual([
      expect.stringMatching(/^Conflict: package 'team\/dataset' was changed by someone else/)
    ])
    const answer = await observe(bench, 'build', { registry, source }, () =>
      loseAnswer(bench, registry, { ...inputs, registry: `s3://${registry}`, message: 'lost' })
    )
    succeeded(answer.run)
    scenarios.ran++
  })

  it('pushes of a folder: multipart, then again under another name to the same destination', async () => {
    const registry = await bench.fresh()
    const dir = tree({ 'a.csv': 'x,y\n1,2\n', 'big.bin': big(9 * MiB + 1, 5) })
    const first = await observe(bench, 'push', { registry }, () =>
      act(bench, { mode: 'push', name: NAME, path: dir, registry: `s3://${registry}` })
    )
    succeeded(first.run)
    expect(first.run.outputs['uploaded-bytes']).toBe(String(9 * MiB + 1 + 8))
    // Another package with the same destination: the files there are found (HEAD) and re-used.
    const again = await observe(bench, 'push', { registry }, () =>
      act(bench, {
        mode: 'push',
        name: 'team/other',
        path: dir,
        registry: `s3://${registry}`,
        dest: `s3://${registry}/${NAME}`
      })
    )
    succeeded(again.run)
    expect(again.run.outputs['uploaded-bytes']).toBe('0')
    expect(again.grants.map(show)).toContain(
      `s3:GetObject on arn:aws:s3:::${REGISTRY}/${NAME}/big.bin`
    )
    scenarios.ran++
  })

  it('a push whose multipart upload is refused aborts it, naming the permission', async () => {
    const registry = await bench.fresh()
    const { run, grants } = await observe(bench, 'push', { registry }, () => {
      bench.proxy.inject({
        method: 'PUT',
        query: { partNumber: '1', uploadId: true },
        times: Infinity,
        fault: { status: 403, code: 'AccessDenied' }
      })
      return act(bench, {
        mode: 'push',
        name: NAME,
        path: tree({ 'big.bin': big(9 * MiB + 1, 6) }),
        registry: `s3://${registry}`
      })
    })
    expect(run.errors).toEqual([
      expect.stringContaining(
        `Access denied: UploadPart on s3://${registry}/${NAME}/big.bin. The credentials need s3:PutObject on it.`
      )
    ])
    expect(grants.map(show)).toContain(
      `s3:AbortMultipartUpload on arn:aws:s3:::${REGISTRY}/${NAME}/big.bin`
    )
    const open = await bench.direct.send(new ListMultipartUploadsCommand({ Bucket: registry }))
    expect(open.Uploads ?? []).toEqual([])
    scenarios.ran++
  })

  it('a read of a missing key refused for want of s3:ListBucket: the message says so', async () => {
    const registry = await bench.fresh()
    bench.proxy.inject({
      method: 'GET',
      key: '.quilt/workflows/config.yml',
      fault: { status: 403, code: 'AccessDenied' }
    })
    const run = await act(bench, {
      mode: 'push',
      name: NAME,
      path: tree({ 'a.csv': '1\n' }),
      registry: `s3://${registry}`
    })
    expect(run.errors).toEqual([
      `Access denied: GetObject on s3://${registry}/.quilt/workflows/config.yml. The credentials need s3:GetObject on it, and s3:ListBucket on the bucket (without it S3 refuses a key that does not exist). Check the role's policy and the bucket policy.`
    ])
  })

  it('a push that loses the race for latest takes its pointer back; one whose answer was lost reads the history', async () => {
    const registry = await bench.fresh()
    await otherRun(bench, registry)
    const inputs = { mode: 'push', name: NAME, registry: `s3://${registry}` }
    const lost = await observe(bench, 'push', { registry }, () =>
      loseRace(bench, registry, { ...inputs, path: tree({ 'mine.txt': 'race' }) })
    )
    expect(lost.run.errors).toEqual([
      expect.stringMatching(
        /^Conflict: package 'team\/dataset' was changed by someone else during this push: latest is now [0-9a-f]{64}, but this push started from [0-9a-f]{64}\./
      )
    ])
    expect(lost.grants.map(show)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^s3:DeleteObject on arn:aws:s3:::${REGISTRY}/\\.quilt/named_packages/${NAME}/\\d+$`
        )
      )
    )
    const answer = await observe(bench, 'push', { registry }, () =>
      loseAnswer(bench, registry, { ...inputs, path: tree({ 'mine.txt': 'lost answer' }) })
    )
    succeeded(answer.run)
    expect(answer.grants.map(show)).toContain(`s3:ListBucketVersions on arn:aws:s3:::${REGISTRY}`)
    scenarios.ran++
  })

  it('pushes of an S3 prefix: copied server side, then hashed where a copy may already be', async () => {
    const source = await sourceBucket(bench)
    const registry = await bench.fresh()
    const path = `s3://${source}/${PREFIX}`
    const first = await observe(bench, 'push', { registry, source }, () =>
      act(bench, { mode: 'push', name: NAME, path, registry: `s3://${registry}` })
    )
    succeeded(first.run)
    expect(first.grants.map(show)).toEqual(
      expect.arrayContaining([
        `s3:GetObjectVersion on arn:aws:s3:::${SOURCE}/${PREFIX}big.bin`,
        `s3:PutObject on arn:aws:s3:::${REGISTRY}/${NAME}/big.bin`
      ])
    )
    const again = await observe(bench, 'push', { registry, source }, () =>
      act(bench, {
        mode: 'push',
        name: 'team/other',
        path,
        registry: `s3://${registry}`,
        dest: `s3://${registry}/${NAME}`
      })
    )
    succeeded(again.run)
    expect(again.run.outputs['uploaded-bytes']).toBe('0')
    scenarios.ran++
  })

  it('deletes: by retention across packages, of latest by a hash prefix, of a whole package, and with a lost answer', async () => {
    const base = 1_700_000_000
    let registry = await seeded(bench, { [NAME]: [base, base + 10, base + 20], 'team/old': [base] })
    const retention = await observe(bench, 'delete', { registry }, () =>
      act(bench, { mode: 'delete', name: 'team/*', registry: `s3://${registry}`, 'keep-last': '1' })
    )
    succeeded(retention.run)
    expect(Object.values(JSON.parse(retention.run.outputs.deleted!) as object).flat()).toHaveLength(
      2
    )
    registry = await seeded(bench, { [NAME]: [base, base + 10] })
    const newest = (await new S3Registry(bench.direct, registry).readLatest(NAME)).topHash!
    const byPrefix = await observe(bench, 'delete', { registry }, () =>
      act(bench, {
        mode: 'delete',
        name: NAME,
        registry: `s3://${registry}`,
        'top-hash': newest.slice(0, 10)
      })
    )
    succeeded(byPrefix.run)
    expect(byPrefix.run.outputs.deleted).toBe(JSON.stringify([newest]))
    const whole = await observe(bench, 'delete', { registry }, () =>
      act(bench, { mode: 'delete', name: NAME, registry: `s3://${registry}` })
    )
    succeeded(whole.run)
    expect(await new S3Registry(bench.direct, registry).listPointers(NAME)).toEqual([])
    registry = await seeded(bench, { [NAME]: [base, base + 10] })
    const top = (await new S3Registry(bench.direct, registry).readLatest(NAME)).topHash!
    const answer = await observe(bench, 'delete', { registry }, () =>
      loseAnswer(bench, registry, {
        mode: 'delete',
        name: NAME,
        registry: `s3://${registry}`,
        'top-hash': top
      })
    )
    succeeded(answer.run)
    expect(answer.grants.map(show)).toContain(`s3:ListBucketVersions on arn:aws:s3:::${REGISTRY}`)
    scenarios.ran++
  })

  it('dry runs of build, push and delete only read', async () => {
    const source = await sourceBucket(bench)
    const registry = await seeded(bench, { [NAME]: [1_700_000_000, 1_700_000_010] })
    const dry = { 'dry-run': 'true', registry: `s3://${registry}` }
    const runs: Record<string, string>[] = [
      { mode: 'build', name: NAME, path: `s3://${source}/${PREFIX}` },
      { mode: 'push', name: 'team/new', path: tree({ 'a.csv': '1\n' }) },
      { mode: 'push', name: NAME, path: `s3://${source}/${PREFIX}` },
      { mode: 'delete', name: 'team/*', 'keep-last': '1' }
    ]
    for (const inputs of runs) {
      const { run } = await observe(bench, 'dry run', { registry, source }, () =>
        act(bench, { ...inputs, ...dry })
      )
      succeeded(run)
    }
    expect((await new S3Registry(bench.direct, registry).listPointers(NAME)).length).toBe(3)
    scenarios.ran++
  })

  it('the lifecycle rule of the README is one S3 accepts', async () => {
    const bucket = await bench.fresh()
    const [config] = jsonBlocks(section('### Incomplete multipart uploads')) as {
      Rules: LifecycleRule[]
    }[]
    await bench.direct.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: bucket,
        LifecycleConfiguration: config!
      })
    )
    const back = await bench.direct.send(
      new GetBucketLifecycleConfigurationCommand({ Bucket: bucket })
    )
    expect(back.Rules?.map((r) => r.AbortIncompleteMultipartUpload)).toEqual([
      { DaysAfterInitiation: 1 }
    ])
    expect(section('### Incomplete multipart uploads')).toContain(
      'aws s3api put-bucket-lifecycle-configuration --bucket my-quilt-bucket'
    )
  })
})

describe('what a push sends to a store without checksums (plain moto)', () => {
  const bench = proxiedMoto('plain', 'iam')

  it('copies hashed at the destination, by version', async () => {
    const source = await sourceBucket(bench)
    const registry = await bench.fresh()
    const { run, grants } = await observe(bench, 'push', { registry, source }, () =>
      act(bench, {
        mode: 'push',
        name: NAME,
        path: `s3://${source}/${PREFIX}`,
        registry: `s3://${registry}`
      })
    )
    succeeded(run)
    expect(grants.map(show)).toEqual(
      expect.arrayContaining([
        `s3:GetObjectVersion on arn:aws:s3:::${REGISTRY}/${NAME}/big.bin`,
        `s3:GetObjectVersionAttributes on arn:aws:s3:::${REGISTRY}/${NAME}/big.bin`
      ])
    )
    scenarios.ran++
  })
})

/**
 * Grants of the README that no run here can show, each with the reason: S3_PERMISSIONS says the
 * code may need them, moto cannot make it.
 */
const NOT_SHOWN: Record<string, string> = {
  'push: s3:GetObjectAttributes on arn:aws:s3:::my-quilt-bucket/team/dataset/*':
    'a copy into an unversioned bucket of a store without checksums is hashed without a version (AWS gives such a copy no version id; moto gives it "null")'
}

describe('the README rows against everything the modes sent', () => {
  it('grant nothing that no request needed', () => {
    // Every scenario above must have run (this test is meaningless for a filtered run).
    expect(scenarios.ran).toBe(9)
    const unused = ROWS.flatMap((r) =>
      r.resource === null
        ? []
        : r.actions
            .filter(
              (action) =>
                !observed
                  .get(r.mode as Mode)!
                  .some((g) => g.action === action && iamPattern(r.resource!).test(g.arn))
            )
            .map((action) => `${r.mode}: ${action} on ${r.resource!}`)
    )
    expect(unused.filter((u) => !(u in NOT_SHOWN))).toEqual([])
    // What the allowance names is still in the README, and still what the map says.
    expect(Object.keys(NOT_SHOWN).filter((u) => !unused.includes(u))).toEqual([])
    expect(iamActionsOf('GetObjectAttributes').actions).toContain('s3:GetObjectAttributes')
  })
})
