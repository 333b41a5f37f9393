// "Quét CCCD" on each person's block: opens the camera overlay (a lazy chunk with the decoder, so
// the enrol screen's first load stays small), fills the person's fields from the card and marks them "Từ thẻ"
// while they still hold the card's value. Without a camera, or when refused, a message says so and nothing
// typed is touched.
import { lazy, Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { CccdCard } from '../../../domain/identity/parse-cccd-qr.ts'
import type { CheckIssue } from '../../../domain/registration/field-issue.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { cardFields, fieldsFromCard, type CardField, type CardFill } from './card-fields.ts'
import { CARD_SCAN_NS } from './card-scan-strings.ts'
import './card-scan.css'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'

const CardScanner = lazy(() => import('./CardScanner.tsx'))

export function ScanCardButton({ index }: { index: number }) {
  const { t } = useTranslation(CARD_SCAN_NS)
  const { setValue, getValues, control } = useFormContext<EnrolFormValues>()
  const p = useWatch({ control, name: `participants.${index}` }) as ParticipantFormValues
  const [open, setOpen] = useState(false)
  const [problem, setProblem] = useState<string>()
  const [issues, setIssues] = useState<CheckIssue[]>([])

  const start = () => {
    setProblem(undefined)
    mark('card-scan-open')
    setOpen(true)
  }
  const close = useCallback(() => setOpen(false), [])
  const unavailable = useCallback((message: string) => {
    setOpen(false)
    setProblem(message)
  }, [])
  // Puts a fill into the person's fields; `only` limits it to some of them.
  const apply = useCallback(
    (filled: CardFill, only: readonly CardField[] = cardFields) => {
      for (const [field, value] of Object.entries(filled.values) as [CardField, string][]) {
        if (only.includes(field)) setValue(`participants.${index}.${field}`, value, { shouldDirty: true })
      }
      setValue(`participants.${index}.fromCard`, filled, { shouldDirty: true })
    },
    [index, setValue],
  )
  const fill = useCallback(
    (card: CccdCard, found: CheckIssue[]) => {
      // Filling loads only once a card is read, not with the enrol screen (precached for offline use).
      import('./card-fill.ts')
        .then(({ fillFromCard, withAddressMatch }) => {
          const filled = fillFromCard(card)
          apply(filled)
          setIssues(found.filter((i) => i.severity === 'warning'))
          setOpen(false)
          requestAnimationFrame(() => mark('card-scan-filled'))
          const address = filled.address
          if (address === undefined) return
          // The old → new table is ~100 KB gzipped: a lazy chunk, precached. Until it arrives (or if it
          // cannot), the address stays as the card's text.
          import('../../../domain/admin/old-address.ts')
            .then(({ mapOldAddress }) => {
              const now = getValues(`participants.${index}`)
              // Typed over meanwhile, or another card scanned: what the collector did wins.
              if (JSON.stringify(now.fromCard) !== JSON.stringify(filled)) return
              const addressFields = (['provinceCode', 'commune', 'communeCode', 'village'] as const).filter(
                (k) => now[k] === filled.values[k],
              )
              apply(withAddressMatch(filled, mapOldAddress(address)), addressFields)
              requestAnimationFrame(() => mark('card-scan-address'))
            })
            .catch(() => undefined)
        })
        .catch(() => unavailable(t('loadFailed')))
    },
    [apply, getValues, index, t, unavailable],
  )
  const choose = (commune: { code: string; name: string }) => {
    const current = p.fromCard
    if (!current) return
    const chosen: CardFill = {
      values: { ...current.values, commune: commune.name, communeCode: commune.code },
    }
    if (current.address !== undefined) chosen.address = current.address
    setValue(`participants.${index}.commune`, commune.name, { shouldDirty: true })
    setValue(`participants.${index}.communeCode`, commune.code, { shouldDirty: true })
    setValue(`participants.${index}.fromCard`, chosen)
  }

  const marked = fieldsFromCard(p.fromCard, p)
  // The marks are drawn by card-scan.css from `data-marks` below, so the person's block (edited by several
  // features at once) needs nothing but this component. The CSP allows no inline <style>; a custom property
  // set through the CSSOM carries the translated "Từ thẻ" to the labels' ::after.
  const root = useRef<HTMLDivElement>(null)
  const markLabel = t('fromCard')
  useLayoutEffect(() => {
    root.current?.parentElement?.style.setProperty('--from-card-label', JSON.stringify(markLabel))
  }, [markLabel])
  return (
    <div className="scan-card" ref={root} data-marks={marked.join(' ')}>
      <button
        type="button"
        className="button secondary scan-card-button"
        onClick={start}
        aria-label={t('scanLabel', { n: index + 1 })}
      >
        {t('scan')}
      </button>
      {problem && (
        <p className="notice warn" role="alert">
          {problem}
        </p>
      )}
      {marked.length > 0 && (
        <div className="notice info scan-card-filled" role="status">
          <p>{t('filled')}</p>
          {p.fromCard?.address && <p>{t('cardAddress', { address: p.fromCard.address })}</p>}
          {p.fromCard?.candidates && (
            <fieldset className="scan-card-candidates">
              <legend>{t('chooseCommune')}</legend>
              {p.fromCard.candidates.map((c) => (
                <button key={c.code} type="button" className="button secondary" onClick={() => choose(c)}>
                  {c.name}
                </button>
              ))}
            </fieldset>
          )}
          {issues.map((i) => (
            <p key={i.message} className="field-hint">
              {i.message}
            </p>
          ))}
        </div>
      )}
      {open && (
        <Suspense
          fallback={
            <div className="card-scanner" role="dialog" aria-modal="true" aria-busy="true">
              <p className="card-scanner-aim">{t('loading')}</p>
            </div>
          }
        >
          <CardScanner onCard={fill} onUnavailable={unavailable} onClose={close} />
        </Suspense>
      )}
    </div>
  )
}

function mark(name: string): void {
  performance.clearMarks(name)
  performance.mark(name)
}
