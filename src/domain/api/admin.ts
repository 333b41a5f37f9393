// What an admin (and, for its own team's events, a supervisor) manages: events, accounts, teams, and the
// audit search. Passwords are only ever in request bodies; the audit holds ids, codes and counts.
import { z } from 'zod/mini'

export const eventKinds = [
  'art_performance',
  'job_fair',
  'village_meeting',
  'post_office_week',
  'other',
] as const
export type EventKind = (typeof eventKinds)[number]

export const userRoles = ['staff', 'supervisor', 'admin'] as const
export type UserRole = (typeof userRoles)[number]

// An event's day: a calendar day of this century. A day in year 0 passes the format (and JavaScript), but
// PostgreSQL has no year 0 and answered 500; no campaign is held in 1999 or 2100 either: that is a slip.
const isoDate = z.iso
  .date({ message: 'Ngày phải có dạng YYYY-MM-DD' })
  .check(
    z.refine((d) => d >= '2000-01-01' && d <= '2099-12-31', { message: 'Ngày phải trong khoảng 2000–2099' }),
  )
const teamId = z
  .string()
  .check(z.regex(/^[a-z0-9-]{2,40}$/, { message: 'Mã tổ gồm 2–40 chữ thường, số, dấu -' }))
const eventName = z.string().check(z.trim(), z.minLength(2), z.maxLength(200))
const eventKind = z.enum(eventKinds, { message: 'Loại sự kiện không hợp lệ' })
const provinceCode = z.string().check(z.regex(/^\d{2}$/, { message: 'Mã tỉnh gồm 2 chữ số' }))
const commune = z.string().check(z.trim(), z.minLength(1), z.maxLength(100))

const datesInOrder = (e: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  e.startsOn === undefined || e.endsOn === undefined || e.endsOn >= e.startsOn
const datesMessage = { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['endsOn'] }
const somethingToChange = (patch: object) => Object.keys(patch).length > 0
const nothingMessage = { message: 'Không có gì để sửa' }

export const eventInputSchema = z
  .object({
    name: eventName,
    kind: eventKind,
    startsOn: isoDate,
    endsOn: isoDate,
    provinceCode,
    commune,
    teamId: z.optional(z.nullable(teamId)),
  })
  .check(z.refine(datesInOrder, datesMessage))
export type EventInput = z.infer<typeof eventInputSchema>

/** Any subset of the fields; `teamId: null` takes the event away from its team. */
export const eventPatchSchema = z
  .object({
    name: z.optional(eventName),
    kind: z.optional(eventKind),
    startsOn: z.optional(isoDate),
    endsOn: z.optional(isoDate),
    provinceCode: z.optional(provinceCode),
    commune: z.optional(commune),
    teamId: z.optional(z.nullable(teamId)),
  })
  .check(z.refine(somethingToChange, nothingMessage), z.refine(datesInOrder, datesMessage))
export type EventPatch = z.infer<typeof eventPatchSchema>

const password = z
  .string()
  .check(
    z.minLength(8, { message: 'Mật khẩu có ít nhất 8 ký tự' }),
    z.maxLength(256, { message: 'Mật khẩu quá dài' }),
  )
const displayName = z.string().check(z.trim(), z.minLength(2), z.maxLength(100))
const role = z.enum(userRoles, { message: 'Vai trò phải là staff, supervisor hoặc admin' })

// Staff and supervisors work inside a team: without one a supervisor would see nothing.
const teamNeeded = (u: { role?: UserRole | undefined; teamId?: string | null | undefined }) =>
  u.role === undefined || u.role === 'admin' || (u.teamId !== undefined && u.teamId !== null)
const teamMessage = { message: 'Cán bộ thu và tổ trưởng phải thuộc một tổ', path: ['teamId'] }

export const userCreateSchema = z
  .object({
    username: z
      .string()
      .check(
        z.trim(),
        z.toLowerCase(),
        z.regex(/^[a-z0-9._-]{3,32}$/, { message: 'Tên đăng nhập gồm 3–32 chữ thường, số, dấu . _ -' }),
      ),
    displayName,
    role,
    teamId: z.optional(z.nullable(teamId)),
    password,
  })
  .check(z.refine(teamNeeded, teamMessage))
export type UserCreate = z.infer<typeof userCreateSchema>

export const userPatchSchema = z
  .object({
    displayName: z.optional(displayName),
    role: z.optional(role),
    teamId: z.optional(z.nullable(teamId)),
    disabled: z.optional(z.boolean()),
  })
  .check(z.refine(somethingToChange, nothingMessage))
export type UserPatch = z.infer<typeof userPatchSchema>

export const passwordResetSchema = z.object({ password })
export type PasswordReset = z.infer<typeof passwordResetSchema>

export const teamCreateSchema = z.object({
  id: z.optional(teamId),
  name: z.string().check(z.trim(), z.minLength(2), z.maxLength(100)),
})
export type TeamCreate = z.infer<typeof teamCreateSchema>

export const AUDIT_LIMIT_MAX = 200

export const auditQuerySchema = z
  .object({
    entity: z.optional(z.string().check(z.regex(/^[a-z_]{2,30}$/))),
    entityId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    actorId: z.optional(z.uuid({ message: 'Mã tài khoản không hợp lệ' })),
    action: z.optional(z.string().check(z.regex(/^[a-z_.]{2,50}$/))),
    from: z.optional(isoDate),
    to: z.optional(isoDate),
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(AUDIT_LIMIT_MAX))),
    cursor: z.optional(z.string().check(z.regex(/^\d{1,19}$/, { message: 'Con trỏ không hợp lệ' }))),
  })
  .check(
    z.refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
      message: 'Ngày bắt đầu phải trước ngày kết thúc',
      path: ['to'],
    }),
  )
export type AuditQuery = z.infer<typeof auditQuerySchema>

/** Someone named in an answer: the display name is what every screen shows. */
export interface Person {
  id: string
  username: string
  displayName: string
}

/** An event (campaign) as GET /api/events answers it. */
export interface CampaignEvent {
  id: string
  name: string
  kind: EventKind
  startsOn: string
  endsOn: string
  provinceCode: string
  commune: string
  /** The team that runs it; null for an event of the whole office. */
  teamId: string | null
}

/** An account as GET /api/users answers it. Never a password or its hash. */
export interface Account {
  id: string
  username: string
  displayName: string
  role: UserRole
  teamId: string | null
  disabled: boolean
  createdAt: string
}

export interface Team {
  id: string
  name: string
  /** Accounts in the team, disabled ones included. */
  members: number
}

/** A phone as GET /api/devices answers it (a supervisor sees only their team's). */
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

/** One line of the audit log: ids, codes and counts, never a citizen's name or number. */
export interface AuditEntry {
  id: string
  at: string
  actor: Person | null
  action: string
  entity: string
  entityId: string | null
  detail: Record<string, unknown>
}
