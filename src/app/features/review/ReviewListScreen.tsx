// The supervisor's review queue (online), on a laptop or a phone: filters and search, a virtualised list
// that loads the next page by cursor as it scrolls, checkboxes for bulk approve/return, and keyboard
// shortcuts (queue-keys.ts) for working through hundreds of registrations without the mouse.
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { ReviewDecision } from '../../../domain/api/sync.ts'
import { BatchResults, BulkBar } from './BulkBar.tsx'
import { describeApiError } from '../../api/describe-api-error.ts'
import { commandForKey, initialQueueKeyState, reduceQueueKeys, type QueueKeyState } from './queue-keys.ts'
import { QueueRow } from './QueueRow.tsx'
import { reviewBatch, type BatchAnswer, type ReviewFilter } from './review-api.ts'
import { ReviewFilters } from './ReviewFilters.tsx'
import { REVIEW_NS } from './review-strings.ts'
import { ShortcutHelp } from './ShortcutHelp.tsx'
import { SupervisorTabs } from './SupervisorTabs.tsx'
import { useEventNames } from './use-event-names.ts'
import { useReviewQueue } from './use-review-queue.ts'
import { useStaff } from './use-staff.ts'

const ROW_ESTIMATE_PX = 76
/** Start fetching the next page this many rows before the end. */
const PREFETCH_ROWS = 15

// Kept while the app is open, so coming back from a registration finds the queue as it was left. In
// memory only: the search text must never reach the URL or storage.
let rememberedFilter: ReviewFilter = { status: 'pending' }

