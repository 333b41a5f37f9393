export interface CashReconciliation {
  ok: boolean
  /** declared − computed: positive when the collector holds more cash than the receipts say, negative when less. */
  differenceVnd: number
}

/** Compare the cash the collector counted with the summary's `handOverVnd`. Both in whole đồng. */
export function reconcileCash(declaredVnd: number, computedVnd: number): CashReconciliation {
  const differenceVnd = declaredVnd - computedVnd
  return { ok: differenceVnd === 0, differenceVnd }
}
