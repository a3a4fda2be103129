/**
 * The quilt3 8.0.0 vectors: every manifest re-written byte for byte, every local case rebuilt
 * from its input files with the same top hash and manifest bytes, every object hash.
 */
import { readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { HashPool } from '../../src/quilt/hashing/pool.js'
import { SHA256_CHUNKED, hashBytes, legacySha256 } from '../../src/quilt/format/hash.js'
import {
  isPyObject,
  parsePyJson,
  pyObject,
  type PyObject,
  type PyValue
} from '../../src/quilt/py/json.js'
import { newHash, Package } from '../../src/quilt/format/manifest.js'
import { PhysicalKey } from '../../src/quilt/format/names.js'
import {
  caseFile,
  entryContent,
  generate,
  indexRows,
  loadCase,
  VECTORS,
  writeFile,
  type VectorCase
} from '../helpers/vectors.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

const rows = indexRows()
let pool: HashPool

beforeAll(() => {
  pool = new HashPool()
})
afterAll(async () => {
  await pool.close()
  cleanupTempDirs()
})

/** case.json read losslessly (floats stay floats), for the metadata given as input. */
function rawCase(id: string): PyObject {
  const v = parsePyJson(readFileSync(join(VECTORS, 'cases', id, 'case.json'), 'utf-8'))
  if (!isPyObject(v)) throw new Error('case.json is not an object')
  return v
}

function rawEntryMeta(id: string, index: number): PyValue | undefined {
  const inputs = rawCase(id).get('inputs') as PyObject
  const entries = inputs.get('entries') as PyObject[]
  return entries[index]!.get('meta')
}

function manifestNames(id: string): string[] {
  return readdirSync(join(VECTORS, 'cases', id)).filter((f) => /^manifest.*\.jsonl$/.test(f))
}

describe('every vector manifest', () => {
  const all = rows.flatMap((r) => manifestNames(r.id).map((m) => [r.id, m] as const))

  it.each(all)('%s/%s is re-written byte for byte', (id, file) => {
    const bytes = caseFile(id, file)
    const pkg = Package.fromManifest(bytes.toString('utf-8'))
    expect(pkg.toManifest().equals(bytes)).toBe(true)
  })

  it.each(rows.map((r) => [r.id, r.top_hash] as const))(
    '%s: the top hash of its manifest is the one quilt3 computed',
    (id, topHash) => {
      const c = loadCase(id)
      const pkg = Package.fromManifest(caseFile(id, c.expected.manifest).toString('utf-8'))
      expect(pkg.topHash()).toBe(topHash)
    }
  )

  it('keeps the top hashes of the other revisions recorded in the cases', () => {
    const c = loadCase('dir-meta')
    const withDirMeta = c.expected.with_dir_meta as { manifest: string; top_hash: string }
    expect(
      Package.fromManifest(caseFile('dir-meta', withDirMeta.manifest).toString()).topHash()
    ).toBe(withDirMeta.top_hash)
    const reload = loadCase('meta-order-after-reload').expected
    expect(
      Package.fromManifest(
        caseFile('meta-order-after-reload', 'manifest.fresh-order.jsonl').toString()
      ).topHash()
    ).toBe(reload.fresh_package_top_hash)
  })
})

/** Cases whose package can be rebuilt from local files. */
const LOCAL = rows
  .map((r) => loadCase(r.id))
  .filter((c) => c.expected.local_top_hash !== undefined || c.id === 'file-urls-local')

/** quilt3's entry `_meta` for the case's call. */
function entryMeta(c: VectorCase, index: number): PyObject {
  const meta = rawEntryMeta(c.id, index)
  return meta === undefined ? pyObject() : pyObject([['user_meta', meta]])
}

async function buildFromInputs(c: VectorCase, root: string): Promise<Package> {
  const pkg = new Package()
  const entries = c.inputs.entries ?? []
  entries.forEach((e, i) => {
    const path = e.local_path
      ? e.local_path.replace('FIXTURE_ROOT', root)
      : join(root, String(i).padStart(3, '0'))
    const content = entryContent(c.id, e)
    writeFile(path, content)
    pkg.set({
      logicalKey: e.logical_key,
      physicalKey: PhysicalKey.local(realpathSync(path)),
      size: content.length,
      hash: null,
      meta: entryMeta(c, i)
    })
  })
  if (c.id === 'user-meta-types') {
    pkg.setUserMeta(parsePyJson(caseFile(c.id, 'meta.json').toString('utf-8')))
  }
  if (c.id === 'set-dir-root') pkg.setUserMeta(null)
  if (c.id === 'dir-meta') {
    pkg.setDirMeta('sub', parsePyJson('{"dir": "level", "n": 1}'))
    pkg.setDirMeta('sub/inner', parsePyJson('{"inner": "dir"}'))
  }
  pkg.setMessage(c.inputs.message ?? null)
  const walked = pkg.walk()
  const hashes = await pool.hashFiles(
    walked.map((e) => ({ path: e.physicalKey.path, size: e.size }))
  )
  walked.forEach((e, i) => (e.hash = newHash(hashes[i]!)))
  return pkg
}

/** Give our entries the physical keys quilt3 recorded, to compare whole manifests. */
function withPhysicalKeysOf(pkg: Package, manifest: Buffer): void {
  const theirs = Package.fromManifest(manifest.toString('utf-8'))
  for (const e of pkg.walk()) e.physicalKey = theirs.get(e.logicalKey)!.physicalKey
}

describe('local cases rebuilt from their input files', () => {
  const plain = LOCAL.filter((c) => !['file-urls-local', 'meta-order-after-reload'].includes(c.id))

  it.each(plain.map((c) => [c.id, c] as const))(
    '%s: same top hash and manifest bytes as quilt3',
    async (id, c) => {
      const pkg = await buildFromInputs(c, tempDir())
      expect(pkg.topHash()).toBe(rows.find((r) => r.id === id)!.top_hash)
      const pushed = caseFile(id, c.expected.manifest)
      withPhysicalKeysOf(pkg, pushed)
      // A pushed manifest has no directory lines (spec §2.3).
      expect(pkg.toManifest({ withDirMeta: false }).toString()).toBe(pushed.toString())
    }
  )

  it('dir-meta: a build keeps the directory lines, in walk order', async () => {
    const c = loadCase('dir-meta')
    const pkg = await buildFromInputs(c, tempDir())
    const built = caseFile(c.id, 'manifest.with-dir-meta.jsonl')
    withPhysicalKeysOf(pkg, built)
    expect(pkg.toManifest().toString()).toBe(built.toString())
  })

  it('key-order: entries come in tree-walk order', async () => {
    const c = loadCase('key-order')
    const pkg = await buildFromInputs(c, tempDir())
    expect(pkg.walk().map((e) => e.logicalKey)).toEqual(c.expected.walk_order)
  })

  it('meta-order-after-reload: keys added after a reload go last, fresh packages keep quilt3 order', async () => {
    const id = 'meta-order-after-reload'
    const c = loadCase(id)
    const pkg = await buildFromInputs(c, tempDir())
    // First build without metadata, then reload, set_meta and push (spec §2.2).
    expect(pkg.topHash()).toBe(c.expected.first_build_top_hash_without_meta)
    const reloaded = Package.fromManifest(pkg.toManifest().toString('utf-8'))
    reloaded.setUserMeta(parsePyJson('{"k": "v"}'))
    reloaded.setMessage('v1')
    withPhysicalKeysOf(reloaded, caseFile(id, 'manifest.jsonl'))
    expect(reloaded.topHash()).toBe(c.expected.top_hash)
    expect(reloaded.toManifest().toString()).toBe(caseFile(id, 'manifest.jsonl').toString())

    const fresh = new Package()
    fresh.set({ ...pkg.walk()[0]!, meta: pyObject() })
    fresh.setUserMeta(parsePyJson('{"k": "v"}'))
    fresh.setMessage('v1')
    const freshFile = caseFile(id, 'manifest.fresh-order.jsonl')
    withPhysicalKeysOf(fresh, freshFile)
    expect(fresh.toManifest().toString()).toBe(freshFile.toString())
  })

  it('file-urls-local: file:// URLs of the real paths, byte for byte', async () => {
    const c = loadCase('file-urls-local')
    const root = c.expected.fixture_root as string
    rmSync(join(root, 'file-urls'), { recursive: true, force: true })
    try {
      const pkg = await buildFromInputs(c, root)
      expect(pkg.topHash()).toBe(c.expected.top_hash)
      expect(pkg.toManifest().toString()).toBe(caseFile(c.id, c.expected.manifest).toString())
    } finally {
      rmSync(join(root, 'file-urls'), { recursive: true, force: true })
    }
  })
})

describe('object hashes', () => {
  interface Row {
    generator?: 'mod251'
    literal_utf8?: string
    size: number
    'sha2-256-chunked': string
    SHA256_legacy_hex: string
  }
  const { rows: hashRows } = JSON.parse(
    readFileSync(join(VECTORS, 'object-hashes.json'), 'utf-8')
  ) as { rows: Row[] }
  const content = (r: Row): Buffer =>
    r.literal_utf8 !== undefined
      ? Buffer.from(r.literal_utf8, 'utf-8')
      : generate({ generator: 'mod251', size: r.size })

  it.each(hashRows.map((r) => [r.size, r.literal_utf8 ?? r.generator, r] as const))(
    'size %d (%s): in memory, from a file, and legacy SHA256',
    async (_size, _what, r) => {
      const data = content(r)
      expect(hashBytes(data)).toBe(r['sha2-256-chunked'])
      expect(legacySha256(data)).toBe(r.SHA256_legacy_hex)
      const path = join(tempDir(), 'f')
      writeFile(path, data)
      expect(await pool.hashFiles([{ path, size: data.length }])).toEqual([r['sha2-256-chunked']])
      expect(await pool.legacySha256File({ path, size: data.length })).toBe(r.SHA256_legacy_hex)
    }
  )

  it('the legacy-sha256 case: the stored SHA256 value is the hex digest of the file', () => {
    const c = loadCase('legacy-sha256')
    const hash = (c.expected.object_hashes as Record<string, { type: string; value: string }>)[
      'legacy.txt'
    ]!
    expect(hash.type).toBe('SHA256')
    expect(legacySha256(caseFile('legacy-sha256', 'files/000.bin'))).toBe(hash.value)
    expect(SHA256_CHUNKED).toBe('sha2-256-chunked')
  })
})
