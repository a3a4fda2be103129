/**
 * Sign-in through a Quilt catalog with an API key (`quilt-api-key`, `catalog`), against a
 * stand-in catalog and registry (../helpers/quilt-catalog.ts) and moto (AWS-like flavour) behind
 * the recording proxy, which shows the access key and session token of every S3 request. No AWS
 * key is in the environment and the SDK's default chain finds nothing: a push that succeeds did
 * so with the credentials the registry handed out. The real quilt3 8.0.0 is run against the same
 * stand-in to show that it asks for credentials the same way.
 *
 * Facts relied on (see oidc.test.ts): the AWS SDK calls a credentials provider again when fewer
 * than 5 minutes are left before `expiration`; moto accepts any access key.
 */
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import {
  ApiKeyRefusedError,
  CatalogUnreachableError,
  fetchCatalogConfig,
  NotACatalogError,
  signInWithApiKey
} from '../../src/action/catalog.js'
import { asInputError, errorMessage } from '../../src/action/errors.js'
import { InputError } from '../../src/action/inputs.js'
import { noAwsCredentialsEnv } from '../helpers/actions-runtime.js'
import { FaultProxy } from '../helpers/fault-proxy.js'
import { Moto } from '../helpers/moto.js'
import { latestOf } from '../helpers/s3-objects.js'
import { runPython } from '../helpers/python.js'
import { fakeApiKey, QuiltCatalog } from '../helpers/quilt-catalog.js'
import { Quilt3OnMoto, type PyBrowsed, type Quilt3Session } from '../helpers/s3-quilt3.js'
import { EXAMPLE, keepProcessState, runAction, runCli, TOP_HASH } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

const ROLE = 'arn:aws:iam::123456789012:role/quilt-publisher'

let moto: Moto
let proxy: FaultProxy
let catalog: QuiltCatalog
let awsEnv: NodeJS.ProcessEnv
let data: string
let n = 0

beforeAll(async () => {
  moto = Moto.connect('aws-like')
  proxy = await FaultProxy.start(moto.endpoint)
  catalog = await QuiltCatalog.start()
  awsEnv = noAwsCredentialsEnv(tempDir('qpa-aws-'))
  data = tempDir('qpa-data-')
  writeFileSync(join(data, 'a.csv'), 'x,y\n1,2\n')
  writeFileSync(join(data, 'b.txt'), 'hello')
})
keepProcessState()
afterEach(() => {
  catalog.reset()
  catalog.expiresInSeconds = 3600
  proxy.reset()
})
afterAll(async () => {
  await proxy.close()
  await catalog.close()
  cleanupTempDirs()
})

/** A job without AWS credentials; S3 (and STS, unused) through the proxy. */
function jobEnv(): NodeJS.ProcessEnv {
  return {
    ...awsEnv,
    AWS_ENDPOINT_URL: proxy.url,
    XDG_DATA_HOME: tempDir('qpa-xdg-'),
    ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
  }
}

/** Push `path` to a fresh bucket through the proxy, signing in with the catalog's key. */
async function pushWithKey(
  inputs: Record<string, string | undefined> = {},
  path = data
): Promise<Awaited<ReturnType<typeof runAction>> & { bucket: string }> {
  const bucket = await moto.bucket(`catalog-${++n}`)
  const r = await runAction(
    {
      mode: 'push',
      name: 'team/data',
      path,
      registry: `s3://${bucket}`,
      'endpoint-url': proxy.url,
      catalog: catalog.url,
      'quilt-api-key': catalog.apiKey,
      ...inputs
    },
    jobEnv()
  )
  return { ...r, bucket }
}

async function latest(bucket: string, name: string): Promise<string> {
  const s3 = moto.client()
  try {
    return await latestOf(s3, bucket, name)
  } finally {
    s3.destroy()
  }
}

/** The region of a SigV4 Authorization header's credential scope. */
function signedRegion(authorization: string | string[] | undefined): string | undefined {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\/s3\/aws4_request/.exec(String(authorization))?.[1]
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()))
  const addr = s.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

