// `node --import tsx bench/chaos.ts`: the chaos run of e2e/sync-under-chaos.spec.ts with a large N
// (CHAOS_N, default 60). Prints the same summary line plus timings; exits 1 if anything was lost,
// duplicated, refused or answered 5xx by the server.
// `--without-locks` hides navigator.locks from the app: a negative control that shows the two-tab check
// catching two pushes in flight at once (expect it to fail).
import { chaosSummary, runChaos, type ChaosResult } from '../e2e/support/chaos-scenario.ts'

const n = Number(process.env.CHAOS_N ?? 60)
const withoutWebLocks = process.argv.includes('--without-locks')
const started = Date.now()
const r = await runChaos({
  n,
  withoutWebLocks,
  log: (line) => process.stderr.write(`${line}\n`),
})
const totalMs = Date.now() - started

const problems = findProblems(r, n)
console.log(
  `${chaosSummary(r)} pushes=${JSON.stringify(r.pushes)} twoTabsMaxConcurrentPushes=${r.twoTabsMaxConcurrentPushes} ` +
    `ms=${JSON.stringify({ total: totalMs, ...r.timingsMs })}`,
)
if (problems.length > 0) {
  console.log(`chaos: FAILED — ${problems.join('; ')}`)
  process.exitCode = 1
}

function findProblems(r: ChaosResult, n: number): string[] {
  const out: string[] = []
  const sorted = (xs: readonly string[]) => [...xs].sort().join(',')
  const enrolledReceipts = r.enrolled.map((e) => e.receiptNo)
  if (r.registrations !== n) out.push(`enrolled ${r.registrations} of ${n}`)
  if (r.lost > 0) out.push(`${r.lost} lost`)
  if (r.duplicated > 0) out.push(`${r.duplicated} duplicated`)
  if (r.serverErrors > 0) out.push(`${r.serverErrors} server 5xx`)
  if (r.server.ids.length !== n || new Set(r.server.ids).size !== n) out.push('server ids ≠ N distinct')
  if (new Set(enrolledReceipts).size !== n) out.push('receipt numbers not unique on the device')
  if (sorted(r.server.receipts) !== sorted(enrolledReceipts)) out.push('server receipts ≠ device receipts')
  if (sorted(r.device.receipts) !== sorted(enrolledReceipts)) out.push('queue screen receipts ≠ enrolled')
  if (r.device.rowStates.some((s) => s !== 'Đã gửi')) out.push('a queue row is not "Đã gửi"')
  if (r.device.badge !== '0') out.push(`waiting badge ${r.device.badge}`)
  if (r.pushes.rejected > 0 || r.pushes.conflict > 0) out.push('push answers with rejected/conflict')
  if (r.twoTabsMaxConcurrentPushes !== 1)
    out.push(`${r.twoTabsMaxConcurrentPushes} pushes in flight at once from two tabs`)
  return out
}
