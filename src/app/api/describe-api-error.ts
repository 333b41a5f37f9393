// One sentence for whatever a request to the server failed with, for every screen that talks to it. The
// screen may say in its own words what being offline means for it ("Báo cáo cần có mạng"); the rest is
// the same everywhere. Every refusal from our server carries a Vietnamese sentence saying why ("Sự kiện
// này thuộc tổ khác"): it is shown as it is, with the fields it names. Only an answer without one (a
// proxy's bare 403 or 404) gets a sentence of ours by its status.
import type { TFunction } from '../i18n/use-translation.ts'
import { ApiError, NetworkError } from './http.ts'

/** `t` is the app's own translation (no namespace); `offline` the screen's sentence for "no network". */
export function describeApiError(t: TFunction, error: unknown, offline?: string): string {
  if (error instanceof NetworkError) return offline ?? t('apiError.offline')
  if (error instanceof ApiError) {
    if (error.status === 401) return t('apiError.signIn')
    if (error.code !== 'http_error') return withFieldIssues(error)
    if (error.status === 403) return t('apiError.forbidden')
    if (error.status === 404) return t('apiError.notFound')
    return t('apiError.failed', { message: error.message })
  }
  return t('apiError.failed', { message: error instanceof Error ? error.message : String(error) })
}

function withFieldIssues(error: ApiError): string {
  const issues =
    (error.details as { issues?: { path?: string; message?: string }[] } | undefined)?.issues ?? []
  const extra = issues.map((i) => (i.path ? `${i.path}: ${i.message ?? ''}` : (i.message ?? ''))).join('; ')
  return extra ? `${error.message} (${extra})` : error.message
}
