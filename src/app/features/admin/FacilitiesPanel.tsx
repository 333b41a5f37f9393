// Admin: the initial health facilities of a province, imported from the office's spreadsheet (XLSX) or a
// CSV with the columns "Mã tỉnh, Mã KCB, Tên cơ sở, Địa chỉ". A file with any bad line imports nothing;
// every bad line is listed with its number and why. Phones get the list at sign-in and "Tải lại sự kiện".
import { useCallback, useId, useState } from 'react'
import type { HealthFacility } from '../../../domain/api/health-facilities.ts'
import { apiFetch } from '../../api/http.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { useApiResource } from '../../api/use-api-resource.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'
import { ADMIN_NS } from './admin-strings.ts'
import { ProvinceFileImport } from './ProvinceFileImport.tsx'

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
  const fetchList = useCallback(
    () =>
      apiFetch<{ items: HealthFacility[] }>(`/api/health-facilities?provinceCode=${province}`).then(
        (a) => a.items,
      ),
    [province],
  )
  const describe = useCallback((e: unknown) => describeApiError(appT, e, t('offline')), [appT, t])
  const list = useApiResource(fetchList, describe)

  const upload = async (file: File) => {
    const answer = await apiFetch<{ imported: number; replaced: number }>('/api/health-facilities/import', {
      method: 'POST',
      json: { provinceCode: province, fileName: file.name, content: await fileContent(file) },
    })
    list.reload()
    return t('facilitiesImported', { n: answer.imported, before: answer.replaced })
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tab_facilities')}</h2>
      <p className="hint">{t('facilitiesIntro')}</p>
      <ProvinceFileImport
        province={province}
        onProvince={setProvince}
        fileLabel={t('facilitiesFile')}
        upload={upload}
      />
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
