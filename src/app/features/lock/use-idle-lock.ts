// Locks the app after `minutes` with no touch or key. A timer re-armed on activity, not a comparison of
// Date.now() values: changing the device clock (field phones do) must not lock a page in use. A phone
// asleep in a pocket freezes the timer, so the time spent hidden is checked when the page is shown again,
// on both clocks (the monotonic one may not count while the system sleeps): locking early is the safe side.
import { useEffect } from 'react'
import { lockNow } from '../../db/data-key.ts'

const activity = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const

export function useIdleLock(minutes: number, active: boolean): void {
  useEffect(() => {
    if (!active || !(minutes > 0)) return undefined
    const idleMs = minutes * 60_000
    let timer = setTimeout(lockNow, idleMs)
    let lastActivity = performance.now()
    let lastActivityWall = Date.now()
    const touch = () => {
      lastActivity = performance.now()
      lastActivityWall = Date.now()
      clearTimeout(timer)
      timer = setTimeout(lockNow, idleMs)
    }
    const onVisibility = () => {
      if (document.visibilityState !== 'visible') return
      const idle = Math.max(performance.now() - lastActivity, Date.now() - lastActivityWall)
      if (idle >= idleMs) lockNow()
    }
    for (const type of activity) window.addEventListener(type, touch, { passive: true, capture: true })
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      clearTimeout(timer)
      for (const type of activity) window.removeEventListener(type, touch, { capture: true })
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [minutes, active])
}
