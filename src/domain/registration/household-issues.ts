// The household rules of one sitting that the device and the server both apply (domain.md §3.1, §3.4):
// a member in a group the state already pays HI for is refused unless the collector chose the supervisor
// override and wrote why; a rank that differs from the computed ladder is shown to the supervisor.
import { householdRanks } from '../quote/household-ranks.ts'
import type { FieldIssue } from './field-issue.ts'
import type { Participant } from './registration-schema.ts'

export interface HouseholdIssues {
  errors: FieldIssue[]
  warnings: FieldIssue[]
}

export function householdIssues(participants: readonly Participant[]): HouseholdIssues {
  const errors: FieldIssue[] = []
  const warnings: FieldIssue[] = []
  participants.forEach((p, i) => {
    const flags = p.hiExclusions ?? []
    const first = flags[0]
    if (!p.hi || first === undefined) return
    if (p.hi.exclusionOverride) {
      warnings.push({
        path: `participants.${i}.hi.exclusionOverride`,
        code: 'ineligible',
        message:
          'Thuộc nhóm được ngân sách đóng hoặc hỗ trợ BHYT nhưng vẫn đóng theo hộ gia đình: giám sát kiểm tra ghi chú',
        details: { flags },
      })
    } else {
      errors.push({
        path: `participants.${i}.hi`,
        code: 'ineligible',
        message:
          'Người này thuộc nhóm được ngân sách nhà nước đóng hoặc hỗ trợ BHYT: không thu BHYT hộ gia đình, trừ khi chuyển giám sát duyệt và ghi lý do',
        details: { flags },
      })
    }
  })

  // Ranks are checked only for records that declare the household's already-valid cards (new clients):
  // older records typed the rank by hand and were checked for duplicates only.
  const declared = participants.find((p) => p.hi?.alreadyValidRanks !== undefined)?.hi?.alreadyValidRanks
  if (declared !== undefined) {
    const expected = householdRanks(
      participants.map((p) => ({
        inHi: p.hi !== undefined,
        excluded: (p.hiExclusions ?? []).length > 0 && !p.hi?.exclusionOverride,
        rankOverride: p.hi?.rankOverride ? p.hi.householdOrder : undefined,
      })),
      declared,
    )
    participants.forEach((p, i) => {
      const rank = expected[i]
      if (!p.hi || rank === undefined || rank === p.hi.householdOrder) return
      warnings.push({
        path: `participants.${i}.hi.householdOrder`,
        code: 'invalid',
        message: `Thứ tự trong hộ là ${p.hi.householdOrder}, theo danh sách phải là ${rank}`,
        details: { expected: rank, received: p.hi.householdOrder },
      })
    })
  }
  return { errors, warnings }
}
