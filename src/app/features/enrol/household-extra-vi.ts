// Strings of the enrol screen's lazy parts (HiExclusionField, VsiExtras), in their own catalog so the first
// paint does not carry them. e2e tests select by "Thuộc nhóm được ngân sách đóng?" and "Ghi chú cho giám sát".
export const householdExtraVi = {
  exclusion: 'Thuộc nhóm được ngân sách đóng?',
  exclusionNone: 'Không thuộc nhóm nào',
  override: 'Vẫn thu BHYT hộ gia đình, chuyển giám sát duyệt',
  overrideNote: 'Ghi chú cho giám sát',
  blocked: 'Chưa thu BHYT hộ gia đình cho người này.',
  more: 'Thêm',
  priorMonths: 'Số tháng đã được Nhà nước hỗ trợ đóng trước đây',
  priorMonthsHint: 'Mỗi người được hỗ trợ tối đa {max} tháng. Giám sát kiểm tra lại.',
  otherModes: 'Hình thức khác',
  referToOffice: 'Liên hệ cơ quan BHXH',
}
