/**
 * Hand-made manifests read as quilt3 8.0.0 reads a registry's manifest (`Package._from_path`:
 * the file opened as UTF-8 text with universal newlines, then `_load`): what quilt3 loads we
 * load, with the same top hash and the same re-written bytes (`_dump`), and quilt3 reading our
 * bytes back finds them again; what quilt3 refuses we refuse (ManifestError). All the quilt3
 * work runs in one Python process.
 */
import { ManifestError } from '../../src/quilt/errors.js'
import { Package } from '../../src/quilt/format/manifest.js'
import { PY_COMMON, runPython } from '../helpers/python.js'
import { cleanupTempDirs } from '../helpers/tmp.js'

const HASH = `{"type": "sha2-256-chunked", "value": "${'ab'.repeat(32)}"}`
const HEAD = '{"version": "v0", "message": "m", "user_meta": {"u": 1}}'

/** An entry line; `size`, `hash` and `meta` are JSON texts (null: the key is left out). */
function entry(
  logicalKey: string,
  size: string | null = '3',
  hash: string | null = HASH,
  meta: string | null = '{}'
): string {
  const fields = [
    `"logical_key": ${JSON.stringify(logicalKey)}`,
    `"physical_keys": ["s3://bucket/${logicalKey}?versionId=v1"]`,
    size === null ? null : `"size": ${size}`,
    hash === null ? null : `"hash": ${hash}`,
    meta === null ? null : `"meta": ${meta}`
  ]
  return `{${fields.filter((f) => f !== null).join(', ')}}`
}

const dir = (logicalKey: string, meta = '{"d": 1}'): string =>
  `{"logical_key": ${JSON.stringify(logicalKey)}, "meta": ${meta}}`

const lf = (...lines: string[]): Buffer => Buffer.from(lines.join('\n') + '\n', 'utf-8')

/** Manifests quilt3 loads; some (`size: null`) have no top hash there either. */
const READ: [string, Buffer][] = [
  // 1. directory lines: `set_meta` on the node `path[:-1]` names.
  ['dir line with the trailing /', lf(HEAD, dir('a/b/'), entry('a/b/c'))],
  ['dir line without / (meta of the parent dir)', lf(HEAD, dir('a/b'), entry('a/b/c'))],
  ['dir line without / at the top (package user_meta)', lf(HEAD, dir('x'), entry('a'))],
  ['dir line without / naming a dir', lf(HEAD, dir('a'), entry('a/f'))],
  ['dir line with an empty key (package user_meta)', lf(HEAD, dir(''), entry('a'))],
  ['dir line "/" (a directory named "")', lf(HEAD, dir('/'), entry('a'))],
  ['dir line below an entry (the entry user_meta)', lf(HEAD, entry('a'), dir('a/b'))],
  [
    'dir lines for one dir, the last one wins',
    lf(HEAD, dir('a/'), dir('a/b', '[1]'), entry('a/f'))
  ],
  ['dir line with falsy meta', lf(HEAD, dir('a/', '{}'), dir('b/', '0'), entry('a/f'))],
  ['physical_keys [] is a dir line', lf(HEAD, '{"logical_key": "a/", "physical_keys": [], "meta": {"z": 1}}', entry('a/f'))], // prettier-ignore
  // 2. sizes: kept as read, written and hashed back as read.
  ['size 3.0', lf(HEAD, entry('a', '3.0'))],
  ['size 3e0', lf(HEAD, entry('a', '3e0'))],
  ['size 3.5', lf(HEAD, entry('a', '3.5'))],
  ['size 1e16', lf(HEAD, entry('a', '1e16'))],
  ['size -0', lf(HEAD, entry('a', '-0'))],
  ['size -1', lf(HEAD, entry('a', '-1'))],
  ['size "3"', lf(HEAD, entry('a', '"3"'))],
  ['size true', lf(HEAD, entry('a', 'true'))],
  ['size null (no top hash)', lf(HEAD, entry('a', 'null'))],
  // 4. sizes above 2^53: exact integers.
  ['size 2^53', lf(HEAD, entry('a', String(2n ** 53n)))],
  ['size 2^53 + 1', lf(HEAD, entry('a', String(2n ** 53n + 1n)))],
  ['size 2^70', lf(HEAD, entry('a', String(2n ** 70n)))],
  ['size 2^53 + 1 as a float', lf(HEAD, entry('a', '9007199254740993.0'))],
  // 3. line endings: universal newlines.
  ['CR line endings', Buffer.from([HEAD, dir('a/'), entry('a/f', '3.0')].join('\r') + '\r')],
  ['CRLF line endings', Buffer.from([HEAD, dir('a/'), entry('a/f')].join('\r\n') + '\r\n')],
  ['mixed line endings', Buffer.from(`${HEAD}\r${entry('a')}\r\n${entry('b')}\n${entry('c')}`)],
  ['no final newline', Buffer.from(`${HEAD}\n${entry('a')}`)],
  // hash objects are not checked by _load.
  ['hash without value', lf(HEAD, entry('a', '3', '{"type": "sha2-256-chunked"}'))],
  ['hash a string', lf(HEAD, entry('a', '3', '"zz"'))],
  ['top_hash in the package line', lf('{"version": "v0", "top_hash": "x", "message": null}', entry('a'))] // prettier-ignore
]

