// The camera overlay of the ID-card scan, a lazy chunk: opened by ScanCardButton, it runs the rear
// camera, offers the torch where the track has one, and reads frames until a card's QR code is in view. A
// foreign QR code gets a message and the scan goes on; no camera, a refused one or no decoder close the
// overlay with a message for the form. It never touches the form itself.
import { useEffect, useRef, useState } from 'react'
import { parseCccdQr, type CccdCard, type NotCccdReason } from '../../../domain/identity/parse-cccd-qr.ts'
import type { CheckIssue } from '../../../domain/registration/field-issue.ts'
import { registerNamespace } from '../../i18n/i18n.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import scannerEn from './card-scanner-en.ts?lingui'
import scannerVi from './card-scanner-vi.ts?lingui'
import { createQrDecoder, type QrDecoder } from './qr-decoder.ts'

const NS = 'card-scanner'
registerNamespace(NS, { vi: scannerVi, en: scannerEn })

/** Pause between two reads: enough for a cheap phone to keep the preview smooth. */
const READ_PAUSE_MS = 80
/** Frames are read at most this wide or high: a card's QR code fills the frame, finer detail only costs time. */
const MAX_FRAME_SIDE = 1280

export type ScannerUnavailable = 'denied' | 'noCamera' | 'insecure' | 'cameraFailed' | 'decoderFailed'

export default function CardScanner({
  onCard,
  onUnavailable,
  onClose,
}: {
  onCard: (card: CccdCard, issues: CheckIssue[]) => void
  onUnavailable: (message: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation(NS)
  const videoRef = useRef<HTMLVideoElement>(null)
  const [track, setTrack] = useState<MediaStreamTrack>()
  const [torch, setTorch] = useState<'none' | 'off' | 'on'>('none')
  const [foreign, setForeign] = useState<NotCccdReason>()
  const [engine, setEngine] = useState<QrDecoder['engine']>()
  // The callbacks change on every render of the form; the loop must not restart for that.
  const handlers = useRef({ onCard, onUnavailable })
  handlers.current = { onCard, onUnavailable }

  useEffect(() => {
    let stopped = false
    let stream: MediaStream | undefined
    const fail = (reason: ScannerUnavailable) => {
      if (!stopped) handlers.current.onUnavailable(t(reason))
    }
    const run = async () => {
      if (!navigator.mediaDevices?.getUserMedia) return fail(window.isSecureContext ? 'noCamera' : 'insecure')
      const decoderReady = createQrDecoder()
      decoderReady.catch(() => undefined) // awaited below; a failure before that must not be unhandled
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        })
      } catch (e) {
        const name = e instanceof DOMException ? e.name : ''
        if (name === 'NotAllowedError' || name === 'SecurityError') return fail('denied')
        if (name === 'NotFoundError' || name === 'OverconstrainedError') return fail('noCamera')
        return fail('cameraFailed')
      }
      if (stopped) return
      const videoTrack = stream.getVideoTracks()[0]
      setTrack(videoTrack)
      const capabilities = videoTrack?.getCapabilities?.() as { torch?: boolean } | undefined
      if (capabilities?.torch) setTorch('off')
      const video = videoRef.current
      if (!video) return
      video.srcObject = stream
      await video.play().catch(() => undefined)

      let decoder: QrDecoder
      try {
        decoder = await decoderReady
      } catch {
        return fail('decoderFailed')
      }
      if (stopped) return
      setEngine(decoder.engine)
      const canvas = document.createElement('canvas')
      const context = canvas.getContext('2d', { willReadFrequently: true })
      if (!context) return fail('cameraFailed')
      while (!stopped) {
        if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
          const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight))
          canvas.width = Math.round(video.videoWidth * scale)
          canvas.height = Math.round(video.videoHeight * scale)
          context.drawImage(video, 0, 0, canvas.width, canvas.height)
          let texts: string[]
          try {
            texts = await decoder.decode(context.getImageData(0, 0, canvas.width, canvas.height))
          } catch {
            return fail('decoderFailed')
          }
          if (stopped) return
          for (const text of texts) {
            const result = parseCccdQr(text)
            if (result.kind === 'cccd') {
              stopped = true
              handlers.current.onCard(result.card, result.issues)
              return
            }
            setForeign(result.reason)
          }
        }
        await new Promise((resolve) => setTimeout(resolve, READ_PAUSE_MS))
      }
    }
    run().catch(() => fail('cameraFailed'))
    return () => {
      stopped = true
      for (const t of stream?.getTracks() ?? []) t.stop()
    }
  }, [t])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  const toggleTorch = () => {
    const next = torch === 'on' ? 'off' : 'on'
    track
      ?.applyConstraints({ advanced: [{ torch: next === 'on' } as MediaTrackConstraintSet] })
      .then(() => setTorch(next))
      .catch(() => setTorch('none'))
  }

  return (
    <div
      className="card-scanner"
      role="dialog"
      aria-modal="true"
      aria-label={t('title')}
      data-engine={engine}
    >
      <video ref={videoRef} muted playsInline aria-hidden="true" />
      <div className="card-scanner-frame" aria-hidden="true" />
      <p className="card-scanner-aim" role="status">
        {foreign ? t(`notCard_${foreign}`) : track ? t('aim') : t('starting')}
      </p>
      <div className="card-scanner-actions">
        {torch !== 'none' && (
          <button
            type="button"
            className="button secondary"
            aria-pressed={torch === 'on'}
            onClick={toggleTorch}
          >
            {torch === 'on' ? t('torchOff') : t('torchOn')}
          </button>
        )}
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          {t('close')}
        </button>
      </div>
    </div>
  )
}
