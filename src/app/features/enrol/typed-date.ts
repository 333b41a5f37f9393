// Typing a date of birth into its three boxes (dd, mm, yyyy) without touching the screen in between:
// once a box can hold nothing more, the cursor moves on by itself, and a whole date typed or pasted into
// the day box fills all three. Pure: the form wires it to focus and values.

export interface TypedPart {
  /** What the box keeps: digits only, at most two. */
  value: string
  /** The box is complete: move to the next one. */
  advance: boolean
}

/**
 * One keystroke in the day or month box. Two digits are complete; so is one digit that no second digit
 * could follow (a day from 4, a month from 2: "5" can only be the 5th) and a digit followed by a
 * separator ("7/", "7 ", "7."), which is how people type "7/3/1990" in one go.
 */
export function typeDatePart(part: 'day' | 'month', raw: string): TypedPart {
  const digits = raw.replace(/\D/g, '').slice(0, 2)
  if (digits.length === 0) return { value: '', advance: false }
  const separated = /^\d+\D/.test(raw)
  const firstOnly = Number(digits) > (part === 'day' ? 3 : 1)
  return { value: digits, advance: digits.length === 2 || separated || firstOnly }
}

export interface WholeDate {
  day: string
  month: string
  year: string
}

/** "07/03/1990", "7-3-1990", "7.3.1990" or "07031990" in the day box: the whole date, else undefined. */
export function splitWholeDate(raw: string): WholeDate | undefined {
  const text = raw.trim()
  const parts = /^(\d{1,2})\D+(\d{1,2})\D+(\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(text)
  if (!parts) return undefined
  const [, day = '', month = '', year = ''] = parts
  return { day, month, year }
}
