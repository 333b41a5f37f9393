// `npm start`: the PWA and the API on one origin. Configuration comes from the environment only.
import { readFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { createLogger } from './create-logger.ts'
import { startServer } from './start-server.ts'
import { isStorageFull } from './store/storage-state.ts'

const env = process.env
const logger = createLogger()
const tls =
  env['TLS_CERT'] && env['TLS_KEY']
    ? { cert: readFileSync(env['TLS_CERT'], 'utf8'), key: readFileSync(env['TLS_KEY'], 'utf8') }
    : undefined
const running = await startServer({
  ...(tls ? { tls } : {}),
  onProgress: (step) => process.stdout.write(`Ghi Danh: ${step}…\n`),
  port: Number(env['PORT'] || 8080),
  ...(env['DATA_DIR'] ? { dataDir: env['DATA_DIR'] } : {}),
  ...(env['DATABASE_URL'] ? { databaseUrl: env['DATABASE_URL'] } : {}),
  ...(env['DEMO_PASSWORD'] ? { demoPassword: env['DEMO_PASSWORD'] } : {}),
  demoData: env['DEMO_DATA'] === '1',
  trustProxy: env['TRUST_PROXY'] === '1',
  logger,
}).catch((e: unknown) => {
  // A full data disk is the operator's to fix: one clear line, not a dump.
  if (!isStorageFull(e)) throw e
  process.stderr.write(
    'Ghi Danh cannot start: the data disk is full. Free space (DATA_DIR or PostgreSQL) and start again.\n',
  )
  process.exit(1)
})

const lines = [`\nGhi Danh is running at ${running.url}`]
// What a phone on the same network types (it needs HTTPS, or USB with `adb reverse`: see the README).
for (const addrs of Object.values(networkInterfaces())) {
  for (const a of addrs ?? []) {
    if (a.family === 'IPv4' && !a.internal)
      lines.push(`  on this network: ${running.url.replace('localhost', a.address)}`)
  }
}
lines.push(
  env['DATABASE_URL']
    ? '  database: PostgreSQL (DATABASE_URL)'
    : `  database: PGlite in ${env['DATA_DIR'] || './data'}`,
)
if (running.seed.seeded) {
  lines.push(
    '  Demo accounts created (password: ' +
      (env['DEMO_PASSWORD'] ? 'from DEMO_PASSWORD' : 'ghidanh-demo') +
      '):',
  )
  for (const a of running.seed.accounts) {
    lines.push(`    ${a.username.padEnd(8)} ${a.role.padEnd(11)} ${a.teamId ?? '—'}`)
  }
  if (running.seed.samples > 0)
    lines.push(`  ${running.seed.samples} sample registrations added (DEMO_DATA=1)`)
}
process.stdout.write(lines.join('\n') + '\n\n')

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'stopping')
    running
      .close()
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        logger.error({ err: { name: (e as Error).name } }, 'error while stopping')
        process.exit(1)
      })
  })
}
