// The admin's audit search (GET /api/audit): by action, entity, actor and Vietnam calendar days, newest
// first, 50 at a time. Entries hold ids, codes and counts only, never names or ID numbers.
import { useCallback, useEffect, useId, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { listAudit, type Account, type AuditEntry, type AuditFilter } from './admin-api.ts'
import { ADMIN_NS } from './admin-strings.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { formatInstant } from '../../ui/format-instant.ts'
import { AUDIT_LABELS_NS } from './audit-labels-strings.ts'
import { describeAuditEntry, type LabelOf } from './describe-audit-entry.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'

const ACTIONS = [
  'session.create',
  'session.denied',
  'session.revoke',
  'device.register',
  'device.link',
  'device.revoke',
  'event.create',
  'event.update',
  'registration.create',
  'registration.update',
  'registration.review',
  'registration.override',
  'sync.push',
  'export.download',
  'export.complete',
  'user.create',
  'user.update',
  'user.password_reset',
  'team.create',
  'cash.handover',
  'cash.confirm',
  'receipt_issuer.set',
  'receipt_issuer.delete',
]

export function AuditPanel({ accounts }: { accounts: readonly Account[] }) {
  const { t } = useTranslation(ADMIN_NS)
  const appT = useTranslation().t
  const labels = useTranslation(AUDIT_LABELS_NS).t
  // Lingui answers a missing message with its id: that means "no label yet".
  const labelOf: LabelOf = (key) => {
    const text = labels(key)
    return text === key || text.endsWith(`:${key}`) ? undefined : text
  }
  const nameOf = (userId: string) => accounts.find((a) => a.id === userId)?.displayName
  const id = useId()
  const [draft, setDraft] = useState<AuditFilter>({})
  const [filter, setFilter] = useState<AuditFilter>({})
  const [items, setItems] = useState<AuditEntry[]>([])
  const [cursor, setCursor] = useState<string | undefined>()
  const [error, setError] = useState<string | undefined>()

  const load = useCallback(
    async (after?: string) => {
      setError(undefined)
      try {
        const page = await listAudit(filter, after)
        setItems((prev) => (after ? [...prev, ...page.items] : page.items))
        setCursor(page.cursor)
      } catch (e) {
        setError(describeApiError(appT, e, t('offline')))
      }
    },
    [appT, filter, t],
  )
  useEffect(() => {
    void load()
  }, [load])

  const set = (key: keyof AuditFilter, value: string) => setDraft({ ...draft, [key]: value || undefined })
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('auditSearch')}</h2>
      <form
        className="admin-form"
        onSubmit={(e) => {
          e.preventDefault()
          setFilter({ ...draft })
        }}
      >
        <div className="field-box">
          <label htmlFor={`${id}-f1`}>{t('action')}</label>
          <select id={`${id}-f1`} value={draft.action ?? ''} onChange={(e) => set('action', e.target.value)}>
            <option value="">{t('none')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {labelOf(`action.${a}`) ?? a}
              </option>
            ))}
          </select>
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-f2`}>{t('actor')}</label>
          <select
            id={`${id}-f2`}
            value={draft.actorId ?? ''}
            onChange={(e) => set('actorId', e.target.value)}
          >
            <option value="">{t('anyone')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.displayName} ({a.username})
              </option>
            ))}
          </select>
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-f3`}>{t('entityId')}</label>
          <input
            id={`${id}-f3`}
            value={draft.entityId ?? ''}
            onChange={(e) => set('entityId', e.target.value.trim())}
          />
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-f4`}>{t('from')}</label>
          <input
            id={`${id}-f4`}
            type="date"
            value={draft.from ?? ''}
            onChange={(e) => set('from', e.target.value)}
          />
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-f5`}>{t('to')}</label>
          <input
            id={`${id}-f5`}
            type="date"
            value={draft.to ?? ''}
            onChange={(e) => set('to', e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button small primary">
            {t('search')}
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {items.length === 0 && !error && <p>{t('empty')}</p>}
      <TableScroll label={t('auditSearch')}>
        <table className="admin-table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('actor')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('entity')}</th>
              <th scope="col">{t('detail')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => {
              const described = describeAuditEntry(a, labelOf, nameOf)
              return (
                <tr key={a.id}>
                  <td>{formatInstant(a.at)}</td>
                  <td>{a.actor ? a.actor.displayName : t('system')}</td>
                  <td>{described.action}</td>
                  <td>
                    {described.entity}
                    {a.entityId && <small className="muted"> {a.entityId}</small>}
                  </td>
                  <td>
                    {described.details.length > 0 && (
                      <dl className="audit-detail">
                        {described.details.map((d) => (
                          <div key={d.label}>
                            <dt>{d.label}</dt>
                            <dd>{d.value}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
      {cursor && (
        <button type="button" className="button secondary" onClick={() => void load(cursor)}>
          {t('loadMore')}
        </button>
      )}
    </section>
  )
}
