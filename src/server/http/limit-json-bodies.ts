import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from './app-env.ts'
import { errorBody } from './error-body.ts'

/** Every JSON body but a push (which has its own 5 MB) is a form's worth: a review batch of 200 is ~20 KB. */
export const MAX_JSON_BYTES = 256 * 1024

const limit = bodyLimit({
  maxSize: MAX_JSON_BYTES,
  onError: (c) => c.json(errorBody('payload_too_large', 'Nội dung gửi lên quá lớn'), 413),
})

/** A province's facility list as an uploaded spreadsheet (base64): a few hundred KB, 3 MB at most. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024

const importLimit = bodyLimit({
  maxSize: MAX_IMPORT_BYTES,
  onError: (c) => c.json(errorBody('payload_too_large', 'Tệp quá lớn (tối đa 3 MB)'), 413),
})

/** 413 `payload_too_large` for a body over MAX_JSON_BYTES on any `/api` route except the push and imports. */
export function limitJsonBodies(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Both bring their own limit: 5 MB for a push, 100 MB for the agency's participant list.
    if (c.req.path === '/api/sync/push' || c.req.path === '/api/insured/import') return next()
    if (c.req.path === '/api/health-facilities/import') return importLimit(c, next)
    return limit(c, next)
  }
}
