// Shown instead of a silent overwrite when this registration was saved elsewhere (another tab of this
// phone) after the form opened it: the fields that differ, what is stored now and what this form holds,
// and two deliberate ways on. Nothing typed is lost meanwhile: the draft still holds it.
import { changedPaths, flattenRecord } from '../../../domain/registration/diff-revisions.ts'
import type { Registration } from '../../../domain/registration/registration-schema.ts'
import { useTranslation, type TFunction } from '../../i18n/use-translation.ts'
import { STALE_SAVE_NS } from './stale-save-strings.ts'
import './stale-save.css'

// The form's own labels for the fields a collector can change; anything else shows its path.
const LABELS: Readonly<Record<string, string>> = {
  fullName: 'enrol.fullName',
  idNumber: 'enrol.idNumber',
  dateOfBirth: 'enrol.dobDay',
  sex: 'enrol.sex',
  ethnicityCode: 'enrol.ethnicity',
  phone: 'enrol.phone',
  provinceCode: 'enrol.province',
  commune: 'enrol.commune',
  communeCode: 'enrol.commune',
  village: 'enrol.village',
  monthlyIncome: 'enrol.vsiIncome',
  supportGroup: 'enrol.supportGroup',
  householdOrder: 'enrol.householdOrder',
  vssidAssisted: 'enrol.vssid',
  cashlessPension: 'enrol.cashlessPension',
  amountCollected: 'enrol.total',
}

function labelOf(path: string, t: TFunction): string {
  const parts = path.split('.')
  const leaf = parts.at(-1) ?? path
  const person = parts[0] === 'participants' && parts[1] !== undefined ? Number(parts[1]) + 1 : undefined
  const key = LABELS[leaf] ?? (leaf === 'months' && parts.includes('hi') ? 'enrol.hiMonths' : undefined)
  const label = key ? t(key) : leaf === 'months' ? t('enrol.vsiMonths') : path
  return person === undefined ? label : `${t('enrol.person', { n: person })} · ${label}`
}

export function StaleSavePanel({
  stored,
  mine,
  onKeepMine,
  onTakeStored,
}: {
  stored: Registration
  mine: Registration
  onKeepMine: () => void
  onTakeStored: () => void
}) {
  const { t } = useTranslation()
  const h = useTranslation(STALE_SAVE_NS).t
  // Amounts and the receipt number follow from the fields; `revision` always differs.
  const paths = changedPaths(stored, mine).filter((p) => !/(amountDue|receiptNo)$/.test(p))
  const storedFields = flattenRecord(stored)
  const myFields = flattenRecord(mine)
  return (
    <section className="notice warn stale-save" role="alert" aria-labelledby="stale-save-title">
      <h2 id="stale-save-title">{h('title', { revision: stored.revision })}</h2>
      <p>{h('explain')}</p>
      <table className="stale-diff">
        <thead>
          <tr>
            <th scope="col">{h('field')}</th>
            <th scope="col">{h('stored')}</th>
            <th scope="col">{h('mine')}</th>
          </tr>
        </thead>
        <tbody>
          {paths.map((path) => (
            <tr key={path}>
              <th scope="row">{labelOf(path, t)}</th>
              <td>{storedFields.get(path) || '—'}</td>
              <td>{myFields.get(path) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="stale-actions">
        <button type="button" className="button primary" onClick={onKeepMine}>
          {h('keepMine', { revision: stored.revision + 1 })}
        </button>
        <button type="button" className="button secondary" onClick={onTakeStored}>
          {h('takeStored')}
        </button>
      </div>
    </section>
  )
}
