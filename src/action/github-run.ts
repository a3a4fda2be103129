/**
 * The workflow run a job is in, as `@actions/github`'s context reads it from the job's
 * environment: what the default session name and the session tags are made of.
 */

/** The run's values; each is absent outside a workflow run (e.g. the command on a laptop). */
export interface GitHubRun {
  repository?: string
  workflow?: string
  action?: string
  actor?: string
  sha?: string
  ref?: string
  runId?: string
  runAttempt?: string
}

/**
 * The run of this job, read now. `@actions/github` makes its context when it is first loaded; a
 * fresh one reads the environment as it is at this call (one process may run several jobs' steps
 * in tests).
 */
export async function currentGitHubRun(): Promise<GitHubRun> {
  const { context } = await import('@actions/github')
  const now = new (context.constructor as new () => typeof context)()
  let repository: string | undefined
  try {
    repository = `${now.repo.owner}/${now.repo.repo}`
  } catch {
    repository = undefined // no GITHUB_REPOSITORY
  }
  const number = (n: number): string | undefined => (Number.isFinite(n) ? String(n) : undefined)
  const text = (s: string | undefined): string | undefined => s || undefined
  return {
    repository,
    workflow: text(now.workflow),
    action: text(now.action),
    actor: text(now.actor),
    sha: text(now.sha),
    ref: text(now.ref),
    runId: number(now.runId),
    runAttempt: number(now.runAttempt)
  }
}
