// Event names for the review list: the device copy first (instant, offline), then the server's list.
import { useEffect, useState } from 'react'
import { db } from '../../db/db.ts'
import { listEvents } from './review-api.ts'

export function useEventNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  useEffect(() => {
    let live = true
    const merge = (events: { id: string; name: string }[]) => {
      if (!live) return
      setNames((prev) => new Map([...prev, ...events.map((e) => [e.id, e.name] as const)]))
    }
    db.events.toArray().then(merge, () => {})
    listEvents().then(merge, () => {})
    return () => {
      live = false
    }
  }, [])
  return names
}
