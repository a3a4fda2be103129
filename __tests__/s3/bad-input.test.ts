/**
 * Wrong S3 inputs as a user gives them, through the command (`main(argv)`) and the action
 * (`run()` with `INPUT_*`), against moto: each is refused with a message that names the input at
 * fault and what to change, and nothing is written anywhere (every bucket's object versions,
 * delete markers and open uploads are the same before and after).
 */
import {
  ListBucketsCommand,
  ListMultipartUploadsCommand,
  ListObjectVersionsCommand,
  PutObjectCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Moto, motoFlavours } from '../helpers/moto.js'
import { runAction, runCli, type CliRun } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'
import { writeFile } from '../helpers/vectors.js'

afterAll(() => cleanupTempDirs())

/** Bad input does not depend on the store's features: the first flavour is enough. */
const FLAVOUR = motoFlavours()[0]!

let moto: Moto
let s3: S3Client
let registry: string
let other: string
let data: string
let topHash: string

/**
 * The buckets this file may touch: its own, and those its cases name but that must not exist.
 * (moto is shared by the whole run: other files' buckets change meanwhile.)
 */
const OURS = /^(bad-input-|no-such-)/

/** Our buckets' versions, delete markers and open multipart uploads. */
async function everything(): Promise<string[]> {
  const out: string[] = []
  const buckets = ((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).filter((b) =>
    OURS.test(b.Name!)
  )
  for (const { Name } of buckets) {
    out.push(`bucket ${Name!}`)
    const v = await s3.send(new ListObjectVersionsCommand({ Bucket: Name }))
    for (const o of v.Versions ?? []) out.push(`${Name!}/${o.Key!}@${o.VersionId!}`)
    for (const o of v.DeleteMarkers ?? []) out.push(`${Name!}/${o.Key!}@${o.VersionId!} marker`)
    const u = await s3.send(new ListMultipartUploadsCommand({ Bucket: Name }))
    for (const o of u.Uploads ?? []) out.push(`${Name!}/${o.Key!} upload ${o.UploadId!}`)
  }
  return out.sort()
}

/** The command with moto's test credentials in the environment. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCli(args, { ...moto.env(), AWS_ENDPOINT_URL_S3: undefined, ...env })
}

/** Run `fn`, and check that it wrote nothing to any bucket. */
async function writesNothing<T>(fn: () => Promise<T>): Promise<T> {
  const before = await everything()
  const r = await fn()
  expect(await everything()).toEqual(before)
  return r
}

/** The `error: ...` text the command printed. */
function errorText(r: CliRun): string {
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('error: '))
  expect(lines).toHaveLength(1)
  return lines[0]!.slice('error: '.length)
}

/** The command, refused: it wrote nothing and exited 1; the text of its one error. */
async function refusal(args: string[]): Promise<string> {
  const r = await writesNothing(() => cli(args))
  expect(r.code).toBe(1)
  return errorText(r)
}

/** A push of `path` as team/pkg into our registry, then `extra`. */
function pushArgs(path: string, ...extra: string[]): string[] {
  return ['push', '--name', 'team/pkg', '--path', path, '--registry', `s3://${registry}`, ...extra]
}

/** A delete of package `name` from our registry, then `extra`. */
function deleteArgs(name: string, ...extra: string[]): string[] {
  return ['delete', '--name', name, '--registry', `s3://${registry}`, ...extra]
}

beforeAll(async () => {
  moto = Moto.connect(FLAVOUR)
  s3 = moto.client()
  registry = await moto.bucket('bad-input-registry')
  other = await moto.bucket('bad-input-other')
  await s3.send(new PutObjectCommand({ Bucket: other, Key: 'some/object.csv', Body: 'a,b\n' }))
  data = tempDir('qpa-bad-input-')
  writeFile(join(data, 'a.txt'), 'hello')
  writeFile(join(data, 'sub/b.txt'), 'world')
  // One revision, for the delete cases.
  const r = await cli(pushArgs(data, '--json'))
  topHash = r.code === 0 ? (JSON.parse(r.stdout) as Record<string, string>)['top-hash']! : ''
  if (!/^[0-9a-f]{64}$/.test(topHash)) throw new Error(`the first push failed: ${r.stderr}`)
})
afterAll(() => {
  s3.destroy()
})

