// Management (online): events and devices for supervisors (their team) and admins; accounts to read for a
// supervisor, to manage for an admin; the audit search for admins only.
import { useEffect, useState } from 'react'
import { useAppSettings } from '../../db/use-app-settings.ts'
import { OfficeTabs } from '../../ui/OfficeTabs.tsx'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { AccountsPanel } from './AccountsPanel.tsx'
import { listAccounts, listTeams, type Account, type Team } from './admin-api.ts'
import { ADMIN_NS } from './admin-strings.ts'
import { AuditPanel } from './AuditPanel.tsx'
import { DevicesPanel } from './DevicesPanel.tsx'
import { EventsPanel } from './EventsPanel.tsx'
import { FacilitiesPanel } from './FacilitiesPanel.tsx'
import { InsuredListPanel } from './InsuredListPanel.tsx'
import { ReceiptIssuersPanel } from './ReceiptIssuersPanel.tsx'

type Tab = 'events' | 'accounts' | 'devices' | 'audit' | 'receipts' | 'facilities' | 'insured'

export function AdminScreen() {
  const { t } = useTranslation(ADMIN_NS)
  const settings = useAppSettings()
  const user = settings?.session?.user
  const isAdmin = user?.role === 'admin'
  const [tab, setTab] = useState<Tab>('events')
  const [teams, setTeams] = useState<Team[]>([])
  const [accounts, setAccounts] = useState<Account[]>([])
  useMarkReady(settings !== undefined)

  useEffect(() => {
    listTeams().then(setTeams, () => {})
    listAccounts().then(setAccounts, () => {})
  }, [])

  const tabs: Tab[] = isAdmin
    ? ['events', 'accounts', 'devices', 'receipts', 'facilities', 'insured', 'audit']
    : ['events', 'accounts', 'devices']
  return (
    <main className="screen admin wide">
      <OfficeTabs
        label={t('navAdmin')}
        labels={{ review: t('navReview'), dashboard: t('navDashboard'), admin: t('navAdmin') }}
      />
      <h1>{t('title')}</h1>
      <div className="admin-tabs" role="tablist" aria-label={t('title')}>
        {tabs.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            aria-selected={tab === x}
            className={tab === x ? 'button small primary' : 'button small secondary'}
            onClick={() => setTab(x)}
          >
            {t(`tab_${x}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'events' && (
          <EventsPanel
            teams={teams}
            ownTeam={isAdmin ? null : (accounts.find((a) => a.id === user?.id)?.teamId ?? null)}
          />
        )}
        {tab === 'accounts' && <AccountsPanel teams={teams} isAdmin={isAdmin} />}
        {tab === 'devices' && <DevicesPanel />}
        {tab === 'audit' && isAdmin && <AuditPanel accounts={accounts} />}
        {tab === 'receipts' && isAdmin && <ReceiptIssuersPanel teams={teams} />}
        {tab === 'facilities' && isAdmin && <FacilitiesPanel />}
        {tab === 'insured' && isAdmin && <InsuredListPanel />}
      </div>
    </main>
  )
}
