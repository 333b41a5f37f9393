// Every field of one participant as the collector entered it, with the quotes the server re-checked.
import { useTranslation } from '../../i18n/use-translation.ts'
import { findProvince } from '../../../domain/admin/provinces.ts'
import { ethnicGroups } from '../../../domain/ethnic/ethnic-groups.ts'
import { hiExclusions } from '../../../domain/quote/hi-exclusion-labels.ts'
import type { Participant } from '../../../domain/registration/registration-schema.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { REVIEW_NS } from './review-strings.ts'

export function ParticipantDetails({
  participant: p,
  index,
  warnings = [],
}: {
  participant: Participant
  index: number
  /** checkRegistration's warnings about this person: saved, for the supervisor to weigh. */
  warnings?: readonly string[] | undefined
}) {
  const { t } = useTranslation(REVIEW_NS)
  const yesNo = (b: boolean) => (b ? t('yes') : t('no'))
  const province = findProvince(p.address.provinceCode)?.name ?? `${t('province')} ${p.address.provinceCode}`
  const address = [p.address.village, p.address.commune, province].filter(Boolean).join(', ')
  return (
    <section className="participant" aria-label={t('person', { n: index + 1 })}>
      <h3>{t('person', { n: index + 1 })}</h3>
      {warnings.length > 0 && (
        <ul className="flag flag-soft" aria-label={t('ruleWarnings')} data-testid="rule-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <dl>
        <Row label={t('fullName')} value={p.fullName} />
        <Row label={t('idNumber')} value={p.idNumber} />
        <Row label={t('dateOfBirth')} value={formatDateVi(p.dateOfBirth)} />
        <Row label={t('sex')} value={t(p.sex)} />
        <Row
          label={t('ethnicity')}
          value={`${ethnicGroups[p.ethnicityCode] ?? ''} (${p.ethnicityCode})`.trim()}
        />
        {p.phone !== undefined && <Row label={t('phone')} value={p.phone} />}
        <Row
          label={t('address')}
          value={p.address.communeCode ? `${address} (${p.address.communeCode})` : address}
        />
        <Row label={t('consent')} value={yesNo(p.consent)} />
      </dl>
      {p.vsi && (
        <>
          <h4>{t('vsi')}</h4>
          <dl>
            <Row label={t('monthlyIncome')} value={formatVnd(p.vsi.monthlyIncome)} />
            <Row label={t('months')} value={String(p.vsi.months)} />
            <Row label={t('supportGroup')} value={t(`group_${p.vsi.supportGroup}`)} />
            {p.vsi.priorSupportedMonths !== undefined && (
              <Row label={t('priorSupportedMonths')} value={String(p.vsi.priorSupportedMonths)} />
            )}
            <Row label={t('amountDue')} value={formatVnd(p.vsi.amountDue)} />
          </dl>
        </>
      )}
      {p.hi && (
        <>
          <h4>{t('hi')}</h4>
          <dl>
            <Row label={t('months')} value={String(p.hi.months)} />
            <Row label={t('householdOrder')} value={String(p.hi.householdOrder)} />
            {p.hi.alreadyValidRanks !== undefined && p.hi.alreadyValidRanks > 0 && (
              <Row label={t('alreadyValidRanks')} value={String(p.hi.alreadyValidRanks)} />
            )}
            <Row label={t('amountDue')} value={formatVnd(p.hi.amountDue)} />
            {p.hi.exclusionOverride && (
              <Row label={t('exclusionOverride')} value={p.hi.exclusionOverride.reason} />
            )}
          </dl>
        </>
      )}
      {p.hiExclusions && p.hiExclusions.length > 0 && (
        // A group the state already pays HI for: the supervisor decides whether household HI stands.
        <p className="flag hard" role="note">
          {t('hiExclusions')}: {p.hiExclusions.map((f) => hiExclusions[f].label).join('; ')}
        </p>
      )}
      <h4>{t('services')}</h4>
      <dl>
        <Row label={t('vssidAssisted')} value={yesNo(p.services.vssidAssisted)} />
        <Row label={t('cashlessPension')} value={yesNo(p.services.cashlessPension)} />
      </dl>
    </section>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
