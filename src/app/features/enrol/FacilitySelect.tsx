// "Nơi đăng ký KCB ban đầu" for one household-HI member: the office's list for the person's province, kept
// on the phone for offline use (refresh-events.ts). Optional: without a choice the office fills it in.
import { useLiveQuery } from 'dexie-react-hooks'
import { useFormContext, useWatch } from 'react-hook-form'
import { getSetting } from '../../db/settings.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { EnrolFormValues } from './enrol-form-values.ts'
import { HOUSEHOLD_NS } from './household-strings.ts'

export function FacilitySelect({ index }: { index: number }) {
  const h = useTranslation(HOUSEHOLD_NS).t
  const { register, control } = useFormContext<EnrolFormValues>()
  const province = useWatch({ control, name: `participants.${index}.provinceCode` })
  const all = useLiveQuery(() => getSetting('healthFacilities'), [], undefined)
  const facilities = (all ?? []).filter((f) => f.provinceCode === province)
  const id = `p${index}-hiFacility`
  return (
    <div className="field">
      <label htmlFor={id}>{h('facility')}</label>
      <select id={id} {...register(`participants.${index}.hiFacility`)} aria-describedby={`${id}-hint`}>
        <option value="">{h('facilityNone')}</option>
        {facilities.map((f) => (
          <option key={f.code} value={f.code}>
            {f.name} ({f.code})
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {facilities.length === 0 ? h('facilityNoList') : h('facilityHint')}
      </p>
    </div>
  )
}
