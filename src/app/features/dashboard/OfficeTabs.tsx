import { useTranslation } from '../../i18n/use-translation.ts'
import { OfficeTabs as Tabs } from '../../ui/OfficeTabs.tsx'
import { DASHBOARD_NS } from './dashboard-strings.ts'

export function OfficeTabs() {
  const { t } = useTranslation(DASHBOARD_NS)
  return (
    <Tabs
      label={t('navDashboard')}
      labels={{ review: t('navReview'), dashboard: t('navDashboard'), admin: t('navAdmin') }}
    />
  )
}
