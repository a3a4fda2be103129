// jest global tear-down: stops the moto servers of global-setup.mjs and removes their logs.
import { rmSync } from 'node:fs'

export default async function globalTeardown() {
  const { servers = [], logs } = globalThis.__qpaMoto ?? {}
  await Promise.all(servers.map((s) => s.stop()))
  if (logs) rmSync(logs, { recursive: true, force: true })
}
