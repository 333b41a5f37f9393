// Two versions of one registration, the fields that differ side by side: what is stored (or on the server)
// and what this phone holds. Labels are the enrol form's own; anything else shows its path.
import { changedPaths, flattenRecord } from '../../domain/registration/diff-revisions.ts'
import type { UnnumberedRegistration } from '../../domain/registration/registration-schema.ts'
import { useTranslation, type TFunction } from '../i18n/use-translation.ts'
import './record-diff.css'

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

export function RecordDiffTable({
  theirs,
  mine,
  headings,
}: {
  theirs: UnnumberedRegistration
  mine: UnnumberedRegistration
  headings: { field: string; theirs: string; mine: string }
}) {
  const { t } = useTranslation()
  // Amounts and the receipt number follow from the fields; `revision` always differs.
  const paths = changedPaths(theirs, mine).filter((p) => !/(amountDue|receiptNo)$/.test(p))
  const theirFields = flattenRecord(theirs)
  const myFields = flattenRecord(mine)
  return (
    <table className="record-diff">
      <thead>
        <tr>
          <th scope="col">{headings.field}</th>
          <th scope="col">{headings.theirs}</th>
          <th scope="col">{headings.mine}</th>
        </tr>
      </thead>
      <tbody>
        {paths.map((path) => (
          <tr key={path}>
            <th scope="row">{labelOf(path, t)}</th>
            <td>{theirFields.get(path) || '—'}</td>
            <td>{myFields.get(path) || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
