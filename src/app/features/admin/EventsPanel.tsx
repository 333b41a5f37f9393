// Events (campaigns): the list, and one form to create or edit (name, kind, dates, province, commune, team).
// A supervisor creates events for their own team; the server enforces it.
import { useCallback, useEffect, useId, useState } from 'react'
import { provinces } from '../../../domain/admin/provinces.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import {
  createEvent,
  eventKinds,
  listEvents,
  patchEvent,
  type AdminEvent,
  type EventInput,
  type Team,
} from './admin-api.ts'
import { ADMIN_NS } from './admin-strings.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { dayVi } from './day-vi.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'

const blank = (teamId: string | null): EventInput => ({
  name: '',
  kind: 'art_performance',
  startsOn: '',
  endsOn: '',
  provinceCode: '15',
  commune: '',
  teamId,
})

export function EventsPanel({ teams, ownTeam }: { teams: readonly Team[]; ownTeam: string | null }) {
  const { t } = useTranslation(ADMIN_NS)
  const appT = useTranslation().t
  const id = useId()
  const [events, setEvents] = useState<AdminEvent[]>([])
  const [editing, setEditing] = useState<{ id?: string; input: EventInput } | undefined>()
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>()

  const load = useCallback(() => {
    listEvents().then(setEvents, (e) =>
      setMessage({ error: true, text: describeApiError(appT, e, t('offline')) }),
    )
  }, [appT, t])
  useEffect(load, [load])

  const save = async () => {
    if (!editing) return
    setMessage(undefined)
    try {
      if (editing.id) await patchEvent(editing.id, editing.input)
      else await createEvent(editing.input)
      setEditing(undefined)
      setMessage({ error: false, text: t('saved') })
      load()
    } catch (e) {
      setMessage({ error: true, text: describeApiError(appT, e, t('offline')) })
    }
  }

  const set = <K extends keyof EventInput>(key: K, value: EventInput[K]) =>
    setEditing((ed) => (ed ? { ...ed, input: { ...ed.input, [key]: value } } : ed))
  const teamName = (teamId: string | null) =>
    teamId === null ? t('noTeam') : (teams.find((x) => x.id === teamId)?.name ?? teamId)

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tab_events')}</h2>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice error' : 'notice'}>
          {message.text}
        </p>
      )}
      {!editing && (
        <button
          type="button"
          className="button small primary"
          onClick={() => setEditing({ input: blank(ownTeam) })}
        >
          {t('newEvent')}
        </button>
      )}
      {editing && (
        <form
          className="admin-form"
          aria-label={editing.id ? t('editEvent') : t('newEvent')}
          onSubmit={(e) => {
            e.preventDefault()
            void save()
          }}
        >
          <div className="field-box">
            <label htmlFor={`${id}-f1`}>{t('eventName')}</label>
            <input
              id={`${id}-f1`}
              required
              value={editing.input.name}
              onChange={(e) => set('name', e.target.value)}
            />
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f2`}>{t('eventKind')}</label>
            <select
              id={`${id}-f2`}
              value={editing.input.kind}
              onChange={(e) => set('kind', e.target.value as EventInput['kind'])}
            >
              {eventKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kind_${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f3`}>{t('startsOn')}</label>
            <input
              id={`${id}-f3`}
              type="date"
              required
              value={editing.input.startsOn}
              onChange={(e) => set('startsOn', e.target.value)}
            />
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f4`}>{t('endsOn')}</label>
            <input
              id={`${id}-f4`}
              type="date"
              required
              value={editing.input.endsOn}
              onChange={(e) => set('endsOn', e.target.value)}
            />
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f5`}>{t('province')}</label>
            <select
              id={`${id}-f5`}
              value={editing.input.provinceCode}
              onChange={(e) => set('provinceCode', e.target.value)}
            >
              {provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f6`}>{t('commune')}</label>
            <input
              id={`${id}-f6`}
              required
              value={editing.input.commune}
              onChange={(e) => set('commune', e.target.value)}
            />
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f7`}>{t('team')}</label>
            <select
              id={`${id}-f7`}
              value={editing.input.teamId ?? ''}
              onChange={(e) => set('teamId', e.target.value || null)}
            >
              <option value="">{t('noTeam')}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button type="submit" className="button small primary">
              {t('save')}
            </button>
            <button type="button" className="button small secondary" onClick={() => setEditing(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <TableScroll label={t('tab_events')}>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('eventName')}</th>
              <th scope="col">{t('eventKind')}</th>
              <th scope="col">{t('startsOn')}</th>
              <th scope="col">{t('commune')}</th>
              <th scope="col">{t('team')}</th>
              <th scope="col">
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {events.map((ev) => (
              <tr key={ev.id}>
                <th scope="row">{ev.name}</th>
                <td>{t(`kind_${ev.kind}`)}</td>
                <td>
                  {dayVi(ev.startsOn)} – {dayVi(ev.endsOn)}
                </td>
                <td>{ev.commune}</td>
                <td>{teamName(ev.teamId)}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const { id: eventId, ...input } = ev
                      setEditing({ id: eventId, input })
                    }}
                  >
                    {t('edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