describe(`inputs that could be misread are refused, ${FLAVOUR} moto: exit 1, no object version or delete marker added`, () => {
  const reg = (): string => `s3://${registry}`
  it.each([
    [
      'older-than 1M (not one minute, not one month)',
      ['delete', '--name', 'team/pkg', '--older-than', '1M'],
      'older-than',
      /'M' is not a unit: it could mean minutes or months/
    ],
    [
      'older-than 6M',
      ['delete', '--name', 'team/*', '--older-than', '6M'],
      'older-than',
      /could mean minutes or months/
    ],
    [
      'older-than 1y',
      ['delete', '--name', 'team/pkg', '--older-than', '1y'],
      'older-than',
      /months or years\) is not accepted/
    ],
    [
      'older-than P6M',
      ['delete', '--name', 'team/pkg', '--older-than', 'P6M'],
      'older-than',
      /months \(M before T\)/
    ],
    [
      'older-than 90D',
      ['delete', '--name', 'team/pkg', '--older-than', '90D'],
      'older-than',
      /case-sensitive: write 'd'/
    ],
    [
      'a forgotten mode',
      ['--name', 'team/pkg', '--path', '<data>'],
      'mode',
      /is required.*no default/
    ],
    [
      'build of local files into an S3 registry',
      ['build', '--name', 'team/pkg', '--path', '<data>'],
      'mode',
      /would point at files on this machine. Set 'mode: push'/
    ],
    [
      'delete of a mistyped package name',
      ['delete', '--name', 'team/pkgg'],
      'name',
      /does not exist in s3:\/\/.*closest names there are: team\/pkg\./
    ]
  ])('%s', async (_title, args, input, says) => {
    const message = await refusal([
      ...args.map((a) => (a === '<data>' ? data : a)),
      '--registry',
      reg()
    ])
    expect(message.startsWith(`Input '${input}'`)).toBe(true)
    expect(message).toMatch(says)
  })

  it('the action with no mode and an S3 registry: one ::error:: naming mode, nothing written', async () => {
    const r = await writesNothing(() =>
      runAction({ name: 'team/pkg', path: data, registry: reg() }, moto.env())
    )
    expect(r.errors).toEqual([
      expect.stringMatching(/^Input 'mode' is required: what to do, one of: build, push, delete/)
    ])
    expect(r.exitCode).toBe(1)
  })

  it('a name pattern that matches nothing only warns (a scheduled cleanup of an empty registry)', async () => {
    const r = await writesNothing(() =>
      cli(['delete', '--name', 'nobody/*', '--keep-last', '3', '--registry', reg()])
    )
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      `warning: No package of ${reg()} matches nobody/*: nothing to delete.`
    )
  })
})

