// The dashboard (supervisor, admin; online), lazily loaded by the shell with its own strings, stylesheet
// and chart library: none of it reaches the enrol screen's bundle.
import './dashboard-strings.ts'
import './dashboard.css'

export { DashboardScreen } from './DashboardScreen.tsx'
