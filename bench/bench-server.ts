import { startServer, type RunningServer } from '../src/server/start-server.ts'
import { createLogger } from '../src/server/create-logger.ts'

/** A real server on a throwaway embedded database, serving the built app. */
export async function withBenchServer(fn: (server: RunningServer) => Promise<void>): Promise<void> {
  const server = await startServer({ port: 0, dataDir: 'memory://', logger: createLogger({ level: 'warn' }) })
  try {
    await fn(server)
  } finally {
    await server.close()
  }
}
