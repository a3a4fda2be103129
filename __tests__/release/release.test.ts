/**
 * The release as a maintainer meets it: scripts/release.mjs's rules for tags and changelog
 * sections, a dry run in a clone of this repository (what it checks, the notes, the commands it
 * would run), each refusal and the fix it names; the workflow that runs it on a tag; and the
 * README's `uses:` lines and YAML examples.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml, parseDocument } from 'yaml'
import { actionYml, ROOT } from '../helpers/run.js'
import { cleanupTempDirs, tempDir } from '../helpers/tmp.js'

interface Release {
  tag: string
  version: string
  major: string
  numbers: number[]
}

/** What the tests use of scripts/release.mjs (plain JavaScript, run by node in the workflow). */
interface ReleaseScript {
  parseTag: (tag: string | undefined) => Release
  changelogSection: (text: string, version: string, file?: string) => string
  newestInMajor: (release: Release, tags: string[]) => Release
}

const SCRIPT = join(ROOT, 'scripts', 'release.mjs')
// A path in a variable: TypeScript leaves the JavaScript module untyped, the interface types it.
const { parseTag, changelogSection, newestInMajor } = (await import(
  pathToFileURL(SCRIPT).href
)) as ReleaseScript

const readText = (file: string): string => readFileSync(join(ROOT, file), 'utf-8')
const VERSION = (JSON.parse(readText('package.json')) as { version: string }).version
const TAG = `v${VERSION}`
const MAJOR = `v${VERSION.split('.')[0]}`

/** A pattern matching `text` as it is. */
const literal = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))

afterAll(() => cleanupTempDirs())

describe('parseTag', () => {
  it.each([
    ['v1.0.0', '1.0.0', 'v1'],
    ['v0.3.12', '0.3.12', 'v0'],
    ['v10.20.300', '10.20.300', 'v10']
  ])('reads %s as version %s of major %s', (tag, version, major) => {
    expect(parseTag(tag)).toMatchObject({ tag, version, major })
  })

  it.each([
    '1.0.0',
    'v1.0',
    'v1',
    'v1.0.0-rc.1',
    'v1.0.0+build',
    'v01.0.0',
    'V1.0.0',
    'refs/tags/v1.0.0',
    'v1.0.0 '
  ])('refuses %j, saying what a release tag looks like', (tag) => {
    expect(() => parseTag(tag)).toThrow(
      `'${tag}' is not a release tag: expected vX.Y.Z, such as v1.2.3`
    )
  })

  it.each([undefined, ''])('refuses no tag (%j), saying how to give one', (tag) => {
    expect(() => parseTag(tag)).toThrow(
      /No tag given: run `node scripts\/release\.mjs vX\.Y\.Z`, or set GITHUB_REF_NAME/
    )
  })
})

const CHANGELOG = `# Changelog

## [Unreleased]

- Something not yet released.

## [1.10.0] - 2027-02-01

### Fixed

- The tenth.

## [1.1.0] - 2027-01-01

### Added

- A [reference link][docs].

### Fixed

- A fix.

## [1.0.1-rc.1] - 2026-12-20

A candidate.

## 1.0.1

Plain heading.

## [1.0.0] - 2026-12-05

First release.

[unreleased]: https://example.com/compare/v1.10.0...HEAD
[1.0.0]: https://example.com/releases/tag/v1.0.0
`

describe('changelogSection', () => {
  it.each([
    ['1.1.0', '### Added\n\n- A [reference link][docs].\n\n### Fixed\n\n- A fix.'],
    ['1.10.0', '### Fixed\n\n- The tenth.'],
    ['1.0.1', 'Plain heading.'],
    ['1.0.0', 'First release.']
  ])(
    'gives the notes of %s, without heading and the link definitions that end the file',
    (version, notes) => {
      expect(changelogSection(CHANGELOG, version)).toBe(notes)
    }
  )

  it('reads a file with Windows line ends', () => {
    expect(changelogSection(CHANGELOG.replace(/\n/g, '\r\n'), '1.0.1')).toBe('Plain heading.')
  })

  it.each([
    ['1.0', "CHANGELOG.md has no section for 1.0: add a heading '## [1.0] - YYYY-MM-DD'"],
    ['1.2.0', "CHANGELOG.md has no section for 1.2.0: add a heading '## [1.2.0] - YYYY-MM-DD'"],
    ['0.1.0', 'CHANGELOG.md has no section for 0.1.0']
  ])(
    'refuses a version without a section (%s), naming the file and the heading to add',
    (version, says) => {
      expect(() => changelogSection(CHANGELOG, version)).toThrow(says)
    }
  )

  it('refuses an empty section, naming the file and the heading', () => {
    const text = CHANGELOG.replace('## [Unreleased]', '## [1.2.0] - 2027-03-01\n\n## [Unreleased]')
    expect(() => changelogSection(text, '1.2.0', 'docs/CHANGES.md')).toThrow(
      "docs/CHANGES.md: the section '## [1.2.0] - 2027-03-01' is empty: list the changes of 1.2.0 under it."
    )
  })
})

