// "Thuộc nhóm được ngân sách đóng?" (domain.md §3.4): a member the state already pays HI for is not enrolled
// as household HI; the warning shows at once, and only the supervisor-override path, with a note, lets the
// collector go on. Its own chunk, loaded when HI is ticked.
import { useContext } from 'react'
import { useFormContext, useFormState, useWatch } from 'react-hook-form'
import { SaveTriedContext } from './save-tried.ts'
import { hiExclusionFlags } from '../../../domain/quote/hi-exclusion-flags.ts'
import { hiExclusions } from '../../../domain/quote/hi-exclusion-labels.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { FieldError } from '../../ui/FieldError.tsx'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'
import { HOUSEHOLD_EXTRA_NS } from './household-extra-strings.ts'

// A child under 6 is state-paid by her birth date: checkRegistration refuses her household HI
// and the ladder skips her without anyone picking a group, so the group is offered only to show an old draft.
export function HiExclusionField({ index }: { index: number; on: IsoDate }) {
  const { t } = useTranslation(HOUSEHOLD_EXTRA_NS)
  const { register, control } = useFormContext<EnrolFormValues>()
  const { errors, touchedFields } = useFormState({ control, name: `participants.${index}` })
  const tried = useContext(SaveTriedContext)
  const p = useWatch({ control, name: `participants.${index}` }) as ParticipantFormValues
  const name = <K extends keyof ParticipantFormValues>(k: K) => `participants.${index}.${k}` as const
  const id = (k: keyof ParticipantFormValues) => `p${index}-${k}`
  const err = (k: keyof ParticipantFormValues) =>
    tried || touchedFields.participants?.[index]?.[k] ? errors.participants?.[index]?.[k]?.message : undefined
  const a11y = (k: keyof ParticipantFormValues) => ({
    id: id(k),
    'aria-invalid': err(k) ? true : undefined,
    'aria-describedby': err(k) ? `${id(k)}-error` : undefined,
  })
  const flag = p.hiExclusion
  const offered = hiExclusionFlags.filter((f) => f !== 'CHILD_UNDER_6' || flag === f)
  return (
    <div className="field">
      <label htmlFor={id('hiExclusion')}>{t('exclusion')}</label>
      <select {...register(name('hiExclusion'))} {...a11y('hiExclusion')}>
        <option value="">{t('exclusionNone')}</option>
        {offered.map((f) => (
          <option key={f} value={f}>
            {hiExclusions[f].label}
          </option>
        ))}
      </select>
      {flag !== '' && (
        <div className="notice warn" role="alert" data-testid={`${id('hiExclusion')}-warning`}>
          <p>{hiExclusions[flag].warning}</p>
          {!p.hiOverride && <p>{t('blocked')}</p>}
          <label className="check" htmlFor={id('hiOverride')}>
            <input type="checkbox" {...register(name('hiOverride'))} id={id('hiOverride')} />
            <span>{t('override')}</span>
          </label>
          {p.hiOverride && (
            <div className="field">
              <label htmlFor={id('hiOverrideNote')}>{t('overrideNote')}</label>
              <textarea
                {...register(name('hiOverrideNote'))}
                {...a11y('hiOverrideNote')}
                rows={2}
                maxLength={300}
              />
              <FieldError id={`${id('hiOverrideNote')}-error`} message={err('hiOverrideNote')} />
            </div>
          )}
        </div>
      )}
      <FieldError id={`${id('hiExclusion')}-error`} message={err('hiExclusion')} />
    </div>
  )
}
