import { describe, expect, it } from 'vitest'
import { dailySeries, shortDay, tallyRows } from '../../../../src/app/features/dashboard/tally-series.ts'
import type { TallyFigures } from '../../../../src/app/features/dashboard/tally-types.ts'

const fig = (vsiNew: number, hiNew: number, registrations: number): TallyFigures => ({
  vsiNew,
  hiNew,
  vssidAssisted: 1,
  cashlessPension: 0,
  registrations,
  collectedVnd: registrations * 1000,
  stateSupportVnd: 0,
  advised: 0,
  hiRenewed: 0,
})

describe('dailySeries', () => {
  it('one value per calendar day, quiet days as 0, across a month end', () => {
    const s = dailySeries({ '2026-11-29': fig(2, 3, 4), '2026-12-02': fig(1, 0, 1) })
    expect(s.days).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'])
    expect(s.values.vsiNew).toEqual([2, 0, 0, 1])
    expect(s.values.hiNew).toEqual([3, 0, 0, 0])
    expect(s.values.vssidAssisted).toEqual([1, 0, 0, 1])
    expect(s.values.cashlessPension).toEqual([0, 0, 0, 0])
  })

  it('widens to the period asked for', () => {
    const s = dailySeries({ '2026-11-25': fig(1, 1, 1) }, { from: '2026-11-24', to: '2026-11-26' })
    expect(s.days).toEqual(['2026-11-24', '2026-11-25', '2026-11-26'])
    expect(s.values.vsiNew).toEqual([0, 1, 0])
  })

  it('no figures, no days', () => {
    expect(dailySeries({}).days).toEqual([])
  })
})

describe('tallyRows', () => {
  it('labels rows with the names given and puts the busiest first', () => {
    const rows = tallyRows(
      { u1: fig(1, 0, 2), u2: fig(0, 5, 7), u3: fig(0, 0, 2) },
      { u1: 'Cán bộ thu 1', u2: 'Cán bộ thu 2' },
    )
    expect(rows.map((r) => [r.key, r.label, r.registrations])).toEqual([
      ['u2', 'Cán bộ thu 2', 7],
      ['u1', 'Cán bộ thu 1', 2],
      ['u3', 'u3', 2],
    ])
  })
})

it('shortDay', () => {
  expect(shortDay('2026-11-05')).toBe('05/11')
})
