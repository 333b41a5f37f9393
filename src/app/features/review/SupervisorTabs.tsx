// The supervisor's three online screens, linked to one another (the bottom menu has room for one).
import { Link, useLocation } from 'wouter'
import { useTranslation } from '../../i18n/use-translation.ts'
import { REVIEW_NS } from './review-strings.ts'

export function SupervisorTabs() {
  const { t } = useTranslation(REVIEW_NS)
  const [location] = useLocation()
  const tabs = [
    { href: '/review', label: t('navReview') },
    { href: '/dashboard', label: t('navDashboard') },
    { href: '/admin', label: t('navAdmin') },
  ]
  return (
    <nav className="supervisor-tabs no-print" aria-label={t('navReview')}>
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={location === tab.href || location.startsWith(`${tab.href}/`) ? 'page' : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  )
}
