// "In biên lai" on the receipt screen: straight to the paired thermal printer, no dialog; the
// system print dialog when none is paired, for A5, and as a fallback. The device code loads on first use.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '../i18n/use-translation.ts'
import type { OneBitImage, ThermalPaper } from './one-bit-image.ts'
import { fitPageToReceipt } from './fit-page-to-receipt.ts'
import { markPrinted, wasPrinted } from './printed-receipts.ts'
import type { PrinterFailure } from './printer-failure.ts'
import { PRINT_NS } from './print-strings.ts'
import './print-panel.css'
import { loadPrinter, savePrinter, type SavedPrinter } from './saved-printer.ts'

const loadPrintSlip = () => import('./print-slip.ts')

const failureKey: Record<PrinterFailure, string> = {
  unsupported: 'failUnsupported',
  cancelled: 'failCancelled',
  unreachable: 'failUnreachable',
  not_a_printer: 'failNotAPrinter',
  write_failed: 'failWrite',
}

type Status =
  | { state: 'idle' }
  | { state: 'printing'; percent: number }
  | { state: 'done'; message: string; bytes?: number; ms?: number }
  | { state: 'failed'; message: string }

export function PrintPanel({
  registrationId,
  paper,
  draw,
}: {
  registrationId: string
  paper: ThermalPaper | 'a5'
  /** The slip drawn `dots` wide (receipt-text-lines → draw-receipt); `copy` marks a reprint. */
  draw: (dots: number, copy: boolean) => HTMLCanvasElement
}) {
  const { t } = useTranslation(PRINT_NS)
  const [printer, setPrinter] = useState<SavedPrinter | undefined>(loadPrinter)
  const [status, setStatus] = useState<Status>({ state: 'idle' })
  const [image, setImage] = useState<OneBitImage | undefined>(undefined)
  const hasBluetooth = typeof navigator !== 'undefined' && 'bluetooth' in navigator
  const hasSerial = typeof navigator !== 'undefined' && 'serial' in navigator

  // Fetch the printer code while the person looks at the receipt, so the tap goes straight to the device.
  useEffect(() => {
    if (printer) void loadPrintSlip()
  }, [printer])

  const fail = (e: unknown) => {
    const failure = (e as { failure?: PrinterFailure } | null)?.failure
    const text = failure ? t(failureKey[failure]) : t('failWrite')
    setStatus({ state: 'failed', message: failure === 'cancelled' ? text : `${text} ${t('safe')}` })
  }

  const systemPrint = () => {
    const undo = fitPageToReceipt()
    // Android returns from print() before the dialog closes: undo once printing is over, not before.
    window.addEventListener('afterprint', undo, { once: true })
    window.print()
    markPrinted(registrationId)
  }

  const print = async () => {
    if (!printer || paper === 'a5') {
      systemPrint()
      return
    }
    const copy = wasPrinted(registrationId)
    setStatus({ state: 'printing', percent: 0 })
    try {
      const { printSlip } = await loadPrintSlip()
      const outcome = await printSlip(
        printer,
        (dots) => draw(dots, copy),
        paper,
        (f) => setStatus({ state: 'printing', percent: Math.round(f * 100) }),
      )
      markPrinted(registrationId)
      if (
        outcome.printer.transport === 'ble' &&
        printer.transport === 'ble' &&
        outcome.printer.id !== printer.id
      ) {
        savePrinter(outcome.printer)
        setPrinter(outcome.printer)
      }
      setImage(outcome.image)
      const name = outcome.printer.name
      setStatus({
        state: 'done',
        message: copy ? t('printedCopy', { name }) : t('printed', { name }),
        bytes: outcome.bytes,
        ms: outcome.ms,
      })
    } catch (e) {
      fail(e)
    }
  }

  const pair = async (transport: SavedPrinter['transport']) => {
    setStatus({ state: 'idle' })
    try {
      const { pairPrinter } = await loadPrintSlip()
      const p = await pairPrinter(transport, t('unnamed'))
      savePrinter(p)
      setPrinter(p)
      setStatus({ state: 'done', message: t('paired', { name: p.name }) })
    } catch (e) {
      fail(e)
    }
  }

  const busy = status.state === 'printing'
  return (
    <div className="print-panel">
      <button type="button" className="button primary big" onClick={() => void print()} disabled={busy}>
        {busy ? t('printing', { percent: status.percent }) : t('print')}
      </button>
      {(status.state === 'done' || status.state === 'failed') && (
        <p
          className={status.state === 'failed' ? 'notice warn' : 'notice'}
          role={status.state === 'failed' ? 'alert' : 'status'}
          data-testid="print-status"
          // Size and time of the last slip, for measurement (bench figures, e2e); no personal data.
          data-bytes={status.state === 'done' ? status.bytes : undefined}
          data-ms={status.state === 'done' ? status.ms : undefined}
        >
          {status.message}
        </p>
      )}
      {printer && paper === 'a5' && <p className="muted">{t('a5System')}</p>}
      <details className="printer-settings">
        <summary>
          {printer
            ? t('printerPaired', { name: printer.name, paper: paper === 'a5' ? '—' : paper })
            : t('printer')}
        </summary>
        {!printer && <p className="muted">{t('printerNone')}</p>}
        {hasBluetooth && (
          <button type="button" className="button secondary" onClick={() => void pair('ble')} disabled={busy}>
            {t('pairBle')}
          </button>
        )}
        {hasSerial && (
          <button
            type="button"
            className="button secondary"
            onClick={() => void pair('serial')}
            disabled={busy}
          >
            {t('pairSerial')}
          </button>
        )}
        {!hasBluetooth && !hasSerial && <p className="muted">{t('failUnsupported')}</p>}
        {printer && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              savePrinter(undefined)
              setPrinter(undefined)
              setStatus({ state: 'idle' })
            }}
          >
            {t('forget')}
          </button>
        )}
      </details>
      {printer && (
        <button type="button" className="button secondary" onClick={systemPrint}>
          {t('systemPrint')}
        </button>
      )}
      {image && (
        <details className="print-preview">
          <summary>{t('preview')}</summary>
          <SlipCanvas image={image} />
        </details>
      )}
    </div>
  )
}

/** The exact dots sent to the head (the end-to-end test compares them with the bytes the printer got). */
function SlipCanvas({ image }: { image: OneBitImage }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const ctx = ref.current?.getContext('2d')
    if (!ctx) return
    const data = ctx.createImageData(image.width, image.height)
    data.data.set(image.data)
    ctx.putImageData(data, 0, 0)
  }, [image])
  return (
    <canvas
      ref={ref}
      width={image.width}
      height={image.height}
      data-testid="print-preview"
      className="slip-preview"
      aria-hidden="true"
    />
  )
}
