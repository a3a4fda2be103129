/**
 * Every page of a paginated listing (ListObjectsV2, ListObjectVersions, ListMultipartUploads):
 * the one pagination loop. `next` gives the marker of the page after `page`, or undefined after
 * the last one.
 */
export async function* pages<P, M>(
  fetch: (marker: M | undefined) => Promise<P>,
  next: (page: P) => M | undefined
): AsyncGenerator<P> {
  let marker: M | undefined
  do {
    const page = await fetch(marker)
    yield page
    marker = next(page)
  } while (marker !== undefined)
}
