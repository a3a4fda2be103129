/**
 * The reference client, quilt3 8.0.0, talking to a moto server (helpers/moto.ts), for the S3
 * interop tests. Like helpers/python.ts, a script defines `main(data)`; each call sends `data`
 * as JSON and gets `main`'s return value back as JSON, but one Python process serves all the
 * calls of a test file (`Quilt3Session`). Every script starts with `S3_PY_COMMON` (below),
 * which also includes `PY_COMMON`.
 *
 * How quilt3 reaches moto:
 *  - boto3 honours `AWS_ENDPOINT_URL` (from `moto.env()`), so every client quilt3 creates
 *    talks to moto, with the test credentials;
 *  - moto needs path-style addressing (`<bucket>.127.0.0.1` does not resolve): an
 *    `AWS_CONFIG_FILE` with `s3 = addressing_style = path` under `[default]`, and
 *    `AWS_SHARED_CREDENTIALS_FILE` pointing to an empty file, so that no real profile is read.
 *    Inherited `AWS_*` variables are dropped for the same reason;
 *  - `QUILT_DISABLE_CACHE=true`: quilt3 otherwise caches manifests by registry URL and top hash
 *    under the (throw-away) home and object paths by physical key; two manifests with the same
 *    top hash but other physical keys (ours and quilt3's) must never be confused.
 *
 * Workaround (needed for the `plain` moto only): quilt3 8.0.0 reads
 * `resp['ChecksumSHA256']` of CompleteMultipartUpload unconditionally
 * (quilt3/data_transfer.py, `_upload_file.upload_part`). AWS returns the composite checksum
 * `<b64(sha256(part digests))>-<parts>`; moto as shipped does not, so every quilt3 upload of
 * 8 MiB or more fails with `KeyError: 'ChecksumSHA256'`. The preamble installs quilt3's own
 * client hook (`quilt3.hooks.set_build_s3_client_hook`, applied to every S3 client quilt3
 * builds) with a botocore handler that fills in what AWS would have returned, computed from the
 * part checksums the client itself sent. When the server answers with the value (the aws-like
 * flavour), nothing is changed. Requests are not altered.
 *
 * Speed: quilt3 builds a new boto3 session and S3 client for nearly every S3 call (about seven
 * per push), and each new botocore session parses the service model and endpoint JSON again:
 * about 1.3 s per push, most of the time of these tests. The preamble makes botocore sessions
 * share one data loader (the cache of those parsed files), gives quilt3's `S3ClientProvider`
 * one boto3 session, and has the client hook return one client per kind (signed, unsigned)
 * built once with quilt3's own settings: a push takes about 0.1 s. Requests on the wire are
 * the same (credentials come from the environment and never change here).
 *
 * Deterministic timestamps: quilt3 names the timestamp pointer `str(int(time.time()))`
 * (quilt3/backends/base.py, `PackageRegistryV1.push_manifest`); `set_clock(seconds)` pins that
 * value (only in that module), so that revisions pushed within a second get distinct pointers.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Moto } from './moto.js'
import { PY_COMMON, pythonEnv, pythonPath } from './python.js'
import { tempDir } from './tmp.js'

export const S3_PY_COMMON = `
import base64 as _qpa_b64, hashlib as _qpa_hashlib, time as _qpa_time
import botocore.loaders as _qpa_botocore_loaders
import botocore.session as _qpa_botocore_session

# --- speed: one botocore data loader for every session (see s3-quilt3.ts) ---
_qpa_loaders = {}

def _qpa_shared_loader(search_path_string=None):
    if search_path_string not in _qpa_loaders:
        _qpa_loaders[search_path_string] = _qpa_botocore_loaders.create_loader(search_path_string)
    return _qpa_loaders[search_path_string]

_qpa_botocore_session.create_loader = _qpa_shared_loader

import quilt3
import quilt3.data_transfer
import quilt3.hooks
import quilt3.session
from quilt3 import checksums
import quilt3.backends.base as _qpa_backends_base
${PY_COMMON}

# --- plain moto: CompleteMultipartUpload without the composite checksum (see s3-quilt3.ts) ---
def _qpa_remember_parts(params, context, **kwargs):
    parts = (params.get('MultipartUpload') or {}).get('Parts') or []
    context['qpa_part_checksums'] = [p.get('ChecksumSHA256') for p in parts]

def _qpa_add_composite_checksum(parsed, context, **kwargs):
    sums = context.get('qpa_part_checksums')
    if not isinstance(parsed, dict) or 'Error' in parsed or parsed.get('ChecksumSHA256'):
        return
    if not sums or not all(sums):
        return
    digest = _qpa_hashlib.sha256(b''.join(_qpa_b64.b64decode(s) for s in sums)).digest()
    parsed['ChecksumSHA256'] = _qpa_b64.b64encode(digest).decode('ascii') + '-' + str(len(sums))

# --- speed: one boto3 session and one client per kind for every S3 call (see s3-quilt3.ts) ---
_qpa_session = []
_qpa_clients = {}

def _qpa_get_boto_session(self):
    if not _qpa_session:
        _qpa_session.append(quilt3.session.get_boto3_session())
    return _qpa_session[0]

quilt3.data_transfer.S3ClientProvider.get_boto_session = _qpa_get_boto_session

def _qpa_build_s3_client(build_client_base, session, client_kwargs, **kwargs):
    config = client_kwargs.get('config')
    kind = repr(getattr(config, 'signature_version', None))  # signed or UNSIGNED
    client = _qpa_clients.get(kind)
    if client is None:
        client = build_client_base(session, client_kwargs, **kwargs)
        client.meta.events.register(
            'before-parameter-build.s3.CompleteMultipartUpload', _qpa_remember_parts)
        client.meta.events.register(
            'after-call.s3.CompleteMultipartUpload', _qpa_add_composite_checksum)
        _qpa_clients[kind] = client
    return client

quilt3.hooks.set_build_s3_client_hook(_qpa_build_s3_client)

# --- a pinned clock for the timestamp pointers ---
class _QpaClock:
    now = None

    @classmethod
    def time(cls):
        return _qpa_time.time() if cls.now is None else cls.now

_qpa_backends_base.time = _QpaClock

def set_clock(seconds):
    _QpaClock.now = seconds

# --- reading packages back ---
def pk_info(pk):
    return {'bucket': pk.bucket, 'key': pk.path, 'version_id': pk.version_id, 'url': str(pk)}

def rehash(pkg):
    """Every entry fetched by its (versioned) physical key and hashed again."""
    out = []
    for lk, e in pkg.walk():
        data = e.get_bytes(use_cache_if_available=False)
        kind = e.hash['type']
        if kind == checksums.SHA256_HASH_NAME:
            computed = checksums.legacy_calculate_checksum_bytes(data)
        else:
            computed = checksums.calculate_multipart_checksum_bytes(data, checksum_type=kind)
        out.append({
            'logical_key': lk,
            'physical_key': pk_info(e.physical_key),
            'size': e.size,
            'fetched_size': len(data),
            'hash': e.hash['value'],
            'computed': computed,
        })
    return out

def browse(name, registry, top_hash=None):
    """quilt3's view of a revision: top hash it computes, its re-dump, every object re-hashed."""
    pkg = quilt3.Package.browse(name, registry=registry, top_hash=top_hash)
    return pkg, {
        'top_hash': pkg.top_hash,
        'manifest': b64(dump_manifest(pkg)),
        'meta': pkg.meta,
        'entries': rehash(pkg),
    }

def versions(name, registry):
    return sorted([list(v) for v in quilt3.list_package_versions(name, registry=registry)])

def packages(registry):
    return sorted(quilt3.list_packages(registry))
`

/** One entry of `rehash` / `browse`. */
export interface PyRehashed {
  logical_key: string
  physical_key: { bucket: string; key: string; version_id: string | null; url: string }
  size: number
  fetched_size: number
  hash: string
  computed: string
}

