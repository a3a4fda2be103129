/**
 * A moto S3 + STS server on 127.0.0.1 for a test file, started and stopped by the test itself.
 *
 * Two flavours, and S3 tests run against both: `aws-like` loads the fidelity patch of
 * moto/moto_s3_fidelity.py next to this file (moto answering like AWS on checksums, composite
 * multipart checksums, GetObjectAttributes parts), `plain` is moto as shipped (a store without
 * those features). Both start through moto/moto_server.py, which makes conditional writes atomic.
 */
import {
  CreateBucketCommand,
  PutBucketVersioningCommand,
  S3Client,
  type S3ClientConfig
} from '@aws-sdk/client-s3'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export type MotoFlavour = 'aws-like' | 'plain'

const HERE = dirname(fileURLToPath(import.meta.url))
/** The fidelity patch and its stand-in for the `crc32c` package. */
const MOTO_DIR = join(HERE, 'moto')

/** The flavours S3 tests run against: AWS-like first. */
export function motoFlavours(): MotoFlavour[] {
  return ['aws-like', 'plain']
}

export const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' }

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => res(port))
    })
    srv.on('error', rej)
  })
}

const PYTHON = process.env.MOTO_PYTHON ?? 'python3'

export class Moto {
  private constructor(
    readonly flavour: MotoFlavour,
    readonly endpoint: string,
    private readonly proc: ChildProcess
  ) {}

  static async start(flavour: MotoFlavour): Promise<Moto> {
    const port = await freePort()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      MOTO_ALLOW_NONEXISTENT_REGION: 'true'
    }
    // Our launcher: conditional writes made atomic (as in S3), and for the aws-like flavour
    // the fidelity patch.
    const args = [join(MOTO_DIR, 'moto_server.py'), '-H', '127.0.0.1', '-p', String(port)]
    if (flavour === 'aws-like') {
      env.QPA_MOTO_FIDELITY = MOTO_DIR
      if (spawnSync(PYTHON, ['-c', 'import crc32c']).status !== 0) {
        env.PYTHONPATH = join(MOTO_DIR, 'fallback')
      }
    }
    const proc = spawn(PYTHON, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let log = ''
    proc.stderr?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-4000)
    })
    const endpoint = `http://127.0.0.1:${port}`
    const deadline = Date.now() + 30_000
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`moto (${flavour}) exited: ${log}`)
      try {
        const r = await fetch(`${endpoint}/moto-api/`)
        if (r.ok || r.status < 500) break
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) {
        proc.kill()
        throw new Error(`moto (${flavour}) did not answer on ${endpoint}: ${log}`)
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    return new Moto(flavour, endpoint, proc)
  }

  /** A client for tests (path-style, test credentials). */
  client(extra: Partial<S3ClientConfig> = {}): S3Client {
    return new S3Client({
      region: 'us-east-1',
      endpoint: this.endpoint,
      forcePathStyle: true,
      credentials: TEST_CREDENTIALS,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...extra
    })
  }

  async bucket(name: string, versioned = true): Promise<string> {
    const s3 = this.client()
    await s3.send(new CreateBucketCommand({ Bucket: name }))
    if (versioned) {
      await s3.send(
        new PutBucketVersioningCommand({
          Bucket: name,
          VersioningConfiguration: { Status: 'Enabled' }
        })
      )
    }
    s3.destroy()
    return name
  }

  /** Environment for a child process (quilt3, the action) that talks to this server. */
  env(): NodeJS.ProcessEnv {
    return {
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_REGION: 'us-east-1',
      AWS_ENDPOINT_URL: this.endpoint
    }
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return
    await new Promise<void>((res) => {
      this.proc.once('exit', () => res())
      this.proc.kill('SIGTERM')
      setTimeout(() => this.proc.kill('SIGKILL'), 5000).unref()
    })
  }
}
