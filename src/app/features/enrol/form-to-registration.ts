// Form values ⇄ Registration v1. A new registration has no receipt number here: saveRegistration gives
// it one inside its transaction; a correction keeps the number of its first revision.
import type { Participant, UnnumberedRegistration } from '../../../domain/registration/registration-schema.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'
import { emptyParticipant } from './enrol-form-values.ts'
import { groupThousands } from '../../../domain/format/format-vnd.ts'
import { normalizeName } from '../../../domain/names/normalize-name.ts'
import { normalizePhone } from '../../../domain/phone/normalize-phone.ts'
import { composeDateOfBirth, normalizeIdNumber, parseMoney } from './parse-form-fields.ts'
import { quoteHi } from '../../../domain/quote/hi-quote.ts'
import { formRanks, isReferToOffice, parseCount, parsePrior, quoteParticipant } from './quote-participant.ts'

export interface RegistrationContext {
  id: string
  revision: number
  deviceId: string
  eventId: string
  collectedAt: string
  /** A correction: the receipt number its first revision was given. */
  receiptNo?: string
}

/**
 * `household`: the person's computed rank and the household's already-valid cards (formRanks);
 * `leftOutRank`: the rank written for a member the ladder leaves out (see below).
 *
 * Every product ticked goes in, quoted or not, so that checkRegistration (the one rulebook) says
 * what is wrong with it: an income under the floor, a child the state insures. Such a registration never
 * passes the form's resolver, so it is never saved.
 */
export function toParticipant(
  p: ParticipantFormValues,
  rules: RuleSet,
  on: IsoDate,
  household: { rank?: number | undefined; alreadyValidRanks: number; leftOutRank?: number } = {
    alreadyValidRanks: 0,
  },
): Participant {
  const quote = quoteParticipant(p, rules, on, household.rank)
  // The picker puts the official name beside the code; without a code the name is as typed (with a note).
  const commune = p.commune.trim().replace(/\s+/g, ' ').normalize('NFC')
  const communeCode = p.communeCode ?? ''
  const participant: Participant = {
    fullName: normalizeName(p.fullName),
    idNumber: normalizeIdNumber(p.idNumber),
    dateOfBirth: composeDateOfBirth(p),
    sex: p.sex === 'female' ? 'female' : 'male',
    ethnicityCode: p.ethnicityCode,
    address: { provinceCode: p.provinceCode, commune },
    consent: true,
    services: { vssidAssisted: p.vssidAssisted, cashlessPension: p.cashlessPension },
  }
  if (/^\d{5}$/.test(communeCode)) participant.address.communeCode = communeCode
  const village = p.village.trim()
  if (village) participant.address.village = village
  const phone = normalizePhone(p.phone)
  if (phone) participant.phone = phone
  if (p.vsiOn && !isReferToOffice(p.vsiMonths)) {
    participant.vsi = {
      monthlyIncome: parseMoney(p.vsiIncome),
      months: Number(p.vsiMonths) as 1 | 3 | 6 | 12,
      supportGroup: p.supportGroup,
      amountDue: quote.vsi?.ok ? quote.vsi.quote.payable : 0,
    }
    const prior = parsePrior(p.vsiPriorMonths)
    if (prior > 0) participant.vsi.priorSupportedMonths = prior
    if (p.vsiPension !== '') participant.vsi.receivesPensionOrBenefit = p.vsiPension === 'yes'
  }
  if (p.hiOn && p.hiExclusion !== '') participant.hiExclusions = [p.hiExclusion]
  if (p.hiOn) {
    // Left out of the ladder (quote.hiBlocked): a rank no one else has, so only the refusal shows.
    const months = Number(p.hiMonths)
    const hi = quote.hi ?? quoteHi({ months, householdOrder: household.leftOutRank ?? 1 }, rules, on)
    participant.hi = {
      months: months as 3 | 6 | 12,
      householdOrder: hi.ok ? hi.quote.rank : (household.rank ?? household.leftOutRank ?? 1),
      amountDue: hi.ok ? hi.quote.amount : 0,
      alreadyValidRanks: household.alreadyValidRanks,
    }
    if (p.householdOrder.trim() !== '') participant.hi.rankOverride = true
    if (p.hiFacility !== '') participant.hi.facility = { provinceCode: p.provinceCode, code: p.hiFacility }
    if (p.hiRenewsCardTo) participant.hi.renewsCardTo = p.hiRenewsCardTo
    if (p.hiExclusion !== '' && p.hiOverride) {
      participant.hi.exclusionOverride = {
        reason: p.hiOverrideNote.trim().replace(/\s+/g, ' ').normalize('NFC'),
      }
    }
  }
  return participant
}