describe('sign-in with a Quilt catalog API key, end to end through run()', () => {
  it('pushes with the credentials the registry handed out, and only those', async () => {
    const r = await pushWithKey()
    expect(r.errors).toEqual([])
    expect(r.exitCode ?? 0).toBe(0)
    expect(r.outputs['top-hash']).toMatch(TOP_HASH)
    expect(await latest(r.bucket, 'team/data')).toBe(r.outputs['top-hash'])
    expect(r.outputs['catalog-url']).toBe(
      `${catalog.url}/b/${r.bucket}/packages/team/data/tree/${r.outputs['top-hash']}`
    )

    // config.json, then one get_credentials with the key as the bearer.
    expect(catalog.requests.map((q) => `${q.method} ${q.path} ${q.status}`)).toEqual([
      'GET /config.json 200',
      'GET /registry/api/auth/get_credentials 200'
    ])
    expect(catalog.requests[0]!.authorization).toBeNull()
    expect(catalog.requests[1]!.authorization).toBe(`Bearer ${catalog.apiKey}`)
    expect(catalog.requests[1]!.accept).toBe('application/json')
    expect(catalog.issued).toHaveLength(1)
    const c = catalog.issued[0]!

    // Every S3 request carries the handed-out key and session token; STS is never called.
    expect(proxy.sts).toEqual([])
    expect(proxy.s3.length).toBeGreaterThanOrEqual(5)
    for (const q of proxy.s3) {
      expect(`${q.method} /${q.bucket}/${q.key} ${q.accessKeyId}`).toBe(
        `${q.method} /${q.bucket}/${q.key} ${c.AccessKeyId}`
      )
      expect(q.securityToken).toBe(c.SessionToken)
    }
    expect(r.stdout).toContain(
      `Signed in through the Quilt catalog ${catalog.url} with an API key (registry ${catalog.url}/registry, credentials until ${c.Expiration.replace('Z', '.000Z')})`
    )
    for (const secret of [catalog.apiKey, c.AccessKeyId, c.SecretAccessKey, c.SessionToken]) {
      expect(r.stdout).toContain(`::add-mask::${secret}\n`)
    }
  })

  it("signs S3 requests for the catalog's region when aws-region is empty, and for aws-region when given", async () => {
    catalog.config.region = 'eu-west-2'
    try {
      const r = await pushWithKey()
      expect(r.errors).toEqual([])
      expect(new Set(proxy.s3.map((q) => signedRegion(q.headers.authorization)))).toEqual(
        new Set(['eu-west-2'])
      )
      proxy.reset()
      const given = await pushWithKey({ 'aws-region': 'us-east-1' })
      expect(given.errors).toEqual([])
      expect(new Set(proxy.s3.map((q) => signedRegion(q.headers.authorization)))).toEqual(
        new Set(['us-east-1'])
      )
    } finally {
      catalog.config.region = 'us-east-1'
    }
  })

  it('asks the registry again when the credentials near expiry; a slow push goes on with the new ones', async () => {
    // 302 s: fresh for ~2 s by the SDK's 5-minute rule. One upload held for 2.5 s makes every
    // request after it find the credentials expiring.
    catalog.expiresInSeconds = 302
    const folder = tempDir('qpa-refresh-')
    for (let i = 0; i < 12; i++) writeFileSync(join(folder, `f${i}.txt`), `file ${i}\n`)
    proxy.inject({ service: 's3', method: 'PUT', key: 'team/data/f3', fault: { delayMs: 2500 } })
    const r = await pushWithKey({ concurrency: '4' }, folder)
    expect(r.errors).toEqual([])
    expect(await latest(r.bucket, 'team/data')).toBe(r.outputs['top-hash'])

    expect(catalog.issued.length).toBeGreaterThanOrEqual(2)
    expect(catalog.credentialRequests.length).toBe(catalog.issued.length)
    for (const q of catalog.credentialRequests) {
      expect(q.authorization).toBe(`Bearer ${catalog.apiKey}`)
    }
    // One config.json only: the registry is asked directly when refreshing.
    expect(catalog.requests.filter((q) => q.path === '/config.json')).toHaveLength(1)
    const refreshed = r.stdout
      .split('\n')
      .filter((l) =>
        l.startsWith(`Refreshed the credentials from the Quilt catalog ${catalog.url}`)
      )
    expect(refreshed).toHaveLength(catalog.issued.length - 1)

    const keys = catalog.issued.map((c) => c.AccessKeyId)
    for (const q of proxy.s3) {
      expect(keys).toContain(q.accessKeyId)
      const c = catalog.issued.find((i) => i.AccessKeyId === q.accessKeyId)!
      expect(q.securityToken).toBe(c.SessionToken)
    }
    const used = proxy.s3.map((q) => q.accessKeyId)
    expect(new Set(used).size).toBeGreaterThanOrEqual(2)
    expect(used[0]).toBe(keys[0])
    expect(used.at(-1)).toBe(keys.at(-1))
    for (const c of catalog.issued) {
      for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken]) {
        expect(r.stdout).toContain(`::add-mask::${secret}\n`)
      }
    }
  })

  it('a refresh the registry refuses fails the push with the sign-in message, not an S3 one', async () => {
    catalog.expiresInSeconds = 302
    catalog.acceptTimes = 1
    const folder = tempDir('qpa-refused-refresh-')
    for (let i = 0; i < 6; i++) writeFileSync(join(folder, `f${i}.txt`), `file ${i}\n`)
    proxy.inject({ service: 's3', method: 'PUT', key: 'team/data/f1', fault: { delayMs: 2500 } })
    const r = await pushWithKey({ concurrency: '1' }, folder)
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatch(/^Input 'quilt-api-key': the Quilt catalog .* refused the API key/)
    expect(r.errors[0]).not.toMatch(/PutObject|GetObject|failed: /)
    expect(catalog.credentialRequests.map((q) => q.status)).toEqual([200, 401])
  })

  it('the command signs in the same way (--quilt-api-key, --catalog)', async () => {
    const bucket = await moto.bucket(`catalog-cli-${++n}`)
    const r = await runCli(
      [
        'push',
        '--name',
        'team/data',
        '--path',
        data,
        '--registry',
        `s3://${bucket}`,
        '--endpoint-url',
        proxy.url,
        '--catalog',
        catalog.url,
        '--quilt-api-key',
        catalog.apiKey
      ],
      jobEnv()
    )
    expect(r.stderr).not.toMatch(/^error:/m)
    expect(r.code).toBe(0)
    expect(catalog.issued).toHaveLength(1)
    for (const q of proxy.s3) expect(q.accessKeyId).toBe(catalog.issued[0]!.AccessKeyId)
    expect(r.stdout + r.stderr).not.toContain(catalog.apiKey)
    expect(r.stdout + r.stderr).not.toContain(catalog.issued[0]!.SecretAccessKey)
  })
})

