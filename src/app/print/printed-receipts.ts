// Which registrations' slips this phone has printed already, so a reprint says "BẢN SAO". Ids
// only (random UUIDs, no personal data); the newest 2,000 are kept, far more than a campaign's receipts.
const KEY = 'ghidanh.printedReceipts'
const KEEP = 2000

function read(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

export function wasPrinted(registrationId: string): boolean {
  return read().includes(registrationId)
}

export function markPrinted(registrationId: string): void {
  const ids = read().filter((x) => x !== registrationId)
  ids.push(registrationId)
  try {
    localStorage.setItem(KEY, JSON.stringify(ids.slice(-KEEP)))
  } catch {
    // Storage full: the next print of this slip is not marked as a copy; nothing else depends on it.
  }
}