export function ReviewListScreen() {
  const { t } = useTranslation(REVIEW_NS)
  const appT = useTranslation().t
  const [, navigate] = useLocation()
  const [filter, setFilter] = useState<ReviewFilter>(rememberedFilter)
  const queue = useReviewQueue(filter)
  const eventNames = useEventNames()
  const staff = useStaff()
  const [keys, setKeys] = useState<QueueKeyState>(initialQueueKeyState)
  const [batch, setBatch] = useState<{ answer: BatchAnswer; decision: ReviewDecision } | undefined>()
  const [batchError, setBatchError] = useState<string | undefined>()
  const searchRef = useRef<HTMLInputElement>(null)
  const commentRef = useRef<HTMLTextAreaElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)

  const { items } = queue
  const ids = useMemo(() => items.map((i) => i.id), [items])
  const names = useMemo(
    () => new Map(items.map((i) => [i.id, i.participants.map((p) => p.fullName).join(', ')])),
    [items],
  )
  const selected = useMemo(() => items.filter((i) => keys.selected.has(i.id)), [items, keys.selected])
  const pending = useMemo(() => items.filter((i) => i.review.status === 'pending'), [items])

  const changeFilter = useCallback((next: ReviewFilter) => {
    rememberedFilter = next
    setFilter(next)
    setKeys(initialQueueKeyState)
  }, [])

  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0)
  }, [batch, keys.selected.size])

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 10,
    scrollMargin,
  })
  const rows = virtualizer.getVirtualItems()
  const lastRendered = rows[rows.length - 1]?.index ?? -1

  // Infinite scroll: the next page is asked for before the reviewer reaches the end.
  const { hasMore, loading, loadMore } = queue
  useEffect(() => {
    if (hasMore && !loading && lastRendered >= items.length - PREFETCH_ROWS) loadMore()
  }, [hasMore, loading, lastRendered, items.length, loadMore])

  useEffect(() => {
    if (keys.index >= 0) virtualizer.scrollToIndex(keys.index, { align: 'auto' })
  }, [keys.index, virtualizer])

  const afterBatch = useCallback(
    (answer: BatchAnswer, decision: ReviewDecision) => {
      setBatch({ answer, decision })
      const done = new Map(
        answer.results.flatMap((r) => ('review' in r ? [[r.id, { review: r.review }] as const] : [])),
      )
      queue.update(done)
      setKeys((s) => ({ ...s, selected: new Set([...s.selected].filter((id) => !done.has(id))) }))
    },
    [queue],
  )

  const approveNow = useCallback(async () => {
    const current = items[keys.index]
    const targets = selected.length > 0 ? selected : current ? [current] : []
    if (targets.length === 0) return
    setBatchError(undefined)
    try {
      const answer = await reviewBatch({
        items: targets.map((s) => ({ id: s.id, revision: s.revision })),
        decision: 'approve',
      })
      afterBatch(answer, 'approve')
    } catch (e) {
      setBatchError(describeApiError(appT, e, t('offline')))
    }
  }, [appT, items, keys.index, selected, afterBatch, t])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return
      const target = e.target instanceof HTMLElement ? e.target : null
      const command = commandForKey({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        target,
      })
      if (command === undefined) return
      if (command === 'escape') {
        if (target && target !== document.body) target.blur()
      } else e.preventDefault()
      if (command === 'search') searchRef.current?.focus()
      else if (command === 'approve') void approveNow()
      else if (command === 'return') {
        const current = ids[keys.index]
        if (keys.selected.size === 0 && current !== undefined) {
          setKeys((s) => ({ ...s, selected: new Set([current]) }))
        }
        // The comment box appears with the selection: focus it once rendered.
        setTimeout(() => commentRef.current?.focus(), 0)
      } else if (command === 'open') {
        const current = ids[keys.index]
        if (current !== undefined) navigate(`/review/${current}`)
      } else setKeys((s) => reduceQueueKeys(s, command, ids))
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [ids, keys.index, keys.selected.size, approveNow, navigate])

  const toggle = (id: string) =>
    setKeys((s) => {
      const next = new Set(s.selected)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return { ...s, selected: next }
    })
  const allPendingSelected = pending.length > 0 && pending.every((p) => keys.selected.has(p.id))

  return (
    <main className="screen review-list wide">
      <SupervisorTabs />
      <h1>{t('listTitle')}</h1>
      <ReviewFilters
        filter={filter}
        onChange={changeFilter}
        events={eventNames}
        staff={staff}
        searchRef={searchRef}
      />
      <p className="hint shortcuts-hint">
        {t('shortcutsHint')}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => setKeys((s) => ({ ...s, helpOpen: true }))}
        >
          {t('shortcuts')}
        </button>
      </p>

      <BulkBar
        selected={selected}
        commentRef={commentRef}
        onClear={() => setKeys((s) => ({ ...s, selected: new Set() }))}
        onDecided={afterBatch}
      />
      {batchError && <p role="alert">{batchError}</p>}
      {batch && <BatchResults answer={batch.answer} names={names} decision={batch.decision} />}

      {queue.error !== undefined && (
        <p role="alert">
          {describeApiError(appT, queue.error, t('offline'))}{' '}
          <button type="button" className="link-button" onClick={queue.reload}>
            {t('retry')}
          </button>
        </p>
      )}

      <div className="queue-head">
        <label className="check">
          <input
            type="checkbox"
            checked={allPendingSelected}
            disabled={pending.length === 0}
            onChange={() =>
              setKeys((s) => ({
                ...s,
                selected: allPendingSelected ? new Set() : new Set(pending.map((p) => p.id)),
              }))
            }
          />
          {t('selectAllPending')}
        </label>
        <span className="muted" aria-live="polite">
          {queue.hasMore ? t('shownMore', { n: items.length }) : t('shownCount', { n: items.length })}
        </span>
      </div>

      {items.length === 0 && !queue.loading && queue.error === undefined && <p>{t('empty')}</p>}

      <div ref={listRef} className="queue-list-virtual" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const item = items[row.index]
          if (!item) return null
          return (
            <div
              key={item.id}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="queue-slot"
              style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
            >
              <QueueRow
                item={item}
                eventName={eventNames.get(item.eventId) ?? item.eventId}
                selected={keys.selected.has(item.id)}
                current={row.index === keys.index}
                onToggle={() => toggle(item.id)}
              />
            </div>
          )
        })}
      </div>

      {queue.loading && <p aria-live="polite">{t('loading')}</p>}
      {queue.hasMore && !queue.loading && (
        <button type="button" className="button secondary" onClick={queue.loadMore}>
          {t('loadMore')}
        </button>
      )}
      {keys.helpOpen && <ShortcutHelp onClose={() => setKeys((s) => ({ ...s, helpOpen: false }))} />}
    </main>
  )
}
