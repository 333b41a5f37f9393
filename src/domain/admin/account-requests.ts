// Accounts and teams as an admin manages them (issue #5). Passwords are only ever in request bodies.
import { z } from 'zod'

export const userRoles = ['staff', 'supervisor', 'admin'] as const
export type UserRole = (typeof userRoles)[number]

const teamId = z.string().regex(/^[a-z0-9-]{2,40}$/, { message: 'Mã tổ gồm 2–40 chữ thường, số, dấu -' })
const password = z
  .string()
  .min(8, { message: 'Mật khẩu có ít nhất 8 ký tự' })
  .max(256, { message: 'Mật khẩu quá dài' })
const displayName = z.string().trim().min(2).max(100)
const role = z.enum(userRoles, { message: 'Vai trò phải là staff, supervisor hoặc admin' })

// Staff and supervisors work inside a team: without one a supervisor would see nothing.
const teamNeeded = (u: { role?: UserRole | undefined; teamId?: string | null | undefined }) =>
  u.role === undefined || u.role === 'admin' || (u.teamId !== undefined && u.teamId !== null)
const teamMessage = { message: 'Cán bộ thu và tổ trưởng phải thuộc một tổ', path: ['teamId'] }

export const userCreateSchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,32}$/, { message: 'Tên đăng nhập gồm 3–32 chữ thường, số, dấu . _ -' }),
    displayName,
    role,
    teamId: teamId.nullable().optional(),
    password,
  })
  .refine(teamNeeded, teamMessage)
export type UserCreate = z.infer<typeof userCreateSchema>

export const userPatchSchema = z
  .object({
    displayName: displayName.optional(),
    role: role.optional(),
    teamId: teamId.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, { message: 'Không có gì để sửa' })
export type UserPatch = z.infer<typeof userPatchSchema>

export const passwordResetSchema = z.object({ password })
export type PasswordReset = z.infer<typeof passwordResetSchema>

export const teamCreateSchema = z.object({
  id: teamId.optional(),
  name: z.string().trim().min(2).max(100),
})
export type TeamCreate = z.infer<typeof teamCreateSchema>
