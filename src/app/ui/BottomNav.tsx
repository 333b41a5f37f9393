// Thumb-reach navigation at the bottom of the screen.
import { useTranslation } from '../i18n/use-translation.ts'
import { Link, useLocation } from 'wouter'

export function BottomNav({ canReview }: { canReview: boolean }) {
  const { t } = useTranslation()
  const [location] = useLocation()
  const items = [
    { href: '/enrol', label: t('nav.enrol') },
    { href: '/queue', label: t('nav.queue') },
    ...(canReview
      ? [
          { href: '/review', label: t('nav.review') },
          { href: '/dashboard', label: t('nav.dashboard') },
        ]
      : []),
    { href: '/settings', label: t('nav.settings') },
  ]
  return (
    <nav className="bottom-nav no-print" aria-label="Menu">
      {items.map((i) => {
        const current = location === i.href || location.startsWith(`${i.href}/`)
        return (
          <Link key={i.href} href={i.href} aria-current={current ? 'page' : undefined}>
            {i.label}
          </Link>
        )
      })}
    </nav>
  )
}
