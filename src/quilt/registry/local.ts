/**
 * A registry in a local folder (quilt3 `LocalPackageRegistryV1`), including quilt3's default
 * local registry (`<user data dir>/packages`, or `default_local_registry` in quilt3's config).
 */
import {
  link,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rmdir,
  writeFile,
  unlink
} from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { PhysicalKey } from '../format/names.js'
import { Package } from '../format/manifest.js'
import { QuiltError } from '../errors.js'
import { resolveLocalLocation } from '../format/names.js'
import { type LatestOutcome, type LatestState, type Pointer, type Registry } from './registry.js'

/** A manifest file is read this many bytes at a time (each piece scanned while the next is read). */
const MANIFEST_READ_CHUNK = 4 * 1024 * 1024

/**
 * quilt3's `BASE_DIR`: `platformdirs.user_data_dir("Quilt", "QuiltData")`.
 */
export function quiltUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform
): string {
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Quilt')
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local')
    return join(local, 'QuiltData', 'Quilt')
  }
  const xdg = env.XDG_DATA_HOME?.trim()
  return join(xdg ? xdg : join(homedir(), '.local', 'share'), 'Quilt')
}

/**
 * The folder of quilt3's default local registry: `default_local_registry` from
 * `<user data dir>/config.yml` when set there, else `<user data dir>/packages`.
 */
export async function defaultLocalRegistryDir(
  env: NodeJS.ProcessEnv = process.env
): Promise<string> {
  const base = quiltUserDataDir(env)
  let configured: unknown
  let text: string | null = null
  try {
    text = readFileSync(join(base, 'config.yml'), 'utf-8')
  } catch {
    text = null
  }
  if (text !== null) {
    // The YAML reader is loaded only when there is a config to read.
    const { parse } = await import('yaml')
    try {
      const doc = parse(text) as unknown
      if (doc && typeof doc === 'object') {
        configured = (doc as Record<string, unknown>).default_local_registry
      }
    } catch {
      configured = undefined
    }
  }
  if (typeof configured === 'string' && configured !== '') {
    const dir = resolveLocalLocation(configured)
    if (dir === null) {
      throw new QuiltError(
        `quilt3's config (${join(base, 'config.yml')}) sets default_local_registry to ${configured}, which is not a local folder`
      )
    }
    return dir
  }
  return join(base, 'packages')
}

export class LocalRegistry implements Registry {
  readonly kind = 'local' as const

  /** `root` is the registry folder (the one that holds `.quilt/`), absolute and resolved. */
  constructor(readonly root: string) {}

  get display(): string {
    return this.root
  }

  workflowConfigKey(): PhysicalKey {
    return PhysicalKey.local(join(this.root, '.quilt', 'workflows', 'config.yml'))
  }

  manifestPath(topHash: string): string {
    return join(this.root, '.quilt', 'packages', topHash)
  }

  manifestLocation(topHash: string): string {
    return this.manifestPath(topHash)
  }

  pointerPath(name: string, pointer: string): string {
    return join(this.root, '.quilt', 'named_packages', name, pointer)
  }