/** What `browse` returns. */
export interface PyBrowsed {
  top_hash: string
  /** base64 of quilt3's re-dump of the manifest. */
  manifest: string
  meta: unknown
  entries: PyRehashed[]
}

/**
 * The Python side of a session: the caller's script, then a loop that reads one JSON request
 * per line, calls `main(request)` and writes one JSON line `{"ok": result}` or
 * `{"error": traceback}` to the real stdout (quilt3's own prints go to stderr).
 */
function program(script: string): string {
  return [
    'import json as _json, sys as _sys, traceback as _traceback',
    '_real_stdout = _sys.stdout',
    '_sys.stdout = _sys.stderr',
    S3_PY_COMMON,
    script,
    'while True:',
    '    _line = _sys.stdin.readline()',
    '    if not _line:',
    '        break',
    '    try:',
    '        _reply = _json.dumps({"ok": main(_json.loads(_line))})',
    '    except BaseException:',
    '        _reply = _json.dumps({"error": _traceback.format_exc()})',
    '    _real_stdout.write(_reply + "\\n")',
    '    _real_stdout.flush()'
  ].join('\n')
}

/**
 * One Python process with quilt3, kept for a whole test file: importing quilt3 and loading
 * botocore's data costs about a second, paid once. Calls run one at a time, in order.
 */
