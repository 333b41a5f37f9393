// Strings of the ID-card scan on the enrol screen. The button, the marks and the messages shown
// on the form are here (bundled with the form, both languages: a few hundred bytes); the camera overlay's
// own strings are in card-scanner-vi.ts, loaded with it. e2e tests select by "Quét CCCD".
export const cardScanVi = {
  scan: 'Quét CCCD',
  scanLabel: 'Quét CCCD của người thứ {n}',
  fromCard: 'Từ thẻ',
  filled: 'Đã điền từ thẻ căn cước: kiểm tra lại trước khi lưu.',
  cardAddress: 'Địa chỉ trên thẻ (trước 01/07/2025, kiểm tra xã/phường mới): {address}',
  chooseCommune: 'Địa chỉ cũ nay thuộc một trong các xã/phường sau, chọn một:',
  loading: 'Đang mở máy ảnh…',
  loadFailed: 'Không mở được trình quét. Nhập tay các ô bên dưới; những gì đã nhập vẫn giữ nguyên.',
}