describe('newestInMajor (whether the major tag moves to this release)', () => {
  it.each([
    ['v1.0.1', ['v1.0.0', 'v1.1.0'], 'v1.1.0'],
    ['v1.0.1', ['v1.0.0', 'v1.0.1', 'v2.0.0', 'v1', 'latest'], 'v1.0.1'],
    ['v1.10.0', ['v1.9.0', 'v1.2.3'], 'v1.10.0'],
    ['v2.0.0', [], 'v2.0.0']
  ])('%s with tags %j: %s', (tag, tags, newest) => {
    expect(newestInMajor(parseTag(tag), tags).tag).toBe(newest)
  })
})

describe('CHANGELOG.md', () => {
  it("has an [Unreleased] section, then package.json's version as its newest release", () => {
    const headings = readText('CHANGELOG.md')
      .split('\n')
      .filter((l) => l.startsWith('## '))
    expect(headings[0]).toBe('## [Unreleased]')
    expect(headings[1]).toMatch(
      new RegExp(`^## \\[${literal(VERSION).source}\\] - \\d{4}-\\d{2}-\\d{2}$`)
    )
  })
})

// ---- The script in a clone of this repository ----

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** The environment of a command: none of GitHub Actions' or git's own variables, a git identity. */
function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  const drop = [
    'GITHUB_ACTIONS',
    'GITHUB_REF_NAME',
    'GH_TOKEN',
    'GITHUB_TOKEN',
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE'
  ]
  for (const k of drop) Reflect.deleteProperty(env, k)
  return {
    ...env,
    GIT_AUTHOR_NAME: 'Release Test',
    GIT_AUTHOR_EMAIL: 'release@example.com',
    GIT_COMMITTER_NAME: 'Release Test',
    GIT_COMMITTER_EMAIL: 'release@example.com',
    ...extra
  }
}

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
    cwd: dir,
    env: childEnv(),
    encoding: 'utf-8'
  })
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout.trim()
}

/**
 * A clone of this repository at HEAD, without its tags, with the files the script reads as they
 * are in this working tree (committed or not), committed.
 */
function cloneRepo(): string {
  const dir = join(tempDir('qpa-release-'), 'repo')
  git(ROOT, 'clone', '--quiet', '--no-tags', ROOT, dir)
  for (const file of ['package.json', 'CHANGELOG.md', 'scripts/release.mjs']) {
    cpSync(join(ROOT, file), join(dir, file))
  }
  commit(dir, 'The release files of the working tree')
  return dir
}

function commit(dir: string, message: string): void {
  git(dir, 'add', '-A')
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', message)
}

