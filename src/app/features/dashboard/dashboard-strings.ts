// The dashboard's strings, registered as their own i18n namespace so the shared bundle stays small.
import { registerNamespace } from '../../i18n/i18n.ts'
import dashboardEn from './dashboard-en.ts?lingui'
import dashboardVi from './dashboard-vi.ts?lingui'

export const DASHBOARD_NS = 'dashboard'

registerNamespace(DASHBOARD_NS, { vi: dashboardVi, en: dashboardEn })
