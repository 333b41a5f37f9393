// /advise — "Tư vấn": people advised who did not enrol, in a few taps. A booth counts heads (−/+), one
// person may leave a name and phone with consent and a day to follow up. Saved sealed on the phone, synced
// with the registrations, counted in the tallies as "người được tư vấn".
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { communesNamed } from '../../../domain/admin/search-communes.ts'
import { CONSULTATION_TOPICS, consultationSchema } from '../../../domain/consultation/consultation-schema.ts'
import { vietnamDate } from '../../../domain/registration/local-date.ts'
import { vietnameseZodError } from '../../../domain/registration/vietnamese-zod-error.ts'
import { Link } from 'wouter'
import { saveConsultation } from '../../db/consultations-repo.ts'
import { db } from '../../db/db.ts'
import type { DeviceInfo } from '../../db/settings.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { FieldError } from '../../ui/FieldError.tsx'
import { Segmented } from '../../ui/Segmented.tsx'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { vietnamNowIso } from '../../ui/vietnam-now-iso.ts'
import { emptyAdviseForm, stepPeople, toConsultation, type AdviseFormValues } from './advise-form.ts'
import { ADVISE_NS } from './advise-strings.ts'
import './advise.css'

/** Where an issue of the wire record shows on the form. */
const FIELD_OF: Record<string, keyof AdviseFormValues> = {
  people: 'people',
  topics: 'topics',
  interested: 'interested',
  'person.fullName': 'fullName',
  'person.phone': 'phone',
  'person.consent': 'consent',
  followUpOn: 'followUpOn',
  note: 'note',
}

export function AdviseScreen({
  device,
  eventId,
}: {
  device: DeviceInfo | undefined
  eventId: string | undefined
}) {
  const { t } = useTranslation(ADVISE_NS)
  const event = useLiveQuery(() => (eventId ? db.events.get(eventId) : undefined), [eventId])
  const { register, handleSubmit, control, setValue, getValues, setError, reset, formState } =
    useForm<AdviseFormValues>({ defaultValues: emptyAdviseForm() })
  const withPerson = useWatch({ control, name: 'withPerson' })
  const [saved, setSaved] = useState<number | undefined>()
  const [failure, setFailure] = useState<string | undefined>()
  useMarkReady(true)

  if (!eventId || !device) {
    return (
      <main className="screen advise">
        <h1>{t('title')}</h1>
        <p className="notice">{t('noEvent')}</p>
        <Link href="/" className="button primary">
          {t('back')}
        </Link>
      </main>
    )
  }

  const onValid = async (values: AdviseFormValues) => {
    setSaved(undefined)
    setFailure(undefined)
    const recordedAt = vietnamNowIso()
    // The event's commune, when its name is one commune of its province: the tallies group by code.
    const named = event ? communesNamed(event.commune, event.provinceCode) : []
    const record = toConsultation(values, {
      id: crypto.randomUUID(),
      deviceId: device.deviceId,
      eventId,
      recordedAt,
      communeCode: named.length === 1 ? named[0]?.code : undefined,
    })
    const parsed = consultationSchema.safeParse(record, { error: vietnameseZodError })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = FIELD_OF[issue.path.join('.')] ?? 'people'
        setError(field, { message: issue.message }, { shouldFocus: true })
      }
      return
    }
    try {
      await saveConsultation(parsed.data)
      setSaved(parsed.data.people)
      // Ready for the next group at the booth: the topics stay, the rest starts again.
      reset({ ...emptyAdviseForm(), topics: values.topics })
      window.scrollTo({ top: 0 })
    } catch (e) {
      setFailure(t('saveFailed', { message: e instanceof Error ? e.message : String(e) }))
    }
  }

  const err = (k: keyof AdviseFormValues) => formState.errors[k]?.message
  const a11y = (k: keyof AdviseFormValues) => ({
    id: `advise-${k}`,
    'aria-invalid': err(k) ? true : undefined,
    'aria-describedby': err(k) ? `advise-${k}-error` : undefined,
  })
  const today = vietnamDate(new Date().toISOString())

  return (
    <main className="screen advise">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {event && <p className="advise-event">{event.name}</p>}
      {saved !== undefined && (
        <p className="notice ok" role="status" data-testid="advise-saved">
          {t('saved', { count: saved })}
        </p>
      )}
      {failure && (
        <p className="notice error" role="alert">
          {failure}
        </p>
      )}
      <form onSubmit={handleSubmit(onValid)} noValidate>
        <div className="field">
          <label htmlFor="advise-people">{t('people')}</label>
          <div className="stepper">
            <button
              type="button"
              className="button secondary"
              aria-label={t('fewer')}
              onClick={() => setValue('people', stepPeople(getValues('people'), -1))}
            >
              −
            </button>
            <input {...register('people')} {...a11y('people')} inputMode="numeric" className="people-count" />
            <button
              type="button"
              className="button secondary"
              aria-label={t('more')}
              onClick={() => setValue('people', stepPeople(getValues('people'), 1))}
            >
              +
            </button>
          </div>
          <FieldError id="advise-people-error" message={err('people')} />
        </div>

        <fieldset
          className="field checks"
          aria-describedby={err('topics') ? 'advise-topics-error' : undefined}
        >
          <legend>{t('topics')}</legend>
          {CONSULTATION_TOPICS.map((topic) => (
            <label key={topic} className="check">
              <input type="checkbox" value={topic} {...register('topics')} />
              {t(`topic_${topic}`)}
            </label>
          ))}
          <FieldError id="advise-topics-error" message={err('topics')} />
        </fieldset>

        <Segmented
          legend={t('interested')}
          name="interested"
          control={control}
          idPrefix="advise-interested"
          options={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
        />
        <FieldError id="advise-interested-error" message={err('interested')} />

        <label className="check">
          <input type="checkbox" {...register('withPerson')} />
          {t('withPerson')}
        </label>
        {withPerson && (
          <div className="advise-person">
            <div className="field">
              <label htmlFor="advise-fullName">{t('fullName')}</label>
              <input {...register('fullName')} {...a11y('fullName')} autoComplete="off" />
              <FieldError id="advise-fullName-error" message={err('fullName')} />
            </div>
            <div className="field">
              <label htmlFor="advise-phone">{t('phone')}</label>
              <input {...register('phone')} {...a11y('phone')} inputMode="tel" autoComplete="off" />
              <FieldError id="advise-phone-error" message={err('phone')} />
            </div>
            <label className="check">
              <input type="checkbox" {...register('consent')} {...a11y('consent')} />
              {t('consent')}
            </label>
            <FieldError id="advise-consent-error" message={err('consent')} />
            <div className="field">
              <label htmlFor="advise-followUpOn">{t('followUpOn')}</label>
              <input type="date" min={today} {...register('followUpOn')} {...a11y('followUpOn')} />
              <FieldError id="advise-followUpOn-error" message={err('followUpOn')} />
            </div>
          </div>
        )}

        <div className="field">
          <label htmlFor="advise-note">{t('note')}</label>
          <textarea {...register('note')} {...a11y('note')} rows={2} maxLength={300} />
          <FieldError id="advise-note-error" message={err('note')} />
        </div>

        <button type="submit" className="button primary big" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('saving') : t('save')}
        </button>
      </form>
      <Link href="/" className="button secondary">
        {t('back')}
      </Link>
    </main>
  )
}