/** `node scripts/release.mjs ...args` in the clone. */
function release(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, ['scripts/release.mjs', ...args], {
    cwd: dir,
    env: childEnv(env),
    encoding: 'utf-8',
    timeout: 60000
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** A clone whose HEAD is tagged `tag` (if any), after `prepare` changed and committed it. */
function tagged(tag: string | undefined, prepare: (dir: string) => void = () => undefined): string {
  const dir = cloneRepo()
  prepare(dir)
  commit(dir, 'Prepared')
  if (tag !== undefined) git(dir, 'tag', tag)
  return dir
}

function editJson(file: string, edit: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf-8')) as Record<string, unknown>
  edit(json)
  writeFileSync(file, JSON.stringify(json, null, 2) + '\n')
}

/** Make `npm run package` in the clone run `script` (a line of JavaScript) instead of ncc. */
function packageScript(dir: string, script: string): void {
  editJson(join(dir, 'package.json'), (json) => {
    ;(json.scripts as Record<string, string>).package = `node -e "${script}"`
  })
}

/** The release notes the dry run shows between its `-----` lines, and the file it names. */
function shownNotes(stdout: string): { file: string; notes: string } {
  const m = /^Release notes \((.+)\):\n-----\n([\s\S]*?)\n-----$/m.exec(stdout)
  if (!m) throw new Error(`no release notes in:\n${stdout}`)
  return { file: m[1]!, notes: m[2]! }
}

const wouldRun = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('Would run: '))
    .map((l) => l.slice('Would run: '.length))

/** The section of CHANGELOG.md for package.json's version, read without the script. */
function expectedNotes(): string {
  const text = readText('CHANGELOG.md')
  const start = text.indexOf(`\n## [${VERSION}] - `)
  expect(start).toBeGreaterThan(0)
  const body = text.slice(text.indexOf('\n', start + 1) + 1)
  return body.split('\n## ')[0]!.trim()
}

describe(`node scripts/release.mjs ${TAG} --dry-run, in a clone tagged ${TAG}`, () => {
  let dir: string
  let run: Run
  beforeAll(() => {
    dir = tagged(TAG)
    run = release(dir, [TAG, '--dry-run', '--skip-package'])
  })

  it('passes every check and says so', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Release ${TAG} (dry run: nothing is published)`)
    expect(run.stdout).toContain(`- ${TAG} is package.json's version`)
    expect(run.stdout).toContain(`- CHANGELOG.md has the notes of ${VERSION}`)
    expect(run.stdout).toContain(
      `- ${TAG} is the checked-out commit ${git(dir, 'rev-parse', 'HEAD').slice(0, 12)}`
    )
    expect(run.stdout).toContain('- dist/ is fresh (as committed; not rebuilt: --skip-package)')
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('Dry run: every check passed.')
  })

  it("shows the release notes: CHANGELOG.md's section, also in the file given to gh", () => {
    const { file, notes } = shownNotes(run.stdout)
    expect(notes).toBe(expectedNotes())
    expect(notes.length).toBeGreaterThan(100)
    expect(readFileSync(file, 'utf-8')).toBe(`${notes}\n`)
  })

  it('prints the commands that would create the release and move the major tag, in order', () => {
    const { file } = shownNotes(run.stdout)
    expect(wouldRun(run.stdout)).toEqual([
      `gh release create ${TAG} --title ${TAG} --notes-file ${file} --verify-tag`,
      `git tag -f ${MAJOR} '${TAG}^{commit}'`,
      `git push -f origin ${MAJOR}`
    ])
  })

  it('runs none of them', () => {
    expect(run.stdout).not.toContain('Running:')
    expect(git(dir, 'tag', '--list')).toBe(TAG)
  })

  it('takes the tag from GITHUB_REF_NAME when none is given', () => {
    const r = release(dir, ['--dry-run', '--skip-package'], { GITHUB_REF_NAME: TAG })
    expect(r.code).toBe(0)
    expect(wouldRun(r.stdout)[0]).toMatch(new RegExp(`^gh release create ${TAG} `))
  })

  it(`leaves ${MAJOR} on a newer release of the same major version`, () => {
    const newer = `${MAJOR}.999.0`
    git(dir, 'tag', newer)
    try {
      const r = release(dir, [TAG, '--dry-run', '--skip-package'])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(`${MAJOR} stays on ${newer}, a newer release.`)
      expect(wouldRun(r.stdout)).toEqual([
        expect.stringMatching(new RegExp(`^gh release create ${TAG} `))
      ])
    } finally {
      git(dir, 'tag', '-d', newer)
    }
  })
})

