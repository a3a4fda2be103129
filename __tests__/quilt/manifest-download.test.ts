/**
 * The parent's manifest read from S3 while it downloads (`S3Registry.readPackage`): a body that
 * arrives in many small pieces, cut in the middle of lines and of characters, gives the package
 * its bytes give when read at once; a body that ends before its announced length is a broken
 * transfer (retried, then an error), never a shorter manifest; a body longer than announced is
 * read whole, as it came. The S3 client is a stand-in that answers GetObject with a body made of
 * the given pieces.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ManifestError } from '../../src/quilt/errors.js'
import { Package } from '../../src/quilt/format/manifest.js'
import { SCAN_WORKER_MIN_BYTES } from '../../src/quilt/format/scan-worker.js'
import { LocalRegistry } from '../../src/quilt/registry/local.js'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { VECTORS } from '../helpers/vectors.js'

const HEAD = '{"version": "v0", "message": "m", "user_meta": null}'
const HASH = '{"type": "sha2-256-chunked", "value": "X+zrZv/IbzjZUnhsbWlsecLbwjndTpG0ZynXOif7V+k="}'

/** A manifest of `n` entries of quilt3's shape, non-ASCII keys among them. */
function manifest(n: number): Buffer {
  const lines: string[] = []
  for (let i = 0; i < n; i++) {
    const key = `dir ${String(i % 7)}/été ${String(i).padStart(5, '0')} 日本.csv`
    lines.push(
      `{"logical_key": "${key}", "physical_keys": ["s3://b/${encodeURI(key)}?versionId=v${String(i)}"], "size": ${String(i)}, "hash": ${HASH}, "meta": ${i % 10 === 0 ? '{"user_meta": {"n": 1}}' : '{}'}}`
    )
  }
  return Buffer.from([HEAD, ...lines.sort()].join('\n') + '\n', 'utf-8')
}

/** A stand-in S3 client: each GetObject answers `length` and a body of `pieces(attempt)`. */
function standIn(
  length: number,
  pieces: (attempt: number) => Buffer[]
): { s3: S3Client; gets: () => number } {
  let gets = 0
  const send = (command: unknown): Promise<unknown> => {
    if (!(command instanceof GetObjectCommand)) throw new Error('only GetObject is expected')
    const body = pieces(++gets)
    return Promise.resolve({
      ContentLength: length,
      ETag: '"e"',
      Body: {
        async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
          for (const p of body) {
            // Another task between pieces, as a socket's data events have.
            await new Promise((r) => setImmediate(r))
            yield p
          }
        }
      }
    })
  }
  return { s3: { send } as unknown as S3Client, gets: () => gets }
}

/** `bytes` in pieces of `size` bytes. */
function cut(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
  return out
}

/** What a package is, as a user sees it: its top hash and its manifest's bytes. */
function seen(pkg: Package): { topHash: string; manifest: string; size: number } {
  return { topHash: pkg.topHash(), manifest: pkg.toManifest().toString('utf-8'), size: pkg.size }
}

const TOP = 'a'.repeat(64)

