// The one enrol screen: react-hook-form + checkRegistration as its resolver, live quotes, draft autosave, atomic save.
import { useLiveQuery } from 'dexie-react-hooks'
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
} from 'react'
import {
  FormProvider,
  useFieldArray,
  useForm,
  useWatch,
  type FieldPath,
  type Resolver,
} from 'react-hook-form'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useLocation } from 'wouter'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { vietnamDate } from '../../../domain/registration/local-date.ts'
import type { FieldIssue } from '../../../domain/registration/field-issue.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import { enrolDraftKey, deleteDraft, saveDraft } from '../../db/drafts.ts'
import { createDraftWriter } from './draft-writer.ts'
import {
  readReceiptState,
  saveRegistration,
  StaleRevisionError,
  type ReceiptState,
} from '../../db/save-registration.ts'
import { getRegistration } from '../../db/registrations-repo.ts'
import type {
  Registration,
  UnnumberedRegistration,
} from '../../../domain/registration/registration-schema.ts'
import type { LocalRegistration } from '../../db/schema.ts'
import type { DeviceInfo } from '../../db/settings.ts'
import { FieldError } from '../../ui/FieldError.tsx'
import { ReasonField } from '../../ui/ReasonField.tsx'
import { vietnamNowIso } from '../../ui/vietnam-now-iso.ts'
import { blankForm, isBlankForm } from './blank-form.ts'
import { MIN_REPEAT_REASON, noteWithRepeatReason } from './earlier-enrolments.ts'
import { useEarlierEnrolments } from './use-earlier-enrolments.ts'
import { loadCoverage, type Coverage } from './load-coverage.ts'
import { listInsuredStates } from '../../db/insured-store.ts'
import { normalizeIdNumber } from './parse-form-fields.ts'
import { emptyParticipant, type EnrolFormValues } from './enrol-form-values.ts'
import type { FieldWarnings } from './enrol-warnings.ts'
import { issuePathToField } from './issue-path-to-field.ts'
import { MemberLine } from './MemberLine.tsx'
import { ParticipantFields } from './ParticipantFields.tsx'
import { HOUSEHOLD_NS } from './household-strings.ts'
import { HouseholdTotals } from './HouseholdTotals.tsx'
import { ErrorSummary, SaveButton, savingFlag, WithFieldError } from './FormStateParts.tsx'
import { SaveTriedContext } from './save-tried.ts'
import './household.css'
import { parseCount, quoteForm } from './quote-participant.ts'

const DRAFT_DEBOUNCE_MS = 300

// Kept once loaded: awaiting import() again waits a task, behind whatever the page draws meanwhile.
let validation: typeof import('./enrol-validation.ts') | undefined
const loadValidation = async () => (validation ??= await import('./enrol-validation.ts'))
const preloadValidation = () => void loadValidation()
// Rare (two tabs on one registration): its own chunk, never on the first paint.
const StaleSavePanel = lazy(() => import('./StaleSavePanel.tsx').then((m) => ({ default: m.StaleSavePanel })))

