/**
 * The action: inputs from the workflow, sign-in, one operation, outputs and job summary back. The
 * only module that talks to `@actions/core`.
 */
import * as core from '@actions/core'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { currentGitHubRun } from './action/github-run.js'
import { asInputError, errorMessage } from './action/errors.js'
import type { CatalogConfig } from './action/catalog.js'
import { execute } from './action/execute.js'
import { outputText } from './action/results.js'
import { InputError, parseInputs, type ActionInputs } from './action/inputs.js'
import { keepingWarnings } from './action/report.js'
import { code, renderSummary } from './action/summary.js'

/** A whole message as a Markdown quote (no clipping: every violation stays; 64 KiB at most). */
function quoteAll(message: string): string {
  const text = message.length > 65536 ? message.slice(0, 65536) + '…' : message
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '\n> ')
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${errorMessage(e)}`)
  }
}

/** How the run signed in: credentials (undefined = the SDK's), and the catalog's config. */
interface SignedIn {
  credentials: AwsCredentialIdentityProvider | undefined
  catalogConfig?: CatalogConfig
}

/**
 * Sign-in: through the Quilt catalog with `quilt-api-key`, or the role of `role-to-assume`
 * (OIDC or role chaining), or nothing (the SDK's default chain).
 */
async function signIn(inputs: ActionInputs): Promise<SignedIn> {
  const auth = inputs.auth
  const deps = {
    mask: (secret: string) => core.setSecret(secret),
    info: (m: string) => core.info(m)
  }
  if (auth.quiltApiKey !== undefined) {
    const { signInWithApiKey } = await import('./action/catalog.js')
    const { catalog, key } = auth.quiltApiKey
    const r = await signInWithApiKey(catalog, key, deps).catch((e: unknown) => {
      throw asInputError(e)
    })
    return { credentials: r.credentials, catalogConfig: r.config }
  }
  if (auth.roleToAssume === undefined) return { credentials: undefined }
  // Loaded only when needed: a run without a role does not pay for the STS client.
  const a = await import('./action/auth.js')
  // The run is read only here: a run without a role does not load @actions/github either.
  const github = await currentGitHubRun()
  const role = a.roleSettings(inputs, github)
  if (auth.roleChaining) {
    const tags = auth.skipSessionTagging ? [] : a.sessionTags(github)
    return {
      credentials: a.chainedCredentials({ ...role, externalId: auth.externalId, tags }, deps)
    }
  }
  if (!a.oidcAvailable()) throw new InputError('role-to-assume', a.NO_OIDC_MESSAGE)
  if (!auth.skipSessionTagging) {
    core.info(a.oidcSessionNote(role.sessionName, github.runId))
  }
  return {
    credentials: a.oidcCredentials(
      { ...role, audience: auth.audience },
      { ...deps, getIdToken: (audience) => core.getIDToken(audience) }
    )
  }
}

export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined
  try {
    // Credentials already in the environment never reach the log either.
    for (const k of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      const v = process.env[k]
      if (v) core.setSecret(v)
    }
    // The API key is masked before anything could show it, even a wrong one.
    const apiKey = core.getInput('quilt-api-key')
    if (apiKey.trim() !== '') core.setSecret(apiKey.trim())
    inputs = parseInputs((name) => core.getInput(name))
    const signedIn = await signIn(inputs)
    const log = keepingWarnings({ info: (m) => core.info(m), warning: (m) => core.warning(m) })
    const current = inputs
    const result = await core.group(`Quilt ${inputs.mode}: ${inputs.name}`, () =>
      execute(current, log, signedIn)
    )
    for (const [name, value] of Object.entries(result.outputs)) {
      const text = outputText(value)
      core.setOutput(name, text)
      if (text !== '') core.info(`${name}: ${text}`)
    }
    await writeSummary(renderSummary(result.report))
  } catch (e) {
    const message = errorMessage(e)
    core.setFailed(message)
    const what = inputs ? `${inputs.mode} of ${code(inputs.name)}` : 'run'
    await writeSummary(`## Quilt package ${what} failed\n\n> ${quoteAll(message)}\n`)
  }
}