  async readPointer(name: string, pointer: string): Promise<string | null> {
    try {
      return await readFile(this.pointerPath(name, pointer), 'utf-8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
  }

  async readManifestHead(topHash: string, bytes: number): Promise<Buffer | null> {
    let fh
    try {
      fh = await open(this.manifestPath(topHash), 'r')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    try {
      const buf = Buffer.alloc(bytes)
      const { bytesRead } = await fh.read(buf, 0, bytes, 0)
      return buf.subarray(0, bytesRead)
    } finally {
      await fh.close()
    }
  }

  /**
   * The manifest read as its bytes are read from the file (`Package.readWhileArriving`: a large
   * one's lines scanned by a worker thread while the rest is read).
   */
  async readPackage(topHash: string): Promise<Package | null> {
    let fh
    try {
      fh = await open(this.manifestPath(topHash), 'r')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    try {
      const { size } = await fh.stat()
      const arrival = Package.readWhileArriving(size)
      try {
        let n = 0
        while (n < size) {
          const want = Math.min(MANIFEST_READ_CHUNK, size - n)
          const { bytesRead } = await fh.read(arrival.bytes, n, want, n)
          if (bytesRead === 0) break
          n += bytesRead
          arrival.arrived(n)
        }
        // A file shorter than it was (manifests are never rewritten): read as it is now.
        if (n < size) {
          arrival.abandon()
          return Package.fromManifestBytes(await readFile(this.manifestPath(topHash)))
        }
      } catch (e) {
        arrival.abandon()
        throw e
      }
      return await arrival.finish()
    } finally {
      await fh.close()
    }
  }

  async readManifest(topHash: string): Promise<Buffer | null> {
    try {
      return await readFile(this.manifestPath(topHash))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
  }

  async listPointers(name: string): Promise<Pointer[]> {
    const dir = join(this.root, '.quilt', 'named_packages', name)
    let names: string[]
    try {
      names = await readdir(dir)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    const out: Pointer[] = []
    for (const n of names) {
      if (n.startsWith('.tmp-')) continue
      out.push({ name: n, topHash: await readFile(join(dir, n), 'utf-8') })
    }
    return out
  }

  /** A plain write of one pointer (no condition). */
  async putPointer(name: string, pointer: string, topHash: string): Promise<void> {
    await writeAtomic(this.pointerPath(name, pointer), Buffer.from(topHash, 'ascii'))
  }

  async readLatest(name: string): Promise<LatestState> {
    const topHash = await this.readPointer(name, 'latest')
    return { topHash, tag: topHash }
  }

  /** Exclusive creation: a hard link of a finished temporary file fails if the name exists. */
  async createRevisionPointer(name: string, topHash: string, seconds: number): Promise<string> {
    const tmp = await writeTemp(this.pointerPath(name, 'latest'), Buffer.from(topHash, 'ascii'))
    try {
      for (let s = seconds; ; s++) {
        try {
          await createExclusive(tmp, this.pointerPath(name, String(s)), topHash)
          return String(s)
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
        }
      }
    } finally {
      await unlink(tmp).catch(() => undefined)
    }
  }

  /**
   * Compare, then replace with a rename. A folder has no compare-and-swap: two writers on one
   * machine could still both pass the comparison in the instant between (quilt3 does not compare
   * at all).
   */
  async replaceLatest(
    name: string,
    topHash: string,
    expected: LatestState
  ): Promise<LatestOutcome> {
    const now = await this.readPointer(name, 'latest')
    if (now === topHash) return 'written'
    if (now !== expected.topHash) return 'lost'
    await this.putPointer(name, 'latest', topHash)
    return 'written'
  }

  async removeLatest(name: string, expected: LatestState): Promise<boolean> {
    const now = await this.readPointer(name, 'latest')
    if (now === null) return true
    if (now !== expected.topHash) return false
    await unlink(this.pointerPath(name, 'latest')).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    })
    await this.removePackageIfEmpty(name)
    return true
  }

  async forceLatest(name: string, topHash: string): Promise<void> {
    await this.putPointer(name, 'latest', topHash)
  }

  async deletePointers(name: string, pointers: string[]): Promise<void> {
    for (const p of pointers) {
      await unlink(this.pointerPath(name, p)).catch((e: unknown) => {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
      })
    }
    await this.removePackageIfEmpty(name)
  }

  async listPackages(): Promise<string[]> {
    const root = join(this.root, '.quilt', 'named_packages')
    const list = async (dir: string): Promise<string[]> => {
      try {
        return (await readdir(dir, { withFileTypes: true }))
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
        throw e
      }
    }
    const out: string[] = []
    for (const ns of await list(root)) {
      for (const pkg of await list(join(root, ns))) out.push(`${ns}/${pkg}`)
    }
    return out.sort()
  }

  async listManifestHashes(prefix: string): Promise<string[]> {
    let names: string[]
    try {
      names = await readdir(join(this.root, '.quilt', 'packages'))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    return names.filter((n) => n.startsWith(prefix) && !n.startsWith('.tmp-'))
  }

  /** quilt3 removes `named_packages/<name>/` and then `named_packages/<user>/` once empty. */
  async removePackageIfEmpty(name: string): Promise<void> {
    const pkgDir = join(this.root, '.quilt', 'named_packages', name)
    for (const dir of [pkgDir, dirname(pkgDir)]) {
      await rmdir(dir).catch(() => undefined)
    }
  }

  async putManifest(topHash: string, manifest: Uint8Array): Promise<void> {
    await writeAtomic(this.manifestPath(topHash), manifest)
  }
}

let tmpCounter = 0

/**
 * Make `path` hold `text`, failing with EEXIST when it exists: a hard link of the finished
 * temporary file (atomic), or, on file systems without hard links, an exclusive create.
 */
async function createExclusive(tmp: string, path: string, text: string): Promise<void> {
  try {
    await link(tmp, path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e
    await writeFile(path, text, { flag: 'wx' })
  }
}

/** A finished temporary file next to `path` (same folder, so it can be renamed or linked). */
async function writeTemp(path: string, data: Uint8Array): Promise<string> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = join(dirname(path), `.tmp-${process.pid}-${++tmpCounter}`)
  try {
    await writeFile(tmp, data)
  } catch (e) {
    await unlink(tmp).catch(() => undefined)
    throw e
  }
  return tmp
}

/** Write through a temporary file and a rename: a reader never sees a half-written file. */
async function writeAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = await writeTemp(path, data)
  try {
    await rename(tmp, path)
  } catch (e) {
    await unlink(tmp).catch(() => undefined)
    throw e
  }
}
