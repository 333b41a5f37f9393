import type { ExportColumn } from './export-column.ts'

// D03-TS, list of HI-only participants (used for household HI): row fields in the order of domain.md §7.3,
// then a column for the spreadsheets only. Never reorder: import tools read the columns by position. Where
// each value comes from: docs/agency-lists.md.
export const d03Columns = [
  { key: 'STT', header: 'STT', type: 'number' },
  { key: 'HoTen', header: 'Họ và tên', type: 'string' },
  { key: 'MasoBHXH', header: 'Mã số BHXH', type: 'string' },
  // A string, not a date: many villagers know only the year or month of birth (dd/mm/yyyy, mm/yyyy, yyyy).
  { key: 'NgaySinh', header: 'Ngày sinh', type: 'string' },
  { key: 'GioiTinh', header: 'Giới tính', type: 'string' },
  { key: 'MaTinhBenhVien', header: 'Mã tỉnh nơi KCB ban đầu', type: 'string' },
  { key: 'MaBenhVien', header: 'Mã bệnh viện nơi KCB ban đầu', type: 'string' },
  { key: 'NgayBienLai', header: 'Ngày biên lai', type: 'date' },
  { key: 'SoBienLai', header: 'Số biên lai', type: 'string' },
  { key: 'Tiendong', header: 'Số tiền đóng', type: 'number' },
  { key: 'Sothang', header: 'Số tháng', type: 'number' },
  { key: 'Ghichu', header: 'Ghi chú', type: 'string' },
  { key: 'CCNS', header: 'Căn cứ NSNN hỗ trợ', type: 'string' },
  { key: 'PA', header: 'Phương án', type: 'string' },
  { key: 'MavungSS', header: 'Mã vùng sinh sống', type: 'string' },
  { key: 'MucHuong', header: 'Mức hưởng', type: 'string' },
  { key: 'ID', header: 'Số định danh cá nhân', type: 'string' },
  { key: 'Loai', header: 'Loại', type: 'string' },
  { key: 'MaPhongBan', header: 'Mã phòng ban', type: 'string' },
  { key: 'TyleNSDP', header: 'Tỷ lệ NSĐP hỗ trợ (%)', type: 'number' },
  { key: 'HotroKhac', header: 'Hỗ trợ khác', type: 'number' },
  { key: 'Matinh_DangSS', header: 'Mã tỉnh', type: 'string' },
  { key: 'Mahuyen_DangSS', header: 'Mã huyện', type: 'string' },
  { key: 'Maxa_DangSS', header: 'Mã xã', type: 'string' },
  { key: 'Diachi_DangSS', header: 'Địa chỉ đang sinh sống', type: 'string' },
  { key: 'NgayChet', header: 'Ngày chết', type: 'date' },
  { key: 'CoGiamChet', header: 'Có giảm chết', type: 'string' },
  { key: 'TuNgay', header: 'Giá trị thẻ từ ngày (dự kiến)', type: 'date' },
  // After the form's columns, spreadsheets only: who collected, which the D03-TS XML has no
  // element for. Field name as in the agents' import sheets (docs/agency-lists.md).
  { key: 'MaNhanvienThu', header: 'Mã nhân viên thu', type: 'string', inXml: false },
] as const satisfies readonly ExportColumn[]

export type D03Key = (typeof d03Columns)[number]['key']
