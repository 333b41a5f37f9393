// One sentence for a failed management request: the server's Vietnamese message plus its field issues.
import { ApiError, NetworkError } from '../../api/http.ts'
import type { TFunction } from '../../i18n/use-translation.ts'

export function describeAdminError(t: TFunction, e: unknown): string {
  if (e instanceof NetworkError) return t('offline')
  if (e instanceof ApiError) {
    const issues = (e.details as { issues?: { path?: string; message?: string }[] } | undefined)?.issues ?? []
    const extra = issues.map((i) => (i.path ? `${i.path}: ${i.message ?? ''}` : (i.message ?? ''))).join('; ')
    return extra ? `${e.message} (${extra})` : e.message
  }
  return e instanceof Error ? e.message : String(e)
}
