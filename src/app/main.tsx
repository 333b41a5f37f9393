import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './App.tsx'
import { ErrorBoundary } from './ui/ErrorBoundary.tsx'
import { i18n } from './i18n/i18n.ts'
import './styles.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary message={i18n.t('app.failed')} reload={i18n.t('app.reload')}>
        <App />
      </ErrorBoundary>
    </I18nextProvider>
  </StrictMode>,
)