export function EnrolForm({
  initial,
  existing,
  on,
  device,
  eventId,
  onReopen,
  search,
}: {
  initial: EnrolFormValues
  existing: LocalRegistration | undefined
  on: string
  device: DeviceInfo | undefined
  eventId: string
  /** Opens the registration again as it is stored (the stale-save panel's "take the stored one"). */
  onReopen?: () => void
  /** Shown under the title: the search of the office's list, when the phone holds one. */
  search?: ReactNode
}) {
  const { t } = useTranslation()
  const h = useTranslation(HOUSEHOLD_NS).t
  const [, navigate] = useLocation()
  const draftKey = enrolDraftKey(existing?.id)
  // checkRegistration's warnings, found by the resolver on each check, shown beside their fields.
  const [warnings, setWarnings] = useState<FieldWarnings>({})
  const resolver = useMemo<Resolver<EnrolFormValues>>(() => {
    let cached: Resolver<EnrolFormValues> | undefined
    let last = '{}'
    const onWarnings = (issues: readonly { field: string; message: string }[]) => {
      const byField: Record<string, string[]> = {}
      for (const w of issues) (byField[w.field] ??= []).push(w.message)
      const next = JSON.stringify(byField)
      if (next === last) return
      last = next
      setWarnings(byField)
    }
    return async (values, context, options) => {
      cached ??= (validation ?? (await loadValidation())).enrolResolver(defaultRules, on, onWarnings)
      return cached(values, context, options)
    }
  }, [on])
  const form = useForm<EnrolFormValues>({
    defaultValues: initial,
    resolver,
    mode: 'onTouched',
  })
  const { control, register, handleSubmit, setError, reset, getValues, setValue } = form
  const { fields, append, remove } = useFieldArray({ control, name: 'participants' })
  const participants = useWatch({ control, name: 'participants' })
  const alreadyValidRanks = useWatch({ control, name: 'alreadyValidRanks' }) ?? '0'
  const quote = quoteForm({ participants, alreadyValidRanks }, defaultRules, on)
  const total = quote.total
  const anyHi = participants.some((p) => p.hiOn)
  // Why the cash tick was taken back: the sum changed since, or a draft kept no sum for it (before paidFor).
  const [paidAgain, setPaidAgain] = useState<'changed' | 'unknown' | undefined>()
  const due = quote.invalid ? undefined : total
  const [topErrors, setTopErrors] = useState<string[]>([])
  const [tried, setTried] = useState(false)
  // Members folded to one line while the next one is typed (MemberLine.tsx); any with an error opens again.
  const [folded, setFolded] = useState<ReadonlySet<number>>(new Set())
  const [stale, setStale] = useState<{ stored: Registration; mine: UnnumberedRegistration } | undefined>()
  // People already in a registration on this phone (not voided, not rejected), by ID number.
  const earlier = useEarlierEnrolments(
    participants.map((p) => normalizeIdNumber(p.idNumber)),
    existing?.id,
  )
  const repeats = participants.flatMap((p, index) => {
    const found = earlier.get(normalizeIdNumber(p.idNumber))
    return found ? [{ index, earlier: found }] : []
  })
  // The office's list of the event's commune, when the phone holds it: a card that already covers the period.
  const insuredList = useLiveQuery(
    async () => (await listInsuredStates()).find((s) => s.eventIds.includes(eventId) && s.version > 0),
    [eventId],
  )
  // Loaded only when the phone holds a list (enrol bundle budget): the check and the list's index.
  const [coverage, setCoverage] = useState<Coverage | undefined>()
  useEffect(() => {
    let alive = true
    if (insuredList) void loadCoverage(insuredList).then((c) => alive && setCoverage(c))
    return () => {
      alive = false
    }
  }, [insuredList])
  const covered = coverage ? coverage.covered(participants, on) : []
  const needsReason = repeats.length > 0 || covered.length > 0
  const [repeatReason, setRepeatReason] = useState('')
  const [repeatReasonError, setRepeatReasonError] = useState<string | undefined>(undefined)
  const saving = useRef(false)
  // The id a new registration is saved under, known from the start so a save can read ahead for it.
  const [newId] = useState(() => crypto.randomUUID())
  const registrationId = existing?.id ?? newId
  // What the save reads before it seals (saveRegistration's receiptState), read as the form opens so a tap on
  // Lưu does not wait for it behind the form's checks on a cheap phone (#15). Another tab may save meanwhile:
  // the save's transaction finds the read stale and reads again, so it is never trusted, only a head start.
  const receiptState = useRef<Promise<ReceiptState> | undefined>(undefined)
  // A failed read is read again by the save itself.
  const readAhead = useCallback(() => {
    const ahead = readReceiptState(registrationId)
    ahead.catch(() => undefined)
    receiptState.current = ahead
  }, [registrationId])
  useEffect(readAhead, [readAhead])
  const [savingShown] = useState(savingFlag)
  const submitting = useRef(false)
  const drafts = useMemo(
    () =>
      createDraftWriter<unknown>(
        (values) =>
          isBlankForm(values as EnrolFormValues) ? deleteDraft(draftKey) : saveDraft(draftKey, values),
        DRAFT_DEBOUNCE_MS,
        // Locked meanwhile (the key is gone): nothing can be sealed; what was typed before stays in the last draft.
        () => {},
      ),
    [draftKey],
  )

  // Every change goes to IndexedDB shortly after typing stops, and at once when the form closes or the page is
  // hidden or unloaded; a reload restores it.
  useEffect(() => {
    const sub = form.watch((values) => {
      if (saving.current) return
      drafts.schedule(values)
    })
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void drafts.flush()
    }
    const onPageHide = () => void drafts.flush()
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      sub.unsubscribe()
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onPageHide)
      void drafts.flush()
    }
  }, [form, drafts])

  // A tick for another sum than the one now shown is taken back, and the collector told why; the draft
  // learns it at once (also when the form opens on a draft ticked for an older sum).
  useEffect(() => {
    const { paid, paidFor } = getValues()
    if (paid && paidFor !== due) {
      setValue('paid', false)
      setValue('paidFor', undefined)
      setPaidAgain(paidFor === undefined ? 'unknown' : 'changed')
      drafts.schedule(getValues())
    }
  }, [due, drafts, getValues, setValue])

  const showIssues = (issues: readonly FieldIssue[]) => {
    setTried(true)
    setFolded(new Set())
    const unplaced: string[] = []
    for (const issue of issues) {
      const field = issuePathToField(issue.path)
      if (field) setError(field as FieldPath<EnrolFormValues>, { type: issue.code, message: issue.message })
      else unplaced.push(issue.message)
    }
    setTopErrors(unplaced.length > 0 ? unplaced : issues.map((i) => i.message))
  }

  const onValid = async (values: EnrolFormValues) => {
    if (saving.current) return
    if (!device) {
      setTopErrors([t('enrol.saveFailed', { message: 'device' })])
      return
    }
    if (needsReason && repeatReason.trim().length < MIN_REPEAT_REASON) {
      setRepeatReasonError(h('repeatReasonRequired'))
      document.getElementById('repeat-reason')?.focus()
      return
    }
    saving.current = true
    // The pending draft would be written behind the save (which deletes it); every way out of here that does
    // not leave the form gives it back, so what was typed in the last moments before Lưu is kept (#15).
    drafts.cancel()
    let attempted: UnnumberedRegistration | undefined
    let left = false
    try {
      const collectedAt = existing?.record.collectedAt ?? vietnamNowIso()
      // The rules in force on the day the money is taken apply. A form opened before midnight and saved
      // after it may fall under a new rate row (1 January, 1 July): never take a different sum than the
      // one the screen showed.
      const payDay = vietnamDate(collectedAt)
      if (payDay !== on) {
        const due = quoteForm(
          { participants: values.participants, alreadyValidRanks: values.alreadyValidRanks },
          defaultRules,
          payDay,
        ).total
        if (due !== total) {
          setTopErrors([t('enrol.ratesChanged', { date: formatDateVi(payDay), amount: formatVnd(due) })])
          saving.current = false
          return
        }
      }
      const { checkBeforeSave, toRegistration } = validation ?? (await loadValidation())
      const typed = toRegistration(
        values,
        {
          id: registrationId,
          revision: (existing?.revision ?? 0) + 1,
          deviceId: existing?.record.deviceId ?? device.deviceId,
          eventId,
          collectedAt,
          ...(existing?.record.payment ? { receiptNo: existing.record.payment.receiptNo } : {}),
        },
        defaultRules,
        payDay,
      )
      // Saving a person already enrolled on this phone: the reason goes to the supervisor in the note.
      const withRepeats = noteWithRepeatReason(typed.note, repeats, repeatReason)
      const note = coverage ? coverage.note(withRepeats, covered, repeatReason) : withRepeats
      const reg = note === undefined ? typed : { ...typed, note }
      const checked = checkBeforeSave(reg, defaultRules)
      if (!checked.ok) {
        showIssues(checked.errors)
        saving.current = false
        return
      }
      attempted = reg
      const saved = await saveRegistration(reg, { draftKey, receiptState: receiptState.current })
      left = true
      navigate(`/receipt/${saved.id}`)
    } catch (e) {
      saving.current = false
      await showSaveFailure(e, attempted)
    } finally {
      if (!left) drafts.schedule(getValues())
    }
  }

  /**
   * A save that failed: saved elsewhere meanwhile, both versions side by side (never an overwrite);
   * otherwise the reason at the top.
   */
  const showSaveFailure = async (e: unknown, attempted: UnnumberedRegistration | undefined) => {
    const stored =
      e instanceof StaleRevisionError && attempted
        ? await getRegistration(attempted.id).catch(() => undefined)
        : undefined
    if (stored && attempted) {
      setStale({ stored: stored.record, mine: attempted })
      window.scrollTo({ top: 0 })
      return
    }
    setTopErrors([t('enrol.saveFailed', { message: e instanceof Error ? e.message : String(e) })])
  }

  const onInvalid = () => {
    setTried(true)
    setTopErrors([])
    setFolded(new Set())
    // Bring the first wrong field into view: in a crowd nobody scrolls looking for it.
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>('[aria-invalid="true"]')
      el?.scrollIntoView({ block: 'center' })
      el?.focus({ preventScroll: true })
    })
  }

  // A first save whose fields pass goes straight to onValid. react-hook-form's handleSubmit would first tell
  // every subscriber the form is submitting and its (empty) errors, redrawing each person's fields in the
  // middle of the save (#15). A save refused once goes through it, so the errors shown are cleared or set.
  const submit = async (e: FormEvent<HTMLFormElement> | MouseEvent<HTMLButtonElement>) => {
    e.preventDefault()
    // A second tap while this one is checked or saved does nothing (onValid guards the save itself too).
    if (submitting.current || saving.current) return
    submitting.current = true
    // Read as the form opened, or now (a tap after one that did not leave) while the form is checked.
    if (!receiptState.current) readAhead()
    savingShown.set(true)
    try {
      if (!tried) {
        // A copy, as handleSubmit takes: what is checked is exactly what is saved, whatever is typed meanwhile.
        const values = structuredClone(getValues())
        const checked = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false })
        if (Object.keys(checked.errors).length === 0) return await onValid(values)
      }
      await handleSubmit(onValid, onInvalid)()
    } finally {
      submitting.current = false
      receiptState.current = undefined
      savingShown.set(false)
    }
  }

  const clearForm = () => {
    if (!window.confirm(t('enrol.clearConfirm'))) return
    drafts.cancel()
    reset(blankForm(defaultRules, on))
    setPaidAgain(undefined)
    setWarnings({})
    setRepeatReason('')
    setTopErrors([])
    void deleteDraft(draftKey)
  }

  const review = existing?.review
  return (
    <FormProvider {...form}>
      <SaveTriedContext.Provider value={tried}>
        <main className="screen enrol">
          <h1>
            {existing
              ? existing.review?.status === 'returned'
                ? t('enrol.correctTitle')
                : t('queue.fix')
              : t('enrol.title')}
          </h1>
          {search}
          {review?.comment && (
            <p className="notice warn">{t('enrol.returnedBecause', { comment: review.comment })}</p>
          )}
          {existing?.errors && existing.errors.length > 0 && (
            <ul className="notice warn">
              {existing.errors.map((e, i) => (
                <li key={i}>{e.message}</li>
              ))}
            </ul>
          )}
          {stale && (
            <Suspense fallback={null}>
              <StaleSavePanel
                stored={stale.stored}
                mine={stale.mine}
                onKeepMine={() => {
                  // Guarded as Save is: a second tap, or Lưu tapped meanwhile, starts no second save, and no
                  // draft is written behind the save.
                  if (saving.current || submitting.current) return
                  saving.current = true
                  savingShown.set(true)
                  drafts.cancel()
                  const onTop = { ...stale.mine, revision: stale.stored.revision + 1 }
                  setStale(undefined)
                  void saveRegistration(onTop, { draftKey }).then(
                    (saved) => navigate(`/receipt/${saved.id}`),
                    async (e: unknown) => {
                      saving.current = false
                      savingShown.set(false)
                      // Not saved: what the form holds goes back to its draft.
                      drafts.schedule(getValues())
                      await showSaveFailure(e, onTop)
                    },
                  )
                }}
                onTakeStored={() => {
                  if (saving.current || submitting.current) return
                  setStale(undefined)
                  drafts.cancel()
                  void deleteDraft(draftKey).then(() => onReopen?.())
                }}
              />
            </Suspense>
          )}
          {/* The checks (zod and the wire schema) load when the first field is touched, not at first paint. */}
          <form onSubmit={(e) => void submit(e)} onFocusCapture={preloadValidation} noValidate>
            {fields.map((f, i) =>
              folded.has(i) ? (
                <MemberLine
                  key={f.id}
                  index={i}
                  quote={quote.members[i]}
                  onOpen={() => setFolded((s) => new Set([...s].filter((n) => n !== i)))}
                />
              ) : (
                <ParticipantFields
                  key={f.id}
                  index={i}
                  on={on}
                  rank={quote.ranks[i]}
                  warnings={warnings}
                  earlier={repeats.find((r) => r.index === i)?.earlier}
                  coveredTo={covered.find((c) => c.index === i)?.hiTo}
                  onList={coverage?.find(normalizeIdNumber(participants[i]?.idNumber ?? ''))}
                  count={fields.length}
                  onRemove={() => {
                    setFolded(new Set())
                    remove(i)
                  }}
                />
              ),
            )}
            {fields.length < 10 && (
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  // The members so far fold to one line each; the new one starts with the household's
                  // address, ethnicity and HI period.
                  setFolded(new Set(fields.map((_, i) => i)))
                  append(
                    emptyParticipant(
                      getValues('participants.0.vsiIncome'),
                      fields.length,
                      getValues(`participants.${fields.length - 1}`),
                    ),
                  )
                }}
              >
                + {t('enrol.addPerson')}
              </button>
            )}

            <div className="field">
              <label htmlFor="enrol-note">{t('enrol.note')}</label>
              <textarea
                id="enrol-note"
                rows={2}
                maxLength={400}
                {...register('note')}
                aria-describedby="enrol-note-hint"
              />
              <p id="enrol-note-hint" className="field-hint">
                {t('enrol.noteHint')}
              </p>
            </div>

            {anyHi && (
              <div className="field household">
                <label htmlFor="alreadyValidRanks">{h('alreadyValidRanks')}</label>
                <WithFieldError control={control} name="alreadyValidRanks">
                  {(error) => (
                    <>
                      <input
                        id="alreadyValidRanks"
                        {...register('alreadyValidRanks')}
                        inputMode="numeric"
                        maxLength={2}
                        className="narrow"
                        aria-invalid={error ? true : undefined}
                        aria-describedby="alreadyValidRanks-hint"
                      />
                      <p id="alreadyValidRanks-hint" className="field-hint">
                        {h('alreadyValidRanksHint', { next: parseCount(alreadyValidRanks) + 1 })}
                      </p>
                      <FieldError id="alreadyValidRanks-error" message={error?.message} />
                    </>
                  )}
                </WithFieldError>
              </div>
            )}

            {needsReason && (
              <ReasonField
                id="repeat-reason"
                label={h('repeatReason')}
                value={repeatReason}
                error={repeatReasonError}
                onChange={(value) => {
                  setRepeatReason(value)
                  setRepeatReasonError(undefined)
                }}
              />
            )}

            <section className="total" aria-label={t('enrol.total')}>
              {participants.length > 1 && <HouseholdTotals participants={participants} quote={quote} />}
              <div className="total-row">
                <span>{t('enrol.total')}</span>
                <strong data-testid="total">{quote.invalid ? h('cannotCompute') : formatVnd(total)}</strong>
              </div>
              {quote.invalid ? (
                // An invalid income is left out of the sum: never show a smaller total or "nothing due".
                <p className="notice warn" data-testid="total-invalid">
                  {h('totalInvalid')}
                </p>
              ) : total > 0 ? (
                <WithFieldError control={control} name="paid">
                  {(error) => (
                    <>
                      <label className="check big" htmlFor="paid">
                        <input
                          type="checkbox"
                          id="paid"
                          {...register('paid', {
                            onChange: (e: ChangeEvent<HTMLInputElement>) => {
                              setValue('paidFor', e.target.checked ? total : undefined)
                              setPaidAgain(undefined)
                            },
                          })}
                          aria-invalid={error ? true : undefined}
                        />
                        <span>{t('enrol.paid')}</span>
                      </label>
                      {paidAgain && (
                        <p className="notice warn" role="status" data-testid="paid-again">
                          {t(paidAgain === 'changed' ? 'enrol.paidAgain' : 'enrol.paidConfirm')}
                        </p>
                      )}
                      <FieldError id="paid-error" message={error?.message} />
                    </>
                  )}
                </WithFieldError>
              ) : (
                <p className="muted">{t('enrol.nothingDue')}</p>
              )}
            </section>

            <ErrorSummary
              control={control}
              topErrors={topErrors}
              fixErrors={(count) => t('enrol.fixErrors', { count })}
            />

            <SaveButton
              control={control}
              saving={savingShown}
              disabled={quote.invalid}
              label={t('enrol.save')}
              savingLabel={t('enrol.saving')}
              // Saved from the tap itself: a form's submission first hands every field to the browser's
              // autofill, ~5 ms on a cheap phone before the submit event (#15). Enter in a field taps it too.
              onClick={(e) => void submit(e)}
            />
            {!existing && (
              <button type="button" className="link-button" onClick={clearForm}>
                {t('enrol.clear')}
              </button>
            )}
          </form>
        </main>
      </SaveTriedContext.Provider>
    </FormProvider>
  )
}
