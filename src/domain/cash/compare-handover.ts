// The supervisor's check of one collector's handover: declared cash against what the server received.
import type { Handover, HandoverReviewRow } from '../api/cash.ts'
import { reconcileCash } from './reconcile-cash.ts'

export interface ReceivedCash {
  staffId: string
  displayName: string
  /** Non-voided amountCollected summed over the collector's registrations for the event. */
  computedVnd: number
  /** Receipt numbers the server holds for the collector and event, voided ones included. */
  receiptNos: readonly string[]
  voidedReceipts: number
}

export function compareHandover(
  received: ReceivedCash,
  handover: Handover | null,
  declaredReceiptNos: readonly string[] = [],
): HandoverReviewRow {
  const have = new Set(received.receiptNos)
  const missingReceiptNos = declaredReceiptNos.filter((n) => !have.has(n))
  // Once a supervisor has counted the cash, that count is what is compared; before, the declaration.
  const counted = handover ? (handover.confirmedVnd ?? handover.declaredVnd) : undefined
  const reconciliation = counted === undefined ? undefined : reconcileCash(counted, received.computedVnd)
  return {
    staffId: received.staffId,
    displayName: received.displayName,
    handover,
    computedVnd: received.computedVnd,
    receivedReceipts: received.receiptNos.length,
    voidedReceipts: received.voidedReceipts,
    differenceVnd: reconciliation ? reconciliation.differenceVnd : null,
    flagged: reconciliation ? !reconciliation.ok || missingReceiptNos.length > 0 : false,
    missingReceiptNos,
  }
}
