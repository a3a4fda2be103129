// A reverse HTTP proxy for the push benchmark (bench/push.mjs) that makes a loopback S3 server
// look like a distant one: every request waits DELAY_MS before it is forwarded to TARGET.
//
//   node bench/latency-proxy.mjs TARGET DELAY_MS [PORT]   -> prints {"port": N} once it listens
//   (on PORT, else on a free port)
//
// Real S3 is latency-bound (tens of ms per request), so there the number of requests in flight
// decides how fast a push goes; on loopback moto it is the server's CPU. The delay models the
// round trip of each request: it is spent once per request, before the request goes on, while
// the client's connection stays open (a client with N requests in flight sees N delays overlap).
//
// Bodies stream both ways (never buffered whole); both sides keep connections alive (long idle
// timeout on the client side, a keep-alive agent without a socket limit towards the target).
// `Expect: 100-continue` is answered here at once (Node's default) and not forwarded.
// Stops on SIGTERM / SIGINT, or when its parent's stdin closes.
import { Agent, createServer, request } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'expect'
])

export function startProxy(target, delayMs, port = 0) {
  const to = new URL(target)
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 256 })
  const server = createServer(async (req, res) => {
    req.pause()
    await sleep(delayMs)
    const headers = {}
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v
    const up = request(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers,
        agent
      },
      (upRes) => {
        const out = {}
        for (const [k, v] of Object.entries(upRes.headers)) if (!HOP_BY_HOP.has(k)) out[k] = v
        res.writeHead(upRes.statusCode ?? 502, upRes.statusMessage, out)
        upRes.pipe(res)
        upRes.on('error', () => res.destroy())
      }
    )
    up.on('error', (e) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' })
        res.end(`latency proxy: ${e.message}`)
      } else res.destroy()
    })
    req.on('aborted', () => up.destroy())
    req.pipe(up)
    req.resume()
  })
  server.keepAliveTimeout = 120_000
  server.headersTimeout = 125_000
  server.requestTimeout = 0
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address()
      resolve({
        server,
        port: typeof addr === 'object' && addr ? addr.port : 0,
        close: () => {
          agent.destroy()
          server.closeAllConnections()
          server.close()
        }
      })
    })
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [target, delay, listen = '0'] = process.argv.slice(2)
  const delayMs = Number(delay)
  const port = Number(listen)
  if (!target || !Number.isFinite(delayMs) || delayMs < 0 || !Number.isInteger(port)) {
    console.error('usage: node bench/latency-proxy.mjs TARGET DELAY_MS [PORT]')
    process.exit(2)
  }
  const proxy = await startProxy(target, delayMs, port)
  const stop = () => {
    proxy.close()
    process.exit(0)
  }
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, stop)
  process.stdin.on('end', stop).on('close', stop).resume()
  console.log(JSON.stringify({ port: proxy.port }))
}