export function toRegistration(
  values: EnrolFormValues,
  ctx: RegistrationContext,
  rules: RuleSet,
  on: IsoDate,
): UnnumberedRegistration {
  const alreadyValidRanks = parseCount(values.alreadyValidRanks ?? '0')
  const ranks = formRanks(values.participants, values.alreadyValidRanks ?? '0', rules, on)
  let leftOutRank = Math.max(alreadyValidRanks, ...ranks.map((r) => r ?? 0))
  const participants = values.participants.map((p, i) =>
    toParticipant(p, rules, on, { rank: ranks[i], alreadyValidRanks, leftOutRank: (leftOutRank += 1) }),
  )
  const total = participants.reduce((s, p) => s + (p.vsi?.amountDue ?? 0) + (p.hi?.amountDue ?? 0), 0)
  const own = values.note
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '' && !GENERATED_LINE.test(line))
    .join('\n')
    .normalize('NFC')
  const note =
    [own, supervisorNote(participants, values.participants) ?? '']
      .filter((x) => x !== '')
      .join('\n')
      .slice(0, 500) || undefined
  return {
    ...(note ? { note } : {}),
    id: ctx.id,
    revision: ctx.revision,
    deviceId: ctx.deviceId,
    eventId: ctx.eventId,
    collectedAt: ctx.collectedAt,
    participants,
    payment:
      total === 0
        ? null
        : { method: 'cash', amountCollected: total, ...(ctx.receiptNo ? { receiptNo: ctx.receiptNo } : {}) },
  }
}

/** Lines the form itself writes into the note, one per person ("Người thứ 2: …"): not the collector's own. */
const GENERATED_LINE = /^Người thứ \d+: /

/**
 * The override notes again in the registration's `note`, which every review screen shows: "Người thứ 2:
 * BHYT dù thuộc nhóm được ngân sách đóng — <ghi chú>", and why a commune is outside the list. Cut at the
 * wire limit of 500 characters.
 */
function supervisorNote(
  participants: readonly Participant[],
  form: readonly ParticipantFormValues[],
): string | undefined {
  const lines = participants.flatMap((p, i) => [
    ...(p.hi?.exclusionOverride
      ? [`Người thứ ${i + 1}: BHYT dù thuộc nhóm được ngân sách đóng — ${p.hi.exclusionOverride.reason}`]
      : []),
    // A commune typed outside the list has no code, which would split the tallies: the collector said why.
    ...(p.address.communeCode === undefined && (form[i]?.communeNote ?? '').trim() !== ''
      ? [
          `Người thứ ${i + 1}: xã/phường "${p.address.commune}" không có trong danh sách — ${(form[i]?.communeNote ?? '').trim().replace(/\s+/g, ' ').normalize('NFC')}`,
        ]
      : []),
  ])
  return lines.length === 0 ? undefined : lines.join('\n').slice(0, 500)
}

/** The reason written by supervisorNote for person `i`'s commune outside the list, to correct it as it was. */
function communeNoteIn(note: string | undefined, i: number, commune: string): string {
  const head = `Người thứ ${i + 1}: xã/phường "${commune}" không có trong danh sách — `
  const line = (note ?? '').split('\n').find((l) => l.startsWith(head))
  return line === undefined ? '' : line.slice(head.length)
}

/** A saved registration back into form values, for correcting a returned one. */
export function fromRegistration(reg: UnnumberedRegistration, defaultIncome: string): EnrolFormValues {
  return {
    participants: reg.participants.map((p, i) => {
      const [y = '', m = '', d = ''] = p.dateOfBirth.split('-')
      return {
        ...emptyParticipant(defaultIncome, i),
        fullName: p.fullName,
        idNumber: p.idNumber,
        dobDay: d,
        dobMonth: m,
        dobYear: y,
        sex: p.sex,
        ethnicityCode: p.ethnicityCode,
        phone: p.phone ?? '',
        provinceCode: p.address.provinceCode,
        commune: p.address.commune,
        communeCode: p.address.communeCode ?? '',
        communeNote: p.address.communeCode === undefined ? communeNoteIn(reg.note, i, p.address.commune) : '',
        village: p.address.village ?? '',
        consent: p.consent,
        vsiOn: p.vsi !== undefined,
        vsiIncome: p.vsi ? groupThousands(p.vsi.monthlyIncome) : defaultIncome,
        vsiMonths: String(p.vsi?.months ?? 12),
        supportGroup: p.vsi?.supportGroup ?? 'OTHER',
        vsiPriorMonths: String(p.vsi?.priorSupportedMonths ?? 0),
        // Records from before the pension question were never asked: the correction asks it now.
        vsiPension:
          p.vsi?.receivesPensionOrBenefit === undefined ? '' : p.vsi.receivesPensionOrBenefit ? 'yes' : 'no',
        hiOn: p.hi !== undefined,
        hiMonths: String(p.hi?.months ?? 12),
        // Records from before computed ranks typed every rank by hand: keep them as typed.
        householdOrder:
          p.hi && (p.hi.rankOverride || p.hi.alreadyValidRanks === undefined)
            ? String(p.hi.householdOrder)
            : '',
        hiExclusion: p.hiExclusions?.[0] ?? '',
        hiOverride: p.hi?.exclusionOverride !== undefined,
        hiOverrideNote: p.hi?.exclusionOverride?.reason ?? '',
        hiFacility: p.hi?.facility?.code ?? '',
        ...(p.hi?.renewsCardTo ? { hiRenewsCardTo: p.hi.renewsCardTo } : {}),
        vssidAssisted: p.services.vssidAssisted,
        cashlessPension: p.services.cashlessPension,
      }
    }),
    alreadyValidRanks: String(reg.participants.find((p) => p.hi)?.hi?.alreadyValidRanks ?? 0),
    // A correction may change the amount: the collector confirms the cash again.
    paid: false,
    // The collector's own lines; the ones the form writes are written again from the fields.
    note: (reg.note ?? '')
      .split('\n')
      .filter((line) => !GENERATED_LINE.test(line))
      .join('\n'),
  }
}