export class Quilt3Session {
  private readonly child: ChildProcessWithoutNullStreams
  private buffer = ''
  private stderr = ''
  private readonly waiting: { resolve: (line: string) => void; reject: (e: Error) => void }[] = []
  private exited: Error | null = null

  constructor(script: string, env: NodeJS.ProcessEnv) {
    this.child = spawn(pythonPath(), ['-c', program(script)], { env, stdio: 'pipe' })
    this.child.stdout.on('data', (b: Buffer) => {
      this.buffer += b.toString('utf-8')
      for (let nl = this.buffer.indexOf('\n'); nl >= 0; nl = this.buffer.indexOf('\n')) {
        const line = this.buffer.slice(0, nl)
        this.buffer = this.buffer.slice(nl + 1)
        this.waiting.shift()?.resolve(line)
      }
    })
    this.child.stderr.on('data', (b: Buffer) => {
      this.stderr = (this.stderr + b.toString('utf-8')).slice(-20_000)
    })
    this.child.on('close', (code, signal) => {
      this.exited = new Error(
        `the quilt3 process exited (${signal ?? code}):\n${this.stderr.slice(-6000)}`
      )
      for (const w of this.waiting.splice(0)) w.reject(this.exited)
    })
  }

  /** Call `main(input)` in the process; resolves to its result, rejects with its traceback. */
  async call<T>(input: unknown, timeoutMs = 120_000): Promise<T> {
    if (this.exited) throw this.exited
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`quilt3 call timed out:\n${this.stderr.slice(-4000)}`))
      }, timeoutMs)
      this.waiting.push({
        resolve: (l) => {
          clearTimeout(timer)
          resolve(l)
        },
        reject: (e) => {
          clearTimeout(timer)
          reject(e)
        }
      })
      this.child.stdin.write(JSON.stringify(input) + '\n')
    })
    const reply = JSON.parse(line) as { ok?: T; error?: string }
    if (reply.error !== undefined) {
      throw new Error(`quilt3 failed:\n${reply.error}\nstderr:\n${this.stderr.slice(-3000)}`)
    }
    return reply.ok as T
  }

  /** End the process (stdin closed: the loop ends). */
  async close(): Promise<void> {
    if (this.exited) return
    await new Promise<void>((resolve) => {
      this.child.once('close', () => resolve())
      this.child.stdin.end()
      setTimeout(() => this.child.kill('SIGKILL'), 5000).unref()
    })
  }
}

/** quilt3 sessions against one moto server. */
export class Quilt3OnMoto {
  private readonly dir: string

  constructor(private readonly moto: Moto) {
    this.dir = tempDir('qpa-quilt3-aws-')
    writeFileSync(join(this.dir, 'config'), '[default]\ns3 =\n    addressing_style = path\n')
    writeFileSync(join(this.dir, 'credentials'), '')
  }

  /** The environment of the Python process: isolated home, no inherited AWS settings, moto. */
  env(): NodeJS.ProcessEnv {
    const base = Object.entries(pythonEnv()).filter(([k]) => !k.startsWith('AWS_'))
    return {
      ...Object.fromEntries(base),
      ...this.moto.env(),
      AWS_CONFIG_FILE: join(this.dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(this.dir, 'credentials'),
      QUILT_DISABLE_CACHE: 'true'
    }
  }

  /** A Python process running `script` (which defines `main(data)`); close it when done. */
  start(script: string): Quilt3Session {
    return new Quilt3Session(script, this.env())
  }
}
