// What the enrol form starts from — a draft, the registration being corrected, a follow-up or a blank form —
// loaded before the form mounts, so react-hook-form gets its defaults once. At unlock it is read ahead,
// with the key usable but before the app is drawn (data-key.ts publishDataKey): a phone reopened on the enrol
// form draws it in the first frame after the PIN, not an empty screen first (#15).
import { isToldUnlocked, isUnlocked, subscribeDataKey, tellingCount } from '../../db/data-key.ts'
import { enrolDraftKey, loadDraft } from '../../db/drafts.ts'
import { getRegistration } from '../../db/registrations-repo.ts'
import type { LocalRegistration } from '../../db/schema.ts'
import { groupThousands } from '../../../domain/format/format-vnd.ts'
import { vietnamDate } from '../../../domain/registration/local-date.ts'
import { valueOn } from '../../../domain/rules/dated.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import { rulesMissingOn } from '../../../domain/rules/rules-missing-on.ts'
import { completeDraft, emptyForm, type EnrolFormValues } from './enrol-form-values.ts'

export interface EnrolLoaded {
  initial: EnrolFormValues
  existing?: LocalRegistration
  /** The date the rules apply at. */
  on: string
}
export type EnrolStart = EnrolLoaded | 'missing' | { noRulesOn: string }

/** `from`: the consultation a follow-up's "Ghi danh" starts from (/enrol?from=<id>), only without `id`. */
export const enrolFrom = (id: string | undefined, search: string): string | null =>
  id ? null : new URLSearchParams(search).get('from')

export async function loadEnrolStart(id: string | undefined, from: string | null): Promise<EnrolStart> {
  const existing = id ? await getRegistration(id) : undefined
  if (id && !existing) return 'missing'
  // Rules apply at the date the money was collected: today, or the original date for a correction.
  const on = existing ? vietnamDate(existing.record.collectedAt) : vietnamDate(new Date().toISOString())
  // A phone whose clock fell back to a year before the first rate (a flat battery can do that) has no
  // figure to quote with: say so instead of showing amounts nobody can compute.
  if (rulesMissingOn(defaultRules, on).length > 0) return { noRulesOn: on }
  const defaultIncome = groupThousands(valueOn(defaultRules.povertyLineRural, on, 'poverty line'))
  const draft = completeDraft(await loadDraft(enrolDraftKey(id)), defaultIncome)
  const initial =
    draft ??
    (existing
      ? // A correction: the form from the record, in the chunk the checks load from (bundle budget).
        (await import('./form-to-registration.ts')).fromRegistration(existing.record, defaultIncome)
      : ((from ? await followUpForm(from, defaultIncome) : undefined) ?? emptyForm(defaultIncome)))
  return existing ? { initial, existing, on } : { initial, on }
}

/** The form a follow-up starts (loaded only then: not a byte of the enrol screen's first load). */
async function followUpForm(
  consultationId: string,
  defaultIncome: string,
): Promise<EnrolFormValues | undefined> {
  const [{ getConsultation }, { formFromFollowUp }] = await Promise.all([
    import('../../db/consultations-repo.ts'),
    import('./from-follow-up.ts'),
  ])
  const followUp = await getConsultation(consultationId)
  return followUp ? formFromFollowUp(followUp.record, defaultIncome) : undefined
}

// The start read ahead at the last unlock, for the drawing the unlock causes: React draws it in a microtask
// once told (use-unlocked.ts draws nothing unlocked before), so the next task drops it, and a form opened
// later reads afresh. Dropped at lock too (it holds citizens' data). A read that ends after the telling —
// past publishDataKey's wait — is kept for nothing.
let ahead: { id: string | undefined; from: string | null; start: EnrolStart } | undefined
subscribeDataKey(() => {
  if (!isUnlocked()) ahead = undefined
  else
    setTimeout(() => {
      ahead = undefined
    }, 0)
})

/** At unlock, before the app is drawn: reads the start of the enrol form at `id` / `from`. */
export async function readEnrolStartAhead(id: string | undefined, from: string | null): Promise<void> {
  ahead = undefined
  // Only before the app is told: after, the screen reads for itself.
  if (isToldUnlocked()) return
  const before = tellingCount()
  const start = await loadEnrolStart(id, from)
  if (isUnlocked() && tellingCount() === before) ahead = { id, from, start }
}

/** The start read ahead for this form, if any. Not taken: React may call a state initializer twice. */
export function enrolStartReadAhead(id: string | undefined, from: string | null): EnrolStart | undefined {
  return ahead && ahead.id === id && ahead.from === from ? ahead.start : undefined
}
