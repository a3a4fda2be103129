/**
 * Where a registry is, read from the text a user gives (quilt3's rules): quilt3's default local
 * registry, a local folder (path or `file://` URL), or an S3 bucket (`s3://bucket`, nothing after).
 * Parsed once; the registry objects are made from it.
 */
import { PhysicalKey, resolveLocalLocation } from '../format/names.js'
import { QuiltError } from '../errors.js'
import { pyRepr } from '../py/repr.js'

export type RegistryLocation =
  { kind: 'default' } | { kind: 'local'; folder: string } | { kind: 's3'; bucket: string }

/** quilt3's refusal of a registry URL that is not exactly `s3://bucket`. */
export function parseS3RegistryUrl(url: string): string {
  const pk = PhysicalKey.fromUrl(url)
  if (pk.isLocal()) throw new QuiltError(`Not an S3 registry: ${url}`)
  if (pk.path !== '') {
    throw new QuiltError(
      `The 'registry' argument expects an S3 bucket but the S3 object path ${pyRepr(url)} was provided instead. ` +
        `You probably wanted to set 'registry' to ${pyRepr('s3://' + pk.bucket!)} instead. ` +
        `To specify that package data land in a specific directory use 'dest'.`
    )
  }
  return pk.bucket!
}

/** The registry a text names; '' is quilt3's default local registry. Throws `QuiltError`. */
export function parseRegistryLocation(text: string): RegistryLocation {
  if (text === '') return { kind: 'default' }
  if (/^s3:\/\//i.test(text)) return { kind: 's3', bucket: parseS3RegistryUrl(text) }
  const folder = resolveLocalLocation(text)
  if (folder === null) throw new QuiltError(`Not a registry location: ${text}`)
  return { kind: 'local', folder }
}

/** How a location is shown to people: a folder, `s3://bucket`, or quilt3's default. */
export function displayLocation(location: RegistryLocation): string {
  switch (location.kind) {
    case 'default':
      return "quilt3's default local registry"
    case 'local':
      return location.folder
    case 's3':
      return `s3://${location.bucket}`
  }
}
