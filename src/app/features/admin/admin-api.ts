// Management endpoints (docs/api.md "Management", "Audit log"). Types restate the server's answers; the
// request bodies follow the domain's schemas (event-requests.ts, account-requests.ts), which the device
// does not load (classic zod): the server checks them and answers field issues.
import { apiFetch } from '../../api/http.ts'

export const EVENT_KINDS = [
  'art_performance',
  'job_fair',
  'village_meeting',
  'post_office_week',
  'other',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]
export const ROLES = ['staff', 'supervisor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export interface AdminEvent {
  id: string
  name: string
  kind: EventKind
  startsOn: string
  endsOn: string
  provinceCode: string
  commune: string
  teamId: string | null
}
export type EventInput = Omit<AdminEvent, 'id'>

export interface Account {
  id: string
  username: string
  displayName: string
  role: Role
  teamId: string | null
  disabled: boolean
  createdAt: string
}

export interface Team {
  id: string
  name: string
  members: number
}

interface Person {
  id: string
  username: string
  displayName: string
}

export interface Device {
  deviceId: string
  label: string | null
  receiptPrefix: string
  registeredBy: Person
  users: Person[]
  createdAt: string
  revokedAt: string | null
  lastPushAt: string | null
}

export interface AuditEntry {
  id: string
  at: string
  actor: Person | null
  action: string
  entity: string
  entityId: string | null
  detail: Record<string, unknown>
}

export interface AuditFilter {
  action?: string | undefined
  entity?: string | undefined
  entityId?: string | undefined
  actorId?: string | undefined
  from?: string | undefined
  to?: string | undefined
}

const json = (method: string, body: unknown) => ({ method, json: body })

export const listEvents = () => apiFetch<AdminEvent[]>('/api/events')
export const createEvent = (body: EventInput) => apiFetch<AdminEvent>('/api/events', json('POST', body))
export const patchEvent = (id: string, body: Partial<EventInput>) =>
  apiFetch<AdminEvent>(`/api/events/${encodeURIComponent(id)}`, json('PATCH', body))

export const listAccounts = () => apiFetch<Account[]>('/api/users')
export const createAccount = (body: {
  username: string
  displayName: string
  role: Role
  teamId: string | null
  password: string
}) => apiFetch<Account>('/api/users', json('POST', body))
export const patchAccount = (
  id: string,
  body: Partial<Pick<Account, 'displayName' | 'role' | 'teamId' | 'disabled'>>,
) => apiFetch<Account>(`/api/users/${encodeURIComponent(id)}`, json('PATCH', body))
export const resetPassword = (id: string, password: string) =>
  apiFetch<void>(`/api/users/${encodeURIComponent(id)}/password`, json('POST', { password }))

export const listTeams = () => apiFetch<Team[]>('/api/teams')

export const listDevices = () => apiFetch<Device[]>('/api/devices')
export const revokeDevice = (deviceId: string) =>
  apiFetch<Device>(`/api/devices/${encodeURIComponent(deviceId)}/revoke`, { method: 'POST' })

export function listAudit(
  filter: AuditFilter,
  cursor?: string,
): Promise<{ items: AuditEntry[]; cursor?: string }> {
  const query = new URLSearchParams({ limit: '50' })
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value)
  if (cursor) query.set('cursor', cursor)
  return apiFetch(`/api/audit?${query.toString()}`)
}
