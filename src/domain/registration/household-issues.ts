// The household rules of one sitting that the device and the server both apply (domain.md §3.1, §3.4):
// a child certainly under 6 is state-paid and refused household HI, with no override; a member
// in a ticked §3.4 group is refused unless the collector chose the supervisor override and wrote why; a
// computed rank that differs from the ladder changes the amount and is refused.
import { householdRanks } from '../quote/household-ranks.ts'
import { stateFundedChild } from '../quote/state-funded-child.ts'
import { valueOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import type { FieldIssue } from './field-issue.ts'
import type { Participant } from './registration-schema.ts'

export interface HouseholdIssues {
  errors: FieldIssue[]
  warnings: FieldIssue[]
}

/** `on`: the collection date (Asia/Ho_Chi_Minh), at which ages and rule rows are read. */
export function householdIssues(
  participants: readonly Participant[],
  rules: RuleSet,
  on: IsoDate,
): HouseholdIssues {
  const errors: FieldIssue[] = []
  const warnings: FieldIssue[] = []
  const underAge = valueOn(rules.hi, on, 'HI rules').stateFundedChildUnderAge
  const child = participants.map((p) => stateFundedChild(p.dateOfBirth, rules, on))
  participants.forEach((p, i) => {
    if (p.hi && child[i] === 'yes') {
      errors.push({
        path: `participants.${i}.hi`,
        code: 'ineligible',
        message: `Trẻ em dưới ${underAge} tuổi được ngân sách nhà nước đóng BHYT: không thu BHYT hộ gia đình`,
        details: { flags: ['CHILD_UNDER_6'] },
      })
      return
    }
    if (p.hi && child[i] === 'maybe') {
      warnings.push({
        path: `participants.${i}.dateOfBirth`,
        code: 'ineligible',
        message: `Chỉ biết năm/tháng sinh: nếu trẻ chưa đủ ${underAge} tuổi thì được ngân sách nhà nước đóng BHYT, không thu BHYT hộ gia đình`,
      })
    }
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
  // older records typed the rank by hand and were checked for duplicates only. A rank typed by hand
  // (`rankOverride`, the lapsed-card case) is its own expected value; any other difference is a wrong sum.
  const declared = participants.find((p) => p.hi?.alreadyValidRanks !== undefined)?.hi?.alreadyValidRanks
  if (declared !== undefined) {
    const expected = householdRanks(
      participants.map((p, i) => ({
        inHi: p.hi !== undefined,
        excluded: child[i] === 'yes' || ((p.hiExclusions ?? []).length > 0 && !p.hi?.exclusionOverride),
        rankOverride: p.hi?.rankOverride ? p.hi.householdOrder : undefined,
      })),
      declared,
    )
    participants.forEach((p, i) => {
      const rank = expected[i]
      if (!p.hi || rank === undefined || rank === p.hi.householdOrder) return
      errors.push({
        path: `participants.${i}.hi.householdOrder`,
        code: 'invalid',
        message: `Thứ tự trong hộ là ${p.hi.householdOrder}, theo danh sách phải là ${rank}`,
        details: { expected: rank, received: p.hi.householdOrder },
      })
    })
  }
  return { errors, warnings }
}
