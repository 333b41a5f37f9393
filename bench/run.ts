// `npm run bench`: figures, not tests. Only explicit budgets fail the run.
// `npm run bench -- bundle|wire|start|save|phone|push|health|flags|communes|insured|scale|chaos` runs one part.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { measureEnrolBundle } from './enrol-bundle.ts'
import { measureSaveLatency } from './save-latency.ts'
import { measureColdStart } from './cold-start.ts'
import { measurePhoneScale } from './phone-scale.ts'
import { withBenchServer } from './bench-server.ts'
import { measureCommuneSearch } from './commune-search.ts'
import { measureHealthDuringPush } from './health-during-push.ts'
import { measureSharedPerson } from './shared-person.ts'
import { measurePushIngest } from './push-ingest.ts'
import { measureInsuredList } from './insured-list.ts'
import { measureWireBytes } from './wire-bytes.ts'

const only = process.argv[2]
const wants = (part: string) => !only || only === part
let failed = false

if (wants('bundle') || wants('start') || wants('save') || wants('phone')) {
  await withBenchServer(async (server) => {
    if (wants('bundle')) failed = (await measureEnrolBundle(server.url)) || failed
    // Cold offline start to the PIN pad and to the enrol form, beside a floor page.
    if (wants('start')) await measureColdStart(server.url)
    if (wants('save')) await measureSaveLatency(server.url)
    // The phone after years of work: 20,000 registrations on it (queue, scroll, cash, unlock).
    if (wants('phone')) await measurePhoneScale(server.url)
  })
}

// A first install and an update over mobile data, from the build's files.
if (wants('wire')) measureWireBytes()

// Push ingest rows/s beside a raw set-based insert; PostgreSQL too with BENCH_DATABASE_URL.
if (wants('push')) await measurePushIngest()

// The embedded database in its own thread: /api/health while a 500-registration push runs.
if (wants('health')) await measureHealthDuringPush()

// Duplicate flags when hundreds of registrations share one person: linear, not quadratic.
if (wants('flags')) await measureSharedPerson()

// Issue #12: the admin-unit data's size on the phone and the commune picker's search time.
if (wants('communes')) await measureCommuneSearch()

// The agency's participant list: import of 500,000 rows, download size, search before register.
if (wants('insured')) await measureInsuredList()

// These two start their own servers (the chaos run kills and restarts one), so they run as child processes.
for (const [part, script] of [
  ['scale', 'bench/server-scale.ts'],
  ['chaos', 'bench/chaos.ts'],
] as const) {
  if (!wants(part) || !existsSync(script)) continue
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`${script} exited with ${run.status}`)
    failed = true
  }
}

if (failed) process.exitCode = 1
