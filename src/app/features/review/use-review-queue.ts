// The review queue's pages: the first page for the current filters, then "load more" by cursor. A change
// of filters drops the pages of the old ones, even if an old answer arrives late.
import { useCallback, useEffect, useRef, useState } from 'react'
import { listRegistrations, type RegistrationSummary, type ReviewFilter } from './review-api.ts'

export interface ReviewQueue {
  items: RegistrationSummary[]
  /** There is a next page to load. */
  hasMore: boolean
  loading: boolean
  error: unknown
  loadMore: () => void
  reload: () => void
  /** Replaces rows in place (after a decision) without reloading. */
  update: (changed: ReadonlyMap<string, Partial<RegistrationSummary>>) => void
}

export function useReviewQueue(filter: ReviewFilter): ReviewQueue {
  const [items, setItems] = useState<RegistrationSummary[]>([])
  const [cursor, setCursor] = useState<string | undefined>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<unknown>()
  const generation = useRef(0)
  const busy = useRef(false)
  const key = JSON.stringify(filter)

  const fetchPage = useCallback(
    async (after: string | undefined) => {
      const mine = after === undefined ? ++generation.current : generation.current
      busy.current = true
      setLoading(true)
      setError(undefined)
      try {
        const page = await listRegistrations(JSON.parse(key) as ReviewFilter, after)
        if (mine !== generation.current) return
        setItems((prev) =>
          after ? [...prev, ...page.items.filter((i) => !prev.some((p) => p.id === i.id))] : page.items,
        )
        setCursor(page.cursor)
      } catch (e) {
        if (mine === generation.current) setError(e)
      } finally {
        if (mine === generation.current) {
          busy.current = false
          setLoading(false)
        }
      }
    },
    [key],
  )

  useEffect(() => {
    setItems([])
    setCursor(undefined)
    void fetchPage(undefined)
  }, [fetchPage])

  const loadMore = useCallback(() => {
    if (cursor !== undefined && !busy.current) void fetchPage(cursor)
  }, [cursor, fetchPage])

  const reload = useCallback(() => void fetchPage(undefined), [fetchPage])

  const update = useCallback((changed: ReadonlyMap<string, Partial<RegistrationSummary>>) => {
    setItems((prev) => prev.map((item) => ({ ...item, ...changed.get(item.id) })))
  }, [])

  return { items, hasMore: cursor !== undefined, loading, error, loadMore, reload, update }
}
