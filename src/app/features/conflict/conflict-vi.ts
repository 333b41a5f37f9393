// The conflict screen's strings (Vietnamese), their own namespace (conflict-strings.ts).
export const conflictVi = {
  title: 'Giải quyết xung đột',
  explain:
    'Máy chủ đã có một bản khác của hồ sơ này (bản {revision}), có thể do chính bạn sửa trên máy khác. Bản trên máy này chưa được gửi: nó vẫn được giữ cho đến khi bạn chọn.',
  field: 'Mục',
  server: 'Trên máy chủ',
  mine: 'Trên máy này',
  same: 'Hai bản giống nhau về nội dung.',
  keepMine: 'Giữ bản trên máy này (gửi thành bản {revision})',
  takeServer: 'Dùng bản trên máy chủ, bỏ bản trên máy này',
  takeServerConfirm: 'Bỏ bản trên máy này? Những gì đã sửa trên máy này sẽ mất.',
  notOnServer:
    'Máy chủ không có hồ sơ này của bạn: mã hồ sơ đã thuộc về người khác. Hãy báo giám sát viên trước khi bỏ bản đang giữ.',
  discard: 'Bỏ bản đang giữ (biên lai vẫn còn trên máy)',
  discardConfirm: 'Bỏ bản đang giữ? Máy sẽ không gửi bản này nữa.',
  yes: 'Đồng ý',
  no: 'Không',
  needNetwork: 'Cần có mạng để xem bản trên máy chủ.',
  loading: 'Đang tải bản trên máy chủ…',
  done: 'Đã xong.',
  failed: 'Không làm được: {message}',
  notConflicted: 'Hồ sơ này không có xung đột.',
  back: 'Về danh sách đã ghi',
}

export type ConflictMessages = typeof conflictVi
