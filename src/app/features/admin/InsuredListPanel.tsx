// Admin: the agency's participant list of a province (docs/insured-list.md), imported from the file the
// agency's system exports (XLSX or CSV, columns named in its first row). Sent as the file's bytes: a
// province's list is tens of megabytes.
import { useId, useState } from 'react'
import { apiFetch } from '../../api/http.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { ADMIN_NS } from './admin-strings.ts'
import { ProvinceFileImport } from './ProvinceFileImport.tsx'

interface ImportCounts {
  version: number
  before: number
  after: number
  changed: number
  removed: number
}

export function InsuredListPanel() {
  const { t } = useTranslation(ADMIN_NS)
  const id = useId()
  const [province, setProvince] = useState('15')

  const upload = async (file: File) => {
    const query = new URLSearchParams({ provinceCode: province, fileName: file.name })
    const answer = await apiFetch<ImportCounts>(`/api/insured/import?${query.toString()}`, {
      method: 'POST',
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    })
    return t('insuredImported', { ...answer })
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tab_insured')}</h2>
      <p className="hint">{t('insuredIntro')}</p>
      <ProvinceFileImport
        province={province}
        onProvince={setProvince}
        fileLabel={t('insuredFile')}
        busyLabel={t('insuredImporting')}
        upload={upload}
      />
    </section>
  )
}
