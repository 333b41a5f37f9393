// How long /api/health takes while one collector pushes 500 registrations, on the embedded database. The
// store runs in its own thread (pglite-worker.ts); the figure says whether the rest of the server stays
// responsive. Printed, never asserted.
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../test/server/helpers/registrations.ts'
import { withApiServer } from './bench-api.ts'
import { percentile } from './stats.ts'

const BATCH = 500

export async function measureHealthDuringPush(): Promise<void> {
  await withApiServer(async ({ server, call, signIn }) => {
    const token = await signIn('staff1')
    const { receiptPrefix } = await call<{ receiptPrefix: string }>(
      'POST',
      '/api/devices',
      { deviceId: DEVICE_1, label: 'bench' },
      token,
    )
    const registrations = Array.from({ length: BATCH }, () =>
      registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] }, receiptPrefix),
    )

    const health: number[] = []
    let pushing = true
    const started = performance.now()
    const push = call<{ results?: { status: string }[] }>(
      'POST',
      '/api/sync/push',
      { deviceId: DEVICE_1, registrations },
      token,
    ).finally(() => {
      pushing = false
    })
    while (pushing) {
      const t0 = performance.now()
      await fetch(`${server.url}/api/health`)
      health.push(performance.now() - t0)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const answer = await push
    const pushMs = performance.now() - started
    health.sort((a, b) => a - b)
    const accepted = answer.results?.filter((r) => r.status === 'accepted').length ?? 0
    console.log(`\n/api/health during one ${BATCH}-registration push (PGlite, own thread):`)
    console.log(`  push: ${accepted}/${BATCH} accepted in ${(pushMs / 1000).toFixed(1)} s`)
    console.log(
      `  health: ${health.length} calls, p50 ${percentile(health, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(health, 99).toFixed(1)} ms, max ${(health.at(-1) ?? NaN).toFixed(1)} ms (goal p99 ≤ 50 ms)`,
    )
  })
}

if (import.meta.url === `file://${process.argv[1]}`) await measureHealthDuringPush()
