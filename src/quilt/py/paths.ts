/** Python's path functions quilt3 relies on (`os.path.realpath`, `os.path.expanduser`). */
import { realpathSync } from 'node:fs'
import { homedir } from 'node:os'
import { resolve as resolvePath } from 'node:path'

/**
 * Python `os.path.realpath` (non-strict): resolves symlinks of the parts that exist and keeps
 * the rest as written.
 */
export function pyRealpath(path: string): string {
  const abs = resolvePath(path)
  try {
    return realpathSync.native(abs)
  } catch {
    // Resolve the longest existing prefix, keep the rest.
    const parts = abs.split('/')
    for (let k = parts.length - 1; k > 0; k--) {
      const head = parts.slice(0, k).join('/') || '/'
      try {
        const real = realpathSync.native(head)
        return (real === '/' ? '' : real) + '/' + parts.slice(k).join('/')
      } catch {
        continue
      }
    }
    return abs
  }
}

/** `~` and `~/...` expanded as Python's `expanduser` does for the current user. */
export function expandUser(path: string): string {
  if (path === '~') return homedir()
  if (path.startsWith('~/')) return homedir() + path.slice(1)
  return path
}
