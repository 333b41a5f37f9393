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
 * What the cash summary needs of one registration: numbers and amounts, nobody's name. The phone keeps
 * these in clear beside the sealed record (amounts are not personal data), so its cash screen adds up an
 * event of thousands of receipts without decrypting them.
 */
export interface CashLine {
  id: string
  revision: number
  /** null: nothing was due, no receipt. */
  receiptNo: string | null
  amountCollected: number
  /** Cash by product: the participants' amounts due. */
  vsiVnd: number
  hiVnd: number
  void?: { reason: string; at: string } | undefined
  rejected?: boolean | undefined
}

/** The cash line of a registration; `voided` and `rejected` as in CashEntry. */
export function cashLineOf(
  record: Registration,
  state: { voided?: CashEntry['voided']; rejected?: boolean | undefined } = {},
): CashLine {
  let vsiVnd = 0
  let hiVnd = 0
  for (const p of record.participants) {
    vsiVnd += p.vsi?.amountDue ?? 0
    hiVnd += p.hi?.amountDue ?? 0
  }
  return {
    id: record.id,
    revision: record.revision,
    receiptNo: record.payment?.receiptNo ?? null,
    amountCollected: record.payment?.amountCollected ?? 0,
    vsiVnd,
    hiVnd,
    void: state.voided ?? record.void,
    rejected: state.rejected,
  }
}

/**
 * The end-of-event cash summary of one collector, from the registrations on the device
 * for one event. If the same registration comes twice (two revisions), the highest revision counts.
 * Receipt numbers are listed in issue order (prefix, then sequence).
 */
export function summarizeCash(entries: readonly CashEntry[]): CashSummary {
  return summarizeCashLines(
    entries.map((e) => cashLineOf(e.record, { voided: e.voided, rejected: e.rejected })),
  )
}

/** summarizeCash over cash lines (see CashLine). */
export function summarizeCashLines(lines: readonly CashLine[]): CashSummary {
  const latest = new Map<string, CashLine>()
  for (const line of lines) {
    const seen = latest.get(line.id)
    if (!seen || line.revision > seen.revision) latest.set(line.id, line)
  }

  const issued: string[] = []
  const voided: VoidedReceipt[] = []
  const owedBack: CashSummary['owedBack']['receipts'] = []
  let withoutReceipt = 0
  let vsiVnd = 0
  let hiVnd = 0
  let handOverVnd = 0
  for (const line of latest.values()) {
    const receiptNo = line.receiptNo
    if (receiptNo !== null) issued.push(receiptNo)
    if (line.void) {
      if (receiptNo !== null) voided.push({ receiptNo, amountVnd: line.amountCollected, ...line.void })
      continue
    }
    if (receiptNo === null) {
      withoutReceipt += 1
      continue
    }
    handOverVnd += line.amountCollected
    if (line.rejected) owedBack.push({ id: line.id, receiptNo, amountVnd: line.amountCollected })
    vsiVnd += line.vsiVnd
    hiVnd += line.hiVnd
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

/**
 * What the plain lines of an event add up to. A plain line is one the summary does not list by itself: not
 * voided, not rejected (isListedCashLine). The phone keeps these sums per event, updated with every write,
 * so its cash screen reads one row and the few listed lines instead of every line (cashFiguresOf).
 */
export interface CashTotals {
  /** Every line of the event, listed ones included: checked against the number of registrations. */
  lines: number
  receipts: number
  withoutReceipt: number
  handOverVnd: number
  vsiVnd: number
  hiVnd: number
}

export const NO_CASH_TOTALS: CashTotals = {
  lines: 0,
  receipts: 0,
  withoutReceipt: 0,
  handOverVnd: 0,
  vsiVnd: 0,
  hiVnd: 0,
}

/** A line the summary lists by itself (a voided receipt, or one owed back): not in CashTotals' sums. */
export function isListedCashLine(line: Pick<CashLine, 'void' | 'rejected'>): boolean {
  return line.void !== undefined || line.rejected === true
}

/**
 * `totals` with one more line (sign 1) or one less (sign -1). A listed line counts in `lines` only; pass a
 * line that must be opened first (its figures unknown) as `undefined`.
 */
export function addCashLine(totals: CashTotals, line: CashLine | undefined, sign: 1 | -1): CashTotals {
  const next = { ...totals, lines: totals.lines + sign }
  if (line === undefined || isListedCashLine(line)) return next
  if (line.receiptNo === null) next.withoutReceipt += sign
  else {
    next.receipts += sign
    next.handOverVnd += sign * line.amountCollected
    next.vsiVnd += sign * line.vsiVnd
    next.hiVnd += sign * line.hiVnd
  }
  return next
}

/** The cash summary without the list of every receipt number: what the cash screen draws at once. */
export type CashFigures = Omit<CashSummary, 'issued'> & { issued: { count: number } }

/**
 * The cash figures of an event from the totals of its plain lines and its listed lines: exactly
 * summarizeCashLines over all of them, without the receipt numbers (test/domain/cash/summarize-cash.test.ts),
 * when each registration has one line, as on the phone (summarizeCashLines keeps the highest revision of an
 * id; totals cannot).
 */
export function cashFiguresOf(plain: CashTotals, listed: readonly CashLine[]): CashFigures {
  const { issued, ...rest } = summarizeCashLines(listed)
  return {
    ...rest,
    issued: { count: issued.count + plain.receipts },
    withoutReceipt: rest.withoutReceipt + plain.withoutReceipt,
    byProduct: { vsiVnd: rest.byProduct.vsiVnd + plain.vsiVnd, hiVnd: rest.byProduct.hiVnd + plain.hiVnd },
    handOverVnd: rest.handOverVnd + plain.handOverVnd,
  }
}

/**
 * Issue order: by prefix, then sequence. A receipt number's sequence has a fixed six digits
 * (receipt-no.ts), so for the same prefix the text order is the sequence order, and text order is all
 * this needs: no parsing per comparison (20,000 receipts in one event sort in a few milliseconds).
 */
export function byIssueOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
