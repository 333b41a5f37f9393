// The enrol form's "Xã/phường" field: search the 3,321 communes typed without accents, the event's
// communes and recent choices first, and always keep the chosen commune's code. "Không có trong danh sách" is
// possible only with a reason, which goes to the supervisor in the registration's note.
// The list (about 29 KB gzipped) is a lazy chunk fetched at the first touch of the field, or when a name
// arrives without its code (a draft, the ID card); the service worker precaches it for offline use.
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import type { Commune } from '../../../domain/admin/admin-units.ts'
import { findProvince } from '../../../domain/admin/provinces.ts'
import { db } from '../../db/db.ts'
import { getSetting, setSetting } from '../../db/settings.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { FieldError } from '../../ui/FieldError.tsx'
import { COMMUNE_PICKER_NS } from './commune-picker-strings.ts'
import type { EnrolFormValues } from './enrol-form-values.ts'
import './commune-picker.css'

type Search = typeof import('../../../domain/admin/search-communes.ts')
type Units = typeof import('../../../domain/admin/admin-units.ts')
interface Loaded {
  search: Search
  units: Units
  /** The event's communes, then the recent choices (codes resolved). */
  eventCommunes: Commune[]
  recent: Commune[]
}

const RECENT_MAX = 6
let loading: Promise<Loaded> | undefined

async function loadPicker(): Promise<Loaded> {
  const [search, units] = await Promise.all([
    import('../../../domain/admin/search-communes.ts'),
    import('../../../domain/admin/admin-units.ts'),
  ])
  search.prepareSearch()
  const eventId = await getSetting('eventId')
  const event = eventId === undefined ? undefined : await db.events.get(eventId)
  const eventCommunes = event ? search.communesNamed(event.commune, event.provinceCode) : []
  const recent = ((await getSetting('recentCommunes')) ?? [])
    .map((code) => units.findCommuneByCode(code))
    .filter((c) => c !== undefined)
  return { search, units, eventCommunes, recent }
}

function rememberChoice(loaded: Loaded, c: Commune): void {
  loaded.recent = [c, ...loaded.recent.filter((r) => r.code !== c.code)].slice(0, RECENT_MAX)
  void setSetting(
    'recentCommunes',
    loaded.recent.map((r) => r.code),
  ).catch(() => undefined)
}

