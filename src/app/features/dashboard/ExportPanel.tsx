// D05-TS and D03-TS as XLSX, CSV or the e-declaration XML, narrowed by event and status, downloaded with progress
// (download-export.ts). One download at a time: each is audited and may be 100,000 rows.
import { useId, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { CampaignEvent } from './dashboard-api.ts'
import { DASHBOARD_NS } from './dashboard-strings.ts'
import { downloadExport, type ExportFormat, type ExportList } from './download-export.ts'
import { formatBytes, formatCount } from './format-count.ts'
import { rowsFromLines } from './rows-from-lines.ts'
import { EventSelect } from '../../ui/EventSelect.tsx'

const LISTS: readonly { list: ExportList; key: string }[] = [
  { list: 'd05-ts', key: 'list_d05' },
  { list: 'd03-ts', key: 'list_d03' },
]
const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'xml']
const STATUSES = ['approved', 'pending', 'returned', 'rejected'] as const

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; file: string; bytes: number; rows?: number | undefined }
  | { kind: 'done'; file: string; bytes: number; rows?: number | undefined }
  | { kind: 'failed'; message: string }

export function ExportPanel({
  events,
  eventId,
}: {
  events: readonly CampaignEvent[]
  eventId: string | undefined
}) {
  const { t, i18n } = useTranslation(DASHBOARD_NS)
  const id = useId()
  const [chosenEvent, setChosenEvent] = useState<string | undefined>(eventId)
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('approved')
  const [state, setState] = useState<State>({ kind: 'idle' })
  const size = (bytes: number) => formatBytes(bytes, i18n.language)

  const start = async (list: ExportList, format: ExportFormat) => {
    setState({ kind: 'busy', file: `${list}.${format}`, bytes: 0 })
    try {
      const saved = await downloadExport({ list, format, eventId: chosenEvent, status }, (p) =>
        setState({
          kind: 'busy',
          file: p.filename,
          bytes: p.bytes,
          rows: p.lines === undefined ? undefined : rowsFromLines(format, p.lines, false),
        }),
      )
      setState({ kind: 'done', file: saved.filename, bytes: saved.bytes, rows: saved.rows })
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) })
    }
  }

  return (
    <section className="export-panel no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('exports')}</h2>
      <p className="hint">{t('exportsHint')}</p>
      <div className="filter-grid">
        <div className="field-box">
          <label htmlFor={`${id}-f1`}>{t('exportEvent')}</label>
          <EventSelect
            id={`${id}-f1`}
            events={events}
            value={chosenEvent}
            onChange={setChosenEvent}
            anyLabel={t('anyEvent')}
          />
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-f2`}>{t('status')}</label>
          <select
            id={`${id}-f2`}
            value={status}
            onChange={(e) => setStatus(e.target.value as (typeof STATUSES)[number])}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="export-buttons">
        {LISTS.map(({ list, key }) =>
          FORMATS.map((format) => (
            <button
              key={`${list}.${format}`}
              type="button"
              className="button small secondary"
              disabled={state.kind === 'busy'}
              onClick={() => void start(list, format)}
            >
              {t('download', { list: t(key), format: format.toUpperCase() })}
            </button>
          )),
        )}
      </div>
      <div aria-live="polite" className="export-progress" data-testid="export-progress">
        {state.kind === 'busy' && (
          <>
            <progress />{' '}
            {state.rows === undefined
              ? t('downloading', { file: state.file, size: size(state.bytes) })
              : t('downloadingRows', {
                  file: state.file,
                  size: size(state.bytes),
                  rows: formatCount(state.rows, i18n.language),
                })}
          </>
        )}
        {state.kind === 'done' &&
          (state.rows === undefined
            ? t('downloaded', { file: state.file, size: size(state.bytes) })
            : t('downloadedRows', {
                file: state.file,
                size: size(state.bytes),
                rows: formatCount(state.rows, i18n.language),
              }))}
        {state.kind === 'failed' && (
          <span role="alert">{t('downloadFailed', { message: state.message })}</span>
        )}
      </div>
    </section>
  )
}
