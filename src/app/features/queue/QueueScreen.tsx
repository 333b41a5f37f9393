// /queue — this device's registrations, newest first, with where each one stands. A phone keeps
// thousands: the screen reads one page at a time from the savedAt index and decrypts only that page; the
// next page loads when the end of the list scrolls into view (or at a tap on "Xem thêm").
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link } from 'wouter'
import { db } from '../../db/db.ts'
import { openRegistrations } from '../../db/registrations-repo.ts'
import type { LocalRegistration } from '../../db/schema.ts'
import { useSyncStatus } from '../../sync/use-sync-status.ts'
import { formatDateTimeVi } from '../../../domain/format/format-date-vi.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { syncChip } from './sync-chip.ts'

/** Registrations read and decrypted at a time. */
const PAGE = 50

export function QueueScreen() {
  const { t } = useTranslation()
  const [limit, setLimit] = useState(PAGE)
  const page = useLiveQuery(
    async () => openRegistrations(await db.registrations.orderBy('savedAt').reverse().limit(limit).toArray()),
    [limit],
  )
  // While the next page is read, the rows already drawn stay (no flash, no jump back to the top).
  const drawn = useRef<LocalRegistration[] | undefined>(undefined)
  if (page !== undefined) drawn.current = page
  const rows = page ?? drawn.current
  const total = useLiveQuery(() => db.registrations.count())
  const hasMore = rows !== undefined && total !== undefined && rows.length < total
  // One page at a time: the button's tap and the end of the list scrolling into view both ask, and while
  // the page asked for is still being read (fewer rows drawn than asked) a second ask adds nothing.
  const drawnCount = useRef(0)
  drawnCount.current = rows?.length ?? 0
  const showMore = useCallback(() => setLimit((n) => (drawnCount.current < n ? n : n + PAGE)), [])
  const end = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const button = end.current
    if (!hasMore || !button || typeof IntersectionObserver === 'undefined') return
    const watch = new IntersectionObserver((seen) => {
      if (seen.some((e) => e.isIntersecting)) showMore()
    })
    watch.observe(button)
    return () => watch.disconnect()
  }, [hasMore, rows?.length, showMore])
  const status = useSyncStatus()
  const [message, setMessage] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  useMarkReady(rows !== undefined)

  const sync = async () => {
    setBusy(true)
    setMessage(undefined)
    try {
      const { syncNow } = await import('../../sync/sync-engine.ts')
      const report = await syncNow()
      setMessage(t('queue.syncDone', { pushed: report.pushed, pulled: report.pulled }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="screen queue">
      <h1>{t('queue.title')}</h1>
      <button
        type="button"
        className="button primary big"
        onClick={() => void sync()}
        disabled={busy || status.running}
      >
        {busy || status.running ? t('queue.syncing') : t('queue.syncNow')}
      </button>
      <p className="muted" role="status">
        {message ??
          (status.lastSyncAt ? t('queue.lastSync', { time: formatDateTimeVi(status.lastSyncAt) }) : '')}
        {status.lastError ? ` · ${status.lastError}` : ''}
      </p>
      <Link href="/cash" className="button secondary">
        {t('queue.cashSummary')}
      </Link>
      {rows?.length === 0 && <p className="muted">{t('queue.empty')}</p>}
      <ul className="queue-list">
        {rows?.map((r) => {
          const chip = syncChip(r)
          const first = r.record.participants[0]
          const more = r.record.participants.length - 1
          const label =
            chip.kind === 'returned' || chip.kind === 'rejected' || chip.kind === 'error'
              ? t(`queue.state_${chip.kind}`, { comment: chip.detail, errors: chip.detail })
              : t(`queue.state_${chip.kind}`)
          return (
            <li key={r.id} className="queue-item" data-testid="queue-item">
              <div className="queue-main">
                <strong>
                  {first?.fullName}
                  {more > 0 ? ` +${more}` : ''}
                </strong>
                <span className="mono">{r.record.payment?.receiptNo ?? '—'}</span>
                <span>{formatVnd(r.record.payment?.amountCollected ?? 0)}</span>
              </div>
              <span className={`chip chip-${chip.kind}`}>{label}</span>
              {r.record.void && (
                <span className="chip chip-rejected" data-testid="voided-chip">
                  {t('queue.voided')}
                </span>
              )}
              {chip.kind === 'rejected' && r.record.payment && !r.record.void && (
                <p className="notice warn" data-testid="refund-due">
                  {t('queue.refund', { amount: formatVnd(r.record.payment.amountCollected) })}
                </p>
              )}
              <div className="queue-actions">
                <Link href={`/receipt/${r.id}`} className="link-button">
                  {t('queue.receipt')}
                </Link>
                {chip.kind === 'conflict' && (
                  <Link href={`/conflict/${r.id}`} className="button secondary small">
                    {t('queue.resolve')}
                  </Link>
                )}
                {chip.fixable && (
                  <Link href={`/enrol/${r.id}`} className="button secondary small">
                    {t('queue.fix')}
                  </Link>
                )}
              </div>
            </li>
          )
        })}
      </ul>
      {hasMore && (
        <button ref={end} type="button" className="button secondary" onClick={showMore}>
          {t('queue.more', { shown: rows.length, total })}
        </button>
      )}
    </main>
  )
}
