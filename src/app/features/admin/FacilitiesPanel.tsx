// Admin: the initial health facilities of a province, imported from the office's spreadsheet (XLSX) or a
// CSV with the columns "Mã tỉnh, Mã KCB, Tên cơ sở, Địa chỉ". A file with any bad line imports nothing;
// every bad line is listed with its number and why. Phones get the list at sign-in and "Tải lại sự kiện".
import { useCallback, useId, useState } from 'react'
import { provinces } from '../../../domain/admin/provinces.ts'
import type { HealthFacility } from '../../../domain/api/health-facilities.ts'
import { ApiError, apiFetch } from '../../api/http.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { useApiResource } from '../../api/use-api-resource.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'
import { ADMIN_NS } from './admin-strings.ts'

/** The file as the import route takes it: XLSX as base64, CSV as its text. */
async function fileContent(file: File): Promise<string> {
  if (!/\.xlsx$/i.test(file.name)) return file.text()
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function FacilitiesPanel() {
  const { t } = useTranslation(ADMIN_NS)
  const appT = useTranslation().t
  const id = useId()
  const [province, setProvince] = useState('15')
  const [file, setFile] = useState<File | undefined>()
  const [message, setMessage] = useState<{ error: boolean; text: string; lines?: string[] } | undefined>()
  const [busy, setBusy] = useState(false)
  const fetchList = useCallback(
    () =>
      apiFetch<{ items: HealthFacility[] }>(`/api/health-facilities?provinceCode=${province}`).then(
        (a) => a.items,
      ),
    [province],
  )
  const describe = useCallback((e: unknown) => describeApiError(appT, e, t('offline')), [appT, t])
  const list = useApiResource(fetchList, describe)

  const upload = async () => {
    if (!file) return
    setBusy(true)
    setMessage(undefined)
    try {
      const answer = await apiFetch<{ imported: number; replaced: number }>('/api/health-facilities/import', {
        method: 'POST',
        json: { provinceCode: province, fileName: file.name, content: await fileContent(file) },
      })
      setMessage({
        error: false,
        text: t('facilitiesImported', { n: answer.imported, before: answer.replaced }),
      })
      list.reload()
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
      <h2 id={`${id}-title`}>{t('tab_facilities')}</h2>
      <p className="hint">{t('facilitiesIntro')}</p>
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
          <label htmlFor={`${id}-file`}>{t('facilitiesFile')}</label>
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
            {t('facilitiesImport')}
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
      {list.error && (
        <p role="alert" className="notice error">
          {list.error}
        </p>
      )}
      <TableScroll label={t('tab_facilities')}>
        <table className="admin-table" data-testid="facilities-table">
          <thead>
            <tr>
              <th scope="col">{t('facilityCode')}</th>
              <th scope="col">{t('facilityName')}</th>
              <th scope="col">{t('facilityAddress')}</th>
            </tr>
          </thead>
          <tbody>
            {(list.data ?? []).map((f) => (
              <tr key={f.code}>
                <td>{f.code}</td>
                <th scope="row">{f.name}</th>
                <td>{f.address ?? t('none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {list.data?.length === 0 && <p>{t('empty')}</p>}
    </section>
  )
}
