// Offers a new version of the app when one is waiting, and applies it only when the user taps "Cập nhật".
// It never reloads by itself: a collector halfway through a household's form must not lose it.
import { useEffect, useState } from 'react'
import { registerServiceWorker } from './register-service-worker.ts'

export function UpdateBanner() {
  const [waiting, setWaiting] = useState(false)
  const [updating, setUpdating] = useState(false)

  useEffect(() => {
    const workbox = registerServiceWorker()
    if (!workbox) return
    const onWaiting = () => setWaiting(true)
    workbox.addEventListener('waiting', onWaiting)
    return () => workbox.removeEventListener('waiting', onWaiting)
  }, [])

  if (!waiting) return null

  const update = () => {
    const workbox = registerServiceWorker()
    if (!workbox) return
    setUpdating(true)
    // Reload only once the new worker controls the page, so the reload is served by the new version.
    workbox.addEventListener('controlling', () => window.location.reload())
    workbox.messageSkipWaiting()
  }

  return (
    <div role="status" aria-live="polite" className="update-banner" style={bannerStyle}>
      <span>Có phiên bản mới</span>{' '}
      <button type="button" onClick={update} disabled={updating}>
        {updating ? 'Đang cập nhật…' : 'Cập nhật'}
      </button>
    </div>
  )
}

const bannerStyle = {
  // Sticky in the flow, not fixed over it: it never covers a field or the save button.
  position: 'sticky',
  top: 0,
  zIndex: 10,
  display: 'flex',
  gap: '0.75rem',
  alignItems: 'center',
  justifyContent: 'space-between',
  padding: '0.5rem 0.75rem',
  background: '#0b5cad',
  color: '#fff',
} as const
