// Under the ID field: this person is already in a registration on this phone. Shown before any
// cash is taken, with a link to the earlier receipt; saving anyway asks for a reason (EnrolForm).
import { Link } from 'wouter'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { EarlierEnrolment } from './earlier-enrolments.ts'
import { HOUSEHOLD_NS } from './household-strings.ts'

export function RepeatWarning({ earlier }: { earlier: EarlierEnrolment }) {
  const { t } = useTranslation(HOUSEHOLD_NS)
  return (
    <div className="notice warn" role="status" data-testid="repeat-warning">
      <p>
        {t('repeatWarning', {
          date: formatDateVi(earlier.collectedAt),
          receiptNo: earlier.receiptNo ?? t('repeatNoReceipt'),
        })}
      </p>
      <Link href={`/receipt/${earlier.id}`}>{t('repeatLink')}</Link>
    </div>
  )
}