describe(`node scripts/release.mjs ${TAG} for real, with a stand-in gh and a local origin`, () => {
  let dir: string
  let origin: string
  let ghArgs: string
  let path: string
  let run: Run
  beforeAll(() => {
    dir = tagged(TAG)
    // origin: a bare repository (never this one) whose major tag is on an older commit.
    origin = join(tempDir('qpa-origin-'), 'origin.git')
    git(dir, 'init', '--quiet', '--bare', origin)
    git(dir, 'remote', 'set-url', 'origin', origin)
    git(dir, 'push', '--quiet', origin, `HEAD~1:refs/tags/${MAJOR}`, `refs/tags/${TAG}`)
    // gh: writes its arguments and the notes it was given.
    const bin = tempDir('qpa-bin-')
    ghArgs = join(bin, 'gh-args')
    const gh = join(bin, 'gh')
    // `gh release view TAG` succeeds once `gh release create TAG` ran (releases: one tag a line).
    const releases = join(bin, 'releases')
    writeFileSync(releases, '')
    writeFileSync(
      gh,
      [
        '#!/bin/sh',
        `if [ "$2" = view ]; then grep -qx "$3" '${releases}'; exit $?; fi`,
        `printf '%s\\n' "$@" > '${ghArgs}'`,
        `echo "$3" >> '${releases}'`,
        'while [ "$1" != --notes-file ]; do shift; done',
        `cp "$2" '${ghArgs}.notes'`,
        ''
      ].join('\n')
    )
    chmodSync(gh, 0o755)
    path = `${bin}:${process.env.PATH ?? ''}`
    run = release(dir, [TAG, '--skip-package'], { PATH: path })
  })

  it('creates the GitHub release of the tag, titled with it, with the notes of CHANGELOG.md', () => {
    expect(run.stderr).not.toContain('Release failed')
    expect(run.code).toBe(0)
    const args = readFileSync(ghArgs, 'utf-8').trimEnd().split('\n')
    expect(args).toEqual([
      'release',
      'create',
      TAG,
      '--title',
      TAG,
      '--notes-file',
      args[6],
      '--verify-tag'
    ])
    expect(readFileSync(`${ghArgs}.notes`, 'utf-8')).toBe(`${expectedNotes()}\n`)
  })

  it(`moves ${MAJOR} to the release, here and on origin, and says what it ran`, () => {
    const released = git(dir, 'rev-parse', `${TAG}^{commit}`)
    expect(git(dir, 'rev-parse', `${MAJOR}^{commit}`)).toBe(released)
    expect(git(origin, 'rev-parse', `${MAJOR}^{commit}`)).toBe(released)
    expect(run.stdout).toContain(`Running: git tag -f ${MAJOR} '${TAG}^{commit}'`)
    expect(run.stdout).toContain(`Running: git push -f origin ${MAJOR}`)
    expect(run.stderr).toContain(`${MAJOR} -> ${MAJOR} (forced update)`)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`Released ${TAG}.`)
  })

  it(`run again (a later step had failed), it does not create the release twice and still moves ${MAJOR}`, () => {
    git(origin, 'tag', '-f', MAJOR, `${TAG}^{commit}~1`)
    const again = release(dir, [TAG, '--skip-package'], { PATH: path })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`The release ${TAG} exists already: not created again.`)
    expect(again.stdout).not.toContain('Running: gh release create')
    expect(git(origin, 'rev-parse', `${MAJOR}^{commit}`)).toBe(
      git(dir, 'rev-parse', `${TAG}^{commit}`)
    )
  })
})