describe('sign-in failures, end to end through run(): each names what to fix', () => {
  /** A failed run: one error, no output, no S3 request, and no secret in the error. */
  function expectFailure(r: Awaited<ReturnType<typeof pushWithKey>>): string {
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.outputs).toEqual({})
    expect(proxy.requests).toEqual([])
    expect(r.errors[0]).not.toContain(catalog.apiKey)
    return r.errors[0]!
  }

  it.each([401, 403])(
    'the registry refuses the key (%i): names quilt-api-key and the catalog, no retry',
    async (status) => {
      catalog.answerNext('credentials', { status, body: `{"message":"bad key ${catalog.apiKey}"}` })
      const message = expectFailure(await pushWithKey())
      expect(message).toBe(
        `Input 'quilt-api-key': the Quilt catalog ${catalog.url} refused the API key (GET ${catalog.url}/registry/api/auth/get_credentials answered HTTP ${status}). Check that the key belongs to this catalog, that it has not expired or been revoked, and that the secret holds the whole key.`
      )
      expect(catalog.credentialRequests).toHaveLength(1)
    }
  )

  it('a key of another catalog: refused by this one', async () => {
    const message = expectFailure(await pushWithKey({ 'quilt-api-key': fakeApiKey() }))
    expect(message).toMatch(/^Input 'quilt-api-key': the Quilt catalog .* refused the API key/)
    expect(catalog.credentialRequests.map((q) => q.status)).toEqual([401])
  })

  it('no config.json (404): names catalog and asks whether it is a Quilt catalog', async () => {
    catalog.answerNext('config', { status: 404, body: 'Not Found' })
    const message = expectFailure(await pushWithKey())
    expect(message).toBe(
      `Input 'catalog': GET ${catalog.url}/config.json answered HTTP 404 (no config.json there): is ${catalog.url} a Quilt catalog? Give the catalog's address as your browser shows it (e.g. https://catalog.example.com).`
    )
    expect(catalog.credentialRequests).toEqual([])
  })

  it.each([
    ['an HTML page', '<!doctype html><html></html>', /its answer is not a JSON object/],
    ['JSON without registryUrl', '{"region":"us-east-1"}', /it has no registryUrl/],
    [
      'a registryUrl over plain http',
      '{"registryUrl":"http://registry.example.com"}',
      /registryUrl 'http:\/\/registry.example.com' is not an https:\/\/ URL \(the API key is sent over https only\)/
    ]
  ])('config.json that is %s: not a Quilt catalog, names catalog', async (_t, body, says) => {
    catalog.answerNext('config', { status: 200, body })
    const message = expectFailure(await pushWithKey())
    expect(message).toMatch(/^Input 'catalog': /)
    expect(message).toContain(`${catalog.url}/config.json`)
    expect(message).toMatch(says)
    expect(catalog.credentialRequests).toEqual([])
  })

  it('a get_credentials answer without credentials: names catalog, shows nothing of the answer', async () => {
    catalog.answerNext('credentials', {
      status: 200,
      body: JSON.stringify({ AccessKeyId: 'ASIASHOWNNOWHERE00', echo: catalog.apiKey })
    })
    const message = expectFailure(await pushWithKey())
    expect(message).toMatch(
      /^Input 'catalog': GET \S+\/registry\/api\/auth\/get_credentials did not answer with AWS credentials \(no SecretAccessKey, SessionToken, Expiration \(a date\); the answer is not shown\)/
    )
    expect(message).not.toContain('ASIASHOWNNOWHERE00')
  })

  it('a catalog nobody answers at: names catalog and the URL tried, after retries', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const r = await pushWithKey({ catalog: url })
    const message = expectFailure(r)
    expect(message).toBe(
      `GET ${url}/config.json could not be reached (ECONNREFUSED), 5 times. Check the 'catalog' input and that the catalog is up and reachable from this runner.`
    )
    expect(r.stdout.match(/^Reading the catalog config: attempt \d failed/gm)).toHaveLength(4)
  }, 30_000)

  it('a dropped connection and 5xx are retried; the sign-in then succeeds', async () => {
    catalog.answerNext('config', 'drop')
    catalog.answerNext('credentials', { status: 503, body: 'busy' }, 2)
    const r = await pushWithKey()
    expect(r.errors).toEqual([])
    expect(catalog.credentialRequests.map((q) => q.status)).toEqual([503, 503, 200])
    expect(r.stdout).toMatch(
      /^Reading the catalog config: attempt 1 failed \(could not be reached/m
    )
    expect(
      r.stdout.match(
        /^Getting credentials from the Quilt catalog: attempt \d failed \(answered HTTP 503\); retrying$/gm
      )
    ).toHaveLength(2)
  })
})

