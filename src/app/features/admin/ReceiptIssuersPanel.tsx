// Admin: who issues the receipts, for the province office and per team. What is saved here is
// printed on every receipt of the collectors it applies to (docs/api.md "Receipt issuer").
import { useCallback, useEffect, useId, useState } from 'react'
import type { ReceiptIssuer } from '../../../domain/receipt/receipt-issuer.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { Team } from './admin-api.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import {
  deleteReceiptIssuer,
  listReceiptIssuers,
  saveReceiptIssuer,
  type ReceiptIssuerRow,
} from './receipt-issuer-api.ts'
import { RECEIPT_ISSUER_NS } from './receipt-issuer-strings.ts'

const EMPTY: ReceiptIssuer = { unitName: '', unitAddress: '', taxCode: '', formCode: '', series: '' }
const FIELDS = ['unitName', 'unitAddress', 'taxCode', 'formCode', 'series'] as const
const OFFICE = '' // the <select> value for the province office

export function ReceiptIssuersPanel({ teams }: { teams: Team[] }) {
  const { t } = useTranslation(RECEIPT_ISSUER_NS)
  const appT = useTranslation().t
  const id = useId()
  const [rows, setRows] = useState<ReceiptIssuerRow[]>([])
  const [scope, setScope] = useState(OFFICE)
  const [input, setInput] = useState<ReceiptIssuer>(EMPTY)
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>()
  const fail = useCallback(
    (e: unknown) => setMessage({ error: true, text: describeApiError(appT, e, t('offline')) }),
    [appT, t],
  )
  const rowFor = (s: string, list = rows) => list.find((r) => (r.teamId ?? OFFICE) === s)
  const pick = (s: string, list = rows) => {
    setScope(s)
    const r = rowFor(s, list)
    setInput(
      r
        ? {
            unitName: r.unitName,
            unitAddress: r.unitAddress,
            taxCode: r.taxCode,
            formCode: r.formCode,
            series: r.series,
          }
        : EMPTY,
    )
  }
  const load = useCallback(() => {
    listReceiptIssuers().then((list) => {
      setRows(list)
      const office = list.find((r) => r.teamId === null)
      if (office) setInput((i) => (i === EMPTY ? { ...office } : i))
    }, fail)
  }, [fail])
  useEffect(load, [load])

  const save = () => {
    saveReceiptIssuer(scope === OFFICE ? null : scope, input).then(() => {
      setMessage({ error: false, text: t('saved') })
      load()
    }, fail)
  }
  const remove = () => {
    if (scope === OFFICE || !window.confirm(t('removeConfirm'))) return
    deleteReceiptIssuer(scope).then(() => {
      setMessage({ error: false, text: t('saved') })
      setInput(EMPTY)
      load()
    }, fail)
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice error' : 'notice'}>
          {message.text}
        </p>
      )}
      <form
        className="admin-form"
        aria-label={t('title')}
        onSubmit={(e) => {
          e.preventDefault()
          save()
        }}
      >
        <div className="field-box">
          <label htmlFor={`${id}-scope`}>{t('scope')}</label>
          <select id={`${id}-scope`} value={scope} onChange={(e) => pick(e.target.value)}>
            <option value={OFFICE}>{t('office')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {t('team', { name: team.name })}
                {rowFor(team.id) ? '' : ` (${t('none')})`}
              </option>
            ))}
          </select>
        </div>
        {FIELDS.map((f) => (
          <div className="field-box" key={f}>
            <label htmlFor={`${id}-${f}`}>{t(f)}</label>
            <input
              id={`${id}-${f}`}
              required
              value={input[f]}
              inputMode={f === 'taxCode' ? 'numeric' : undefined}
              onChange={(e) => setInput((i) => ({ ...i, [f]: e.target.value }))}
            />
          </div>
        ))}
        <button type="submit" className="button primary">
          {t('save')}
        </button>
        {scope !== OFFICE && rowFor(scope) && (
          <button type="button" className="button danger" onClick={remove}>
            {t('remove')}
          </button>
        )}
      </form>
    </section>
  )
}
