// Every figure the law can change is a dated row: the row in force on the payment date applies.
export type IsoDate = string // YYYY-MM-DD

export type Confidence = 'CONFIRMED' | 'CONFIRMED_SEC' | 'UNCERTAIN'

export interface DatedRow<T> {
  effectiveFrom: IsoDate
  value: T
  instrument: string
  confidence: Confidence
  note?: string
}

/** The row in force on `on` (effectiveFrom inclusive), or undefined before the first row. */
export function rowOn<T>(rows: readonly DatedRow<T>[], on: IsoDate): DatedRow<T> | undefined {
  let found: DatedRow<T> | undefined
  for (const row of rows) {
    if (row.effectiveFrom <= on && (!found || row.effectiveFrom >= found.effectiveFrom)) found = row
  }
  return found
}

export function valueOn<T>(rows: readonly DatedRow<T>[], on: IsoDate, what: string): T {
  const row = rowOn(rows, on)
  if (!row) throw new RangeError(`No ${what} in force on ${on}`)
  return row.value
}