describe('the errors, by type', () => {
  const deps = { mask: () => undefined, info: () => undefined, sleep: () => Promise.resolve() }

  it('maps each sign-in error to its input by type (errors.ts), message unchanged', () => {
    for (const [e, input] of [
      [new ApiKeyRefusedError("Input 'quilt-api-key': x"), 'quilt-api-key'],
      [new NotACatalogError("Input 'catalog': y"), 'catalog'],
      [new CatalogUnreachableError('GET z failed'), 'catalog']
    ] as const) {
      const mapped = asInputError(e)
      expect(mapped).toBeInstanceOf(InputError)
      expect((mapped as InputError).input).toBe(input)
      expect((mapped as InputError).message).toBe(e.message)
    }
  })

  it('shows a sign-in error tagged by the S3 client as itself (errorMessage)', () => {
    const e = Object.assign(new ApiKeyRefusedError('refused'), {
      $command: 'PutObjectCommand',
      $bucket: 'b',
      $key: 'k'
    })
    expect(errorMessage(e)).toBe('refused')
  })

  it('reads config.json: registryUrl, region, crc64Checksums (typed; false when absent)', async () => {
    catalog.config.crc64Checksums = true
    try {
      expect(await fetchCatalogConfig(catalog.url, deps)).toEqual({
        catalogUrl: catalog.url,
        registryUrl: `${catalog.url}/registry`,
        region: 'us-east-1',
        crc64Checksums: true
      })
      catalog.config.crc64Checksums = 'yes'
      catalog.config.region = ''
      expect(await fetchCatalogConfig(catalog.url, deps)).toMatchObject({
        region: undefined,
        crc64Checksums: false
      })
    } finally {
      delete catalog.config.crc64Checksums
      catalog.config.region = 'us-east-1'
    }
    const signedIn = await signInWithApiKey(catalog.url, catalog.apiKey, deps)
    expect(signedIn.config.crc64Checksums).toBe(false)
  })

  it('hands out the first credentials once, then asks the registry at each call (the SDK calls when stale)', async () => {
    const masked: string[] = []
    const s = await signInWithApiKey(catalog.url, catalog.apiKey, {
      ...deps,
      mask: (m) => masked.push(m)
    })
    const first = await s.credentials()
    expect(first.accessKeyId).toBe(catalog.issued[0]!.AccessKeyId)
    expect(first.expiration?.toISOString()).toBe(
      catalog.issued[0]!.Expiration.replace('Z', '.000Z')
    )
    const second = await s.credentials()
    expect(second.accessKeyId).toBe(catalog.issued[1]!.AccessKeyId)
    expect(masked).toEqual([
      catalog.apiKey,
      ...catalog.issued.flatMap((c) => [c.AccessKeyId, c.SecretAccessKey, c.SessionToken])
    ])
  })
})

