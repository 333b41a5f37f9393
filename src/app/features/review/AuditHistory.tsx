// A registration's audit entries (created, each revision, each decision, overrides), oldest first.
import { useTranslation } from '../../i18n/use-translation.ts'
import { formatInstant } from '../../ui/format-instant.ts'
import type { AuditEntry } from './review-api.ts'
import { REVIEW_NS } from './review-strings.ts'

const KNOWN = new Set([
  'registration.create',
  'registration.update',
  'registration.review',
  'registration.override',
])

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ')
}

export function AuditHistory({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation(REVIEW_NS)
  if (entries.length === 0) return null
  return (
    <section className="audit-history">
      <h2>{t('audit')}</h2>
      <ol className="history">
        {entries.map((e) => {
          const extra = detailText(e.detail)
          return (
            <li key={e.id}>
              {t('auditLine', {
                when: formatInstant(e.at),
                who: e.actor?.displayName ?? t('auditSystem'),
                action: KNOWN.has(e.action) ? t(`action_${e.action.replace('.', '_')}`) : e.action,
              })}
              {extra && <span className="muted"> ({extra})</span>}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