describe(`bad S3 inputs, ${FLAVOUR} moto`, () => {
  it.each([
    ['push', ['--path', '<data>']],
    ['delete', []],
    ['delete', ['--top-hash', 'abcdef']]
  ])(
    '%s to a registry bucket that does not exist %j: exit 1, the message names the bucket and registry',
    async (mode, extra) => {
      const message = await refusal([
        mode,
        '--name',
        'team/pkg',
        '--registry',
        's3://no-such-registry-bucket',
        '--endpoint-url',
        moto.endpoint,
        ...extra.map((a) => (a === '<data>' ? data : a))
      ])
      expect(message).toContain("'no-such-registry-bucket'")
      expect(message).toMatch(/does not exist/)
      expect(message).toContain("'registry'")
    }
  )

  it('the action, pushing to a registry bucket that does not exist: one ::error:: naming the bucket and registry', async () => {
    const r = await writesNothing(() =>
      runAction(
        { mode: 'push', name: 'team/pkg', path: data, registry: 's3://no-such-registry-bucket' },
        moto.env()
      )
    )
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain("'no-such-registry-bucket'")
    expect(r.errors[0]).toContain("'registry'")
    expect(r.outputs).toEqual({})
  })

  it("registry s3://bucket/path: quilt3's refusal, naming the input registry", async () => {
    const message = await refusal([
      'push',
      '--name',
      'team/pkg',
      '--path',
      data,
      '--registry',
      `s3://${registry}/some/path`
    ])
    expect(message).toContain(
      `The 'registry' argument expects an S3 bucket but the S3 object path 's3://${registry}/some/path' was provided instead.`
    )
    expect(message).toContain(
      `You probably wanted to set 'registry' to 's3://${registry}' instead.`
    )
    expect(message).toMatch(/^Input 'registry'/)
  })

  it("dest in another bucket: quilt3's refusal, naming the input dest", async () => {
    const message = await refusal(pushArgs(data, '--dest', `s3://${other}/elsewhere`))
    expect(message).toContain(
      `Invalid package destination path 's3://${other}/elsewhere'. 'dest', if set, must be a path in the 's3://${registry}' package registry specified by 'registry'.`
    )
  })

  describe('no credentials at all', () => {
    /** No AWS_* variable, empty config and credentials files, no instance metadata. */
    function noCredentials(): NodeJS.ProcessEnv {
      const dir = tempDir('qpa-no-aws-')
      const config = join(dir, 'config')
      const credentials = join(dir, 'credentials')
      writeFileSync(config, '')
      writeFileSync(credentials, '')
      const env: NodeJS.ProcessEnv = {}
      for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) env[k] = undefined
      for (const k of ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
        env[k] = undefined
      return {
        ...env,
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_SESSION_TOKEN: undefined,
        AWS_PROFILE: undefined,
        AWS_ENDPOINT_URL: undefined,
        AWS_CONFIG_FILE: config,
        AWS_SHARED_CREDENTIALS_FILE: credentials,
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_REGION: 'us-east-1'
      }
    }

    it('the command: a message naming role-to-assume and id-token: write', async () => {
      const r = await writesNothing(() =>
        runCli(pushArgs(data, '--endpoint-url', moto.endpoint), noCredentials())
      )
      expect(r.code).toBe(1)
      const message = errorText(r)
      expect(message).toContain('No AWS credentials were found')
      expect(message).toContain('role-to-assume')
      expect(message).toContain('id-token: write')
    })

    it('the action: one ::error:: naming role-to-assume and id-token: write', async () => {
      const r = await writesNothing(() =>
        runAction(
          {
            mode: 'push',
            name: 'team/pkg',
            path: data,
            registry: `s3://${registry}`,
            'endpoint-url': moto.endpoint
          },
          noCredentials()
        )
      )
      expect(r.exitCode).toBe(1)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toContain('role-to-assume')
      expect(r.errors[0]).toContain('id-token: write')
    })
  })

  it('path, an S3 prefix with no objects: a clear error naming path', async () => {
    expect(await refusal(pushArgs(`s3://${other}/nothing/here/`))).toBe(
      `Input 'path': no objects found under s3://${other}/nothing/here/.`
    )
  })

  it('path in a bucket that does not exist: the message names the bucket and path', async () => {
    const message = await refusal(pushArgs('s3://no-such-source-bucket/in/'))
    expect(message).toContain("'no-such-source-bucket'")
    expect(message).toContain("'path'")
  })

  it.each([
    ['a prefix matching no manifest', 'abcdef0'],
    ['a full hash with no revision', 'f'.repeat(64)]
  ])('delete with a top-hash that is %s: an error naming top-hash', async (_, hash) => {
    // Not a prefix of the revision there is.
    expect(topHash.startsWith(hash)).toBe(false)
    const message = await refusal(deleteArgs('team/pkg', '--top-hash', hash))
    expect(message).toMatch(/^Input 'top-hash'/)
    expect(message).toContain(hash)
  })

  it('delete with the top-hash of another package: an error naming top-hash', async () => {
    const message = await refusal(deleteArgs('team/other', '--top-hash', topHash.slice(0, 10)))
    expect(message).toMatch(/^Input 'top-hash'.*No such package version/)
  })

  it('delete of a package that does not exist: exit 1 naming the registry and the closest names; nothing deleted', async () => {
    const r = await writesNothing(() => cli(deleteArgs('team/pgk', '--json')))
    expect(r.code).toBe(1)
    expect(errorText(r)).toBe(
      `Input 'name': Package team/pgk does not exist in s3://${registry}; the closest names there are: team/pkg. Check the name; nothing was deleted.`
    )
    expect(r.stdout).toBe('')
  })

  it('the revision pushed at the start is still whole after all of the above', async () => {
    const r = await cli(pushArgs(data, '--dedupe', '--json'))
    expect(r.code).toBe(0)
    const outputs = JSON.parse(r.stdout) as Record<string, unknown>
    expect(outputs['top-hash']).toBe(topHash)
    expect(outputs.changed).toBe(false)
  })
})
