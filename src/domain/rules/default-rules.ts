import type { RuleSet } from './rule-set.ts'

// Source and confidence of each row: domain.md (status 2026-11-25).
export const defaultRules: RuleSet = {
  referenceLevel: [
    {
      effectiveFrom: '2019-07-01',
      value: 1_490_000,
      instrument: 'NĐ 38/2019/NĐ-CP',
      confidence: 'CONFIRMED',
    },
    {
      effectiveFrom: '2023-07-01',
      value: 1_800_000,
      instrument: 'NĐ 24/2023/NĐ-CP',
      confidence: 'CONFIRMED',
    },
    {
      effectiveFrom: '2024-07-01',
      value: 2_340_000,
      instrument: 'NĐ 73/2024/NĐ-CP',
      confidence: 'CONFIRMED',
    },
    {
      effectiveFrom: '2026-07-01',
      value: 2_530_000,
      instrument: 'NĐ 161/2026/NĐ-CP',
      confidence: 'CONFIRMED_SEC',
    },
  ],
  povertyLineRural: [
    { effectiveFrom: '2016-01-01', value: 700_000, instrument: 'QĐ 59/2015/QĐ-TTg', confidence: 'CONFIRMED' },
    {
      effectiveFrom: '2022-01-01',
      value: 1_500_000,
      instrument: 'NĐ 07/2021/NĐ-CP Art. 3',
      confidence: 'CONFIRMED',
    },
    {
      effectiveFrom: '2026-01-01',
      value: 1_500_000,
      instrument: 'NĐ 351/2025/NĐ-CP',
      confidence: 'CONFIRMED_SEC',
    },
    {
      effectiveFrom: '2027-01-01',
      value: 2_200_000,
      instrument: 'NĐ 351/2025/NĐ-CP',
      confidence: 'CONFIRMED_SEC',
      note: 'Use as VSI floor from 2027 follows from the law’s wording; confirm with BHXH',
    },
  ],
  vsi: [
    {
      effectiveFrom: '2025-07-01',
      value: {
        ratePercent: 22,
        ceilingMultiple: 20,
        incomeStep: 50_000,
        allowedMonths: [1, 3, 6, 12],
        supportPercent: { POOR: 50, NEAR_POOR: 40, ETHNIC_MINORITY: 30, OTHER: 20 },
        supportMaxMonths: 120,
        minAge: 15,
      },
      instrument: 'Law 41/2024/QH15; NĐ 159/2025/NĐ-CP Art. 4–8; step from TT 01/2016/TT-BLĐTBXH',
      confidence: 'UNCERTAIN',
      note: 'The 50,000 income step is UNCERTAIN under NĐ 159/2025 (set incomeStep to 1 to turn it off)',
    },
  ],
  hi: [
    {
      effectiveFrom: '2025-07-01',
      value: { firstMemberPerMille: 45, ladderPercent: [100, 70, 60, 50, 40], allowedMonths: [3, 6, 12] },
      instrument: 'Law 51/2024/QH15; NĐ 188/2025/NĐ-CP',
      confidence: 'CONFIRMED_SEC',
    },
  ],
}
