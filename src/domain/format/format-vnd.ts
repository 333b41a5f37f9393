// Written by hand, not with Intl: Intl's vi-VN output (NBSP before ₫, grouping) differs between engines,
// and receipts printed offline must read the same everywhere.

/** 1366200 → "1.366.200 ₫" (ASCII space); `unit: 'đồng'` → "1.366.200 đồng" for forms and receipts. */
export function formatVnd(amount: number, unit: '₫' | 'đồng' = '₫'): string {
  return `${groupThousands(amount)} ${unit}`
}

/** 1366200 → "1.366.200": dot as the thousands separator, no decimals (whole đồng). */
export function groupThousands(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError('Amount must be a whole number of đồng')
  const digits = String(Math.abs(amount))
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '.')
  return amount < 0 ? `-${grouped}` : grouped
}
