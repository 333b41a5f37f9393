import { describe, expect, it } from 'vitest'
import { describeApiError } from '../../../src/app/api/describe-api-error.ts'
import { ApiError, NetworkError } from '../../../src/app/api/http.ts'
import { vi as catalog } from '../../../src/app/i18n/vi.ts'

// The app catalog's apiError sentences, with `{message}` filled as Lingui would.
const t = (key: string, values?: Record<string, string | number | undefined>) => {
  const text = (catalog.apiError as Record<string, string>)[key.replace(/^apiError\./, '')] ?? key
  return text.replace('{message}', String(values?.['message'] ?? ''))
}

describe('describeApiError', () => {
  it('says what being offline means for the screen, or a general sentence', () => {
    expect(describeApiError(t, new NetworkError('fetch failed'), 'Báo cáo cần có mạng.')).toBe(
      'Báo cáo cần có mạng.',
    )
    expect(describeApiError(t, new NetworkError('fetch failed'))).toBe(catalog.apiError.offline)
  })

  it('asks to sign in again on 401', () => {
    expect(describeApiError(t, new ApiError(401, 'unauthorized', 'Token expired'))).toBe(
      catalog.apiError.signIn,
    )
  })

  it('shows our server’s own sentence, with the fields it names', () => {
    expect(describeApiError(t, new ApiError(403, 'forbidden', 'Sự kiện này thuộc tổ khác'))).toBe(
      'Sự kiện này thuộc tổ khác',
    )
    const invalid = new ApiError(400, 'invalid', 'Dữ liệu không hợp lệ', {
      issues: [{ path: 'name', message: 'Bắt buộc' }, { message: 'Ngày kết thúc trước ngày bắt đầu' }],
    })
    expect(describeApiError(t, invalid)).toBe(
      'Dữ liệu không hợp lệ (name: Bắt buộc; Ngày kết thúc trước ngày bắt đầu)',
    )
  })

  it('gives a sentence of its own to a bare answer from something in between', () => {
    expect(describeApiError(t, new ApiError(403, 'http_error', 'HTTP 403'))).toBe(catalog.apiError.forbidden)
    expect(describeApiError(t, new ApiError(404, 'http_error', 'HTTP 404'))).toBe(catalog.apiError.notFound)
    expect(describeApiError(t, new ApiError(502, 'http_error', 'HTTP 502'))).toBe('Có lỗi: HTTP 502')
    expect(describeApiError(t, new Error('boom'))).toBe('Có lỗi: boom')
  })
})