export function CommunePicker({
  index,
  error,
  invalid,
}: {
  index: number
  /** The field's message, once visited or a save tried (ParticipantFields decides). */
  error: string | undefined
  invalid: boolean
}) {
  const { t } = useTranslation()
  const p = useTranslation(COMMUNE_PICKER_NS).t
  const { register, setValue, control, clearErrors } = useFormContext<EnrolFormValues>()
  const name = <K extends 'commune' | 'communeCode' | 'communeNote' | 'provinceCode'>(k: K) =>
    `participants.${index}.${k}` as const
  const [commune = '', communeCode = '', communeNote = '', provinceCode = ''] = useWatch({
    control,
    name: [name('commune'), name('communeCode'), name('communeNote'), name('provinceCode')],
  })
  const [loaded, setLoaded] = useState<Loaded | 'failed' | undefined>(undefined)
  const [open, setOpen] = useState(false)
  const [outside, setOutside] = useState(communeNote.trim() !== '' && communeCode === '')
  const listId = useId()
  const inputId = `p${index}-commune`

  const load = () => {
    if (loaded !== undefined) return
    loading ??= loadPicker()
    loading.then(setLoaded, () => {
      loading = undefined
      setLoaded('failed')
    })
  }
  // A name that came without its code (a draft, the ID card, an older version): look it up.
  const needsCode = commune.trim() !== '' && communeCode === '' && !outside
  useEffect(() => {
    if (needsCode) load()
  })
  useEffect(() => {
    if (!needsCode || loaded === undefined || loaded === 'failed') return
    const named = loaded.search.communesNamed(commune, provinceCode)
    if (named.length === 1) {
      setValue(name('communeCode'), named[0]!.code, { shouldValidate: true })
      // The "choose from the list" error was judged on the name before its code arrived (on blur, when the
      // list loads late): with the code it no longer holds, and a stale one pushed the fields below down.
      clearErrors(name('commune'))
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- name() is stable for this index
  }, [needsCode, loaded, commune, provinceCode, setValue, clearErrors])

  const choose = (c: Commune) => {
    const opts = { shouldValidate: true, shouldDirty: true, shouldTouch: true }
    if (c.provinceCode !== provinceCode) setValue(name('provinceCode'), c.provinceCode, opts)
    setValue(name('commune'), c.name, opts)
    setValue(name('communeCode'), c.code, opts)
    setValue(name('communeNote'), '', opts)
    clearErrors(name('commune'))
    setOutside(false)
    setOpen(false)
    if (loaded && loaded !== 'failed') rememberChoice(loaded, c)
  }

  const field = register(name('commune'), {
    onChange: () => {
      // The text changed: the code chosen before no longer goes with it.
      setValue(name('communeCode'), '')
      setOpen(true)
    },
  })

  const ready = loaded !== undefined && loaded !== 'failed' ? loaded : undefined
  const query = commune.trim()
  // A code found for a name typed in full ("van ban"): the list stays open until the official name is in.
  const official = communeCode === '' ? undefined : ready?.units.findCommuneByCode(communeCode)
  const settled = communeCode !== '' && (official === undefined || official.name === query)
  const results =
    ready && query !== '' && !settled ? ready.search.searchCommunes(query, { provinceCode }) : []
  const shortcuts =
    ready && query === ''
      ? [
          { title: p('eventCommunes'), list: ready.eventCommunes },
          {
            title: p('recent'),
            list: ready.recent.filter((r) => !ready.eventCommunes.some((e) => e.code === r.code)),
          },
        ].filter((s) => s.list.length > 0)
      : []

  // Shown while there is something to choose: the shortcuts on an empty field, the results while searching.
  // Never over the next fields once a commune is settled, so a tap below lands where it was aimed.
  const showList = open && !outside && (query === '' ? !ready || shortcuts.length > 0 : !settled)

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && results[0]) {
      e.preventDefault()
      choose(results[0])
    } else if (e.key === 'Escape') setOpen(false)
  }

  const option = (c: Commune) => (
    <li key={c.code}>
      <button type="button" className="commune-option" onClick={() => choose(c)}>
        <span className="commune-name">{c.name}</span>
        <span className="commune-meta">
          {p('optionMeta', { province: findProvince(c.provinceCode)?.name ?? c.provinceCode, code: c.code })}
        </span>
      </button>
    </li>
  )

  return (
    <div
      className="field commune-picker"
      onBlur={(e) => {
        // Leaving the field closes the list (moving onto one of its buttons does not) and writes out in full
        // the official name of a commune recognised from what was typed.
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return
        setOpen(false)
        if (official && official.name !== commune)
          setValue(name('commune'), official.name, { shouldValidate: true })
      }}
    >
      <label htmlFor={inputId}>{t('enrol.commune')}</label>
      <input
        {...field}
        id={inputId}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${inputId}-error` : undefined}
        autoComplete="off"
        placeholder={p('placeholder')}
        onFocus={() => {
          load()
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
      />
      {/* Always there, one line high: the code appears when the commune list has loaded, maybe a moment after
          the typing, and the fields below must not jump under a finger already on its way to them. */}
      <p className="commune-chosen">
        {communeCode !== '' &&
          `✓ ${p('chosen', { code: communeCode, province: findProvince(provinceCode)?.name ?? provinceCode })}`}
      </p>
      <FieldError id={`${inputId}-error`} message={error} />
      {showList && (
        // Pressing an option must not take the focus from the input first: the blur would close the list
        // before the click lands (a phone's tap gives no relatedTarget).
        <div id={listId} className="commune-list" onMouseDown={(e) => e.preventDefault()}>
          {loaded === undefined && <p className="commune-status">{p('loading')}</p>}
          {loaded === 'failed' && <p className="notice error">{p('loadFailed')}</p>}
          {shortcuts.map((s) => (
            <section key={s.title}>
              <h3>{s.title}</h3>
              <ul>{s.list.map(option)}</ul>
            </section>
          ))}
          {results.length > 0 && (
            <section>
              <ul>{results.map(option)}</ul>
            </section>
          )}
          {ready && query !== '' && !settled && results.length === 0 && (
            <p className="commune-status">{p('noResult')}</p>
          )}
          {query !== '' && communeCode === '' && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setOutside(true)
                setOpen(false)
              }}
            >
              {p('notInList')}
            </button>
          )}
        </div>
      )}
      {outside && (
        <div className="commune-outside">
          <label htmlFor={`${inputId}-note`}>{p('noteLabel')}</label>
          <textarea id={`${inputId}-note`} rows={2} maxLength={200} {...register(name('communeNote'))} />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setValue(name('communeNote'), '', { shouldValidate: true })
              setOutside(false)
              setOpen(true)
            }}
          >
            {p('backToList')}
          </button>
        </div>
      )}
    </div>
  )
}