describe('the parent manifest read while it downloads', () => {
  const bytes = manifest(3000)

  it.each([1, 3, 17, 4096, 65536])(
    'in pieces of %i bytes: the package its bytes give at once',
    async (size) => {
      const { s3 } = standIn(bytes.length, () => cut(bytes, size))
      const pkg = await new S3Registry(s3, 'b').readPackage(TOP)
      expect(seen(pkg!)).toEqual(seen(Package.fromManifestBytes(bytes)))
    }
  )

  // Every vector with a manifest, in pieces of 5 bytes.
  const vectors = readdirSync(join(VECTORS, 'cases'))
    .map((id) => join(VECTORS, 'cases', id, 'manifest.jsonl'))
    .filter((f) => existsSync(f))
  it.each(vectors)('%s', async (file) => {
    const b = readFileSync(file)
    const { s3 } = standIn(b.length, () => cut(b, 5))
    const pkg = await new S3Registry(s3, 'b').readPackage(TOP)
    expect(seen(pkg!)).toEqual(seen(Package.fromManifestBytes(b)))
  })

  it('a bad line: the ManifestError of reading the bytes at once', async () => {
    const bad = Buffer.concat([bytes.subarray(0, 5000), Buffer.from('\n{"logical_key": 1'), bytes])
    const { s3 } = standIn(bad.length, () => cut(bad, 100))
    const read = new S3Registry(s3, 'b').readPackage(TOP)
    await expect(read).rejects.toBeInstanceOf(ManifestError)
    await expect(read).rejects.toThrow(/^Invalid manifest: line \d+: /)
    const error = await read.then(
      () => null,
      (e: unknown) => e as Error
    )
    expect(() => Package.fromManifestBytes(bad)).toThrow(error!.message)
  })

  it('a body that ends short of its length is retried, then fails as a broken transfer', async () => {
    const { s3, gets } = standIn(bytes.length, () => cut(bytes.subarray(0, bytes.length - 100), 4096))
    await expect(new S3Registry(s3, 'b').readPackage(TOP)).rejects.toThrow(
      `premature close: ${String(bytes.length - 100)} of ${String(bytes.length)} bytes received`
    )
    expect(gets()).toBe(4)
  }, 20_000) // prettier-ignore

  it('a body that ends short once, then whole: the package of the whole body', async () => {
    const { s3, gets } = standIn(bytes.length, (attempt) =>
      cut(attempt === 1 ? bytes.subarray(0, bytes.length >> 1) : bytes, 4096)
    )
    const pkg = await new S3Registry(s3, 'b').readPackage(TOP)
    expect(gets()).toBe(2)
    expect(seen(pkg!)).toEqual(seen(Package.fromManifestBytes(bytes)))
  }, 20_000)

  it('a body longer than announced is read whole, as it came', async () => {
    const extra = Buffer.from(
      `{"logical_key": "zzz", "physical_keys": ["s3://b/zzz"], "size": 1, "hash": ${HASH}, "meta": {}}\n`
    )
    const { s3 } = standIn(bytes.length, () => cut(Buffer.concat([bytes, extra]), 4096))
    const pkg = await new S3Registry(s3, 'b').readPackage(TOP)
    expect(pkg!.get('zzz')?.size).toBe(1)
    expect(seen(pkg!)).toEqual(seen(Package.fromManifestBytes(Buffer.concat([bytes, extra]))))
  })

  describe('a manifest of SCAN_WORKER_MIN_BYTES or more (its lines scanned by a worker thread)', () => {
    let large: Buffer
    beforeAll(() => {
      const n = Math.ceil(SCAN_WORKER_MIN_BYTES / (bytes.length / 3000)) + 100
      large = manifest(n)
    })

    it('in pieces of 64 KiB: the package its bytes give at once', async () => {
      expect(large.length).toBeGreaterThanOrEqual(SCAN_WORKER_MIN_BYTES)
      const { s3 } = standIn(large.length, () => cut(large, 65536))
      const pkg = await new S3Registry(s3, 'b').readPackage(TOP)
      expect(seen(pkg!)).toEqual(seen(Package.fromManifestBytes(large)))
    }, 60_000)

    it('read from a local registry: the package its bytes give at once, or its error', async () => {
      const root = mkdtempSync(join(tmpdir(), 'qpa-large-'))
      try {
        const registry = new LocalRegistry(root)
        mkdirSync(dirname(registry.manifestPath(TOP)), { recursive: true })
        writeFileSync(registry.manifestPath(TOP), large)
        const pkg = await registry.readPackage(TOP)
        expect(seen(pkg!)).toEqual(seen(Package.fromManifestBytes(large)))
        // A duplicate near the end: the error of reading the bytes at once (its line number).
        const last = large.lastIndexOf('\n', large.length - 2)
        const dup = Buffer.concat([large, large.subarray(last + 1)])
        writeFileSync(registry.manifestPath(TOP), dup)
        const error = await registry.readPackage(TOP).then(
          () => null,
          (e: unknown) => e as Error
        )
        expect(error).toBeInstanceOf(ManifestError)
        expect(() => Package.fromManifestBytes(dup)).toThrow(error!.message)
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    }, 60_000)

    it('cut short once (that reading abandoned), then whole', async () => {
      const { s3, gets } = standIn(large.length, (attempt) =>
        cut(attempt === 1 ? large.subarray(0, large.length >> 1) : large, 65536)
      )
      const pkg = await new S3Registry(s3, 'b').readPackage(TOP)
      expect(gets()).toBe(2)
      expect(seen(pkg!)).toEqual(seen(Package.fromManifestBytes(large)))
    }, 60_000)
  })
})
