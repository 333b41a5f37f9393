// The report endpoints the dashboard reads (docs/api.md "Tally"); filters are ids and dates only.
import { apiFetch } from '../../api/http.ts'
import type { CampaignEvent } from '../../../domain/api/admin.ts'
import type { TallyAnswer } from './tally-types.ts'

export type { CampaignEvent } from '../../../domain/api/admin.ts'

export interface TallyScope {
  eventId?: string | undefined
  from?: string | undefined
  to?: string | undefined
}

export function getTally(scope: TallyScope): Promise<TallyAnswer> {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(scope)) if (value) query.set(key, value)
  const qs = query.toString()
  return apiFetch<TallyAnswer>(`/api/reports/tally${qs ? `?${qs}` : ''}`)
}

export function listCampaignEvents(): Promise<CampaignEvent[]> {
  return apiFetch<CampaignEvent[]>('/api/events')
}
