// Admin: the agency's participant list of a province (docs/insured-list.md), imported from the file the
// agency's system exports (XLSX or CSV, columns named in its first row). Sent as the file's bytes: a
// province's list is tens of megabytes. A file with any bad line imports nothing; every bad line is listed.
import { useId, useState } from 'react'
import { provinces } from '../../../domain/admin/provinces.ts'
import { ApiError, apiFetch } from '../../api/http.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { ADMIN_NS } from './admin-strings.ts'

interface ImportCounts {
  version: number
  before: number
  after: number
  changed: number
  removed: number
}

export function InsuredListPanel() {
  const { t } = useTranslation(ADMIN_NS)
  const appT = useTranslation().t
  const id = useId()
  const [province, setProvince] = useState('15')
  const [file, setFile] = useState<File | undefined>()
  const [message, setMessage] = useState<{ error: boolean; text: string; lines?: string[] } | undefined>()
  const [busy, setBusy] = useState(false)

  const upload = async () => {
    if (!file) return
    setBusy(true)
    setMessage(undefined)
    try {
      const query = new URLSearchParams({ provinceCode: province, fileName: file.name })
      const answer = await apiFetch<ImportCounts>(`/api/insured/import?${query.toString()}`, {
        method: 'POST',
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
        body: file,
      })
      setMessage({ error: false, text: t('insuredImported', { ...answer }) })
    } catch (e) {
      const lines =
        e instanceof ApiError && e.code === 'invalid_lines'
          ? ((e.details as { lines?: { line: number; reason: string }[] }).lines ?? []).map((l) =>
              t('facilityLine', { line: l.line, reason: l.reason }),
            )
          : undefined
      setMessage({ error: true, text: describeApiError(appT, e, t('offline')), ...(lines ? { lines } : {}) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tab_insured')}</h2>
      <p className="hint">{t('insuredIntro')}</p>
      <div className="admin-form">
        <div className="field-box">
          <label htmlFor={`${id}-province`}>{t('province')}</label>
          <select id={`${id}-province`} value={province} onChange={(e) => setProvince(e.target.value)}>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-file`}>{t('insuredFile')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".xlsx,.csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button small primary"
            disabled={!file || busy}
            onClick={() => void upload()}
          >
            {busy ? t('insuredImporting') : t('facilitiesImport')}
          </button>
        </div>
      </div>
      {message && (
        <div role={message.error ? 'alert' : 'status'} className={message.error ? 'notice error' : 'notice'}>
          <p>{message.text}</p>
          {message.lines && (
            <ul>
              {message.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
