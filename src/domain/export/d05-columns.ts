import type { ExportColumn } from './export-column.ts'

// D05-TS, list of VSI participants: row fields in the order of the XML `D05-TS/NoiDung/LaoDong`
// (domain.md §7.2), then columns for the spreadsheets only. Never reorder: import tools read the columns by
// position. Where each value comes from: docs/agency-lists.md.
export const d05Columns = [
  { key: 'STT', header: 'STT', type: 'number' },
  { key: 'HoTen', header: 'Họ và tên', type: 'string' },
  { key: 'MasoBHXH', header: 'Mã số BHXH', type: 'string' },
  { key: 'MucTien', header: 'Mức thu nhập tháng đóng BHXH', type: 'number' },
  { key: 'Tuthang', header: 'Từ tháng', type: 'string' },
  { key: 'Sothang', header: 'Số tháng', type: 'number' },
  { key: 'Tongtien', header: 'Tổng số tiền phải đóng', type: 'number' },
  { key: 'TienTudong', header: 'Số tiền tự đóng', type: 'number' },
  { key: 'TienHotro', header: 'Số tiền NSNN hỗ trợ', type: 'number' },
  { key: 'Ghichu', header: 'Ghi chú', type: 'string' },
  { key: 'PA', header: 'Phương án', type: 'string' },
  { key: 'Tyle', header: 'Tỷ lệ đóng (%)', type: 'number' },
  { key: 'TyleNSNN', header: 'Tỷ lệ NSNN hỗ trợ (%)', type: 'number' },
  { key: 'Heso', header: 'Hệ số', type: 'number' },
  { key: 'Phuongthuc', header: 'Phương thức đóng', type: 'number' },
  { key: 'CCNS', header: 'Căn cứ NSNN hỗ trợ', type: 'string' },
  { key: 'ID', header: 'Số định danh cá nhân', type: 'string' },
  { key: 'Loai', header: 'Loại', type: 'string' },
  { key: 'TyleNSDP', header: 'Tỷ lệ NSĐP hỗ trợ (%)', type: 'number' },
  { key: 'TienNSDP', header: 'Số tiền NSĐP hỗ trợ', type: 'number' },
  { key: 'TyleHotroKhac', header: 'Tỷ lệ hỗ trợ khác (%)', type: 'number' },
  { key: 'TienHotroKhac', header: 'Số tiền hỗ trợ khác', type: 'number' },
  { key: 'Matinh_DangSS', header: 'Mã tỉnh', type: 'string' },
  { key: 'Mahuyen_DangSS', header: 'Mã huyện', type: 'string' },
  { key: 'Maxa_DangSS', header: 'Mã xã', type: 'string' },
  { key: 'Diachi_DangSS', header: 'Địa chỉ đang sinh sống', type: 'string' },
  // After the form's columns, spreadsheets only: the receipt and who collected, which the
  // D05-TS XML has no element for. Field names as in the agents' import sheets (docs/agency-lists.md).
  { key: 'NgayBienLai', header: 'Ngày biên lai', type: 'date', inXml: false },
  { key: 'SoBienLai', header: 'Số biên lai', type: 'string', inXml: false },
  { key: 'MaNhanvienThu', header: 'Mã nhân viên thu', type: 'string', inXml: false },
] as const satisfies readonly ExportColumn[]

export type D05Key = (typeof d05Columns)[number]['key']
