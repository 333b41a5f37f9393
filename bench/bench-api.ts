import { createLogger } from '../src/server/create-logger.ts'
import { startServer, type RunningServer, type StartServerOptions } from '../src/server/start-server.ts'

export interface BenchApi {
  server: RunningServer
  /** A JSON call; throws on an HTTP error. */
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, token?: string): Promise<T>
  signIn(username: string): Promise<string>
}

/**
 * A real server (API only) on a throwaway database — in memory, or PostgreSQL at `databaseUrl` — whose clock
 * reads 2026-11-25, the day the test helpers' registrations are collected.
 */
export async function withApiServer(
  fn: (api: BenchApi) => Promise<void>,
  options: Pick<StartServerOptions, 'databaseUrl' | 'wrapDb'> = {},
): Promise<void> {
  const server = await startServer({
    port: 0,
    dataDir: 'memory://',
    distDir: null,
    logger: createLogger({ level: 'warn' }),
    now: () => new Date('2026-11-25T03:00:00Z'),
    ...options,
  })
  const call = async <T>(method: string, path: string, body?: unknown, token?: string): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }
  const signIn = async (username: string) =>
    (await call<{ token: string }>('POST', '/api/session', { username, password: 'ghidanh-demo' })).token
  try {
    await fn({ server, call, signIn })
  } finally {
    await server.close()
  }
}
