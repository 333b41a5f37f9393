import { foldName } from '../names/fold-name.ts'
import type { Participant, Registration } from '../registration/registration-schema.ts'
import { vietnamDate } from '../registration/local-date.ts'
import type { IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import type { ReviewStatus } from '../api/sync.ts'
import { participantFactsBuilder, type ParticipantFacts } from './participant-facts.ts'
import type { Tally } from './tally.ts'

export interface TallyRecord {
  registration: Registration
  reviewStatus: ReviewStatus
  /** The collector's account id. */
  ownerId: string
  ownerName?: string | undefined
  /** Cancelled or refunded after approval: counts for nothing, not even as history. */
  voided?: boolean | undefined
}

/** A consultation as the tallies need it: no names, no phones. */
export interface AdvisedRecord {
  eventId: string
  recordedAt: string
  people: number
  communeCode?: string | undefined
  /** The commune's name, for `names.commune`. */
  communeName?: string | undefined
  ownerId: string
  ownerName?: string | undefined
}

/** Which records the figures cover. Dates are calendar days in Vietnam, both ends inclusive. */
export interface TallyScope {
  from?: IsoDate | undefined
  to?: IsoDate | undefined
  eventId?: string | undefined
}

export interface CampaignTally {
  /** De-duplicated over everything in scope: a person met at two events counts once. */
  totals: Tally
  byEvent: Record<string, Tally>
  /** Keyed by the Vietnam date of `collectedAt`. */
  byDay: Record<IsoDate, Tally>
  /**
   * Keyed by the 5-digit commune code. A commune without its code (typed before the commune picker, or outside the
   * list) joins the code that the same name has elsewhere in the records (same province, compared folded),
   * else it is keyed by the first spelling met: "xã tả van" and "Xã Tả Van" are one row.
   */
  byCommune: Record<string, Tally>
  /** Keyed by `ownerId`. */
  byStaff: Record<string, Tally>
  /** Display names for the keys of byCommune and byStaff. */
  names: { commune: Record<string, string>; staff: Record<string, string> }
}

interface Acc {
  vsiNew: Set<string>
  hiNew: Set<string>
  hiRenewed: Set<string>
  vssidAssisted: Set<string>
  cashlessPension: Set<string>
  registrations: number
  collectedVnd: number
  stateSupportVnd: number
  advised: number
}

/**
 * Campaign tallies of domain.md §8: distinct people by ID number over approved, not voided records in scope.
 *
 * Records outside the scope (earlier dates, other events) are not counted but serve as history for "new"
 * (see `markNewEnrolments`); without them, "new" means the person's first appearance in the records given.
 *
 * Each breakdown row is de-duplicated inside itself, so a person helped at two events counts once in the
 * totals and once in each event: rows may add up to more than the total. People count in the commune of
 * their own address; a registration and its cash count in the commune of its first participant (the payer).
 */
export function tallyCampaign(
  records: readonly TallyRecord[],
  scope: TallyScope,
  rules: RuleSet,
  advised: readonly AdvisedRecord[] = [],
): CampaignTally {
  const kept = records
    .filter((r) => r.reviewStatus === 'approved' && r.voided !== true)
    .map((r) => ({ r, at: Date.parse(r.registration.collectedAt) }))
    .sort((a, b) => a.at - b.at || compare(a.r.registration.id, b.r.registration.id))
    .map(({ r }) => r)
  const tally = campaignTallyBuilder(scope, rules, communeKeysOf(kept))
  for (const r of kept) tally.add(r)
  return tally.finish(advised)
}

export interface CampaignTallyBuilder {
  /** The next approved, not voided record, in collection order: `collectedAt`, then `id`. */
  add(record: TallyRecord): void
  /** The figures, with the consultations counted in. */
  finish(advised?: readonly AdvisedRecord[]): CampaignTally
}

/**
 * `tallyCampaign` one record at a time, for a history too long to hold (the server reads it in batches).
 * The caller filters and orders the records as `tallyCampaign` does. `communeKeys` maps `communeNameKey` of a
 * commune typed without its code to the first code the same name carries in the records, in their order: it
 * needs every record, so it is found first (`communeKeysOf`, or a query); names nobody typed without a
 * code may be left out.
 */
export function campaignTallyBuilder(
  scope: TallyScope,
  rules: RuleSet,
  communeKeys: ReadonlyMap<string, string>,
): CampaignTallyBuilder {
  const factsOf = participantFactsBuilder(rules)
  const totals = newAcc()
  const byEvent = new Map<string, Acc>()
  const byDay = new Map<string, Acc>()
  const byCommune = new Map<string, Acc>()
  const byStaff = new Map<string, Acc>()
  const communeNames = new Map<string, string>()
  const keys = new Map(communeKeys)
  const staffNames = new Map<string, string>()

  const add = (rec: TallyRecord) => {
    const reg = rec.registration
    const day = vietnamDate(reg.collectedAt)
    // Every record is history for "new", in scope or not.
    const facts = factsOf(reg, day)
    if (!inScope(reg, day, scope)) return
    if (rec.ownerName !== undefined && !staffNames.has(rec.ownerId))
      staffNames.set(rec.ownerId, rec.ownerName)
    const shared = [totals, accIn(byEvent, reg.eventId), accIn(byDay, day), accIn(byStaff, rec.ownerId)]

    const payer = reg.participants[0]
    const recordAccs = payer ? [...shared, accIn(byCommune, communeOf(payer, keys, communeNames))] : shared
    for (const acc of recordAccs) {
      acc.registrations += 1
      acc.collectedVnd += reg.payment?.amountCollected ?? 0
    }

    reg.participants.forEach((p, j) => {
      const f = facts[j]
      if (!f) return
      for (const acc of shared) countPerson(acc, f)
      countPerson(accIn(byCommune, communeOf(p, keys, communeNames)), f)
    })
  }

  const finish = (advised: readonly AdvisedRecord[] = []): CampaignTally =>
    withAdvised(
      {
        totals: toTally(totals),
        byEvent: toRecord(byEvent),
        byDay: toRecord(byDay),
        byCommune: toRecord(byCommune),
        byStaff: toRecord(byStaff),
        names: { commune: sortedObject(communeNames), staff: sortedObject(staffNames) },
      },
      advised,
      scope,
    )
  return { add, finish }
}

/**
 * `tally` with the consultations in `scope` counted in. People advised count where they were advised: the
 * event, the day, the commune when it was given, the collector who recorded it; a row they open starts at
 * zero, and the names already given stay.
 */
export function withAdvised(
  tally: CampaignTally,
  advised: readonly AdvisedRecord[],
  scope: TallyScope,
): CampaignTally {
  const byEvent = new Map(Object.entries(tally.byEvent))
  const byDay = new Map(Object.entries(tally.byDay))
  const byCommune = new Map(Object.entries(tally.byCommune))
  const byStaff = new Map(Object.entries(tally.byStaff))
  const communeNames = new Map(Object.entries(tally.names.commune))
  const staffNames = new Map(Object.entries(tally.names.staff))
  const totals = { ...tally.totals }
  const bump = (map: Map<string, Tally>, key: string, people: number) => {
    const row = map.get(key) ?? toTally(newAcc())
    map.set(key, { ...row, advised: row.advised + people })
  }
  for (const a of advised) {
    const day = vietnamDate(a.recordedAt)
    if (!inScope({ eventId: a.eventId }, day, scope)) continue
    if (a.ownerName !== undefined && !staffNames.has(a.ownerId)) staffNames.set(a.ownerId, a.ownerName)
    totals.advised += a.people
    bump(byEvent, a.eventId, a.people)
    bump(byDay, day, a.people)
    bump(byStaff, a.ownerId, a.people)
    if (a.communeCode !== undefined) {
      bump(byCommune, a.communeCode, a.people)
      if (!communeNames.has(a.communeCode)) communeNames.set(a.communeCode, a.communeName ?? a.communeCode)
    }
  }
  return {
    totals,
    byEvent: sortedObject(byEvent),
    byDay: sortedObject(byDay),
    byCommune: sortedObject(byCommune),
    byStaff: sortedObject(byStaff),
    names: { commune: sortedObject(communeNames), staff: sortedObject(staffNames) },
  }
}

function countPerson(acc: Acc, f: ParticipantFacts): void {
  if (f.vsiNew) acc.vsiNew.add(f.idNumber)
  if (f.hiRenewed) acc.hiRenewed.add(f.idNumber)
  if (f.hiNew) acc.hiNew.add(f.idNumber)
  if (f.vssidAssisted) acc.vssidAssisted.add(f.idNumber)
  if (f.cashlessPension) acc.cashlessPension.add(f.idNumber)
  acc.stateSupportVnd += f.stateSupportVnd
}

function inScope(reg: Pick<Registration, 'eventId'>, day: IsoDate, scope: TallyScope): boolean {
  if (scope.eventId !== undefined && reg.eventId !== scope.eventId) return false
  if (scope.from !== undefined && day < scope.from) return false
  if (scope.to !== undefined && day > scope.to) return false
  return true
}

/** The key of `communeKeys`: the province code and the commune's name folded with `foldName`. */
export const communeNameKey = (provinceCode: string, foldedCommune: string) =>
  `${provinceCode} ${foldedCommune}`

const nameKey = (p: Participant) => communeNameKey(p.address.provinceCode, foldName(p.address.commune))

/** Province + folded name → the code that name carries in the records, where one does. */
export function communeKeysOf(records: readonly TallyRecord[]): Map<string, string> {
  const keys = new Map<string, string>()
  for (const r of records)
    for (const p of r.registration.participants)
      if (p.address.communeCode !== undefined && !keys.has(nameKey(p)))
        keys.set(nameKey(p), p.address.communeCode)
  return keys
}

function communeOf(p: Participant, keys: Map<string, string>, names: Map<string, string>): string {
  // Called for every participant of every record: the name is cleaned only when it is needed.
  let key = p.address.communeCode
  if (key === undefined) {
    const folded = nameKey(p)
    key = keys.get(folded)
    if (key === undefined) {
      key = cleanName(p)
      keys.set(folded, key)
    }
  }
  if (!names.has(key)) names.set(key, cleanName(p))
  return key
}

const cleanName = (p: Participant) => p.address.commune.normalize('NFC').trim()

function newAcc(): Acc {
  return {
    vsiNew: new Set(),
    hiNew: new Set(),
    hiRenewed: new Set(),
    vssidAssisted: new Set(),
    cashlessPension: new Set(),
    registrations: 0,
    collectedVnd: 0,
    stateSupportVnd: 0,
    advised: 0,
  }
}

function accIn(map: Map<string, Acc>, key: string): Acc {
  let acc = map.get(key)
  if (!acc) {
    acc = newAcc()
    map.set(key, acc)
  }
  return acc
}

function toTally(acc: Acc): Tally {
  return {
    vsiNew: acc.vsiNew.size,
    hiNew: acc.hiNew.size,
    hiRenewed: acc.hiRenewed.size,
    vssidAssisted: acc.vssidAssisted.size,
    cashlessPension: acc.cashlessPension.size,
    registrations: acc.registrations,
    collectedVnd: acc.collectedVnd,
    stateSupportVnd: acc.stateSupportVnd,
    advised: acc.advised,
  }
}

// Object.fromEntries defines own properties, so an event id like "__proto__" cannot reach the prototype.
function toRecord(map: Map<string, Acc>): Record<string, Tally> {
  return Object.fromEntries(
    [...map.entries()].sort(([a], [b]) => compare(a, b)).map(([k, acc]) => [k, toTally(acc)]),
  )
}

/** A map as an object with its keys in the tally's order (the server's count gives the same JSON). */
export function sortedObject<T>(map: Map<string, T>): Record<string, T> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => compare(a, b)))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
