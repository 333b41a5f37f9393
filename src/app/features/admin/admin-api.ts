// Management endpoints (docs/api.md "Management", "Audit log"). Every shape is the contract's
// (src/domain/api/admin.ts); the server checks the bodies against the same schemas and answers field issues.
import type {
  Account,
  AuditEntry,
  CampaignEvent as AdminEvent,
  Device,
  Team,
  UserRole as Role,
} from '../../../domain/api/admin.ts'
import { apiFetch } from '../../api/http.ts'

export { eventKinds, userRoles } from '../../../domain/api/admin.ts'
export type {
  Account,
  AuditEntry,
  CampaignEvent as AdminEvent,
  Device,
  EventKind,
  Team,
  UserRole as Role,
} from '../../../domain/api/admin.ts'
export type EventInput = Omit<AdminEvent, 'id'>

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
