import { parseReceiptNo } from '../receipt/receipt-no.ts'
import type { Registration } from '../registration/registration-schema.ts'

export interface CashEntry {
  record: Registration
  /**
   * Set when the collector cancelled the receipt (wrong amount, person changed their mind…). Defaults to the
   * record's own `void` mark, so device records can be passed as they are.
   */
  voided?: { reason: string; at: string } | undefined
  /**
   * The supervisor rejected the registration: the person is owed the money back. Until the
   * receipt is voided the cash is still in the collector's hands and still handed over, as the server counts it.
   */
  rejected?: boolean | undefined
}

export interface VoidedReceipt {
  receiptNo: string
  amountVnd: number
  reason: string
  at: string
}

export interface CashSummary {
  /** Every receipt written, voided ones included: the paper stubs the collector must show. */
  issued: { count: number; receiptNos: string[] }
  voided: { count: number; receiptNos: string[]; receipts: VoidedReceipt[]; amountVnd: number }
  /** Rejected and not yet voided: refund the person, then void the receipt. */
  owedBack: {
    count: number
    receipts: { id: string; receiptNo: string; amountVnd: number }[]
    amountVnd: number
  }
  /** Kept registrations with nothing to pay (services only): no receipt, no cash. */
  withoutReceipt: number
  /** Cash by product over kept receipts, from each participant's amount due. */
  byProduct: { vsiVnd: number; hiVnd: number }
  /** What the collector hands over: the sum of `amountCollected` over receipts not voided. */
  handOverVnd: number
}

/**
 * The end-of-event cash summary of one collector, from the registrations on the device
 * for one event. If the same registration comes twice (two revisions), the highest revision counts.
 * Receipt numbers are listed in issue order (prefix, then sequence).
 */
export function summarizeCash(entries: readonly CashEntry[]): CashSummary {
  const latest = new Map<string, CashEntry>()
  for (const e of entries) {
    const seen = latest.get(e.record.id)
    if (!seen || e.record.revision > seen.record.revision) latest.set(e.record.id, e)
  }
  const chosen = [...latest.values()]

  const issued: string[] = []
  const voided: VoidedReceipt[] = []
  const owedBack: CashSummary['owedBack']['receipts'] = []
  let withoutReceipt = 0
  let vsiVnd = 0
  let hiVnd = 0
  let handOverVnd = 0
  for (const entry of chosen) {
    const record = entry.record
    const v = entry.voided ?? record.void
    const payment = record.payment
    if (payment) issued.push(payment.receiptNo)
    if (v) {
      if (payment) voided.push({ receiptNo: payment.receiptNo, amountVnd: payment.amountCollected, ...v })
      continue
    }
    if (!payment) {
      withoutReceipt += 1
      continue
    }
    handOverVnd += payment.amountCollected
    if (entry.rejected) {
      owedBack.push({ id: record.id, receiptNo: payment.receiptNo, amountVnd: payment.amountCollected })
    }
    for (const p of record.participants) {
      vsiVnd += p.vsi?.amountDue ?? 0
      hiVnd += p.hi?.amountDue ?? 0
    }
  }
  issued.sort(byIssueOrder)
  voided.sort((a, b) => byIssueOrder(a.receiptNo, b.receiptNo))
  owedBack.sort((a, b) => byIssueOrder(a.receiptNo, b.receiptNo))
  return {
    issued: { count: issued.length, receiptNos: issued },
    voided: {
      count: voided.length,
      receiptNos: voided.map((r) => r.receiptNo),
      receipts: voided,
      amountVnd: voided.reduce((sum, r) => sum + r.amountVnd, 0),
    },
    owedBack: {
      count: owedBack.length,
      receipts: owedBack,
      amountVnd: owedBack.reduce((sum, r) => sum + r.amountVnd, 0),
    },
    withoutReceipt,
    byProduct: { vsiVnd, hiVnd },
    handOverVnd,
  }
}

function byIssueOrder(a: string, b: string): number {
  const pa = parseReceiptNo(a)
  const pb = parseReceiptNo(b)
  if (pa && pb && pa.prefix === pb.prefix) return pa.seq - pb.seq
  return a < b ? -1 : a > b ? 1 : 0
}
