// Duplicate flags when many registrations share one person: batches of 500 registrations that all carry
// the same ID number (paying twice, overlapping) and, in a second run, the same name, birth year and commune
// under different ID numbers. Before the cap (refresh-flags.ts FLAGS_PER_PARTICIPANT) each batch wrote n²
// flag rows and took longer than the one before (10, 24, 43 s); now each batch should cost about the same.
// Also a renewal: a year's card paid again for the next year is not a flag. Printed, never asserted.
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../test/server/helpers/registrations.ts'
import { withApiServer } from './bench-api.ts'

const BATCH = 500
const BATCHES = Number(process.env.BENCH_SHARED_BATCHES ?? 3)

export async function measureSharedPerson(): Promise<void> {
  await withApiServer(async ({ call, signIn }) => {
    const token = await signIn('staff1')
    const admin = await signIn('admin')
    const { receiptPrefix } = await call<{ receiptPrefix: string }>(
      'POST',
      '/api/devices',
      { deviceId: DEVICE_1, label: 'bench' },
      token,
    )
    const sameId = freshIdNumber()
    const cases = [
      ['one ID number, paying twice', () => vsiPerson({ idNumber: sameId, fullName: 'Lầu Thị Dợ' })],
      [
        'one name, year, commune; other IDs',
        () => vsiPerson({ idNumber: freshIdNumber(), fullName: 'Sùng Seo Vàng' }),
      ],
    ] as const
    console.log(`\nDuplicate flags, ${BATCHES} pushes of ${BATCH} registrations of one person (PGlite):`)
    for (const [label, person] of cases) {
      const times: string[] = []
      let lastId = ''
      for (let b = 0; b < BATCHES; b++) {
        const registrations = Array.from({ length: BATCH }, () =>
          registration({ participants: [person()] }, receiptPrefix),
        )
        lastId = registrations.at(-1)?.id ?? ''
        const t0 = performance.now()
        await call('POST', '/api/sync/push', { deviceId: DEVICE_1, registrations }, token)
        times.push(((performance.now() - t0) / 1000).toFixed(1))
      }
      const detail = await call<{ flags?: unknown[] }>(
        'GET',
        `/api/registrations/${lastId}`,
        undefined,
        admin,
      )
      const flags = detail.flags?.length ?? 0
      console.log(
        `  ${label.padEnd(36)} batches ${times.join(', ')} s; last one's detail: ${flags} flags, ${(JSON.stringify(detail).length / 1024).toFixed(1)} KB`,
      )
    }
  })
}

if (import.meta.url === `file://${process.argv[1]}`) await measureSharedPerson()
