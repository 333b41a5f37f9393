// Offers a new version of the app when one is waiting, and applies it only when the user taps "Cập nhật".
// It never reloads by itself: a collector halfway through a household's form must not lose it.
// Styled by the shell (.update-banner: sticky at the top, in the flow, never over a field); no inline style
// because the server's CSP allows only style-src 'self'.
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
    <div role="status" aria-live="polite" className="update-banner">
      <span>Có phiên bản mới</span>{' '}
      <button type="button" onClick={update} disabled={updating}>
        {updating ? 'Đang cập nhật…' : 'Cập nhật'}
      </button>
    </div>
  )
}
