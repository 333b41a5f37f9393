// Filters of the supervisor's review queue: GET /api/registrations (query string, no personal data) and
// POST /api/registrations/search (JSON body, may carry `q`: a name or an ID number must never be in a URL).
import { z } from 'zod'
import { reviewStatuses } from './protocol.ts'

export const LIST_LIMIT_DEFAULT = 50
export const LIST_LIMIT_MAX = 200

export const flagFilters = ['hard', 'soft', 'any'] as const
export type FlagFilter = (typeof flagFilters)[number]

export const registrationFilterSchema = z.object({
  eventId: z.string().min(1).max(64).optional(),
  status: z.enum(reviewStatuses, { message: 'Trạng thái không hợp lệ' }).optional(),
  ownerId: z.uuid({ message: 'Mã cán bộ không hợp lệ' }).optional(),
  communeCode: z
    .string()
    .regex(/^\d{5}$/, { message: 'Mã xã gồm 5 chữ số' })
    .optional(),
  commune: z.string().trim().min(1).max(100).optional(),
  flagged: z.enum(flagFilters, { message: 'Cờ trùng phải là hard, soft hoặc any' }).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(LIST_LIMIT_MAX, { message: `Tối đa ${LIST_LIMIT_MAX} bản ghi mỗi trang` })
    .optional(),
  cursor: z.string().min(1).max(200).optional(),
})
export type RegistrationFilter = z.infer<typeof registrationFilterSchema>

/** `q`: 12 digits = an exact ID number; anything else = a name, compared without diacritics. */
export const registrationQuerySchema = registrationFilterSchema.extend({
  q: z.string().trim().min(2, { message: 'Nhập ít nhất 2 ký tự' }).max(100).optional(),
})
export type RegistrationQuery = z.infer<typeof registrationQuerySchema>
