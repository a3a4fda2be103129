// The memory part of `npm run bench` (scripts/bench.mjs, BENCH_ONLY=memory): the peak RSS of a
// push of 100,000 tiny files (BENCH_QUICK: 10,000; BENCH_MEMORY_FILES=N: N, e.g. 1000000 for
// issue 14's million-file figure, about 4 GB of disk and 30 minutes on 2 busy cores), as a ratio
// to the peak RSS of a local build of the same tree, both measured in the same run (issue 10:
// push within 1.5× of the build; issue 14: below 300 MB for 100,000 files).
//
// The push goes to a sink: a small S3 endpoint in this process that accepts every object and
// answers like S3 (ETag, the SHA-256 checksum it was given, a version id), 404 for reads and an
// empty listing. moto would take minutes for 100,000 requests and says nothing about the
// client's memory, which is what is measured here. Times are shown but are not the point.
import { Buffer } from 'node:buffer'
import { createHash, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { busyNote, diskBytes, fmt, loadText, makeTree, markdownTable, timed } from './lib.mjs'

const TARGET = 1.5

/** An S3 endpoint that keeps nothing: every write succeeds, every read finds nothing. */
export async function startSink() {
  let requests = 0
  const server = createServer((req, res) => {
    requests++
    const url = new URL(req.url ?? '/', 'http://sink')
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      if (req.method === 'PUT' && !url.searchParams.has('uploadId')) {
        const body = Buffer.concat(chunks)
        const headers = {
          etag: `"${createHash('md5').update(body).digest('hex')}"`,
          'x-amz-version-id': randomUUID(),
          'content-length': '0'
        }
        const sum = req.headers['x-amz-checksum-sha256']
        if (sum) headers['x-amz-checksum-sha256'] = sum
        res.writeHead(200, headers)
        res.end()
        return
      }
      if (req.method === 'GET' && url.searchParams.get('list-type') === '2') {
        const xml =
          '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>sink</Name>' +
          '<KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>'
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': xml.length })
        res.end(xml)
        return
      }
      const xml =
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>none</Message></Error>'
      res.writeHead(404, { 'content-type': 'application/xml', 'content-length': xml.length })
      res.end(req.method === 'HEAD' ? undefined : xml)
    })
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests: () => requests,
    close: () => new Promise((r) => server.close(r))
  }
}

/** The files of the memory part's tree: BENCH_MEMORY_FILES, else 100,000 (quick: 10,000). */
export function memoryFiles(quick) {
  const n = Number.parseInt(process.env.BENCH_MEMORY_FILES ?? '', 10)
  return n > 0 ? n : quick ? 10_000 : 100_000
}

/** Bytes the memory part's tree takes on disk. */
export function memoryDiskBytes(quick) {
  return diskBytes({ count: memoryFiles(quick), size: 16 })
}

export async function benchMemory({ tmp, home, env, cli, quick, log }) {
  const count = memoryFiles(quick)
  const dir = join(tmp, 'memory')
  await makeTree(dir, { count, size: 16 })
  const sink = await startSink()
  const loadStart = loadText()
  const rows = []
  const errors = []
  try {
    const registry = join(tmp, 'memory-registry')
    mkdirSync(registry)
    const common = { cwd: tmp, env: { ...env, HOME: home }, timeFile: join(tmp, 'memory.time') }
    const buildRun = await timed(
      process.execPath,
      [cli, 'build', '--name', 'bench/mem', '--path', dir, '--registry', registry, '--json'],
      common
    )
    const pushRun = await timed(
      process.execPath,
      [cli, 'push', '--name', 'bench/mem', '--path', dir, '--registry', 's3://sink', '--json'],
      {
        ...common,
        env: {
          ...common.env,
          AWS_ENDPOINT_URL: sink.url,
          AWS_ACCESS_KEY_ID: 'sink',
          AWS_SECRET_ACCESS_KEY: 'sink',
          AWS_REGION: 'us-east-1'
        }
      }
    )
    for (const [what, r] of [
      ['build', buildRun],
      ['push', pushRun]
    ]) {
      if (r.code !== 0) errors.push(`${what} failed (${r.code}): ${r.stderr.slice(-2000)}`)
      if (/MaxListenersExceededWarning/.test(r.stderr))
        errors.push(`${what}: MaxListenersExceededWarning`)
    }
    const ratio = pushRun.rssKiB / buildRun.rssKiB
    rows.push([
      `${count.toLocaleString('en')} × 16 B`,
      `${fmt(buildRun.rssKiB / 1024, 0)} MB (${fmt(buildRun.seconds, 1)} s)`,
      `${fmt(pushRun.rssKiB / 1024, 0)} MB (${fmt(pushRun.seconds, 1)} s, ${sink.requests()} requests)`,
      `${fmt(ratio)}${ratio <= TARGET ? '' : ' MISS'} (target ≤ ${TARGET})`
    ])
  } finally {
    await sink.close()
  }
  const text =
    markdownTable(
      ['tree', 'local build: peak RSS', 'push to a sink: peak RSS', 'push / build'],
      rows
    ) +
    `\nLoad average ${loadStart} at the start, ${loadText()} at the end.${busyNote(loadStart, loadText())}\n`
  log(text)
  return { text, errors }
}
