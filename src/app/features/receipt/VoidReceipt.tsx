// "Huỷ biên lai": a required reason, then the next revision with a `void` mark (domain voidRegistration),
// saved like any revision so it is pushed to the server. The number stays with it and is never reused.
import { useState } from 'react'
import type { Registration } from '../../../domain/registration/registration-schema.ts'
import { voidRegistration } from '../../../domain/receipt/void-registration.ts'
import { saveRegistration } from '../../db/save-registration.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { ReasonField } from '../../ui/ReasonField.tsx'
import { vietnamNowIso } from '../../ui/vietnam-now-iso.ts'
import { RECEIPT_NS } from './receipt-strings.ts'

export function VoidReceipt({ record, onDone }: { record: Registration; onDone: () => void }) {
  const { t } = useTranslation(RECEIPT_NS)
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)

  if (!open) {
    return (
      <button type="button" className="button danger" onClick={() => setOpen(true)}>
        {t('void')}
      </button>
    )
  }

  const submit = async () => {
    const result = voidRegistration(record, reason, vietnamNowIso())
    if (!result.ok) {
      setError(result.issue.message)
      return
    }
    setBusy(true)
    try {
      await saveRegistration(result.registration)
      setOpen(false)
      onDone()
    } catch (e) {
      setError(t('voidFailed', { message: e instanceof Error ? e.message : String(e) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="void-form"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
      noValidate
    >
      <ReasonField
        id="void-reason"
        label={t('voidReason')}
        value={reason}
        error={error}
        hint={t('voidHint')}
        required
        onChange={(value) => {
          setReason(value)
          setError(undefined)
        }}
      />
      <button type="submit" className="button danger" disabled={busy}>
        {busy ? t('voidSaving') : t('voidConfirm')}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        {t('voidCancel')}
      </button>
    </form>
  )
}
