import type { ReviewOutcome } from '../../store/decide-review.ts'
import { flagsForCaller } from '../../store/flags-of.ts'
import { HttpError } from '../http-error.ts'

/** A refused review as the HTTP error the single review throws and the batch reports per item. */
export function reviewError(outcome: Exclude<ReviewOutcome, { ok: true }>): HttpError {
  switch (outcome.reason) {
    case 'not_found':
      return new HttpError(404, 'not_found', 'Không tìm thấy bản ghi')
    case 'own_registration':
      return new HttpError(403, 'own_registration', 'Không thể tự duyệt bản ghi do chính mình thu')
    case 'stale_revision':
      return new HttpError(409, 'stale_revision', 'Bản ghi đã có phiên bản mới hơn. Hãy tải lại rồi duyệt.', {
        latestRevision: outcome.latestRevision,
      })
    case 'not_pending':
      return new HttpError(409, 'not_pending', 'Bản ghi này đã được xử lý', { status: outcome.status })
    case 'override_required':
      return new HttpError(
        409,
        'override_required',
        'Số định danh này đã có trong bản ghi khác. Muốn duyệt, hãy kiểm tra và ghi rõ lý do duyệt vượt cảnh báo.',
        { flags: flagsForCaller(outcome.flags) },
      )
  }
}
