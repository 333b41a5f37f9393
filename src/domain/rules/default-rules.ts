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
      instrument:
        'Law 41/2024/QH15 Art. 2, 35–36; NĐ 159/2025/NĐ-CP Art. 4–8; step from TT 01/2016/TT-BLĐTBXH',
      confidence: 'UNCERTAIN',
      note:
        'Rate 22 % CONFIRMED; support 50/40/30/20 % and 120 months CONFIRMED (sec.); ceiling ×20 CONFIRMED (sec.). ' +
        'UNCERTAIN: incomeStep 50,000 under NĐ 159/2025 (1 turns it off); minAge 15 (Law 41/2024 Art. 2) ' +
        'as age on the payment date; whether NĐ 134/2015 months count toward the 120',
    },
  ],
  hi: [
    {
      effectiveFrom: '2025-07-01',
      value: {
        firstMemberPerMille: 45,
        ladderPercent: [100, 70, 60, 50, 40],
        allowedMonths: [3, 6, 12],
        stateFundedChildUnderAge: 6,
      },
      instrument: 'Law 51/2024/QH15; NĐ 188/2025/NĐ-CP',
      confidence: 'CONFIRMED_SEC',
      note:
        'No ladder for budget-supported households (NĐ 146 Art. 7(1)(g), assumed kept). ' +
        'Children under 6 (age < 72 months on the collection date) are state-paid (HI Law Art. 12)',
    },
  ],
  localSupport: [
    {
      effectiveFrom: '2025-07-01',
      value: {},
      instrument: 'none known (HĐND tỉnh resolution to be checked)',
      confidence: 'UNCERTAIN',
      note: 'Lào Cai top-up rate and base unknown: 0 for every province and group until BHXH tỉnh confirms',
    },
  ],
  hiCard: [
    {
      effectiveFrom: '2025-07-01',
      value: { firstCardWaitDays: 30, gapDays: 90, noTopUpOnBaseChange: true },
      instrument: 'HI Law Art. 16 as amended by Law 51/2024/QH15; BHXH practice',
      confidence: 'UNCERTAIN',
      note: 'Show the card start as an estimate; wording of NĐ 188/2025 not read',
    },
  ],
  phone: [
    {
      effectiveFrom: '2018-11-15',
      value: { prefixes: phonePrefixes() },
      instrument: 'MIC prefix conversion 2018 + later MVNO ranges',
      confidence: 'UNCERTAIN',
      note: 'MVNO ranges change; an unknown prefix is a warning, never an error',
    },
  ],
  tally: [
    {
      effectiveFrom: '2025-07-01',
      value: { countResumedAsNew: true, hiNewDefinition: 'noCard' },
      instrument: 'office practice (to be confirmed)',
      confidence: 'UNCERTAIN',
    },
  ],
}

function phonePrefixes(): Record<string, string> {
  const carriers: Record<string, readonly string[]> = {
    Viettel: ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
    VinaPhone: ['081', '082', '083', '084', '085', '088', '091', '094'],
    MobiFone: ['070', '076', '077', '078', '079', '089', '090', '093'],
    Vietnamobile: ['052', '056', '058', '092'],
    Gmobile: ['059', '099'],
    iTel: ['087'],
    Reddi: ['055'],
  }
  const out: Record<string, string> = {}
  for (const [carrier, prefixes] of Object.entries(carriers)) for (const p of prefixes) out[p] = carrier
  return out
}
