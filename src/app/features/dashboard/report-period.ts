// The period a printed report names: the dates asked for, else the event's own dates, else the first and
// last day that has approved registrations.
import type { CampaignEvent } from './dashboard-api.ts'

export function reportPeriod(
  asked: { from?: string | undefined; to?: string | undefined },
  event: Pick<CampaignEvent, 'startsOn' | 'endsOn'> | undefined,
  days: readonly string[],
): { from: string; to: string } | undefined {
  const sorted = [...days].sort()
  const from = asked.from ?? event?.startsOn ?? sorted[0]
  const to = asked.to ?? event?.endsOn ?? sorted[sorted.length - 1]
  return from !== undefined && to !== undefined ? { from, to } : undefined
}

/** "2026-11-25" → "25/11/2026". */
export function dayVi(isoDay: string): string {
  return `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}/${isoDay.slice(0, 4)}`
}
