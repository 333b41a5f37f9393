// Backup and restore strings (Vietnamese). `error_<code>` are the reasons a file is refused
// (import-backup.ts ImportFailureCode); e2e tests select by the labels.
export const backupVi = {
  backupTitle: 'Sao lưu hồ sơ chưa gửi',
  backupIntro:
    'Tạo một tệp đã mã hoá chứa các hồ sơ chưa gửi lên máy chủ, để mở lại trên máy khác (hoặc trên máy này sau khi cài lại). Cần cả tệp và mật khẩu sao lưu để khôi phục: hãy giữ chúng ở hai nơi khác nhau.',
  unsyncedCount: 'Có {count} hồ sơ chưa gửi lên máy chủ.',
  includeAll: 'Sao lưu cả các hồ sơ đã gửi',
  passphrase: 'Mật khẩu sao lưu',
  passphraseAgain: 'Nhập lại mật khẩu sao lưu',
  passphraseHint: 'Ít nhất {min} ký tự. Không phải mã PIN.',
  passphraseShort: 'Mật khẩu sao lưu cần ít nhất {min} ký tự.',
  passphraseMismatch: 'Hai lần nhập mật khẩu không khớp.',
  create: 'Tạo tệp sao lưu',
  creating: 'Đang mã hoá…',
  created: 'Đã tạo tệp {fileName} gồm {count} hồ sơ. Hãy chép tệp sang nơi an toàn (máy tính, thẻ nhớ).',
  nothing: 'Không có hồ sơ nào để sao lưu.',
  restoreTitle: 'Khôi phục từ tệp sao lưu',
  restoreIntro:
    'Chọn tệp .ghidanh và nhập mật khẩu sao lưu. Hồ sơ giữ nguyên mã và số bản, nên khi gửi lên máy chủ sẽ không bị trùng.',
  file: 'Tệp sao lưu',
  restore: 'Khôi phục',
  restoring: 'Đang kiểm tra tệp…',
  restored:
    'Đã khôi phục: {added} hồ sơ mới, {updated} hồ sơ cập nhật, {kept} hồ sơ đã có trên máy (giữ nguyên).',
  noFile: 'Hãy chọn tệp sao lưu.',
  nothingChanged: 'Không có gì thay đổi trên máy.',
  error_empty: 'Tệp rỗng.',
  error_not_json: 'Đây không phải tệp sao lưu Ghi Danh (không đọc được nội dung).',
  error_truncated:
    'Tệp sao lưu bị cắt cụt (không trọn vẹn): có thể chép hoặc tải về chưa xong. Hãy lấy lại bản đầy đủ.',
  error_foreign: 'Đây không phải tệp sao lưu Ghi Danh.',
  error_version:
    'Tệp sao lưu phiên bản {version}, ứng dụng này chỉ đọc được phiên bản 1. Hãy cập nhật ứng dụng.',
  error_bad_envelope: 'Tệp sao lưu bị hỏng: phần {field} không đúng.',
  error_wrong_passphrase: 'Sai mật khẩu sao lưu.',
  error_damaged: 'Tệp sao lưu bị hỏng: dữ liệu mã hoá đã bị thay đổi.',
  error_bad_payload: 'Tệp sao lưu bị hỏng: nội dung giải mã không đúng cấu trúc ({field}).',
  error_other_user:
    'Tệp sao lưu này của tài khoản {username}. Chỉ chính tài khoản đó được khôi phục (người thu tiền là người đã ký biên lai).',
  error_bad_record: 'Hồ sơ thứ {index} (biên lai {receiptNo}) không hợp lệ: {message} ({path}).',
}
