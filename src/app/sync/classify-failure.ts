// Turns whatever stopped a sync run into what the engine should do next. Network faults and server errors
// back off and retry; a 401 waits for the user to sign in again; anything else is reported and retried slowly.
import { ApiError, NetworkError } from '../api/http.ts'

export type SyncFailure =
  | { kind: 'offline'; message: string }
  | { kind: 'server'; message: string }
  | { kind: 'sign-in'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'bug'; message: string }

export function classifyFailure(error: unknown): SyncFailure {
  if (error instanceof NetworkError || isTimeout(error))
    return { kind: 'offline', message: 'Không có mạng — sẽ gửi lại sau' }
  if (error instanceof ApiError) {
    if (error.status === 401) return { kind: 'sign-in', message: 'Cần đăng nhập lại để gửi dữ liệu' }
    if (error.status >= 500 || error.status === 408 || error.status === 429)
      return { kind: 'server', message: `Máy chủ đang bận (${error.status}) — sẽ thử lại` }
    return { kind: 'refused', message: `Máy chủ từ chối (${error.status}): ${error.message}` }
  }
  return { kind: 'bug', message: error instanceof Error ? error.message : 'Lỗi không xác định' }
}

/** A sync request given up on (sync-request-timeout.ts) while its answer was still being read. */
function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
}
