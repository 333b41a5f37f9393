// Filters of the admin's audit-log search (GET /api/audit). Ids and codes only: nothing personal.
import { z } from 'zod'

export const AUDIT_LIMIT_MAX = 200

const isoDate = z.iso.date({ message: 'Ngày phải có dạng YYYY-MM-DD' })

export const auditQuerySchema = z
  .object({
    entity: z
      .string()
      .regex(/^[a-z_]{2,30}$/)
      .optional(),
    entityId: z.string().min(1).max(100).optional(),
    actorId: z.uuid({ message: 'Mã tài khoản không hợp lệ' }).optional(),
    action: z
      .string()
      .regex(/^[a-z_.]{2,50}$/)
      .optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_LIMIT_MAX).optional(),
    cursor: z
      .string()
      .regex(/^\d{1,19}$/, { message: 'Con trỏ không hợp lệ' })
      .optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'Ngày bắt đầu phải trước ngày kết thúc',
    path: ['to'],
  })
export type AuditQuery = z.infer<typeof auditQuerySchema>
