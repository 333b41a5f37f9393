// The supervisor's three online screens, linked to one another (the bottom menu has room for one).
import { Link, useLocation } from 'wouter'
import './office.css'

export interface OfficeTabLabels {
  review: string
  dashboard: string
  admin: string
}

export function OfficeTabs({ labels, label }: { labels: OfficeTabLabels; label: string }) {
  const [location] = useLocation()
  const tabs = [
    { href: '/review', label: labels.review },
    { href: '/dashboard', label: labels.dashboard },
    { href: '/admin', label: labels.admin },
  ]
  return (
    <nav className="supervisor-tabs no-print" aria-label={label}>
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
