// Search before register (loaded only when the phone holds the office's list for the event's commune): as
// the collector types a name without diacritics, a birth year or an ID number, the people of the list show
// with their household, each member's HI card and VSI status; "Gia hạn BHYT" starts a renewal of the
// household's lapsing cards, "Ghi danh người này" starts the form with the person as the agency knows them.
import { useEffect, useId, useMemo, useState } from 'react'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import type { InsuredPerson } from '../../../domain/insured/insured-person.ts'
import { planRenewal } from '../../../domain/insured/plan-renewal.ts'
import { searchInsured, type InsuredIndex } from '../../../domain/insured/search-insured.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import type { InsuredListState } from '../../db/insured-store.ts'
import { insuredIndexOf } from './insured-index.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { EnrolFormValues } from './enrol-form-values.ts'
import { formForRenewal, formFromInsured } from './form-from-insured.ts'
import { INSURED_SEARCH_NS } from './insured-search-strings.ts'
import './insured-search.css'

const RENEW_MONTHS = 12

export function InsuredSearch({
  list,
  on,
  defaultIncome,
  onStart,
}: {
  list: InsuredListState
  on: IsoDate
  defaultIncome: string
  onStart: (values: EnrolFormValues) => void
}) {
  const { t } = useTranslation(INSURED_SEARCH_NS)
  const id = useId()
  const [index, setIndex] = useState<InsuredIndex | undefined>()
  const [query, setQuery] = useState('')
  useEffect(() => {
    let alive = true
    void insuredIndexOf(list).then((ix) => alive && setIndex(ix))
    return () => {
      alive = false
    }
  }, [list])
  const matches = useMemo(() => (index ? searchInsured(index, query, 10) : []), [index, query])

  const cardLine = (m: InsuredPerson) =>
    m.hiTo === undefined
      ? t('noCard')
      : m.hiTo >= on
        ? t('cardTo', { date: formatDateVi(m.hiTo) })
        : t('cardLapsed', { date: formatDateVi(m.hiTo) })

  return (
    <section className="insured-search" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-q`}>
        {t('label')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="field-hint">
        {index ? t('hint', { version: list.version, count: list.people }) : t('loading')}
      </p>
      {index && query.trim().length >= 2 && matches.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="insured-matches" aria-live="polite">
        {matches.map(({ person, household }) => (
          <li key={person.idNumber} className="insured-match" data-testid="insured-match">
            <strong>{person.fullName}</strong>
            <small>
              {t('born', { date: formatDateVi(person.dateOfBirth) })} · {person.idNumber} ·{' '}
              {person.householdCode ? t('household', { code: person.householdCode }) : t('noHousehold')}
            </small>
            <ul className="insured-household">
              {household.map((m) => (
                <li key={m.idNumber} className={m.idNumber === person.idNumber ? 'self' : undefined}>
                  <span>{m.fullName}</span>
                  <small>
                    {cardLine(m)}
                    {m.vsiPaidTo &&
                      ` · ${t('vsiTo', { month: `${m.vsiPaidTo.slice(5, 7)}/${m.vsiPaidTo.slice(0, 4)}` })}`}
                  </small>
                </li>
              ))}
            </ul>
            <div className="insured-actions">
              {person.hiTo !== undefined && (
                <button
                  type="button"
                  className="button primary"
                  onClick={() =>
                    onStart(
                      formForRenewal(
                        planRenewal(person, household, on, RENEW_MONTHS, defaultRules),
                        RENEW_MONTHS,
                        defaultIncome,
                      ),
                    )
                  }
                >
                  {t('renew')}
                </button>
              )}
              <button
                type="button"
                className="button secondary"
                onClick={() => onStart(formFromInsured(person, defaultIncome))}
              >
                {t('enrolThis')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
