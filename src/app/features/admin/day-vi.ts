/** "2026-11-25" → "25/11/2026"; anything else unchanged. */
export function dayVi(isoDay: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(isoDay)
    ? `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}/${isoDay.slice(0, 4)}`
    : isoDay
}
