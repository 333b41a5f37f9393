// VSI options met less often, in their own chunk loaded when VSI is ticked: the lump-sum modes the BHXH
// office computes (ADV/GAP, domain.md §2.2: listed, never saved) and, under "Thêm", the months of state
// support already received (120-month cap, §2.3).
import { useFormContext, useFormState, useWatch } from 'react-hook-form'
import { referToOffice } from '../../../domain/quote/refer-to-office.ts'
import { valueOn, type IsoDate } from '../../../domain/rules/dated.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { FieldError } from '../../ui/FieldError.tsx'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'
import { HOUSEHOLD_EXTRA_NS } from './household-extra-strings.ts'

export function VsiExtras({ index, on, part }: { index: number; on: IsoDate; part: 'modes' | 'more' }) {
  const { t } = useTranslation(HOUSEHOLD_EXTRA_NS)
  const { register, setValue, control } = useFormContext<EnrolFormValues>()
  const { errors, touchedFields, submitCount } = useFormState({ control, name: `participants.${index}` })
  const p = useWatch({ control, name: `participants.${index}` }) as ParticipantFormValues
  const name = <K extends keyof ParticipantFormValues>(k: K) => `participants.${index}.${k}` as const
  const id = (k: keyof ParticipantFormValues) => `p${index}-${k}`
  const err = (k: keyof ParticipantFormValues) =>
    submitCount > 0 || touchedFields.participants?.[index]?.[k]
      ? errors.participants?.[index]?.[k]?.message
      : undefined

  if (part === 'modes') {
    const chosen = referToOffice.find((m) => m.code === p.vsiMonths)
    return (
      <fieldset className="refer-office">
        <legend>{t('otherModes')}</legend>
        {referToOffice.map((m) => (
          <label key={m.code} className="check" htmlFor={id('vsiMonths') + m.code}>
            <input
              type="radio"
              id={id('vsiMonths') + m.code}
              name={`${name('vsiMonths')}-office`}
              checked={p.vsiMonths === m.code}
              onChange={() =>
                setValue(name('vsiMonths'), m.code, { shouldValidate: true, shouldDirty: true })
              }
            />
            <span>
              {m.label} — <strong>{t('referToOffice')}</strong>
            </span>
          </label>
        ))}
        {chosen && <p className="notice warn">{chosen.note}</p>}
      </fieldset>
    )
  }

  const prior = p.vsiPriorMonths.trim()
  return (
    <details className="more" open={prior !== '' && prior !== '0'}>
      <summary>{t('more')}</summary>
      <div className="field narrow">
        <label htmlFor={id('vsiPriorMonths')}>{t('priorMonths')}</label>
        <input
          {...register(name('vsiPriorMonths'))}
          id={id('vsiPriorMonths')}
          aria-invalid={err('vsiPriorMonths') ? true : undefined}
          aria-describedby={err('vsiPriorMonths') ? `${id('vsiPriorMonths')}-error` : undefined}
          inputMode="numeric"
          maxLength={4}
        />
        <p className="field-hint">
          {t('priorMonthsHint', { max: valueOn(defaultRules.vsi, on, 'VSI rules').supportMaxMonths })}
        </p>
        <FieldError id={`${id('vsiPriorMonths')}-error`} message={err('vsiPriorMonths')} />
      </div>
    </details>
  )
}
