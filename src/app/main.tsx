import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nProvider } from '@lingui/react'
import { App } from './App.tsx'
import { ErrorBoundary } from './ui/ErrorBoundary.tsx'
import { i18n } from './i18n/i18n.ts'
import './styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider i18n={i18n}>
      <ErrorBoundary message={i18n._('app.failed')} reload={i18n._('app.reload')}>
        <App />
      </ErrorBoundary>
    </I18nProvider>
  </StrictMode>,
)
