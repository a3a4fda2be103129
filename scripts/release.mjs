// The release, run by .github/workflows/release.yml when a tag vX.Y.Z is pushed:
//
//   node scripts/release.mjs v1.2.3 [--dry-run] [--skip-package]
//
// Checks that the tag is vX.Y.Z, equals `v` + package.json's version and is the checked-out
// commit; takes the release notes from CHANGELOG.md's section for that version; checks that
// dist/ is what `npm run package` builds. Then creates the GitHub release with those notes and
// moves the major tag vX to the release (unless a newer vX.*.* exists).
// The tag may come from GITHUB_REF_NAME instead of the argument. --dry-run does every check and
// prints the commands that publish instead of running them; --skip-package checks dist/ as
// committed without rebuilding it first.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CHANGELOG = 'CHANGELOG.md'
const OPTIONS = ['--dry-run', '--skip-package']
const TAG_RE = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
/** A Markdown link reference definition, as Keep a Changelog puts at the end of the file. */
const LINK_DEF_RE = /^\[[^\]]+\]:\s*\S+/

/** A check that failed; its message says what to fix. */
export class ReleaseError extends Error {}

/** `v1.2.3` -> `{ tag, version: '1.2.3', major: 'v1', numbers: [1, 2, 3] }`; else throws. */
export function parseTag(tag) {
  if (!tag) {
    throw new ReleaseError(
      'No tag given: run `node scripts/release.mjs vX.Y.Z`, or set GITHUB_REF_NAME.'
    )
  }
  const m = TAG_RE.exec(tag)
  if (!m) {
    throw new ReleaseError(
      `'${tag}' is not a release tag: expected vX.Y.Z, such as v1.2.3 (a "v", then three ` +
        'numbers without leading zeros, and no suffix).'
    )
  }
  const numbers = m.slice(1).map(Number)
  return { tag, version: numbers.join('.'), major: `v${numbers[0]}`, numbers }
}

/** Throws unless the tag is `v` + package.json's version. */
export function checkVersion(release, packageVersion) {
  if (release.version === packageVersion) return
  throw new ReleaseError(
    `Tag ${release.tag} does not match package.json's version ${packageVersion}: either ` +
      `release v${packageVersion}, or set the version to ${release.version} (npm version ` +
      `${release.version} --no-git-tag-version), commit, and tag that commit ${release.tag}.`
  )
}

/**
 * The notes of `version` in a Keep a Changelog text: what stands under `## [1.2.3] - date` (or
 * `## 1.2.3`) up to the next heading of that level, trimmed, without the link definitions that
 * end the file. Throws, naming `file`, when the section is missing or empty.
 */
export function changelogSection(text, version, file = CHANGELOG) {
  const lines = text.split(/\r?\n/)
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`)
  const start = lines.findIndex((l) => heading.test(l))
  if (start < 0) {
    throw new ReleaseError(
      `${file} has no section for ${version}: add a heading '## [${version}] - YYYY-MM-DD' ` +
        'followed by the changes of this release (for example, rename ## [Unreleased]).'
    )
  }
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((l) => /^#{1,2} /.test(l))
  const body = end < 0 ? rest : rest.slice(0, end)
  while (body.length > 0 && (body.at(-1).trim() === '' || LINK_DEF_RE.test(body.at(-1)))) {
    body.pop()
  }
  const notes = body.join('\n').trim()
  if (notes === '') {
    throw new ReleaseError(
      `${file}: the section '${lines[start]}' is empty: list the changes of ${version} under it.`
    )
  }
  return notes
}

/** -1, 0 or 1 as version numbers `a` come before, equal or after `b`. */
function compareNumbers(a, b) {
  const i = a.findIndex((n, k) => n !== b[k])
  return i < 0 ? 0 : Math.sign(a[i] - b[i])
}

/** The newest of `tags` (other names ignored) with the major version of `release`. */
export function newestInMajor(release, tags) {
  return tags
    .filter((t) => TAG_RE.test(t))
    .map(parseTag)
    .filter((t) => t.major === release.major)
    .reduce((newest, t) => (compareNumbers(t.numbers, newest.numbers) > 0 ? t : newest), release)
}

/** The commands that publish `release`: the GitHub release, then the major tag's move. */
export function publishCommands(release, notesFile, moveMajor) {
  const { tag, major } = release
  const commands = [
    ['gh', 'release', 'create', tag, '--title', tag, '--notes-file', notesFile, '--verify-tag']
  ]
  if (moveMajor) {
    commands.push(
      ['git', 'tag', '-f', major, `${tag}^{commit}`],
      ['git', 'push', '-f', 'origin', major]
    )
  }
  return commands
}

/** Whether the GitHub release of `tag` exists already. */
function releaseExists(tag) {
  return spawnSync('gh', ['release', 'view', tag], { stdio: 'ignore' }).status === 0
}

/** A command as one would type it in a shell. */
export function showCommand(command) {
  return command.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ')
}

/** Run a command in the repository; its output goes to ours. Throws a ReleaseError if it fails. */
function run(command, { capture = false } = {}) {
  const [file, ...args] = command
  try {
    const out = execFileSync(file, args, {
      cwd: ROOT,
      encoding: 'utf-8',
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit']
    })
    return (out ?? '').trimEnd()
  } catch (e) {
    const why = e.code === 'ENOENT' ? `${file} is not installed` : (e.stderr || e.message).trim()
    throw new ReleaseError(`'${showCommand(command)}' failed: ${why}`)
  }
}

const git = (...args) => run(['git', ...args], { capture: true })

function readText(file) {
  try {
    return readFileSync(join(ROOT, file), 'utf-8')
  } catch (e) {
    throw new ReleaseError(`Cannot read ${file} at the repository's root: ${e.message}`)
  }
}

