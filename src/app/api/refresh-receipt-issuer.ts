// The collecting unit, tax code, form code and series the office set for this collector's receipts (issue
// #13), kept on the device so receipts printed offline carry them.
import { receiptIssuerSchema, type ReceiptIssuer } from '../../domain/receipt/receipt-issuer.ts'
import { deleteSetting, setSetting } from '../db/settings.ts'
import { apiFetch } from './http.ts'

/** Stores what the server sent (`null`/absent: none set, or no longer). Ignores an answer it cannot read. */
export async function storeReceiptIssuer(value: unknown): Promise<ReceiptIssuer | undefined> {
  if (value === null || value === undefined) {
    await deleteSetting('receiptIssuer')
    return undefined
  }
  const parsed = receiptIssuerSchema.safeParse(value)
  if (!parsed.success) return undefined
  await setSetting('receiptIssuer', parsed.data)
  return parsed.data
}

/** Best effort: offline or an old server leaves the stored one as it is. */
export async function refreshReceiptIssuer(): Promise<void> {
  try {
    const answer = await apiFetch<{ receiptIssuer?: unknown }>('/api/receipt-issuer')
    if ('receiptIssuer' in answer) await storeReceiptIssuer(answer.receiptIssuer)
  } catch {
    // No network, signed out, or a server from before receipt issuers: keep what the device has.
  }
}
