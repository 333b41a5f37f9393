import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Logger } from 'pino'
import type { AppEnv } from './app-env.ts'
import { errorBody } from './error-body.ts'
import { HttpError } from './http-error.ts'
import { isStorageFull } from '../store/storage-state.ts'

/**
 * The one edge where exceptions become responses. Expected failures keep their status; anything else is a bug:
 * logged by name, code and stack frames only (driver messages can quote values from the request) → 500.
 */
export function handleError(logger: Logger) {
  return (err: Error, c: Context<AppEnv>) => {
    if (err instanceof HttpError) return c.json(errorBody(err.code, err.message, err.details), err.status)
    if (err instanceof HTTPException && err.status < 500) {
      return c.json(errorBody('http_error', err.message || 'Yêu cầu không hợp lệ'), err.status)
    }
    // Not a bug but the data disk: one clear line for the operator, and a status the phone retries
    // later (nothing was stored, so nothing acknowledged is lost).
    if (isStorageFull(err)) {
      logger.error(
        { reqId: c.get('requestId'), code: 'storage_full', sqlState: (err as { code?: unknown }).code },
        'storage full: the database cannot write; free space on the data disk (DATA_DIR or PostgreSQL)',
      )
      return c.json(errorBody('storage_full', STORAGE_FULL_MESSAGE), 507)
    }
    logger.error(
      {
        reqId: c.get('requestId'),
        err: {
          name: err.name,
          code: (err as { code?: unknown }).code,
          stack: err.stack?.split('\n').slice(1).join('\n'),
        },
      },
      'unhandled error',
    )
    return c.json(errorBody('internal', 'Lỗi máy chủ. Vui lòng thử lại sau.'), 500)
  }
}

export const STORAGE_FULL_MESSAGE =
  'Máy chủ hết dung lượng lưu trữ nên chưa lưu được. Dữ liệu vẫn nằm trên điện thoại và sẽ được gửi lại sau; hãy báo quản trị viên.'