/** Throws unless the tag exists and is the checked-out commit (what the checks look at). */
function checkTagIsHead(tag) {
  let commit
  try {
    commit = git('rev-parse', '--verify', `${tag}^{commit}`)
  } catch {
    throw new ReleaseError(
      `There is no tag ${tag} in this clone: tag the release commit (git tag ${tag}), push the ` +
        `tag (git push origin ${tag}), and run this again.`
    )
  }
  const head = git('rev-parse', 'HEAD')
  if (commit !== head) {
    throw new ReleaseError(
      `The checked-out commit ${head.slice(0, 12)} is not ${tag} (${commit.slice(0, 12)}): ` +
        `check out the tag (git checkout ${tag}) so that what is checked is what is released.`
    )
  }
  return head
}

/** Throws unless dist/ is as committed, after `npm run package` unless `skipPackage`. */
function checkDist(skipPackage) {
  if (!skipPackage) run(['npm', 'run', 'package'])
  const changed = git('status', '--porcelain', '--', 'dist')
  if (changed !== '') {
    throw new ReleaseError(
      `dist/ is not fresh: it differs from what 'npm run package' builds from src/:\n${changed}\n` +
        "Run 'npm run package', commit dist/, and tag that commit."
    )
  }
}

/** Parse the arguments, check everything, then publish (or, with --dry-run, print how). */
export function release(argv, env = process.env) {
  const unknown = argv.filter((a) => a.startsWith('-') && !OPTIONS.includes(a))
  if (unknown.length > 0) {
    throw new ReleaseError(`Unknown option ${unknown[0]}: the options are ${OPTIONS.join(', ')}.`)
  }
  const dryRun = argv.includes('--dry-run')
  const skipPackage = argv.includes('--skip-package')
  const rel = parseTag(argv.find((a) => !a.startsWith('-')) ?? env.GITHUB_REF_NAME)
  console.log(`Release ${rel.tag}${dryRun ? ' (dry run: nothing is published)' : ''}`)

  checkVersion(rel, JSON.parse(readText('package.json')).version)
  console.log(`- ${rel.tag} is package.json's version`)
  const notes = changelogSection(readText(CHANGELOG), rel.version)
  console.log(`- ${CHANGELOG} has the notes of ${rel.version}`)
  const head = checkTagIsHead(rel.tag)
  console.log(`- ${rel.tag} is the checked-out commit ${head.slice(0, 12)}`)
  checkDist(skipPackage)
  console.log(
    `- dist/ is fresh${skipPackage ? ' (as committed; not rebuilt: --skip-package)' : ''}`
  )

  const newest = newestInMajor(rel, git('tag', '--list', 'v*').split('\n'))
  const notesFile = join(mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'release-')), 'notes.md')
  writeFileSync(notesFile, `${notes}\n`)
  console.log(`Release notes (${notesFile}):\n-----\n${notes}\n-----`)
  if (newest !== rel) console.log(`${rel.major} stays on ${newest.tag}, a newer release.`)
  for (const command of publishCommands(rel, notesFile, newest === rel)) {
    // A re-run after a later step failed (e.g. the push of the major tag) finds the release made.
    if (!dryRun && command[0] === 'gh' && releaseExists(rel.tag)) {
      console.log(`The release ${rel.tag} exists already: not created again.`)
      continue
    }
    console.log(`${dryRun ? 'Would run' : 'Running'}: ${showCommand(command)}`)
    if (!dryRun) run(command)
  }
  console.log(dryRun ? 'Dry run: every check passed.' : `Released ${rel.tag}.`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    release(process.argv.slice(2))
  } catch (e) {
    if (!(e instanceof ReleaseError)) throw e
    const annotation = process.env.GITHUB_ACTIONS === 'true' ? '::error title=Release::' : ''
    console.error(
      `${annotation}Release failed: ${e.message.replace(/\n/g, annotation ? '%0A' : '\n')}`
    )
    process.exitCode = 1
  }
}
