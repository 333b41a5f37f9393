// What the collector reads for each §3.4 group (domain.md): a short label for the choice and the warning
// shown when it is picked. Apart from the codes (hi-exclusion-flags.ts) so only the screen that shows them
// loads the text.
import type { HiExclusionFlag } from './hi-exclusion-flags.ts'

export interface HiExclusion {
  /** Short label for a checkbox. */
  label: string
  /** Shown when the flag is ticked: why the person is not enrolled as household HI. */
  warning: string
}

export const hiExclusions: Readonly<Record<HiExclusionFlag, HiExclusion>> = {
  EMPLOYEE: {
    label: 'Người lao động có hợp đồng, cán bộ, công chức',
    warning:
      'Người lao động có hợp đồng từ 1 tháng trở lên do người sử dụng lao động đóng BHYT, không tham gia theo hộ gia đình.',
  },
  PENSIONER: {
    label: 'Hưởng lương hưu, trợ cấp BHXH hằng tháng, trợ cấp thất nghiệp',
    warning:
      'Người hưởng lương hưu, trợ cấp BHXH hằng tháng hoặc trợ cấp thất nghiệp đã được quỹ BHXH đóng BHYT.',
  },
  CHILD_UNDER_6: {
    label: 'Trẻ em dưới 6 tuổi',
    warning: 'Trẻ em dưới 6 tuổi được ngân sách nhà nước đóng 100% BHYT.',
  },
  POOR_HOUSEHOLD: {
    label: 'Thành viên hộ nghèo',
    warning: 'Thành viên hộ nghèo được ngân sách nhà nước đóng 100% BHYT.',
  },
  ETHNIC_MINORITY_DIFFICULT_AREA: {
    label: 'Dân tộc thiểu số sống ở vùng khó khăn',
    warning:
      'Người dân tộc thiểu số đang sống ở vùng có điều kiện kinh tế - xã hội khó khăn được ngân sách nhà nước đóng 100% BHYT.',
  },
  EXTREMELY_DIFFICULT_AREA: {
    label: 'Sống ở xã đặc biệt khó khăn, xã đảo, đặc khu',
    warning:
      'Người đang sống ở vùng đặc biệt khó khăn, xã đảo, đặc khu được ngân sách nhà nước đóng 100% BHYT.',
  },
  SOCIAL_ASSISTANCE: {
    label: 'Bảo trợ xã hội, người cao tuổi hưởng trợ cấp, người có công',
    warning:
      'Người hưởng trợ cấp bảo trợ xã hội, người có công và thân nhân, cựu chiến binh được ngân sách nhà nước đóng BHYT.',
  },
  NEAR_POOR: {
    label: 'Thành viên hộ cận nghèo',
    warning:
      'Thành viên hộ cận nghèo được ngân sách nhà nước hỗ trợ ít nhất 70% mức đóng BHYT, tham gia theo nhóm riêng, không theo hộ gia đình.',
  },
  STUDENT: {
    label: 'Học sinh, sinh viên',
    warning:
      'Học sinh, sinh viên tham gia BHYT qua nhà trường, được ngân sách nhà nước hỗ trợ ít nhất 50% mức đóng.',
  },
  FARM_AVG_LIVING: {
    label: 'Hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình',
    warning:
      'Thành viên hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình được ngân sách hỗ trợ mức đóng BHYT, tham gia theo nhóm riêng.',
  },
}
