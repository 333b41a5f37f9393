// The office's list imports (health facilities, the agency's participant list): a province, a file (XLSX or
// CSV), one button; a file with a bad line imports nothing and every bad line is listed with its reason.
import { useId, useState } from 'react'
import { provinces } from '../../../domain/admin/provinces.ts'
import { ApiError } from '../../api/http.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { ADMIN_NS } from './admin-strings.ts'

export function ProvinceFileImport({
  province,
  onProvince,
  fileLabel,
  busyLabel,
  upload,
}: {
  province: string
  onProvince: (code: string) => void
  fileLabel: string
  busyLabel?: string
  /** Sends the file; answers the sentence to show when it was imported. */
  upload: (file: File) => Promise<string>
}) {
  const { t } = useTranslation(ADMIN_NS)
  const appT = useTranslation().t
  const id = useId()
  const [file, setFile] = useState<File | undefined>()
  const [message, setMessage] = useState<{ error: boolean; text: string; lines?: string[] } | undefined>()
  const [busy, setBusy] = useState(false)

  const send = async () => {
    if (!file) return
    setBusy(true)
    setMessage(undefined)
    try {
      setMessage({ error: false, text: await upload(file) })
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
    <>
      <div className="admin-form">
        <div className="field-box">
          <label htmlFor={`${id}-province`}>{t('province')}</label>
          <select id={`${id}-province`} value={province} onChange={(e) => onProvince(e.target.value)}>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-file`}>{fileLabel}</label>
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
            onClick={() => void send()}
          >
            {busy && busyLabel ? busyLabel : t('facilitiesImport')}
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
    </>
  )
}
