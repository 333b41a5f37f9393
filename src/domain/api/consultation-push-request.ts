// The consultation push envelope's schema (POST /api/sync/consultations), apart from consultations.ts so the
// phone's first load, which needs the constants and types, never pulls zod.
import { z } from 'zod/mini'
import { MAX_CONSULTATION_BATCH } from './consultations.ts'

/** The envelope only: each consultation is checked on its own, so one bad entry never blocks the rest. */
export const consultationPushSchema = z.object({
  deviceId: z.string().check(z.regex(/^[0-9a-f-]{36}$/i, { message: 'deviceId phải là UUID' })),
  consultations: z.array(z.unknown()).check(
    z.maxLength(MAX_CONSULTATION_BATCH, {
      message: `Tối đa ${MAX_CONSULTATION_BATCH} lượt tư vấn mỗi lần gửi`,
    }),
  ),
})
export type ConsultationPush = z.infer<typeof consultationPushSchema>
