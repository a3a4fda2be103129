/**
 * Typed errors of the engine. The action maps them to the input at fault by type (never by the
 * text of a message); each message says what happened and what to do.
 */

/** A quilt3 exception text (`QuiltException`, `URLParseError`, ...) raised for bad input. */
export class QuiltError extends Error {
  override name = 'QuiltError'
}

/**
 * A manifest that cannot be read as quilt3 8.0.0 reads one (`Package._from_path`): not UTF-8,
 * a line that is not a JSON object, a field quilt3 needs that is missing, a key that clashes.
 */
export class ManifestError extends QuiltError {
  constructor(
    /** What is wrong, and where (`line N: ...`). */
    readonly reason: string
  ) {
    super(`Invalid manifest: ${reason}`)
    this.name = 'ManifestError'
  }
}

/** Another writer moved `latest` since this run read it: nothing of ours is left as `latest`. */
export class ConflictError extends QuiltError {
  override readonly name = 'ConflictError'

  constructor(
    readonly packageName: string,
    readonly expected: string | null,
    readonly found: string | null,
    action = 'push'
  ) {
    super(
      `Conflict: package '${packageName}' was changed by someone else during this ${action}: latest is now ${found ?? 'absent'}, ` +
        `but this ${action} started from ${expected ?? 'no revision'}. Nothing was overwritten. ` +
        (action === 'push'
          ? 'Re-run to build on the new latest, or set force: true to replace it.'
          : 'Re-run to build on the new latest.')
    )
  }
}

/**
 * The answer to the write of `latest` was lost and `latest` has moved on since: whether this
 * revision was `latest` in between cannot be told (an unversioned bucket keeps no history). Its
 * timestamp pointer is kept: the revision is complete, and may be another's parent.
 */
export class CommitUnknownError extends QuiltError {
  override readonly name = 'CommitUnknownError'

  constructor(
    readonly packageName: string,
    readonly topHash: string,
    readonly revision: string
  ) {
    super(
      `The answer to this run's write of latest for '${packageName}' was lost, and latest has moved on since: whether ${topHash} was latest in between cannot be told (the bucket keeps no version history). ` +
        `The revision is complete and keeps its timestamp pointer ${revision}. Check the package's history before re-running.`
    )
  }
}

/** `delete` kept finding the package moved under it and gave up without removing `latest`. */
export class DeleteConflictError extends QuiltError {
  override readonly name = 'DeleteConflictError'

  constructor(
    readonly packageName: string,
    rounds: number
  ) {
    super(
      `Conflict: package '${packageName}' kept changing while this delete ran (${rounds} attempts): another run is writing it. ` +
        'Nothing that run wrote was removed. Re-run the delete when the package is quiet (e.g. in the same concurrency group as the publishers).'
    )
  }
}

/** A package name with no revision in the registry. */
export class PackageNotFoundError extends QuiltError {
  override readonly name = 'PackageNotFoundError'

  constructor(
    readonly packageName: string,
    readonly registry: string,
    readonly closest: readonly string[]
  ) {
    super(
      `Package ${packageName} does not exist in ${registry}` +
        (closest.length > 0
          ? `; the closest names there are: ${closest.join(', ')}.`
          : ' (the registry has no package with a similar name).') +
        ' Check the name; nothing was deleted.'
    )
  }
}

/** A push destination (`dest`) outside the registry bucket, or with a version. */
export class DestinationError extends QuiltError {
  override readonly name = 'DestinationError'
}

/** A top hash (or prefix) that names no revision, or several. */
export class RevisionNotFoundError extends QuiltError {
  override readonly name = 'RevisionNotFoundError'
}

/** A source file that changed (size, mtime or inode) while the run read it. */
export class FileChangedError extends QuiltError {
  override readonly name = 'FileChangedError'

  constructor(
    readonly path: string,
    what: string
  ) {
    super(
      `${path} changed while this run read it (${what}): the package would not record what is in S3. ` +
        'Nothing was published; re-run when the files no longer change.'
    )
  }
}

/** A file or folder of the source that cannot be read. */
export class SourceReadError extends QuiltError {
  override readonly name = 'SourceReadError'

  constructor(
    readonly path: string,
    readonly code: string,
    what: 'file' | 'folder'
  ) {
    super(
      `Cannot read the ${what} ${path} (${code}): a package is every file below 'path', so none may be left out. ` +
        (code === 'EACCES' || code === 'EPERM'
          ? `Give the job read permission on it, or list it in .quiltignore.`
          : `Fix it, or list it in .quiltignore.`)
    )
  }
}

/**
 * The first failure of a transfer (upload, copy, hash of an entry): which entry, then the cause
 * (kept as `cause`, so the action can explain an S3 error with the permission to add).
 */
export class EntryError extends QuiltError {
  override readonly name = 'EntryError'

  constructor(
    readonly logicalKey: string,
    readonly source: string,
    override readonly cause: unknown
  ) {
    super(`${logicalKey} (${source}): ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

/** A config or schema that cannot be used (quilt3 `ConfigurationError`). */
export class WorkflowConfigError extends QuiltError {
  override readonly name = 'WorkflowConfigError'
}

/**
 * The workflow asked for (the `workflow` input, or none) cannot be used with this registry's
 * config: none exists, it has no such workflow, or it requires one. quilt3 raises these as
 * `QuiltException`, with the same messages.
 */
export class WorkflowChoiceError extends QuiltError {
  override readonly name = 'WorkflowChoiceError'
}

/** The package does not pass its workflow (quilt3 `WorkflowValidationError`). */
export class WorkflowValidationError extends QuiltError {
  override readonly name = 'WorkflowValidationError'

  constructor(
    message: string,
    /** Every violation, `<JSON path>: <message>`. */
    readonly violations: string[] = []
  ) {
    super(message)
  }
}
