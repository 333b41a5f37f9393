// The real server as a child process, so a test can SIGKILL it mid-request (no graceful close, no flush)
// and start it again on the same PGlite directory, as a power cut in the commune office would.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface ServerProcessOptions {
  /** Default: a free loopback port. */
  port?: number
  /** PGlite directory. Default: a fresh temporary directory. */
  dataDir?: string
  logLevel?: string
  /** How long a start may take (PGlite opens, migrates and seeds). */
  startTimeoutMs?: number
}

export interface ServerProcess {
  readonly port: number
  readonly url: string
  readonly dataDir: string
  /** How many times the process was started (1 after startServerProcess). */
  readonly starts: number
  /** Is a process running now? */
  readonly alive: boolean
  /** SIGKILL, then wait for the process to be gone. */
  kill(): Promise<void>
  /** Start again on the same port and data directory; resolves once /api/health answers 200. */
  start(): Promise<void>
  /** SIGTERM (clean close); SIGKILL if it takes longer than 10 s. */
  stop(): Promise<void>
  /** The last lines the process wrote to stderr (for failure messages). */
  stderrTail(): string
}

export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort())
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ghidanh-chaos-db-'))
  const url = `http://127.0.0.1:${port}`
  const startTimeoutMs = options.startTimeoutMs ?? 60_000
  let child: ChildProcess | undefined
  let exited: Promise<void> = Promise.resolve()
  let starts = 0
  let stderr = ''

  const start = async () => {
    if (child) throw new Error('server process already running')
    starts++
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: options.logLevel ?? 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child = proc
    proc.stderr?.setEncoding('utf8')
    proc.stderr?.on('data', (s: string) => {
      stderr = (stderr + s).slice(-4000)
    })
    exited = new Promise((resolve) => {
      proc.once('exit', () => {
        if (child === proc) child = undefined
        resolve()
      })
    })
    const deadline = Date.now() + startTimeoutMs
    for (;;) {
      if (child !== proc) throw new Error(`server exited during start:\n${stderr}`)
      if (await healthy(url)) return
      if (Date.now() > deadline) {
        proc.kill('SIGKILL')
        throw new Error(`server not healthy after ${startTimeoutMs} ms:\n${stderr}`)
      }
      await sleep(100)
    }
  }

  const kill = async () => {
    if (!child) return
    child.kill('SIGKILL')
    await exited
  }

  const stop = async () => {
    if (!child) return
    const proc = child
    proc.kill('SIGTERM')
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }

  await start()
  return {
    port,
    url,
    dataDir,
    get starts() {
      return starts
    },
    get alive() {
      return child !== undefined
    },
    kill,
    start,
    stop,
    stderrTail: () => stderr,
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })
    return res.ok
  } catch {
    return false
  }
}

/** A port nobody listens on right now (the kernel picks it; the tiny race is fine on a test machine). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const address = s.address()
      const port = typeof address === 'object' && address ? address.port : 0
      s.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
