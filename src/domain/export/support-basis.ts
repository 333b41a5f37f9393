import type { SupportGroup } from '../registration/registration-schema.ts'

/**
 * `CCNS` (căn cứ NSNN hỗ trợ) of a D05-TS row: the ground on which the state supports the person, from the
 * support group the collector chose (domain.md §2.3). The agency's code list for this field is not public
 * (docs/agency-lists.md), so the cell names the group in words for the office to check or re-code.
 */
export const supportBasis: Readonly<Record<SupportGroup, string>> = {
  POOR: 'Hộ nghèo, xã đảo, đặc khu',
  NEAR_POOR: 'Hộ cận nghèo',
  ETHNIC_MINORITY: 'Người dân tộc thiểu số',
  OTHER: 'Đối tượng khác',
}
