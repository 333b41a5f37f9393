// One person's block of the enrol form: identity, address, products and their live quote.
import { lazy, Suspense, useContext } from 'react'
import { SaveTriedContext } from './save-tried.ts'
import { FacilitySelect } from './FacilitySelect.tsx'
import { useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useTranslation } from '../../i18n/use-translation.ts'
import { provinces } from '../../../domain/admin/provinces.ts'
import { ethnicGroupList, isEthnicMinority } from '../../../domain/ethnic/ethnic-groups.ts'
import { groupThousands } from '../../../domain/format/format-vnd.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import { FieldError } from '../../ui/FieldError.tsx'
import { Segmented } from '../../ui/Segmented.tsx'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'
import type { FieldWarnings } from './enrol-warnings.ts'
import { stepIncome } from './step-income.ts'
import { clampIdNumber } from './parse-form-fields.ts'
import type { EarlierEnrolment } from './earlier-enrolments.ts'
import { RepeatWarning } from './RepeatWarning.tsx'
import { QuoteLines } from './QuoteLines.tsx'
import { CommunePicker } from './CommunePicker.tsx'
import { ScanCardButton } from './ScanCardButton.tsx'
import { HOUSEHOLD_NS } from './household-strings.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import type { InsuredPerson } from '../../../domain/insured/insured-person.ts'
import { splitWholeDate, typeDatePart } from './typed-date.ts'

// The groups most often met in Lào Cai (domain.md §6) come first so the select is quick to use.
const commonInLaoCai = ['01', '08', '02', '09', '25', '07', '35', '40', '03', '06']
const commonEthnicGroups = commonInLaoCai.flatMap((c) => ethnicGroupList.filter((g) => g.code === c))
const otherEthnicGroups = ethnicGroupList.filter((g) => !commonInLaoCai.includes(g.code))

const supportGroups = ['POOR', 'NEAR_POOR', 'ETHNIC_MINORITY', 'OTHER'] as const

// Loaded when a product is ticked, not at first paint (enrol bundle budget); precached for offline use.
const HiExclusionField = lazy(() =>
  import('./HiExclusionField.tsx').then((m) => ({ default: m.HiExclusionField })),
)
const VsiExtras = lazy(() => import('./VsiExtras.tsx').then((m) => ({ default: m.VsiExtras })))

