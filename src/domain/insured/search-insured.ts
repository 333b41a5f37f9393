// Search before register: the people of the agency's list found as the collector types an ID number (or
// its start), or a name without diacritics, optionally with a birth year ("mai 1990"). Pure and
// allocation-light: the phone builds the index once per commune and searches 50,000 people per keystroke.
import { foldName } from '../names/fold-name.ts'
import { fromRow, type InsuredPerson, type InsuredRow } from './insured-person.ts'

export interface InsuredIndex {
  rows: readonly InsuredRow[]
  /** Folded full names with a space at both ends, so " mai " matches the whole word. */
  folded: readonly string[]
  households: ReadonlyMap<string, readonly number[]>
  /** ID number → position in `rows`. */
  byId: ReadonlyMap<string, number>
}

export function buildInsuredIndex(rows: readonly InsuredRow[]): InsuredIndex {
  const households = new Map<string, number[]>()
  rows.forEach((r, i) => {
    if (r[5] === '') return
    const list = households.get(r[5])
    if (list) list.push(i)
    else households.set(r[5], [i])
  })
  return {
    rows,
    folded: rows.map((r) => ` ${foldName(r[1])} `),
    households,
    byId: new Map(rows.map((r, i) => [r[0], i])),
  }
}

export interface InsuredMatch {
  person: InsuredPerson
  /** Everyone with the same household code, the person included, in list order. */
  household: InsuredPerson[]
}

/** At most `limit` matches; none for a query too short to mean anything (fewer than 2 letters or 3 digits). */
export function searchInsured(index: InsuredIndex, query: string, limit = 20): InsuredMatch[] {
  const digits = query.replace(/\s/g, '')
  const hits: number[] = []
  if (/^\d{3,12}$/.test(digits)) {
    for (let i = 0; i < index.rows.length && hits.length < limit; i++)
      if (index.rows[i]![0].startsWith(digits)) hits.push(i)
  } else {
    const tokens = foldName(query).split(' ').filter(Boolean)
    const year = tokens.find((t) => /^(19|20)\d{2}$/.test(t))
    const words = tokens.filter((t) => t !== year)
    if (words.join('').length < 2) return []
    // Every word but the last is whole; the last may be still being typed.
    const whole = words.slice(0, -1).map((w) => ` ${w} `)
    const last = ` ${words[words.length - 1]}`
    for (let i = 0; i < index.rows.length && hits.length < limit; i++) {
      const name = index.folded[i]!
      if (!name.includes(last) || !whole.every((w) => name.includes(w))) continue
      if (year !== undefined && !index.rows[i]![2].startsWith(year)) continue
      hits.push(i)
    }
  }
  return hits.map((i) => {
    const row = index.rows[i]!
    const members = row[5] === '' ? [i] : (index.households.get(row[5]) ?? [i])
    return { person: fromRow(row), household: members.map((m) => fromRow(index.rows[m]!)) }
  })
}
