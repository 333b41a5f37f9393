// A loopback HTTP proxy in front of the real server that breaks pushes on purpose. The browser only ever
// talks to the proxy's origin, so the app's origin (and its IndexedDB, service worker, Web Locks) stays the
// same while the server behind it is killed and started again.
//
// Faults on `POST /api/sync/push` (everything else passes): the answer dropped after the server committed,
// an injected 500 or 503, the request cut in the middle of its body. `slow3g` slows every request both ways
// (400 kbps, 400 ms latency each way). Every fault injected is counted; 5xx answers that come from the
// server itself are counted apart, because those are bugs.
import { request as httpRequest, createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

export const pushFaults = ['dropResponseAfterCommit', 'status500', 'status503', 'cutRequestMidBody'] as const
/** `blackhole`: the push is taken and never answered nor closed (a half-open link after a cell change). */
export type PushFault = (typeof pushFaults)[number] | 'blackhole'
export type ChaosMode = PushFault | 'slow3g' | 'pass'

/** What the proxy did, by kind. `upstreamDown`/`upstreamReset`: the server was not there / died mid-request. */
export type FaultCounts = Record<PushFault | 'slow3g' | 'upstreamDown' | 'upstreamReset', number>

export interface PushTally {
  /** Push requests the proxy received from the browser. */
  requests: number
  /** Per-record results in the server's push answers that reached the proxy (delivered to the page or not). */
  accepted: number
  duplicate: number
  rejected: number
  conflict: number
}

/**
 * `received`: the whole request is in the proxy; `forwarded`: its last byte went to the server;
 * `answered`: the server's whole answer is in the proxy (not yet passed on); `settled`: the page's side is done.
 */
export type PushPhase = 'received' | 'forwarded' | 'answered' | 'settled'

export interface ServerError {
  method: string
  path: string
  status: number
}

export interface ChaosProxy {
  readonly url: string
  readonly port: number
  readonly mode: ChaosMode
  /** Switch the fault. `times`: only the next `times` pushes get it (slow3g: requests), then `pass`. */
  setMode(mode: ChaosMode, options?: { times?: number }): void
  /** The next pushes get these faults, one each, in order, before the mode applies again. */
  queueFaults(faults: readonly PushFault[]): void
  /** Queued faults not injected yet. */
  readonly pendingFaults: number
  readonly faults: Readonly<FaultCounts>
  readonly pushes: Readonly<PushTally>
  /** 5xx answers the server itself gave (any route). Injected ones are not here. */
  readonly serverErrors: readonly ServerError[]
  /** Push requests in flight right now, and the most at once since the last reset. */
  readonly inFlightPushes: number
  readonly maxConcurrentPushes: number
  resetMaxConcurrentPushes(): void
  /** Resolves when the next push request reaches `phase`. */
  nextPush(phase: PushPhase): Promise<void>
  close(): Promise<void>
}

const LATENCY_MS = 400
const BYTES_PER_MS = 400_000 / 8 / 1000 // 400 kbps
const SLICE = 1024
const PUSH_PATH = '/api/sync/push'
// Hop-by-hop headers: the proxy answers with its own framing (a buffered body with Content-Length).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'proxy-connection',
  'upgrade',
  'te',
  'trailer',
])

