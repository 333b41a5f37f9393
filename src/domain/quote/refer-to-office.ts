// VSI payment modes the app does not compute in phase 1 (domain.md §2.2): the UI lists them and sends the
// person to the BHXH office, because they need the yearly fund-return table and age checks (UNCERTAIN).
export const referToOffice = [
  {
    code: 'ADV',
    label: 'Đóng một lần cho nhiều năm về sau (tối đa 5 năm)',
    note: 'Số tiền được chiết khấu theo lãi suất đầu tư quỹ công bố hằng năm: đề nghị liên hệ cơ quan BHXH.',
  },
  {
    code: 'GAP',
    label: 'Đóng một lần cho thời gian còn thiếu để hưởng lương hưu',
    note: 'Chỉ dành cho người đã đủ tuổi nghỉ hưu còn thiếu không quá 60 tháng: đề nghị liên hệ cơ quan BHXH.',
  },
] as const
export type ReferToOfficeMode = (typeof referToOffice)[number]['code']
