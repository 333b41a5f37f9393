// The enrol screen's household strings (Vietnamese) shown at first paint: household ranks, VSI per-month quote,
// household totals. Their own namespace (household-strings.ts), so the shared catalogs stay untouched; the lazy
// parts' strings are in household-extra-vi.ts. e2e tests select by the household field's label.
export const householdVi = {
  facility: 'Nơi đăng ký KCB ban đầu',
  facilityNone: '— Chưa chọn (văn phòng điền sau) —',
  facilityHint: 'Danh sách của văn phòng BHXH tỉnh; người sau trong hộ được chọn sẵn như người trước.',
  facilityNoList: 'Máy chưa có danh sách nơi KCB của tỉnh này: văn phòng sẽ điền sau.',
  memberOpen: 'Mở lại',
  alreadyValidRanks: 'Số người trong hộ đã có thẻ BHYT hộ gia đình năm nay',
  alreadyValidRanksHint: 'Người đóng hôm nay được tính tiếp theo, từ người thứ {next}.',
  rankAuto: 'Người thứ {rank} trong hộ · {percent}% mức đóng',
  rankOverrideHint: 'Để trống để tự tính; chỉ sửa khi thẻ cũ đã hết hạn giữa năm.',
  perMonth: 'Mỗi tháng',
  inTotal: 'Cả {months} tháng',
  grossLine: 'Mức đóng 22%',
  stateSupport: 'Nhà nước hỗ trợ',
  supportedMonths: 'Nhà nước hỗ trợ ({months} tháng)',
  localSupport: 'Địa phương hỗ trợ',
  pays: 'Người tham gia nộp',
  hiLine: 'BHYT người thứ {rank} · {months} tháng',
  members: 'Từng người',
  memberLine: '{n}. {name}',
  unnamed: '(chưa nhập tên)',
  householdTotal: 'Cả hộ phải nộp',
  cannotCompute: 'Chưa tính được',
  repeatWarning:
    'Người này đã được ghi danh trên máy này ngày {date} (biên lai {receiptNo}). Kiểm tra trước khi thu tiền lần nữa.',
  repeatNoReceipt: 'không thu tiền',
  repeatLink: 'Xem hồ sơ trước',
  repeatReason: 'Lý do vẫn ghi danh lại (giám sát sẽ đọc)',
  coveredWarning:
    'Theo danh sách của cơ quan BHXH, thẻ BHYT của người này còn hạn đến {date}, hết cả kỳ đang thu: thu tiền là thu hai lần. Nếu vẫn ghi, nhập lý do bên dưới.',
  repeatReasonRequired: 'Nhập lý do ghi danh lại (ít nhất 5 ký tự)',
  paysSupportedMonths: '{amount} × {months} tháng có hỗ trợ',
  paysUnsupportedMonths: '{amount} × {months} tháng không hỗ trợ',
  totalInvalid:
    'Chưa tính được tổng tiền: có mục đóng chưa hợp lệ (xem báo lỗi ở trên). Sửa rồi mới lưu được.',
}