export async function startChaosProxy(upstream: { port: number; host?: string }): Promise<ChaosProxy> {
  const upstreamHost = upstream.host ?? '127.0.0.1'
  let mode: ChaosMode = 'pass'
  let remaining = Infinity
  const queued: PushFault[] = []
  const faults: FaultCounts = {
    dropResponseAfterCommit: 0,
    status500: 0,
    status503: 0,
    cutRequestMidBody: 0,
    blackhole: 0,
    slow3g: 0,
    upstreamDown: 0,
    upstreamReset: 0,
  }
  const pushes: PushTally = { requests: 0, accepted: 0, duplicate: 0, rejected: 0, conflict: 0 }
  const serverErrors: ServerError[] = []
  let inFlight = 0
  let maxConcurrent = 0
  const waiters: { phase: PushPhase; resolve: () => void }[] = []
  const sockets = new Set<Socket>()

  const emit = (phase: PushPhase) => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]
      if (w && w.phase === phase) {
        waiters.splice(i, 1)
        w.resolve()
      }
    }
  }

  /** The fault for this request, consuming one of `times`. */
  const take = (isPush: boolean): ChaosMode => {
    if (isPush && queued.length > 0) return queued.shift() ?? 'pass'
    if (mode === 'pass') return 'pass'
    if (mode !== 'slow3g' && !isPush) return 'pass'
    const m = mode
    remaining--
    if (remaining <= 0) {
      mode = 'pass'
      remaining = Infinity
    }
    return m
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const isPush = req.method === 'POST' && path === PUSH_PATH
    const body = await readAll(req).catch(() => undefined)
    if (body === undefined) return // the page went away while sending
    const fault = take(isPush)
    const slow = fault === 'slow3g'
    if (slow) faults.slow3g++
    let settled = false
    const settle = () => {
      if (settled || !isPush) return
      settled = true
      inFlight--
      emit('settled')
    }
    if (isPush) {
      pushes.requests++
      inFlight++
      maxConcurrent = Math.max(maxConcurrent, inFlight)
      res.once('close', settle)
      emit('received')
    }

    if (fault === 'blackhole') {
      faults.blackhole++
      return // the socket stays open until the page gives up or the proxy closes
    }
    if (fault === 'status500' || fault === 'status503') {
      faults[fault]++
      const status = fault === 'status500' ? 500 : 503
      const answer = JSON.stringify({ error: { code: 'injected', message: `chaos proxy: ${status}` } })
      res.writeHead(status, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(answer),
      })
      res.end(answer)
      return
    }

    const headers = { ...req.headers }
    for (const h of Object.keys(headers)) if (HOP_BY_HOP.has(h)) delete headers[h]
    const up = httpRequest({
      host: upstreamHost,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers: { ...headers, 'content-length': String(body.length), connection: 'close' },
      agent: false,
    })
    let sent = false
    up.on('error', (e: NodeJS.ErrnoException) => {
      if (fault === 'cutRequestMidBody') return // we broke it ourselves
      if (e.code === 'ECONNREFUSED' && !sent) {
        // Nothing listens: what a reverse proxy in front of a dead server answers.
        faults.upstreamDown++
        if (!res.headersSent) {
          res.writeHead(502, { 'Content-Type': 'application/json' })
          res.end(JSON.stringify({ error: { code: 'bad_gateway', message: 'chaos proxy: server down' } }))
        }
        return
      }
      // The server died with the request in its hands: the page sees the connection drop.
      faults.upstreamReset++
      req.socket.destroy()
    })
    up.on('response', (ures) => {
      void (async () => {
        const answer = await readAll(ures).catch(() => undefined)
        if (answer === undefined) {
          faults.upstreamReset++
          req.socket.destroy()
          return
        }
        const status = ures.statusCode ?? 502
        if (status >= 500) serverErrors.push({ method: req.method ?? '', path, status })
        if (isPush && status === 200) tallyResults(pushes, decoded(answer, ures.headers['content-encoding']))
        if (isPush) emit('answered')
        if (fault === 'dropResponseAfterCommit') {
          // The server has committed and answered; the page never hears it.
          faults.dropResponseAfterCommit++
          req.socket.destroy()
          return
        }
        if (slow) await sleep(LATENCY_MS)
        const out: Record<string, string | string[]> = {}
        for (const [k, v] of Object.entries(ures.headers))
          if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v
        if (res.destroyed) return
        res.writeHead(status, { ...out, 'content-length': String(answer.length) })
        if (slow) await writePaced(res, answer)
        else res.write(answer)
        res.end()
      })()
    })

    if (fault === 'cutRequestMidBody') {
      faults.cutRequestMidBody++
      up.write(body.subarray(0, Math.floor(body.length / 2)))
      emit('forwarded')
      await sleep(50)
      up.destroy()
      req.socket.destroy()
      return
    }
    if (slow) {
      await sleep(LATENCY_MS)
      up.flushHeaders()
      await writePaced(up, body)
    } else up.write(body)
    sent = true
    up.end()
    if (isPush) emit('forwarded')
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy())
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.once('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get mode() {
      return mode
    },
    setMode(next, options = {}) {
      mode = next
      remaining = options.times ?? Infinity
    },
    queueFaults(list) {
      queued.push(...list)
    },
    get pendingFaults() {
      return queued.length
    },
    faults,
    pushes,
    serverErrors,
    get inFlightPushes() {
      return inFlight
    },
    get maxConcurrentPushes() {
      return maxConcurrent
    },
    resetMaxConcurrentPushes() {
      maxConcurrent = inFlight
    },
    nextPush(phase) {
      return new Promise((resolve) => waiters.push({ phase, resolve }))
    },
    close() {
      for (const s of sockets) s.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

/** The answer as JSON text: the server compresses what the browser accepts (gzip, br). */
function decoded(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return gunzipSync(body)
  if (encoding === 'br') return brotliDecompressSync(body)
  if (encoding === 'deflate') return inflateSync(body)
  return body
}

function tallyResults(t: PushTally, body: Buffer): void {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { results?: { status?: string }[] }
    for (const r of parsed.results ?? []) {
      if (r.status === 'accepted') t.accepted++
      else if (r.status === 'duplicate') t.duplicate++
      else if (r.status === 'rejected') t.rejected++
      else if (r.status === 'conflict') t.conflict++
    }
  } catch {
    // Not JSON: counted nowhere; the page will call it a network fault.
  }
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    stream.once('end', () => resolve(Buffer.concat(chunks)))
    stream.once('error', reject)
    stream.once('aborted', () => reject(new Error('aborted')))
  })
}

/** Writes `data` at 400 kbps, slice by slice, so the other side receives it over time. */
async function writePaced(to: NodeJS.WritableStream & { destroyed: boolean }, data: Buffer): Promise<void> {
  for (let at = 0; at < data.length; at += SLICE) {
    if (to.destroyed) return
    // Each slice leaves once the link has had time to carry it.
    await sleep(Math.min(SLICE, data.length - at) / BYTES_PER_MS)
    to.write(data.subarray(at, at + SLICE))
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
