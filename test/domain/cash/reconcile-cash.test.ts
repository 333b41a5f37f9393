import { describe, expect, it } from 'vitest'
import { reconcileCash } from '../../../src/domain/cash/reconcile-cash.ts'

describe('reconcileCash', () => {
  it('is ok when the counted cash equals the receipts', () => {
    expect(reconcileCash(10_448_460, 10_448_460)).toEqual({ ok: true, differenceVnd: 0 })
  })

  it('reports a shortage as a negative difference and a surplus as a positive one', () => {
    expect(reconcileCash(10_400_000, 10_448_460)).toEqual({ ok: false, differenceVnd: -48_460 })
    expect(reconcileCash(10_450_000, 10_448_460)).toEqual({ ok: false, differenceVnd: 1_540 })
  })
})
