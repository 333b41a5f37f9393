// Every revision of a registration side by side, one column each, the fields that changed since the
// revision before highlighted (diff-revisions.ts). By default only the changed fields are listed.
import { useId, useMemo, useState } from 'react'
import { useTranslation, type TFunction } from '../../i18n/use-translation.ts'
import type { Registration } from '../../../domain/registration/registration-schema.ts'
import { diffRevisions } from '../../../domain/registration/diff-revisions.ts'
import { formatInstant } from '../../ui/format-instant.ts'
import { REVIEW_NS } from './review-strings.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'

// Leaf names → the catalog's labels; anything else shows its path.
const FIELD_KEYS: Readonly<Record<string, string>> = {
  fullName: 'fullName',
  idNumber: 'idNumber',
  dateOfBirth: 'dateOfBirth',
  sex: 'sex',
  ethnicityCode: 'ethnicity',
  phone: 'phone',
  provinceCode: 'province',
  commune: 'commune',
  communeCode: 'communeCode',
  village: 'village',
  consent: 'consent',
  monthlyIncome: 'monthlyIncome',
  months: 'months',
  supportGroup: 'supportGroup',
  priorSupportedMonths: 'priorSupportedMonths',
  amountDue: 'amountDue',
  householdOrder: 'householdOrder',
  vssidAssisted: 'vssidAssisted',
  cashlessPension: 'cashlessPension',
  amountCollected: 'amount',
  receiptNo: 'receiptNo',
  note: 'note',
  eventId: 'event',
  collectedAt: 'collectedAt',
}
const GROUP_KEYS: Readonly<Record<string, string>> = {
  vsi: 'vsi',
  hi: 'hi',
  payment: 'payment',
  services: 'services',
}

export function labelPath(path: string, t: TFunction): string {
  const parts = path.split('.')
  const words: string[] = []
  for (const [i, part] of parts.entries()) {
    if (part === 'participants' && parts[i + 1] !== undefined && /^\d+$/.test(parts[i + 1] ?? '')) {
      words.push(t('person', { n: Number(parts[i + 1]) + 1 }))
    } else if (/^\d+$/.test(part) && parts[i - 1] === 'participants') {
      continue
    } else if (i < parts.length - 1 && GROUP_KEYS[part]) {
      words.push(t(GROUP_KEYS[part]))
    } else if (i === parts.length - 1) {
      const key = FIELD_KEYS[part] ?? GROUP_KEYS[part]
      words.push(key ? t(key) : part)
    }
  }
  return words.join(' · ')
}

export function RevisionDiff({
  revisions,
}: {
  revisions: readonly { revision: number; receivedAt: string; registration: Registration }[]
}) {
  const { t } = useTranslation(REVIEW_NS)
  const id = useId()
  const [onlyChanged, setOnlyChanged] = useState(true)
  const rows = useMemo(() => diffRevisions(revisions.map((r) => r.registration)), [revisions])
  const shown = onlyChanged ? rows.filter((r) => r.changed.some(Boolean)) : rows
  return (
    <section className="revision-diff" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('compareRevisions')}</h2>
      <label className="check">
        <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
        {t('onlyChanged')}
      </label>
      {shown.length === 0 ? (
        <p>{t('noChanges')}</p>
      ) : (
        <TableScroll label={t('compareRevisions')}>
          <table className="diff-table">
            <thead>
              <tr>
                <th scope="col">{t('field')}</th>
                {revisions.map((r) => (
                  <th scope="col" key={r.revision}>
                    {t('revisionHead', { revision: r.revision })}
                    <small>{formatInstant(r.receivedAt)}</small>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.path}>
                  <th scope="row">{labelPath(row.path, t)}</th>
                  {row.values.map((v, i) =>
                    row.changed[i] ? (
                      <td key={i} className="changed">
                        <mark>{v === undefined || v === '' ? '∅' : v}</mark>
                        <span className="sr-only"> ({t('changedMark')})</span>
                      </td>
                    ) : (
                      <td key={i}>{v === undefined ? '' : v}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
