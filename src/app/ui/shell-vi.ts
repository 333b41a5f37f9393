// The shell's own notices (storage, database version), Vietnamese: a namespace of their own so the shared
// catalogs (i18n/vi.ts) stay as they are.
export const shellVi = {
  storageMissing:
    'Trình duyệt này không cho Ghi Danh lưu dữ liệu trên máy (thường do đang mở ở chế độ ẩn danh/riêng tư, hoặc trình duyệt chặn lưu trữ). Ghi Danh cần lưu hồ sơ trên máy để làm việc khi mất mạng, nên chưa thể dùng được.',
  storageHelp:
    'Hãy mở Ghi Danh trong cửa sổ thường của Chrome (không phải ẩn danh), kiểm tra máy còn bộ nhớ trống, rồi tải lại trang.',
  storageErrorName: 'Mã lỗi: {name}',
  reload: 'Tải lại',
  outdated: 'Có phiên bản mới của dữ liệu',
  blocked:
    'Ghi Danh đang mở ở một thẻ khác bằng phiên bản cũ, nên chưa nâng cấp được dữ liệu trên máy. Hãy chuyển sang thẻ đó và đóng nó (hoặc tải lại nó). Ghi Danh sẽ tự mở tiếp ở đây; không hồ sơ nào bị mất.',
  storageFull:
    'Bộ nhớ trình duyệt đã dùng {percent}%. Hãy đồng bộ hồ sơ và giải phóng bộ nhớ máy, kẻo không lưu được hồ sơ mới.',
}