export function ParticipantFields({
  index,
  on,
  rank,
  warnings,
  earlier,
  coveredTo,
  onList,
  count,
  onRemove,
}: {
  index: number
  on: IsoDate
  /** Household HI rank computed for this person (undefined: not ranked). */
  rank: number | undefined
  /** checkRegistration's warnings by form field path (the resolver's). */
  warnings: FieldWarnings
  /** This person's ID number is already in a registration on this phone. */
  earlier?: EarlierEnrolment | undefined
  /** This person's HI card on the office's list already covers the period: its last day. */
  coveredTo?: string | undefined
  /** The person as the office's list has them, when the ID number typed or scanned is on it. */
  onList?: InsuredPerson | undefined
  count: number
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const h = useTranslation(HOUSEHOLD_NS).t
  const { register, setValue, getValues, control } = useFormContext<EnrolFormValues>()
  const { errors, touchedFields } = useFormState({ control, name: `participants.${index}` })
  const tried = useContext(SaveTriedContext)
  const p = useWatch({ control, name: `participants.${index}` }) as ParticipantFormValues
  const pe = errors.participants?.[index]
  const name = <K extends keyof ParticipantFormValues>(k: K) => `participants.${index}.${k}` as const
  const id = (k: keyof ParticipantFormValues) => `p${index}-${k}`
  // Adding a person revalidates the whole list: show an error only once its field was visited or a save tried.
  const touched = touchedFields.participants?.[index]
  const err = (k: keyof ParticipantFormValues) => (tried || touched?.[k] ? pe?.[k]?.message : undefined)
  const a11y = (k: keyof ParticipantFormValues) => ({
    id: id(k),
    'aria-invalid': err(k) ? true : undefined,
    'aria-describedby': err(k) ? `${id(k)}-error` : undefined,
  })
  const months = (values: readonly number[]) =>
    values.map((m) => ({ value: String(m), label: t('enrol.months', { count: m }) }))

  // The domain's warnings (ID digits vs what the person said, a birth year that may be under age…) are
  // hints, never blockers (domain.md §4.1); shown like errors, once the field was visited or a save tried.
  const hints = (k: keyof ParticipantFormValues) =>
    (tried || touched?.[k] ? (warnings[`participants.${index}.${k}`] ?? []) : []).map((message) => (
      <p key={message} className="field-hint">
        {message}
      </p>
    ))

  const stepIncomeBy = (direction: 1 | -1) => {
    setValue(
      name('vsiIncome'),
      groupThousands(stepIncome(getValues(name('vsiIncome')), direction, defaultRules, on)),
      {
        shouldValidate: true,
        shouldDirty: true,
      },
    )
  }

  const idNumberField = register(name('idNumber'))

  // The birth-date boxes move on by themselves (typed-date.ts); a whole date in the day box fills all three.
  // All of it happens in the input event itself, before react-hook-form's own (asynchronous) handler, so a
  // fast typist's next key already lands in the next box.
  const focusBox = (k: 'dobDay' | 'dobMonth' | 'dobYear') => document.getElementById(id(k))?.focus()
  const dateBox = (k: 'dobDay' | 'dobMonth' | 'dobYear') => {
    const field = register(name(k))
    const part = k === 'dobDay' ? 'day' : k === 'dobMonth' ? 'month' : 'year'
    return {
      ...field,
      onChange: (e: { target: HTMLInputElement; nativeEvent: Event }) => {
        const input = e.target
        const whole = part === 'day' ? splitWholeDate(input.value) : undefined
        if (whole) {
          input.value = whole.day
          setValue(name('dobMonth'), whole.month, { shouldValidate: true })
          setValue(name('dobYear'), whole.year, { shouldValidate: true })
          focusBox('dobYear')
        } else if (part === 'year') {
          // The separator typed after the month ("7/3/1990" in one go) lands here: digits only.
          input.value = input.value.replace(/\D/g, '').slice(0, 4)
        } else {
          const typed = typeDatePart(part, input.value)
          input.value = typed.value
          const deleting = (e.nativeEvent as InputEvent).inputType?.startsWith('delete') ?? false
          if (typed.advance && !deleting) focusBox(part === 'day' ? 'dobMonth' : 'dobYear')
        }
        return field.onChange(e)
      },
      // Backspace in an empty box goes back to the one before, as it came.
      onKeyDown: (e: { key: string; currentTarget: HTMLInputElement }) => {
        if (e.key !== 'Backspace' || e.currentTarget.value !== '' || part === 'day') return
        focusBox(part === 'month' ? 'dobDay' : 'dobMonth')
      },
    }
  }

  // The support group follows the ethnic group unless a higher group was chosen by hand.
  const ethnicity = register(name('ethnicityCode'), {
    onChange: (e: { target: { value: string } }) => {
      const group = getValues(name('supportGroup'))
      const minority = isEthnicMinority(e.target.value)
      if (minority && group === 'OTHER') setValue(name('supportGroup'), 'ETHNIC_MINORITY')
      if (!minority && group === 'ETHNIC_MINORITY') setValue(name('supportGroup'), 'OTHER')
    },
  })

  return (
    <section className="person" aria-labelledby={count > 1 ? `p${index}-heading` : undefined}>
      {count > 1 && (
        <div className="person-head">
          <h2 id={`p${index}-heading`}>{t('enrol.person', { n: index + 1 })}</h2>
          {index > 0 && (
            <button type="button" className="link-button" onClick={onRemove}>
              {t('enrol.removePerson')}
            </button>
          )}
        </div>
      )}

      <ScanCardButton index={index} />

      <div className="field">
        <label htmlFor={id('fullName')}>{t('enrol.fullName')}</label>
        <input
          {...register(name('fullName'))}
          {...a11y('fullName')}
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
        />
        <FieldError id={`${id('fullName')}-error`} message={err('fullName')} />
      </div>

      <div className="field">
        <label htmlFor={id('idNumber')}>{t('enrol.idNumber')}</label>
        <input
          {...idNumberField}
          onChange={(e) => {
            e.target.value = clampIdNumber(e.target.value)
            return idNumberField.onChange(e)
          }}
          {...a11y('idNumber')}
          inputMode="numeric"
          autoComplete="off"
          className="mono"
        />
        <FieldError id={`${id('idNumber')}-error`} message={err('idNumber')} />
        {hints('idNumber')}
        {earlier && <RepeatWarning earlier={earlier} />}
        {onList && !coveredTo && (
          <p className="notice" role="status" data-testid="on-list">
            {h(onList.hiTo ? 'onListCard' : 'onListNoCard', {
              name: onList.fullName,
              date: onList.hiTo ? formatDateVi(onList.hiTo) : '',
            })}
          </p>
        )}
        {coveredTo && (
          <p className="notice warn" role="status" data-testid="covered-warning">
            {h('coveredWarning', { date: formatDateVi(coveredTo) })}
          </p>
        )}
      </div>

      <fieldset className="field dob">
        <legend>{t('enrol.dob')}</legend>
        <div className="dob-row">
          <div>
            <label htmlFor={id('dobDay')}>
              {t('enrol.dobDayShort')}
              <span className="sr-only">{t('enrol.dobDayRest')}</span>
            </label>
            <input {...dateBox('dobDay')} {...a11y('dobDay')} inputMode="numeric" placeholder="dd" />
          </div>
          <div>
            <label htmlFor={id('dobMonth')}>
              {t('enrol.dobMonthShort')}
              <span className="sr-only">{t('enrol.dobMonthRest')}</span>
            </label>
            <input
              {...dateBox('dobMonth')}
              {...a11y('dobMonth')}
              inputMode="numeric"
              maxLength={2}
              placeholder="mm"
            />
          </div>
          <div className="dob-year">
            <label htmlFor={id('dobYear')}>
              {t('enrol.dobYearShort')}
              <span className="sr-only">{t('enrol.dobYearRest')}</span>
            </label>
            <input
              {...dateBox('dobYear')}
              {...a11y('dobYear')}
              inputMode="numeric"
              maxLength={4}
              placeholder="yyyy"
            />
          </div>
        </div>
        <FieldError id={`${id('dobMonth')}-error`} message={err('dobMonth')} />
        <FieldError id={`${id('dobYear')}-error`} message={err('dobYear')} />
        {hints('dobYear')}
      </fieldset>

      <Segmented
        legend={t('enrol.sex')}
        idPrefix={id('sex')}
        name={name('sex')}
        control={control}
        options={[
          { value: 'male', label: t('enrol.male') },
          { value: 'female', label: t('enrol.female') },
        ]}
      />
      <FieldError id={`${id('sex')}-error`} message={err('sex')} />

      <div className="field">
        <label htmlFor={id('ethnicityCode')}>{t('enrol.ethnicity')}</label>
        <select {...ethnicity} {...a11y('ethnicityCode')}>
          <option value="">{t('enrol.choose')}</option>
          <optgroup label="Lào Cai">
            {commonEthnicGroups.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="—">
            {otherEthnicGroups.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </optgroup>
        </select>
        <FieldError id={`${id('ethnicityCode')}-error`} message={err('ethnicityCode')} />
      </div>

      <div className="field">
        <label htmlFor={id('phone')}>{t('enrol.phone')}</label>
        <input
          {...register(name('phone'))}
          {...a11y('phone')}
          inputMode="tel"
          type="tel"
          autoComplete="off"
        />
        <FieldError id={`${id('phone')}-error`} message={err('phone')} />
        {hints('phone')}
      </div>

      <div className="field">
        <label htmlFor={id('provinceCode')}>{t('enrol.province')}</label>
        <select {...register(name('provinceCode'))} {...a11y('provinceCode')}>
          {provinces.map((pr) => (
            <option key={pr.code} value={pr.code}>
              {pr.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id('provinceCode')}-error`} message={err('provinceCode')} />
      </div>

      <CommunePicker index={index} error={err('commune')} invalid={err('commune') !== undefined} />

      <div className="field">
        <label htmlFor={id('village')}>{t('enrol.village')}</label>
        <input {...register(name('village'))} {...a11y('village')} autoComplete="off" />
      </div>

      <div className="product">
        <label className="check big" htmlFor={id('vsiOn')}>
          <input type="checkbox" {...register(name('vsiOn'))} {...a11y('vsiOn')} />
          <span>{t('enrol.vsi')}</span>
        </label>
        <FieldError id={`${id('vsiOn')}-error`} message={err('vsiOn')} />
        {p.vsiOn && (
          <div className="product-body">
            {/* Law 41/2024 Art. 2(4)(a): asked of everyone, before any figure. One yes/no control. */}
            <Segmented
              legend={t('enrol.vsiPension')}
              idPrefix={id('vsiPension')}
              name={name('vsiPension')}
              control={control}
              options={[
                { value: 'no', label: t('enrol.no') },
                { value: 'yes', label: t('enrol.yes') },
              ]}
            />
            <FieldError id={`${id('vsiPension')}-error`} message={err('vsiPension')} />
            <div className="field">
              <label htmlFor={id('vsiIncome')}>{t('enrol.vsiIncome')}</label>
              <div className="stepper">
                <button type="button" aria-label={t('enrol.incomeDown')} onClick={() => stepIncomeBy(-1)}>
                  −
                </button>
                <input
                  {...register(name('vsiIncome'))}
                  {...a11y('vsiIncome')}
                  inputMode="numeric"
                  autoComplete="off"
                  className="money"
                />
                <button type="button" aria-label={t('enrol.incomeUp')} onClick={() => stepIncomeBy(1)}>
                  +
                </button>
              </div>
              <FieldError id={`${id('vsiIncome')}-error`} message={err('vsiIncome')} />
            </div>
            <Segmented
              legend={t('enrol.vsiMonths')}
              idPrefix={id('vsiMonths')}
              name={name('vsiMonths')}
              control={control}
              options={months([1, 3, 6, 12])}
            />
            <Suspense fallback={null}>
              <VsiExtras index={index} on={on} part="modes" />
            </Suspense>
            <FieldError id={`${id('vsiMonths')}-error`} message={err('vsiMonths')} />
            <div className="field">
              <label htmlFor={id('supportGroup')}>{t('enrol.supportGroup')}</label>
              <select {...register(name('supportGroup'))} {...a11y('supportGroup')}>
                {supportGroups.map((g) => (
                  <option key={g} value={g}>
                    {t(`enrol.group_${g}`)}
                  </option>
                ))}
              </select>
              <FieldError id={`${id('supportGroup')}-error`} message={err('supportGroup')} />
              {hints('supportGroup')}
            </div>
            <Suspense fallback={null}>
              <VsiExtras index={index} on={on} part="more" />
            </Suspense>
          </div>
        )}
      </div>

      <div className="product">
        <label className="check big" htmlFor={id('hiOn')}>
          <input type="checkbox" {...register(name('hiOn'))} {...a11y('hiOn')} />
          <span>{t('enrol.hi')}</span>
        </label>
        <FieldError id={`${id('hiOn')}-error`} message={err('hiOn')} />
        {p.hiOn && (
          <div className="product-body">
            <Segmented
              legend={t('enrol.hiMonths')}
              idPrefix={id('hiMonths')}
              name={name('hiMonths')}
              control={control}
              options={months([3, 6, 12])}
            />
            <FieldError id={`${id('hiMonths')}-error`} message={err('hiMonths')} />
            <Suspense fallback={null}>
              <HiExclusionField index={index} on={on} />
            </Suspense>
            <FacilitySelect index={index} />
            <div className="field narrow">
              <label htmlFor={id('householdOrder')}>{t('enrol.householdOrder')}</label>
              <input
                {...register(name('householdOrder'))}
                {...a11y('householdOrder')}
                inputMode="numeric"
                maxLength={2}
                placeholder={rank === undefined ? '' : String(rank)}
                aria-describedby={
                  err('householdOrder')
                    ? `${id('householdOrder')}-error ${id('householdOrder')}-hint`
                    : `${id('householdOrder')}-hint`
                }
              />
              <p id={`${id('householdOrder')}-hint`} className="field-hint">
                {h('rankOverrideHint')}
              </p>
              <FieldError id={`${id('householdOrder')}-error`} message={err('householdOrder')} />
              {hints('householdOrder')}
            </div>
          </div>
        )}
      </div>

      <fieldset className="product">
        <legend>{t('enrol.services')}</legend>
        <label className="check" htmlFor={id('vssidAssisted')}>
          <input type="checkbox" {...register(name('vssidAssisted'))} id={id('vssidAssisted')} />
          <span>{t('enrol.vssid')}</span>
        </label>
        <label className="check" htmlFor={id('cashlessPension')}>
          <input type="checkbox" {...register(name('cashlessPension'))} id={id('cashlessPension')} />
          <span>{t('enrol.cashlessPension')}</span>
        </label>
        <FieldError id={`${id('cashlessPension')}-error`} message={err('cashlessPension')} />
      </fieldset>

      <QuoteLines participant={p} rules={defaultRules} on={on} rank={rank} />

      <label className="check consent" htmlFor={id('consent')}>
        <input type="checkbox" {...register(name('consent'))} {...a11y('consent')} />
        <span>{t('enrol.consent')}</span>
      </label>
      <FieldError id={`${id('consent')}-error`} message={err('consent')} />
    </section>
  )
}
