// People write numbers as "+84 912.345.678", "84912345678" or "0912 345 678"; store one form: 10 digits from 0.

/** Removes separators and turns a +84 / 84 / 0084 country prefix into 0. Does not validate. */
export function normalizePhone(raw: string): string {
  const digits = raw.trim().replace(/[\s.\-()]/gu, '')
  const m = /^(?:\+84|0084|84)(\d{9})$/u.exec(digits)
  return m ? `0${m[1]}` : digits
}
