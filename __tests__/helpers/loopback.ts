/** The local servers the tests start (catalog, Actions runtime, fault proxy) listen the same way. */
import type { Server } from 'node:http'

/**
 * Listen on a free port of 127.0.0.1, not keeping the test process alive; resolves to the port.
 */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((res, rej) => {
    server.once('error', rej)
    server.listen(0, '127.0.0.1', () => res())
  })
  server.unref()
  const addr = server.address()
  return typeof addr === 'object' && addr ? addr.port : 0
}
