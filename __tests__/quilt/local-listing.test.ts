/**
 * A build's listing hashes the small files it opens (sources/local.ts), and a package made from
 * a listing keeps its entries as they come (Package.setAll): both must give exactly what the
 * slower ways give (the hash pool; `set` one entry at a time), or fail as they fail.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CRC64NVME, hashBytes, SHA256_CHUNKED, type HashType } from '../../src/quilt/format/hash.js'
import { NewEntry, Package, type Entry } from '../../src/quilt/format/manifest.js'
import { PhysicalKey } from '../../src/quilt/format/names.js'
import { build } from '../../src/quilt/ops/build.js'
import { LocalRegistry } from '../../src/quilt/registry/local.js'
import { INLINE_HASH_MAX, localSource } from '../../src/quilt/sources/local.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

afterAll(cleanupTempDirs)

/** Bytes that differ from file to file. */
function content(size: number, seed: number): Buffer {
  const b = Buffer.alloc(size)
  for (let i = 0; i < size; i++) b[i] = (i * 31 + seed * 7) & 0xff
  return b
}

const SIZES = [0, 1, 1024, INLINE_HASH_MAX - 1, INLINE_HASH_MAX, INLINE_HASH_MAX + 1, 300_000]

describe.each<HashType>([SHA256_CHUNKED, CRC64NVME])('a build listing hashing %s', (type) => {
  const dir = tempDir('listing-')
  const files = new Map<string, Buffer>()
  beforeAll(() => {
    mkdirSync(join(dir, 'sub'))
    SIZES.forEach((size, i) => {
      const key = i % 2 === 0 ? `f${i}.bin` : `sub/f${i}.bin`
      files.set(key, content(size, i))
      writeFileSync(join(dir, key), files.get(key)!)
    })
  })

  it('hashes each file of at most INLINE_HASH_MAX bytes as quilt does, the larger ones not', () => {
    const hashed = localSource(dir, { hashType: type }).entries
    expect(hashed.map((e) => e.logicalKey).sort()).toEqual([...files.keys()].sort())
    const seen = hashed.map((e) => ({
      key: e.logicalKey,
      size: e.size,
      hash: e.hash,
      identity: e.identity?.size
    }))
    const expected = [...files].map(([key, bytes]) =>
      bytes.length <= INLINE_HASH_MAX
        ? {
            key,
            size: bytes.length,
            hash: { type, value: hashBytes(bytes, type) },
            identity: undefined
          }
        : { key, size: bytes.length, hash: undefined, identity: bytes.length }
    )
    const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : 1)
    expect(seen.sort(byKey)).toEqual(expected.sort(byKey))
    // Without a hash type: no hash, every file's identity.
    for (const e of localSource(dir).entries) {
      expect(e.hash).toBeUndefined()
      expect(e.identity?.size).toBe(files.get(e.logicalKey)!.length)
    }
  })

  it('builds the same manifest from a hashing listing as from a plain one', async () => {
    const results = []
    for (const source of [localSource(dir), localSource(dir, { hashType: type })]) {
      const registry = new LocalRegistry(tempDir('listing-reg-'))
      const r = await build(
        { name: 'a/b', source, registry, message: 'm', hashType: type },
        { now: new Date(0) }
      )
      results.push({ topHash: r.topHash, manifest: r.manifest.toString() })
    }
    expect(results[1]).toEqual(results[0])
  })
})

describe('a hashing listing and what is not a file', () => {
  it('a fifo in the folder is left out (as quilt3 leaves it out), never opened or waited on', () => {
    const dir = tempDir('listing-fifo-')
    writeFileSync(join(dir, 'a.txt'), 'a')
    execFileSync('mkfifo', [join(dir, 'pipe')])
    const keys = localSource(dir, { hashType: SHA256_CHUNKED }).entries.map((e) => e.logicalKey)
    expect(keys).toEqual(['a.txt'])
  })
})

/** Entries for `keys`, sizes 1, 2, 3... */
function entries(keys: string[]): Entry[] {
  return keys.map((k, i) => new NewEntry(k, PhysicalKey.local(`/data/${i}`), i + 1))
}

/** What a package made one `set` at a time gives, or its error. */
function outcome(make: (pkg: Package, list: Entry[]) => void, keys: string[]): unknown {
  try {
    const pkg = new Package()
    const list = entries(keys)
    list.forEach((e, i) => (e.hash = hashObject(i)))
    make(pkg, list)
    return {
      walk: pkg.walk().map((e) => [e.logicalKey, e.size]),
      get: keys.map((k) => pkg.get(k)?.size ?? null),
      missing: pkg.get('zzz/none') ?? null,
      topHash: pkg.topHash(),
      manifest: pkg.toManifest().toString()
    }
  } catch (e) {
    return `error: ${String(e)}`
  }
}

function hashObject(i: number): Entry['hash'] {
  const e = new NewEntry('x', PhysicalKey.local('/x'), 0)
  e.setNewHash(SHA256_CHUNKED, hashBytes(Buffer.from(String(i))))
  return e.hash
}

describe('Package.setAll', () => {
  const oneByOne = (pkg: Package, list: Entry[]): void => list.forEach((e) => pkg.set(e))
  const all = (pkg: Package, list: Entry[]): void => pkg.setAll(list)

  it.each([
    ['a folder listing (walk order)', ['a', 'b/c', 'b/d/e', 'b-x', 'c.txt', 'é', '😀']],
    ['keys out of walk order', ['b', 'a', 'c/d', 'b-x', 'b/y']],
    ['a duplicate (the last one wins)', ['a', 'b', 'b', 'c']],
    ['a file that is also a folder', ['a', 'a/b']],
    ['a folder that is also a file', ['a/b', 'a']],
    ['a key with ..', ['a', 'b/../c']],
    ['a key ending in /', ['a', 'b/']],
    ['no entries', []]
  ])('%s: the same package (or error) as setting each', (_, keys) => {
    const expected = outcome(oneByOne, keys)
    expect(outcome(all, keys)).toEqual(expected)
  })

  it('a package made by setAll takes further entries as any other does', () => {
    const pkg = new Package()
    pkg.setAll(entries(['a/b', 'c']))
    pkg.set(entries(['b'])[0]!)
    expect(pkg.walk().map((e) => e.logicalKey)).toEqual(['a/b', 'b', 'c'])
    expect(() => pkg.set(entries(['a'])[0]!)).toThrow("Cannot overwrite directory 'a'")
  })
})