/** Manifests quilt3 refuses to load. */
const REFUSED: [string, Buffer][] = [
  ['empty', Buffer.alloc(0)],
  ['not UTF-8', Buffer.concat([lf(HEAD), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a])])],
  ['a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), lf(HEAD, entry('a'))])],
  ['truncated JSON', Buffer.from(`${HEAD}\n${entry('a').slice(0, 40)}`)],
  ['a blank line', lf(HEAD, '', entry('a'))],
  ['a CR inside a line', lf(HEAD, entry('a').replace('"size":', '"size":\r'))],
  ['a line that is not an object', lf(HEAD, '[1]')],
  ['a null line', lf(HEAD, 'null')],
  ['a dir line without meta', lf(HEAD, '{"logical_key": "a/"}', entry('a/f'))],
  ['an entry without hash', lf(HEAD, entry('a', '3', null))],
  ['an entry without size', lf(HEAD, entry('a', null))],
  ['an entry without meta', lf(HEAD, entry('a', '3', HASH, null))],
  ['a duplicate logical key', lf(HEAD, entry('a'), entry('a'))],
  ['a dir line below a path through an entry', lf(HEAD, entry('a'), dir('a/b/c'))]
]

interface Loaded {
  /** quilt3's top hash, or the error `top_hash` raised. */
  topHash: string | null
  topHashError: string | null
  /** `_dump` of the loaded package, base64. */
  dump: string
}
interface Oracle {
  /** Per case: what quilt3 made of it, or the error `_from_path` raised. */
  read: (Loaded | { error: string })[]
  /** Per READ case: quilt3 loading our re-written bytes. */
  again: (Loaded | { error: string })[]
}

const ORACLE = `
${PY_COMMON}
import os, tempfile
import quilt3

def load(data):
    fd, path = tempfile.mkstemp()
    with os.fdopen(fd, 'wb') as f:
        f.write(base64.b64decode(data))
    try:
        pkg = quilt3.Package._from_path(path)
    except Exception as e:
        return {'error': describe_error(e)}
    finally:
        os.unlink(path)
    try:
        top_hash, top_hash_error = pkg.top_hash, None
    except Exception as e:
        top_hash, top_hash_error = None, describe_error(e)
    return {'topHash': top_hash, 'topHashError': top_hash_error, 'dump': b64(dump_manifest(pkg))}

def main(data):
    return {'read': [load(m) for m in data['read']], 'again': [load(m) for m in data['again']]}
`

function ours(bytes: Buffer): { manifest: Buffer; topHash: string | null } {
  const pkg = Package.fromManifestBytes(bytes)
  let topHash: string | null = null
  try {
    topHash = pkg.topHash()
  } catch {
    topHash = null
  }
  return { manifest: pkg.toManifest(), topHash }
}

let oracle: Oracle

beforeAll(async () => {
  const again = READ.map(([, bytes]) => ours(bytes).manifest.toString('base64'))
  oracle = await runPython<Oracle>(ORACLE, {
    read: [...READ, ...REFUSED].map(([, bytes]) => bytes.toString('base64')),
    again
  })
})
afterAll(() => cleanupTempDirs())

function loaded(r: Loaded | { error: string }): Loaded {
  if ('error' in r) throw new Error(`quilt3 refused it: ${r.error}`)
  return r
}

describe('manifests quilt3 reads', () => {
  it.each(READ.map(([name, bytes], i) => [name, bytes, i] as const))(
    '%s: same top hash and re-written bytes as quilt3, both ways',
    (_name, bytes, i) => {
      const theirs = loaded(oracle.read[i]!)
      const mine = ours(bytes)
      expect(mine.manifest.toString('utf-8')).toBe(
        Buffer.from(theirs.dump, 'base64').toString('utf-8')
      )
      expect(mine.topHash).toBe(theirs.topHash)
      // quilt3 reading what we wrote: the same package again.
      const back = loaded(oracle.again[i]!)
      expect(back.dump).toBe(theirs.dump)
      expect(back.topHash).toBe(theirs.topHash)
    }
  )

  it('a dir line without "/" sets the parent directory, not the named one', () => {
    const pkg = Package.fromManifestBytes(lf(HEAD, dir('a/b'), entry('a/b/c')))
    expect(pkg.dirLines().map((d) => d.logicalKey)).toEqual(['a/'])
  })

  it('sizes above 2^53 are kept exact', () => {
    const big = String(2n ** 53n + 1n)
    const text = ours(lf(HEAD, entry('a', big))).manifest.toString('utf-8')
    expect(text).toContain(`"size": ${big},`)
  })
})

describe('manifests quilt3 refuses', () => {
  it.each(REFUSED.map(([name, bytes], i) => [name, bytes, READ.length + i] as const))(
    '%s: refused as quilt3 refuses it',
    (_name, bytes, i) => {
      expect(oracle.read[i]).toHaveProperty('error')
      expect(() => Package.fromManifestBytes(bytes)).toThrow(ManifestError)
    }
  )
})
