/**
 * moto with a fault proxy in front of it, for one describe block of the trust suites (races,
 * faults at the commit, files changing, kills): started before the block's tests, the proxy's
 * rules cleared after each test (once nothing is in flight), all stopped after the block. Plus
 * the data the suites push: folders of files, and big patterned contents.
 */
import { type S3Client } from '@aws-sdk/client-s3'
import { join } from 'node:path'
import { S3Registry } from '../../src/quilt/registry/s3.js'
import { makeS3Client } from '../../src/quilt/s3/client.js'
import { FaultProxy } from './fault-proxy.js'
import { Moto, TEST_CREDENTIALS, type MotoFlavour } from './moto.js'
import { tempDir } from './tmp.js'
import { writeFile } from './vectors.js'

export const MiB = 1024 * 1024

/** `n` bytes of a 251-byte pattern that depends on `seed`. */
export function big(n: number, seed = 1): Buffer {
  return Buffer.alloc(
    n,
    Buffer.from(Array.from({ length: 251 }, (_, i) => (i * seed + seed) % 251))
  )
}

/** A new folder holding `files` (relative path -> content). */
export function tree(files: Record<string, Buffer | string>): string {
  const dir = tempDir('qpa-tree-')
  for (const [k, v] of Object.entries(files)) writeFile(join(dir, k), v)
  return dir
}

export interface ProxiedMoto {
  readonly moto: Moto
  readonly proxy: FaultProxy
  /** moto directly, to look at buckets without the faults. */
  readonly direct: S3Client
  /** A new bucket (versioned unless said otherwise) with a name unique in the block. */
  fresh: (versioned?: boolean) => Promise<string>
  /** A registry through the product's own client behind the proxy (its own retries). */
  registry: (bucket: string, warnings?: string[]) => S3Registry
}

/** Set up moto and the proxy for the enclosing describe block. */
export function proxiedMoto(flavour: MotoFlavour, label: string): ProxiedMoto {
  let moto: Moto
  let proxy: FaultProxy
  let direct: S3Client
  const clients: S3Client[] = []
  let n = 0
  beforeAll(async () => {
    moto = Moto.connect(flavour)
    proxy = await FaultProxy.start(moto.endpoint)
    direct = moto.client()
  })
  afterEach(async () => {
    // Nothing a test started may still run into the next one.
    await proxy.idle()
    proxy.reset()
    for (const c of clients.splice(0)) c.destroy()
  })
  afterAll(async () => {
    direct.destroy()
    await proxy.close()
  })
  return {
    get moto() {
      return moto
    },
    get proxy() {
      return proxy
    },
    get direct() {
      return direct
    },
    fresh: (versioned = true) => moto.bucket(`${label}-${flavour[0]!}-${++n}`, versioned),
    registry: (bucket, warnings = []) => {
      const c = makeS3Client({
        endpoint: proxy.url,
        region: 'us-east-1',
        credentials: TEST_CREDENTIALS
      })
      clients.push(c)
      return new S3Registry(c, bucket, { onWarning: (w) => warnings.push(w) })
    }
  }
}
