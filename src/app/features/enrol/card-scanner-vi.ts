// Strings of the camera overlay (CardScanner.tsx), loaded with it. e2e tests select by "Quét mã QR trên thẻ"
// and the messages below.
export const cardScannerVi = {
  title: 'Quét mã QR trên thẻ căn cước',
  aim: 'Đưa mã QR trên thẻ vào khung, giữ yên máy',
  starting: 'Đang mở máy ảnh…',
  torchOn: 'Bật đèn',
  torchOff: 'Tắt đèn',
  close: 'Đóng',
  denied:
    'Ứng dụng chưa được phép dùng máy ảnh. Cho phép máy ảnh trong cài đặt trình duyệt rồi quét lại, hoặc nhập tay: những gì đã nhập vẫn giữ nguyên.',
  noCamera: 'Không tìm thấy máy ảnh trên máy này. Nhập tay các ô bên dưới; những gì đã nhập vẫn giữ nguyên.',
  insecure:
    'Máy ảnh chỉ dùng được khi ứng dụng mở bằng địa chỉ https. Nhập tay các ô bên dưới; những gì đã nhập vẫn giữ nguyên.',
  cameraFailed: 'Không mở được máy ảnh. Nhập tay các ô bên dưới; những gì đã nhập vẫn giữ nguyên.',
  decoderFailed:
    'Không tải được bộ đọc mã QR (cần mở ứng dụng một lần khi có mạng). Nhập tay các ô bên dưới; những gì đã nhập vẫn giữ nguyên.',
  notCard_url:
    'Đây là mã QR của một đường link, không phải mã trên thẻ căn cước. Đưa mã QR trên thẻ vào khung.',
  notCard_payment: 'Đây là mã QR thanh toán, không phải mã trên thẻ căn cước. Đưa mã QR trên thẻ vào khung.',
  notCard_not_id_card: 'Mã QR này không phải mã trên thẻ căn cước (CCCD). Đưa mã QR trên thẻ vào khung.',
  notCard_empty: 'Mã QR không có nội dung. Đưa mã QR trên thẻ vào khung.',
}