describe('npm run package (the default: no --skip-package)', () => {
  it('runs it, and passes when dist/ stays as committed', () => {
    const dir = tagged(TAG, (d) => packageScript(d, "console.log('npm run package ran')"))
    const r = release(dir, [TAG, '--dry-run'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('npm run package ran')
    expect(r.stdout).toMatch(/^- dist\/ is fresh$/m)
  })

  it('runs it, and refuses the release when it changes dist/', () => {
    const dir = tagged(TAG, (d) =>
      packageScript(d, "require('fs').appendFileSync('dist/index.js', '// built from newer src')")
    )
    const r = release(dir, [TAG, '--dry-run'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      "Release failed: dist/ is not fresh: it differs from what 'npm run package' builds from src/:\n M dist/index.js\nRun 'npm run package', commit dist/, and tag that commit."
    )
    expect(wouldRun(r.stdout)).toEqual([])
  })
})

interface Refusal {
  title: string
  /** The tag put on the clone's HEAD (none when undefined), after `prepare`. */
  tag?: string
  prepare?: (dir: string) => void
  /** After the tag: changes to the clone. */
  after?: (dir: string) => void
  args: string[]
  env?: NodeJS.ProcessEnv
  /** What stderr says after `Release failed: ` (a text, or a pattern of the whole line). */
  says: string | RegExp
}

const NEXT = VERSION.replace(/\d+$/, (patch) => String(Number(patch) + 1))

const REFUSALS: Refusal[] = [
  {
    title: "a tag that is not package.json's version",
    tag: `v${NEXT}`,
    args: [`v${NEXT}`],
    says:
      `Tag v${NEXT} does not match package.json's version ${VERSION}: either release ${TAG}, or ` +
      `set the version to ${NEXT} (npm version ${NEXT} --no-git-tag-version), commit, and tag that commit v${NEXT}.`
  },
  {
    title: 'a malformed tag',
    tag: TAG,
    args: [VERSION],
    says: `'${VERSION}' is not a release tag: expected vX.Y.Z, such as v1.2.3`
  },
  {
    title: 'a branch name in GITHUB_REF_NAME',
    tag: TAG,
    args: [],
    env: { GITHUB_REF_NAME: 'main' },
    says: "'main' is not a release tag: expected vX.Y.Z"
  },
  {
    title: 'a version missing from the changelog',
    tag: `v${NEXT}`,
    prepare: (dir) => editJson(join(dir, 'package.json'), (json) => (json.version = NEXT)),
    args: [`v${NEXT}`],
    says: `CHANGELOG.md has no section for ${NEXT}: add a heading '## [${NEXT}] - YYYY-MM-DD' followed by the changes of this release`
  },
  {
    title: 'an empty changelog section',
    tag: `v${NEXT}`,
    prepare: (dir) => {
      editJson(join(dir, 'package.json'), (json) => (json.version = NEXT))
      const file = join(dir, 'CHANGELOG.md')
      const text = readFileSync(file, 'utf-8')
      // Empty whatever [Unreleased] holds: the new heading goes right before the last release.
      writeFileSync(file, text.replace(/^## \[\d/m, `## [${NEXT}] - 2030-01-01\n\n$&`))
    },
    args: [`v${NEXT}`],
    says: `CHANGELOG.md: the section '## [${NEXT}] - 2030-01-01' is empty: list the changes of ${NEXT} under it.`
  },
  {
    title: 'a tag that does not exist',
    args: [TAG],
    says: `There is no tag ${TAG} in this clone: tag the release commit (git tag ${TAG}), push the tag (git push origin ${TAG})`
  },
  {
    title: 'a tag that is not the checked-out commit',
    tag: TAG,
    after: (dir) => commit(dir, 'After the tag'),
    args: [TAG],
    says: new RegExp(
      `^Release failed: The checked-out commit [0-9a-f]{12} is not ${literal(TAG).source} ` +
        `\\([0-9a-f]{12}\\): ${literal(`check out the tag (git checkout ${TAG}) so that what is checked is what is released.`).source}$`,
      'm'
    )
  },
  {
    title: 'a dist/ changed since the commit',
    tag: TAG,
    after: (dir) => writeFileSync(join(dir, 'dist', 'extra.js'), '// not committed\n'),
    args: [TAG],
    says: "dist/ is not fresh: it differs from what 'npm run package' builds from src/:\n?? dist/extra.js\nRun 'npm run package', commit dist/"
  },
  {
    title: 'an unknown option',
    tag: TAG,
    args: [TAG, '--dryrun'],
    says: 'Unknown option --dryrun: the options are --dry-run, --skip-package.'
  }
]

describe('refusals: exit 1, publish nothing, say what to fix', () => {
  it.each(REFUSALS)('$title', ({ tag, prepare, after, args, env, says }) => {
    const dir = tagged(tag, prepare)
    after?.(dir)
    const r = release(dir, [...args, '--dry-run', '--skip-package'], env)
    expect(r.stderr).toMatch(typeof says === 'string' ? literal(`Release failed: ${says}`) : says)
    expect(r.code).toBe(1)
    expect(wouldRun(r.stdout)).toEqual([])
  })

  it('annotates the failure in GitHub Actions', () => {
    // Refused before anything is read: this working tree serves.
    const r = release(ROOT, ['v1.0'], { GITHUB_ACTIONS: 'true' })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^::error title=Release::Release failed: 'v1\.0' is not a release tag/)
  })
})

// ---- The workflow ----

interface Step {
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}

interface Workflow {
  on: { push?: { tags?: string[]; branches?: string[] } }
  permissions: Record<string, string>
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>
}

describe('.github/workflows/release.yml', () => {
  const workflow = parseYaml(readText('.github/workflows/release.yml')) as Workflow
  const jobs = Object.values(workflow.jobs)
  const steps = jobs[0]?.steps ?? []
  const runs = steps.map((s) => s.run ?? '')
  const releaseStep = steps.find((s) => s.run?.includes('scripts/release.mjs'))

  it('runs on the push of a tag vX.Y.Z, and on nothing else', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } })
  })

  it('may write contents (the release, the major tag) and nothing more', () => {
    expect(workflow.permissions).toEqual({ contents: 'write' })
  })

  it('checks out every tag, with Node 24 and Python 3.11 (for the tests)', () => {
    expect(jobs).toHaveLength(1)
    const using = (action: string): Step | undefined =>
      steps.find((s) => s.uses?.startsWith(`${action}@`))
    expect(using('actions/checkout')?.with).toEqual({ 'fetch-depth': 0 })
    expect(using('actions/setup-node')?.with).toEqual({ 'node-version': 24, cache: 'npm' })
    expect(using('actions/setup-python')?.with).toEqual({ 'python-version': '3.11' })
  })

  it("runs CI's checks and the tests before the release script, which comes last", () => {
    const order = [
      'npm ci',
      'npm run format:check',
      'npm run lint',
      'npm run typecheck',
      'npm test'
    ]
    const at = order.map((cmd) => runs.indexOf(cmd))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(steps.indexOf(releaseStep!)).toBe(steps.length - 1)
    expect(steps.indexOf(releaseStep!)).toBeGreaterThan(at.at(-1)!)
  })

  it('releases the pushed tag for real: dist/ rebuilt and checked, no dry run', () => {
    expect(releaseStep?.run).toBe('node scripts/release.mjs "$GITHUB_REF_NAME"')
  })

  it("gives gh the job's token and git an identity", () => {
    const env = releaseStep?.env ?? {}
    expect(env.GH_TOKEN).toBe('${{ github.token }}')
    for (const who of ['AUTHOR', 'COMMITTER']) {
      expect(env[`GIT_${who}_NAME`]).toMatch(/\S/)
      expect(env[`GIT_${who}_EMAIL`]).toMatch(/^\S+@\S+$/)
    }
  })
})

