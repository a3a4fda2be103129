/**
 * The moto S3 + STS servers of the run: the jest global set-up (global-setup.mjs) starts one per
 * flavour through moto/launch.mjs; a test file connects to them and makes its own buckets, with
 * names no other file uses (`bucket()` refuses a name that exists already).
 *
 * Two flavours, and S3 tests run against both: `aws-like` loads the fidelity patch of
 * moto/moto_s3_fidelity.py (moto answering like AWS on checksums, composite multipart checksums,
 * GetObjectAttributes parts), `plain` is moto as shipped (a store without those features). Both
 * start through moto/moto_server.py, which makes conditional writes atomic.
 */
import {
  CreateBucketCommand,
  HeadBucketCommand,
  PutBucketVersioningCommand,
  S3Client,
  type S3ClientConfig
} from '@aws-sdk/client-s3'

export type MotoFlavour = 'aws-like' | 'plain'

/** Where global-setup.mjs publishes each server's endpoint (as moto/launch.mjs names them). */
const ENDPOINT_VARIABLE: Record<MotoFlavour, string> = {
  'aws-like': 'QPA_MOTO_AWS_LIKE',
  plain: 'QPA_MOTO_PLAIN'
}

/** The flavours S3 tests run against: AWS-like first. */
export function motoFlavours(): MotoFlavour[] {
  return ['aws-like', 'plain']
}

export const TEST_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' }

export class Moto {
  private constructor(
    readonly flavour: MotoFlavour,
    readonly endpoint: string
  ) {}

  /** The run's server of this flavour. */
  static connect(flavour: MotoFlavour): Moto {
    const endpoint = process.env[ENDPOINT_VARIABLE[flavour]]
    if (!endpoint) {
      throw new Error(
        `No moto server: ${ENDPOINT_VARIABLE[flavour]} is not set. Run the tests with \`npm test\` ` +
          '(jest.config.js names the global set-up that starts moto).'
      )
    }
    return new Moto(flavour, endpoint)
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

  /** A new bucket; a name another test file (or test) took already is an error. */
  async bucket(name: string, versioned = true): Promise<string> {
    const s3 = this.client()
    const taken = await s3.send(new HeadBucketCommand({ Bucket: name })).then(
      () => true,
      () => false
    )
    if (taken) {
      s3.destroy()
      throw new Error(
        `bucket ${name} exists already on the shared ${this.flavour} moto: give it a name unique to this test file`
      )
    }
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
}
