// `npm run bench`: figures, not tests. Only explicit budgets fail the run.
import { measureEnrolBundle } from './enrol-bundle.ts'
import { measureSaveLatency } from './save-latency.ts'
import { withBenchServer } from './bench-server.ts'

const only = process.argv[2]
let failed = false

await withBenchServer(async (server) => {
  if (!only || only === 'bundle') failed = (await measureEnrolBundle(server.url)) || failed
  if (!only || only === 'save') await measureSaveLatency(server.url)
})

if (failed) process.exitCode = 1
