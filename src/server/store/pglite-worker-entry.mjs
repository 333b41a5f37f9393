// Entry of the embedded database's thread: a worker starts without the TypeScript loader the server was
// started with (`node --import tsx`), so it registers tsx itself, then runs pglite-worker.ts.
import { register } from 'tsx/esm/api'

register()
await import('./pglite-worker.ts')
