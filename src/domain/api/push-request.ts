// The push envelope's schema (POST /api/sync/push), apart from sync.ts so that the phone's first load,
// which needs the constants and types, never pulls zod.
import { z } from 'zod/mini'
import { MAX_PUSH_BATCH, type PushRequest } from './sync.ts'

/** The envelope only: each registration is validated on its own so one bad record never blocks the rest. */
export const pushRequestSchema = z.object({
  deviceId: z.string().check(z.regex(/^[0-9a-f-]{36}$/i, { message: 'deviceId phải là UUID' })),
  registrations: z
    .array(z.unknown())
    .check(z.maxLength(MAX_PUSH_BATCH, { message: `Tối đa ${MAX_PUSH_BATCH} bản ghi mỗi lần gửi` })),
})

// The schema's output and the interface the phone builds must stay one shape.
export type CheckedPushRequest = z.infer<typeof pushRequestSchema> & PushRequest
