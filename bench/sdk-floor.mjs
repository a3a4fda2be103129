// The floor of the push benchmark (`npm run bench`, bench/push.mjs): a plain
// `@aws-sdk/client-s3` upload of every file of a tree, with no quilt logic, at a fixed number of
// requests in flight. What a push cannot beat on the same server: one request per file, nothing
// asked first, nothing written after.
//
//   node bench/sdk-floor.mjs DIR s3://BUCKET/PREFIX ENDPOINT CONCURRENCY
//     -> prints {"files", "bytes", "requests", "retries", "seconds"} as JSON
//
// The same wire format as a push (so the same work for the server): files under 8 MiB in one
// PutObject with a SHA-256 checksum computed here (`x-amz-checksum-sha256`), larger ones in a
// multipart upload with quilt's part size (8 MiB, doubled until there are at most 10,000 parts),
// `ChecksumAlgorithm: SHA256` and the SHA-256 of every part. Path-style, the SDK's own CRC32
// switched off (checksums WHEN_REQUIRED), a keep-alive agent with a socket for every request in
// flight. At most CONCURRENCY requests are in flight (a slot is taken before a file or part is
// read, so the bytes held are at most CONCURRENCY parts); files start in path order, and the parts
// of an upload already created go before the files not yet started.
// Credentials and region come from the environment, like for the other contenders.
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand
} from '@aws-sdk/client-s3'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import { relative } from 'node:path'
import { listFiles } from './raw-sha256.mjs'

const MiB = 1024 * 1024
const THRESHOLD = 8 * MiB
const MAX_PARTS = 10000

/** quilt's part size for a file of `size` bytes (quilt3's `get_checksum_chunksize`). */
export function partSize(size) {
  let chunk = THRESHOLD
  while (Math.ceil(size / chunk) > MAX_PARTS) chunk *= 2
  return chunk
}

/** `length` bytes of `path` at `offset`, in a buffer of their own (the SDK keeps it a while). */
function readRange(path, offset, length) {
  const buf = Buffer.allocUnsafe(length)
  const fd = openSync(path, 'r')
  try {
    let got = 0
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, offset + got)
      if (n === 0) throw new Error(`${path} is shorter than listed`)
      got += n
    }
    return buf
  } finally {
    closeSync(fd)
  }
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('base64')

export async function upload(dir, dest, endpoint, concurrency) {
  const url = new URL(dest)
  if (url.protocol !== 's3:') throw new Error(`not an s3:// URL: ${dest}`)
  const bucket = url.hostname
  const prefix = url.pathname.replace(/^\/+/, '').replace(/\/?$/, '/').replace(/^\/$/, '')
  // A socket for every request in flight, and spares: a socket is released only once its answer
  // is read, a moment after the next request may want one.
  const sockets = Math.max(16, 2 * concurrency)
  const agentOptions = { keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets }
  const s3 = new S3Client({
    region: process.env.AWS_REGION ?? 'us-east-1',
    endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    requestHandler: new NodeHttpHandler({
      httpAgent: new HttpAgent(agentOptions),
      httpsAgent: new HttpsAgent(agentOptions)
    })
  })

  const files = listFiles(dir)
    .sort()
    .map((path) => ({
      path,
      key: prefix + relative(dir, path).split('\\').join('/'),
      size: statSync(path).size
    }))
  let bytes = 0
  let requests = 0
  let retries = 0
  const send = async (command) => {
    requests++
    const r = await s3.send(command)
    retries += (r.$metadata.attempts ?? 1) - 1
    return r
  }

  // At most `concurrency` requests in flight; waiters served in order, except that the parts
  // and the completion of an upload already created go first.
  let free = concurrency
  const waiting = []
  const slot = async (first, fn) => {
    if (free > 0) free--
    else await new Promise((resolve) => (first ? waiting.unshift(resolve) : waiting.push(resolve)))
    try {
      return await fn()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else free++
    }
  }

  const putSmall = (f) =>
    slot(false, async () => {
      const body = readRange(f.path, 0, f.size)
      await send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: f.key,
          Body: body,
          ContentLength: f.size,
          ChecksumAlgorithm: 'SHA256',
          ChecksumSHA256: sha256(body)
        })
      )
    })

  const putLarge = async (f) => {
    const created = await slot(false, () =>
      send(
        new CreateMultipartUploadCommand({
          Bucket: bucket,
          Key: f.key,
          ChecksumAlgorithm: 'SHA256'
        })
      )
    )
    const uploadId = created.UploadId
    const chunk = partSize(f.size)
    const parts = await Promise.all(
      Array.from({ length: Math.ceil(f.size / chunk) }, (_, i) =>
        slot(true, async () => {
          const length = Math.min(chunk, f.size - i * chunk)
          const body = readRange(f.path, i * chunk, length)
          const checksum = sha256(body)
          const r = await send(
            new UploadPartCommand({
              Bucket: bucket,
              Key: f.key,
              UploadId: uploadId,
              PartNumber: i + 1,
              Body: body,
              ContentLength: length,
              ChecksumSHA256: checksum
            })
          )
          return { PartNumber: i + 1, ETag: r.ETag, ChecksumSHA256: checksum }
        })
      )
    )
    await slot(true, () =>
      send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: f.key,
          UploadId: uploadId,
          MultipartUpload: { Parts: parts }
        })
      )
    )
  }

  try {
    for (const f of files) bytes += f.size
    await Promise.all(files.map((f) => (f.size < THRESHOLD ? putSmall(f) : putLarge(f))))
  } finally {
    s3.destroy()
  }
  return { files: files.length, bytes, requests, retries }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, dest, endpoint, n] = process.argv.slice(2)
  const concurrency = Number.parseInt(n ?? '', 10)
  if (!dir || !dest || !endpoint || !(concurrency > 0)) {
    console.error('usage: node bench/sdk-floor.mjs DIR s3://BUCKET/PREFIX ENDPOINT CONCURRENCY')
    process.exit(2)
  }
  const t0 = process.hrtime.bigint()
  const r = await upload(dir, dest, endpoint, concurrency)
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  console.log(JSON.stringify({ ...r, seconds }))
}
