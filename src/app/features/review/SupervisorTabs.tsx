import { useTranslation } from '../../i18n/use-translation.ts'
import { OfficeTabs } from '../../ui/OfficeTabs.tsx'
import { REVIEW_NS } from './review-strings.ts'

export function SupervisorTabs() {
  const { t } = useTranslation(REVIEW_NS)
  return (
    <OfficeTabs
      label={t('navReview')}
      labels={{ review: t('navReview'), dashboard: t('navDashboard'), admin: t('navAdmin') }}
    />
  )
}
