// The search of the office's list on the enrol screen (Vietnamese), its own namespace, loaded with its chunk.
// e2e tests select by "Tìm trong danh sách BHXH", "Gia hạn BHYT" and "Ghi danh người này".
export const insuredSearchVi = {
  label: 'Tìm trong danh sách BHXH',
  hint: 'Gõ tên không dấu (thêm năm sinh nếu trùng tên) hoặc số định danh. Danh sách phiên bản {version}, {count} người.',
  none: 'Không thấy ai khớp. Có thể người này chưa tham gia: ghi danh như người mới.',
  household: 'Hộ {code}',
  noHousehold: 'Không có mã hộ',
  born: 'Sinh {date}',
  cardTo: 'Thẻ BHYT đến {date}',
  cardLapsed: 'Thẻ BHYT hết hạn {date}',
  noCard: 'Chưa có thẻ BHYT hộ gia đình',
  vsiTo: 'Đóng BHXH tự nguyện đến {month}',
  renew: 'Gia hạn BHYT',
  enrolThis: 'Ghi danh người này',
  loading: 'Đang mở danh sách…',
}
export type InsuredSearchMessages = typeof insuredSearchVi