// ---- What users read ----

/** The ```yaml blocks of a Markdown file. */
function yamlBlocks(file: string): string[] {
  return [...readText(file).matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!)
}

describe('README.md and SECURITY.md', () => {
  it.each(['README.md', 'SECURITY.md'])('%s: every YAML example parses', (file) => {
    const blocks = yamlBlocks(file)
    expect(blocks.length).toBeGreaterThan(0)
    expect(blocks.map((b) => parseDocument(b).errors.map((e) => e.message))).toEqual(
      blocks.map(() => [])
    )
  })

  const uses = yamlBlocks('README.md').flatMap((b) =>
    [...b.matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)].map((m) => m[1]!)
  )

  it('names actions as owner/repo@ref in every uses: line', () => {
    expect(uses.length).toBeGreaterThan(2)
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w.-]+$/)
  })

  it(`uses this action as <owner>/quilt-package-action@${MAJOR} in its workflows`, () => {
    const ours = uses.filter((u) => u.includes('quilt-package-action'))
    expect(ours.length).toBeGreaterThanOrEqual(2)
    for (const ref of ours)
      expect(ref).toMatch(new RegExp(`^[\\w.-]+/quilt-package-action@${MAJOR}$`))
  })

  it('says how to pin the major version, a full version or a commit SHA, and where releases are listed', () => {
    const readme = readText('README.md')
    const section = readme.slice(readme.indexOf('## Versions and pinning'))
    const body = section.slice(0, section.indexOf('\n## ', 1))
    expect(body).toContain(`quilt-package-action@${MAJOR}\``)
    expect(body).toMatch(new RegExp(`quilt-package-action@${MAJOR}\\.\\d+\\.\\d+\``))
    expect(body).toMatch(/@<commit SHA>\s+# v\d+\.\d+\.\d+/)
    expect(body).toContain('40-character SHA')
    expect(body).toContain('[CHANGELOG.md](CHANGELOG.md)')
  })
})

describe('action.yml', () => {
  it('has what the GitHub Marketplace lists: a name, a description and branding', () => {
    const yml = actionYml() as unknown as {
      name?: string
      description?: string
      branding?: { icon?: string; color?: string }
    }
    expect(yml.name).toEqual(expect.any(String))
    expect(yml.description?.length).toBeGreaterThan(20)
    expect(yml.branding?.icon).toMatch(/^[a-z0-9-]+$/)
    expect([
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark'
    ]).toContain(yml.branding?.color)
  })
})
