/**
 * The action: inputs from the workflow, sign-in, one operation, outputs and job summary back. The
 * only module that talks to `@actions/core`.
 */
import * as core from '@actions/core'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { currentGitHubRun } from './action/github-run.js'
import { errorMessage } from './action/errors.js'
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

/** The credentials provider of `role-to-assume` (OIDC or role chaining); undefined = the SDK's. */
async function signIn(inputs: ActionInputs): Promise<AwsCredentialIdentityProvider | undefined> {
  const auth = inputs.auth
  if (auth.roleToAssume === undefined) return undefined
  // Loaded only when needed: a run without a role does not pay for the STS client.
  const a = await import('./action/auth.js')
  // The run is read only here: a run without a role does not load @actions/github either.
  const github = await currentGitHubRun()
  const role = a.roleSettings(inputs, github)
  const deps = {
    mask: (secret: string) => core.setSecret(secret),
    info: (m: string) => core.info(m)
  }
  if (auth.roleChaining) {
    const tags = auth.skipSessionTagging ? [] : a.sessionTags(github)
    return a.chainedCredentials({ ...role, externalId: auth.externalId, tags }, deps)
  }
  if (!a.oidcAvailable()) throw new InputError('role-to-assume', a.NO_OIDC_MESSAGE)
  if (!auth.skipSessionTagging) {
    core.info(a.oidcSessionNote(role.sessionName, github.runId))
  }
  return a.oidcCredentials(
    { ...role, audience: auth.audience },
    { ...deps, getIdToken: (audience) => core.getIDToken(audience) }
  )
}

export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined
  try {
    // Credentials already in the environment never reach the log either.
    for (const k of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      const v = process.env[k]
      if (v) core.setSecret(v)
    }
    inputs = parseInputs((name) => core.getInput(name))
    const credentials = await signIn(inputs)
    const log = keepingWarnings({ info: (m) => core.info(m), warning: (m) => core.warning(m) })
    const current = inputs
    const result = await core.group(`Quilt ${inputs.mode}: ${inputs.name}`, () =>
      execute(current, log, { credentials })
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
