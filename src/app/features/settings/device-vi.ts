// Settings: the phone's own section (lock, storage, backup, sign-out with unsynced work), Vietnamese.
// The older settings strings stay in i18n/vi.ts.
export const deviceVi = {
  security: 'Bảo mật và lưu trữ',
  idleLock: 'Tự khoá sau khi để yên',
  keepApproved: 'Giữ hồ sơ đã duyệt trên máy',
  days: '{days} ngày',
  keepForever: 'Luôn giữ',
  keepApprovedHint:
    'Hồ sơ đã được duyệt và máy chủ đã nhận sẽ được xoá khỏi máy sau số ngày này (vẫn còn trên máy chủ). Lượt tư vấn máy chủ đã nhận và không còn hẹn quay lại cũng vậy. Hồ sơ chưa gửi, bị trả lại hay bị từ chối không bao giờ bị xoá.',
  minutes: '{minutes} phút',
  lockNow: 'Khoá ngay',
  storage: 'Lưu trữ bền vững',
  persisted: 'Đã được cấp: trình duyệt sẽ không tự xoá dữ liệu của Ghi Danh.',
  notPersisted:
    'Chưa được cấp: khi máy thiếu bộ nhớ, trình duyệt có thể xoá dữ liệu. Hãy đồng bộ thường xuyên và cài Ghi Danh lên màn hình chính.',
  unknown: 'Trình duyệt không cho biết.',
  usage: 'Đã dùng {used} MB / {quota} MB ({percent}%)',
  backup: 'Sao lưu hồ sơ chưa gửi',
  restore: 'Khôi phục từ tệp sao lưu',
  signOutBlocked:
    'Còn {count} hồ sơ chưa gửi lên máy chủ và chưa có trong tệp sao lưu. Hãy đồng bộ, hoặc sao lưu trước khi đăng xuất, nếu không sẽ mất dữ liệu.',
  signOutBackedUp:
    '{count} hồ sơ chưa gửi sẽ bị xoá khỏi máy này. Chúng đã có trong tệp sao lưu: chỉ tiếp tục nếu bạn đang giữ tệp đó và mật khẩu sao lưu. Đăng xuất?',
}
