// jest global tear-down: stops the moto servers of global-setup.mjs.
export default async function globalTeardown() {
  const servers = globalThis.__qpaMotoServers ?? []
  await Promise.all(servers.map((s) => s.stop()))
}
