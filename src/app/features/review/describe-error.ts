// One Vietnamese sentence for whatever a review request failed with.
import type { TFunction } from '../../i18n/use-translation.ts'
import { ApiError, NetworkError } from '../../api/http.ts'

export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof NetworkError) return t('offline')
  if (error instanceof ApiError) {
    if (error.status === 401) return t('signIn')
    if (error.status === 403) return t('forbidden')
    if (error.status === 404) return t('notFound')
    return t('failed', { message: error.message })
  }
  return t('failed', { message: error instanceof Error ? error.message : String(error) })
}