describe('the quilt-api-key and catalog inputs, refused before any network call', () => {
  it.each([
    {
      title: 'quilt-api-key with role-to-assume',
      inputs: { 'role-to-assume': ROLE },
      input: 'quilt-api-key',
      says: /^Inputs 'quilt-api-key' and 'role-to-assume' cannot be used together/
    },
    {
      title: 'quilt-api-key without catalog',
      inputs: { catalog: undefined },
      input: 'catalog',
      says: /^Input 'catalog' is required with 'quilt-api-key'/
    },
    {
      title: 'quilt-api-key without the qk_ prefix',
      inputs: { 'quilt-api-key': 'sk_s3cr3tWithoutPrefix' },
      input: 'quilt-api-key',
      says: /must be a Quilt catalog API key, which starts with qk_ .*\(its value is not shown\)/
    },
    {
      title: 'quilt-api-key with a space inside',
      inputs: { 'quilt-api-key': 'qk_abc def' },
      input: 'quilt-api-key',
      says: /starts with qk_ and has no spaces/
    },
    ...['http://catalog.example.com', 'http://10.0.0.5:3000'].map((c) => ({
      title: `catalog '${c}' with the key`,
      inputs: { catalog: c },
      input: 'catalog',
      says: /must be an https:\/\/ address to sign in with 'quilt-api-key' \(the key must not travel in clear text; http:\/\/ only for localhost or 127\.0\.0\.1\)/
    })),
    {
      title: "catalog 'ftp://127.0.0.1'",
      inputs: { catalog: 'ftp://127.0.0.1' },
      input: 'catalog',
      says: /^Input 'catalog' must be the catalog's host or https:\/\/ URL, got 'ftp:\/\/127\.0\.0\.1'\.$/
    }
  ])('$title: fails naming $input', async ({ inputs, input, says }) => {
    const r = await pushWithKey(inputs)
    expect(r.exitCode).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain(`'${input}'`)
    expect(r.errors[0]).toMatch(says)
    // The key given, wrong or right, is never shown.
    const given: Record<string, string | undefined> = inputs
    expect(r.errors[0]).not.toContain(given['quilt-api-key'] ?? catalog.apiKey)
    expect(catalog.requests).toEqual([])
    expect(proxy.requests).toEqual([])
  })

  it('accepts an http:// catalog for links (as in 1.0.0): any host, and this machine', async () => {
    // Without a key, catalog only makes the catalog-url output: any http:// host, as before.
    for (const c of ['http://catalog.example.com', 'http://10.0.0.5:3000']) {
      const r = await runAction(
        { mode: 'build', name: 'demo/example', path: EXAMPLE, registry: tempDir(), catalog: c },
        jobEnv()
      )
      expect(`${c} ${r.errors.join('; ')}`).toBe(`${c} `)
    }
    for (const c of ['http://localhost:8080', 'http://127.0.0.1', 'http://[::1]:3000/']) {
      const r = await runAction(
        { mode: 'build', name: 'demo/example', path: EXAMPLE, registry: tempDir(), catalog: c },
        jobEnv()
      )
      expect(`${c} ${r.errors.join('; ')}`).toBe(`${c} `)
    }
  })
})

