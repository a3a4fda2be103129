// CPU per small PutObject (issue 14): a plain @aws-sdk/client-s3 PutObject loop against the
// product's own upload path (`Transfer.uploadFile`, the lean PUT of src/quilt/s3/lean-put.ts
// included) on the same server, the same files, in the same run, each contender in a process
// of its own, alternated round by round. Prints the CPU (user + system) per PUT, the wall time
// and the ratios to the SDK loop, with the load average beside each figure.
//
//   node bench/put-cpu.mjs [--endpoint URL] [--files N] [--concurrency N] [--rounds N]
//                          [--before GITREV]
//
// --endpoint   an S3 server with credentials testing/testing (e.g. versitygw); default: a moto
//              server started with the test suite's launcher (.cache/python, `npm test` makes it)
// --files      1 KiB files to upload per contender and round (default 5000; 200 more warm up)
// --concurrency  requests in flight (default 32, the action's default)
// --before     also the upload path of that commit (e.g. `--before HEAD~3`), compiled apart
// The sources are compiled with tsc into a temp folder (no bundle needed).
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { execFileSync, execSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { Agent } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' }
const BUCKET = 'put-cpu-bench'
const WARM = 200

const { values: opt } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    files: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '2' },
    before: { type: 'string' },
    child: { type: 'string' },
    build: { type: 'string' },
    dir: { type: 'string' }
  }
})

/** `fn` over `items`, `limit` at once. */
async function pool(items, limit, fn) {
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++
        await fn(items[i], i)
      }
    })
  )
}

/** One contender's run, in this process: prints {cpuMs, wall} as JSON. */
async function child() {
  const conc = Number(opt.concurrency)
  const files = Array.from({ length: Number(opt.files) + WARM }, (_, i) => join(opt.dir, `f${i}`))
  const prefix = `${opt.child}-${process.pid}/`
  let upload
  if (opt.child === 'sdk') {
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: opt.endpoint,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: new NodeHttpHandler({
        httpAgent: new Agent({ keepAlive: true, maxSockets: 2 * conc })
      })
    })
    upload = async (path, i) => {
      const body = readFileSync(path)
      await s3.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: `${prefix}${i}`,
          Body: body,
          ContentLength: body.length,
          ChecksumAlgorithm: 'SHA256',
          ChecksumSHA256: createHash('sha256').update(body).digest('base64')
        })
      )
    }
  } else {
    const { makeS3Client } = await import(join(opt.build, 'quilt/s3/client.js'))
    const { Transfer } = await import(join(opt.build, 'quilt/s3/transfer.js'))
    const { SourceFile } = await import(join(opt.build, 'quilt/sources/file.js'))
    const s3 = makeS3Client({ endpoint: opt.endpoint, concurrency: conc })
    const t = new Transfer(s3, {
      concurrency: conc,
      signal: new globalThis.AbortController().signal
    })
    upload = async (path, i) => {
      const file = SourceFile.open(path)
      try {
        await t.uploadFile(file, { bucket: BUCKET, key: `${prefix}${i}` })
      } finally {
        file.close()
      }
    }
  }
  await pool(files.slice(0, WARM), conc, upload)
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  await pool(files.slice(WARM), conc, (p, i) => upload(p, i + WARM))
  const wall = (performance.now() - t0) / 1000
  const c = process.cpuUsage(c0)
  console.log(JSON.stringify({ cpuMs: (c.user + c.system) / 1000, wall }))
}

/** The sources of `rev` (or the working copy) compiled into `out`. */
function compile(out, rev) {
  let project = ROOT
  if (rev) {
    project = join(out, 'src-tree')
    mkdirSync(project, { recursive: true })
    execSync(`git archive ${rev} src tsconfig.json package.json | tar -x -C ${project}`, {
      cwd: ROOT
    })
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'))
  }
  const build = join(out, 'build')
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/typescript/bin/tsc'),
      '-p',
      join(project, 'tsconfig.json'),
      '--noEmit',
      'false',
      '--sourceMap',
      'false',
      '--outDir',
      build
    ],
    { stdio: 'inherit' }
  )
  cpSync(join(ROOT, 'package.json'), join(build, 'package.json'))
  return build
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'qpa-put-cpu-'))
  // Compiled output finds the dependencies from the temp folder.
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'))
  let moto
  try {
    let endpoint = opt.endpoint
    if (!endpoint) {
      const python = join(ROOT, '.cache/python/bin/python')
      if (!existsSync(python))
        throw new Error('no .cache/python: run `npm test` once, or pass --endpoint')
      const { startMoto } = await import('../__tests__/helpers/moto/launch.mjs')
      Object.assign(process.env, CREDENTIALS)
      moto = await startMoto({ flavour: 'aws-like', python, logFile: join(tmp, 'moto.log') })
      endpoint = moto.endpoint
    }
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }
    })
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET })).catch((e) => {
      if (!/BucketAlready/.test(e.name)) throw e
    })
    const dir = join(tmp, 'files')
    mkdirSync(dir)
    const n = Number(opt.files)
    for (let i = 0; i < n + WARM; i++) writeFileSync(join(dir, `f${i}`), randomBytes(1024))
    const builds = { ours: compile(join(tmp, 'ours')) }
    if (opt.before) builds.before = compile(join(tmp, 'before'), opt.before)
    const contenders = ['sdk', ...Object.keys(builds)]
    const rows = []
    for (let round = 0; round < Number(opt.rounds); round++) {
      const order = contenders.map((_, i) => contenders[(i + round) % contenders.length])
      const row = {}
      for (const who of order) {
        const load = loadavg()[0].toFixed(2)
        const out = execFileSync(
          process.execPath,
          [
            fileURLToPath(import.meta.url),
            '--child',
            who,
            '--endpoint',
            endpoint,
            '--files',
            String(n),
            '--concurrency',
            opt.concurrency,
            '--dir',
            dir,
            ...(builds[who] ? ['--build', builds[who]] : [])
          ],
          { env: { ...process.env, ...CREDENTIALS, NODE_NO_WARNINGS: '1' } }
        )
        row[who] = { ...JSON.parse(out.toString()), load }
      }
      rows.push(row)
    }
    console.log(
      `${n} × 1 KiB PutObject, ${opt.concurrency} in flight, ${endpoint}${moto ? ' (moto)' : ''}`
    )
    console.log('| round | contender | CPU ms/PUT | × SDK | wall s | PUT/s | load |')
    console.log('|---|---|---|---|---|---|---|')
    rows.forEach((row, r) => {
      for (const who of contenders) {
        const x = row[who]
        const ratio = x.cpuMs / row.sdk.cpuMs
        console.log(
          `| ${r + 1} | ${who} | ${(x.cpuMs / n).toFixed(3)} | ${ratio.toFixed(2)} | ${x.wall.toFixed(2)} | ${Math.round(n / x.wall)} | ${x.load} |`
        )
      }
    })
  } finally {
    await moto?.stop()
    rmSync(tmp, { recursive: true, force: true })
  }
}

if (opt.child) await child()
else await main()
