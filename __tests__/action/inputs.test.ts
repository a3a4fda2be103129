/** parseInputs: every input checked once, into one typed request; errors name the input. */
import { availableParallelism, homedir } from 'node:os'
import { join } from 'node:path'
import {
  InputError,
  parseInputs,
  parseMetaInput,
  type BuildInputs
} from '../../src/action/inputs.js'

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

/** A build request over valid name and path (mode 'build' unless `values` gives another). */
function parse(values: Record<string, string>): BuildInputs {
  const r = parseInputs(reader({ mode: 'build', name: 'team/dataset', path: 'data', ...values }))
  if (r.mode !== 'build') throw new Error(`expected a build request, got ${r.mode}`)
  return r
}

/** The InputError thrown for `values`. */
function failure(values: Record<string, string>): InputError {
  try {
    parse(values)
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error(`no error for ${JSON.stringify(values)}`)
}

describe('parseInputs', () => {
  it('fills in the defaults', () => {
    expect(parseInputs(reader({ mode: 'build', name: 'team/dataset', path: 'data' }))).toEqual({
      mode: 'build',
      name: 'team/dataset',
      dryRun: false,
      path: { kind: 'local', folder: join(process.cwd(), 'data') },
      registry: { kind: 'default' },
      message: null,
      meta: undefined,
      // No input: 32 requests in flight, a hashing thread per core.
      concurrency: { s3Requests: 32, hashThreads: availableParallelism() },
      awsRegion: undefined,
      endpointUrl: undefined,
      workflow: { kind: 'default' },
      auth: {
        roleToAssume: undefined,
        audience: 'sts.amazonaws.com',
        sessionName: undefined,
        durationSeconds: 3600,
        roleChaining: false,
        externalId: undefined,
        skipSessionTagging: false
      },
      catalog: undefined
    })
  })

  it('trims name, path, registry, mode and concurrency', () => {
    expect(
      parseInputs(
        reader({
          mode: ' build\n',
          name: '  team/dataset ',
          path: '\tdata ',
          registry: ' /tmp/reg ',
          concurrency: ' 4 '
        })
      )
    ).toMatchObject({
      mode: 'build',
      name: 'team/dataset',
      path: { kind: 'local', folder: join(process.cwd(), 'data') },
      registry: { kind: 'local', folder: '/tmp/reg' },
      concurrency: { s3Requests: 4, hashThreads: Math.min(4, availableParallelism()) }
    })
  })

  it('keeps the message as given; empty is null', () => {
    expect(parse({ message: '  Built from abc\nsecond line ' }).message).toBe(
      '  Built from abc\nsecond line '
    )
    expect(parse({ message: '' }).message).toBeNull()
  })

  it('reads meta with Python semantics: floats stay floats, ints exact, key order kept', () => {
    const meta = parse({
      meta: '{"z": 1.0, "big": 123456789012345678901234567890, "i": 2, "a": [1e2, -0.0]}'
    }).meta
    expect(meta).toBeInstanceOf(Map)
    const m = meta as Map<string, unknown>
    expect([...m.keys()]).toEqual(['z', 'big', 'i', 'a'])
    expect(m.get('z')).toBe(1) // a float (number), not an int (bigint)
    expect(typeof m.get('z')).toBe('number')
    expect(m.get('big')).toBe(123456789012345678901234567890n)
    expect(m.get('i')).toBe(2n)
    expect(m.get('a')).toEqual([100, -0])
    expect(Object.is((m.get('a') as number[])[1], -0)).toBe(true)
  })

  it('keeps a duplicate key at its first place with its last value, as json.loads does', () => {
    const m = parse({ meta: '{"a": 1, "b": 2, "a": 3}' }).meta as Map<string, unknown>
    expect([...m.entries()]).toEqual([
      ['a', 3n],
      ['b', 2n]
    ])
  })

  it('tells empty meta (undefined) from JSON null and from other JSON values', () => {
    expect(parse({ meta: '' }).meta).toBeUndefined()
    expect(parse({ meta: '  \n ' }).meta).toBeUndefined()
    expect(parse({ meta: 'null' }).meta).toBeNull()
    expect(parse({ meta: ' [1, "x"] ' }).meta).toEqual([1n, 'x'])
    expect(parse({ meta: '"text"' }).meta).toBe('text')
  })

  it.each(['team/dataset', 'a_b/c-d', 'T3/x', 'équipe/données', '1/2'])(
    'accepts the package name %j',
    (name) => {
      expect(parse({ name }).name).toBe(name)
    }
  )

  it.each(['user/pkg.name', 'a/b/c', 'user', '/pkg', 'user/', 'a b/c', 'a/b\nc'])(
    'refuses the package name %j, saying what a name is',
    (name) => {
      const e = failure({ name })
      expect(e.input).toBe('name')
      expect(e.message).toContain(`'name'`)
      expect(e.message).toContain('namespace/package')
    }
  )

  it.each([
    ['mode', { mode: '' }],
    ['mode', { mode: ' \n' }],
    ['name', { name: '' }],
    ['name', { name: '   ' }],
    ['path', { path: '' }],
    ['path', { path: ' \n' }]
  ])('requires %s', (input, values) => {
    const e = failure(values)
    expect(e.input).toBe(input)
    expect(e.message).toMatch(new RegExp(`^Input '${input}' is required: `))
  })

  it.each([
    ['1', 1],
    ['256', 256],
    ['16', 16]
  ])('accepts concurrency %j', (text, n) => {
    // One knob for every mode: requests in flight, and hashing threads up to one per core.
    expect(parse({ concurrency: text }).concurrency).toEqual({
      s3Requests: n,
      hashThreads: Math.min(n, availableParallelism())
    })
  })

  it.each(['0', '257', '300', 'abc', '1.5', '-1', '+4', '1e2', '0x10', '4 threads'])(
    'refuses concurrency %j',
    (text) => {
      const e = failure({ concurrency: text })
      expect(e.input).toBe('concurrency')
      expect(e.message).toBe(
        `Input 'concurrency' must be a whole number from 1 to 256, got '${text}'.`
      )
    }
  )

  it('has no default mode: an unset mode fails naming the input and the modes', () => {
    const requests: Record<string, string>[] = [
      { name: 'team/dataset', path: 'data' },
      { mode: '', name: 'team/dataset', path: 'data' },
      { mode: '  ', name: 'a/b', 'top-hash': 'abcdef12' }
    ]
    for (const values of requests) {
      let error: unknown
      try {
        parseInputs(reader(values))
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).input).toBe('mode')
      expect((error as InputError).message).toMatch(
        /^Input 'mode' is required: what to do, one of: build, push, delete \(there is no default\b/
      )
    }
  })

  it('refuses build with a local path into an s3:// registry, naming the mode', () => {
    for (const path of ['data', '/tmp/data', 'file:///tmp/data']) {
      const e = failure({ path, registry: 's3://bkt' })
      expect(e.input).toBe('mode')
      expect(e.message).toMatch(/^Input 'mode' is 'build'.*local folder.*'mode: push'/)
    }
    // An s3:// path may be built into an s3:// registry; a local path into a local registry.
    expect(parse({ path: 's3://bkt/data', registry: 's3://bkt' })).toMatchObject({
      path: { kind: 's3', url: 's3://bkt/data' },
      registry: { kind: 's3', bucket: 'bkt' }
    })
    expect(parse({ path: 'data', registry: '/tmp/reg' }).registry).toEqual({
      kind: 'local',
      folder: '/tmp/reg'
    })
  })

  it('reads the registry once, as quilt3 does: a folder, a file:// URL, ~, or s3://bucket', () => {
    expect(parse({ registry: 'file:///tmp/reg/' }).registry).toEqual({
      kind: 'local',
      folder: '/tmp/reg'
    })
    expect(parse({ registry: '~/reg' }).registry).toEqual({
      kind: 'local',
      folder: join(homedir(), 'reg')
    })
    expect(parse({ registry: 'S3://bkt/', path: 's3://bkt/x' }).registry).toEqual({
      kind: 's3',
      bucket: 'bkt'
    })
    const withPath = failure({ registry: 's3://bkt/some/path', path: 's3://bkt/x' })
    expect(withPath.input).toBe('registry')
    expect(withPath.message).toMatch(
      /^Input 'registry': The 'registry' argument expects an S3 bucket but the S3 object path 's3:\/\/bkt\/some\/path' was provided instead\./
    )
    const other = failure({ registry: 'https://example.com/reg' })
    expect(other.input).toBe('registry')
    expect(other.message).toBe(
      "Input 'registry' must be a local folder, a file:// URL or s3://bucket; got 'https://example.com/reg'."
    )
  })

  it.each([
    ['crc64nvme', 'CRC64NVME'],
    [' CRC64NVME ', 'CRC64NVME'],
    ['sha2-256-chunked', 'sha2-256-chunked'],
    ['', undefined]
  ])('checksum %j is read as %s (not given: decided at sign-in)', (text, type) => {
    expect(parse({ checksum: text }).checksum).toBe(type)
  })

  it('refuses an unknown checksum, naming the kinds; and checksum with delete', () => {
    const e = failure({ checksum: 'sha256' })
    expect(e.input).toBe('checksum')
    expect(e.message).toBe(
      "Input 'checksum' must be one of: sha2-256-chunked, crc64nvme; got 'sha256'."
    )
    expect(() =>
      parseInputs(reader({ mode: 'delete', name: 'a/b', checksum: 'crc64nvme' }))
    ).toThrow(/^Input 'checksum' is not used with mode 'delete' \(only with: build, push\)/)
  })

  it('lists the valid modes for an unknown one', () => {
    const e = failure({ mode: 'publish' })
    expect(e.input).toBe('mode')
    expect(e.message).toBe("Input 'mode' must be one of: build, push, delete; got 'publish'.")
  })

  it('push needs an s3:// registry', () => {
    const e = failure({ mode: 'push' })
    expect(e.input).toBe('registry')
    expect(e.message).toMatch(/required with mode 'push'.*s3:\/\/bucket/)
    const local = failure({ mode: 'push', registry: '/tmp/registry' })
    expect(local.input).toBe('registry')
    expect(local.message).toMatch(/Can only 'push' to remote registries in S3/)
  })

  it('parses a push request with its booleans and dest', () => {
    const r = parseInputs(
      reader({
        mode: 'push',
        name: 'a/b',
        path: 'data',
        registry: 's3://bkt',
        dest: 's3://bkt/x',
        force: 'True',
        dedupe: 'false'
      })
    )
    expect(r).toMatchObject({
      mode: 'push',
      registry: { kind: 's3', bucket: 'bkt' },
      dest: 's3://bkt/x',
      force: true,
      dedupe: false
    })
  })

  it('parses a delete request; path and message are refused there', () => {
    expect(
      parseInputs(reader({ mode: 'delete', name: 'a/b', 'top-hash': 'abcdef12' }))
    ).toMatchObject({
      mode: 'delete',
      topHash: 'abcdef12'
    })
    expect(failure({ mode: 'delete', path: 'data' }).input).toBe('path')
    expect(() => parseInputs(reader({ mode: 'delete', name: 'a/b', 'top-hash': 'xyz' }))).toThrow(
      "Input 'top-hash' must be a top hash or a prefix of it"
    )
  })

  it('is case-sensitive about the mode', () => {
    expect(failure({ mode: 'Build' }).input).toBe('mode')
  })

  it('reports the mode before the other inputs', () => {
    expect(failure({ mode: 'nope', name: '', path: '', concurrency: '0' }).input).toBe('mode')
    expect(failure({ mode: '', name: '', path: '', concurrency: '0' }).input).toBe('mode')
    expect(failure({ name: 'bad', concurrency: '0' }).input).toBe('name')
  })
})

describe('parseMetaInput', () => {
  it.each([
    ['{"a": 1,}', 'Expecting property name enclosed in double quotes', 1, 9],
    ['{"a" 1}', "Expecting ':' delimiter", 1, 6],
    ['[1 2]', "Expecting ',' delimiter", 1, 4],
    ["{'a': 1}", 'Expecting property name enclosed in double quotes', 1, 2],
    ['{"a": 1}\n{"b": 2}', 'Extra data', 2, 1],
    ['{\n  "a": tru\n}', 'Expecting value', 2, 8],
    ['"\tx"', 'Invalid control character at', 1, 2],
    ['{"x": NaN}', 'NaN is not allowed', 1, 7],
    ['[Infinity]', 'Infinity is not allowed', 1, 2],
    ['[1, -Infinity]', '-Infinity is not allowed', 1, 5],
    ['{"x": 1e400}', 'Number 1e400 is out of the range of a 64-bit float', 1, 7],
    ['{"é": "ü", "x": }', 'Expecting value', 1, 17]
  ])('refuses %j giving the reason, line and column', (text, reason, line, column) => {
    let error: unknown
    try {
      parseMetaInput(text)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const e = error as InputError
    expect(e.input).toBe('meta')
    expect(e.message).toMatch(/^Input 'meta' is not valid JSON: /)
    expect(e.message).toContain(reason)
    expect(e.message).toMatch(new RegExp(` at line ${line}, column ${column}\\.$`))
  })

  it('accepts the largest and smallest doubles and integers Python can read', () => {
    expect(parseMetaInput('1.7976931348623157e308')).toBe(Number.MAX_VALUE)
    expect(parseMetaInput('5e-324')).toBe(5e-324)
    expect(parseMetaInput('1e-400')).toBe(0) // underflows to 0.0 in Python too
    expect(parseMetaInput('9'.repeat(4300))).toBe(BigInt('9'.repeat(4300)))
    expect(() => parseMetaInput('9'.repeat(4301))).toThrow(/exceeds Python's limit/)
  })
})