describe('the real quilt3 8.0.0 against the same stand-in', () => {
  it('login_with_api_key + its credential refresh send the request ours sends', async () => {
    const py = await runPython<{
      before: string
      refreshed: Record<string, string>
      boto: { access_key: string; token: string }
    }>(
      `
import quilt3, quilt3.session
def main(d):
    quilt3.config(d['catalog'])
    quilt3.login_with_api_key(d['key'])
    try:
        quilt3.get_boto3_session(fallback=False)
        before = 'credentials'
    except quilt3.util.QuiltException as e:
        before = str(e)
    refreshed = quilt3.session._refresh_credentials()
    c = quilt3.get_boto3_session(fallback=False).get_credentials().get_frozen_credentials()
    return {'before': before, 'refreshed': refreshed,
            'boto': {'access_key': c.access_key, 'token': c.token}}
`,
      { catalog: catalog.url, key: catalog.apiKey }
    )
    const theirs = catalog.requests.splice(0)
    // login_with_api_key alone fetches nothing: S3 credentials come with the first refresh.
    expect(py.before).toBe('No Quilt credentials found.')
    expect(catalog.issued).toHaveLength(1)
    expect(py.refreshed).toEqual({
      access_key: catalog.issued[0]!.AccessKeyId,
      secret_key: catalog.issued[0]!.SecretAccessKey,
      token: catalog.issued[0]!.SessionToken,
      expiry_time: catalog.issued[0]!.Expiration
    })
    expect(py.boto).toEqual({
      access_key: catalog.issued[0]!.AccessKeyId,
      token: catalog.issued[0]!.SessionToken
    })

    await signInWithApiKey(catalog.url, catalog.apiKey, {
      mask: () => undefined,
      info: () => undefined
    })
    const ours = catalog.requests
    const shape = (q: (typeof ours)[number]): string =>
      `${q.method} ${q.path} auth=${q.authorization} accept=${q.path === '/config.json' ? '-' : q.accept}`
    expect(ours.map(shape)).toEqual(theirs.map(shape))
    expect(theirs.map((q) => q.path)).toEqual([
      '/config.json',
      '/registry/api/auth/get_credentials'
    ])
    expect(theirs[1]!.authorization).toBe(`Bearer ${catalog.apiKey}`)
    expect(theirs[1]!.userAgent).toMatch(/^quilt-python\/8\.0\.0 /)
  })
})

describe("the stack's crc64Checksums: the default checksum of a push signed in through it", () => {
  let quilt3: Quilt3Session
  beforeAll(() => {
    quilt3 = new Quilt3OnMoto(moto).start(`
def main(d):
    pkg, info = browse(d['name'], d['registry'])
    info['verify'] = pkg.verify(d['folder'])
    return info
`)
  })
  afterAll(async () => {
    await quilt3?.close()
  })

  it('crc64Checksums: true -> CRC64NVME entries, which quilt3 browses and verifies', async () => {
    catalog.config.crc64Checksums = true
    try {
      const r = await pushWithKey()
      expect(r.errors).toEqual([])
      expect(r.stdout).toContain(
        "New entries are hashed with CRC64NVME: the catalog's config.json sets crc64Checksums."
      )
      const info = await quilt3.call<PyBrowsed & { verify: boolean }>({
        name: 'team/data',
        registry: `s3://${r.bucket}`,
        folder: data
      })
      expect(info.top_hash).toBe(r.outputs['top-hash'])
      expect(info.verify).toBe(true)
      const manifest = Buffer.from(info.manifest, 'base64').toString('utf-8')
      expect(manifest.match(/"type": "CRC64NVME"/g)).toHaveLength(2)
      for (const e of info.entries) expect(e.computed).toBe(e.hash)
      // The checksum input still decides when given.
      const sha = await pushWithKey({ checksum: 'sha2-256-chunked' })
      expect(sha.errors).toEqual([])
      expect(sha.stdout).not.toContain('New entries are hashed with CRC64NVME')
      expect(sha.outputs['top-hash']).not.toBe(r.outputs['top-hash'])
    } finally {
      delete catalog.config.crc64Checksums
    }
  })
})
