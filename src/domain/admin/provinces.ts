// The 34 provinces since 2025-07-01 (Resolution 202/2025/QH15; codes QĐ 19/2025/QĐ-TTg, domain.md §5).
// `oldIdCodes` are the 3-digit codes of the old provinces merged into each one, as used in ID numbers (§4.1).

export interface Province {
  code: string
  name: string
  oldIdCodes: readonly string[]
}

export const provinces: readonly Province[] = [
  { code: '01', name: 'Hà Nội', oldIdCodes: ['001'] },
  { code: '04', name: 'Cao Bằng', oldIdCodes: ['004'] },
  { code: '08', name: 'Tuyên Quang', oldIdCodes: ['008', '002'] },
  { code: '11', name: 'Điện Biên', oldIdCodes: ['011'] },
  { code: '12', name: 'Lai Châu', oldIdCodes: ['012'] },
  { code: '14', name: 'Sơn La', oldIdCodes: ['014'] },
  // Keeps Yên Bái's code 15; the seat is in the former Yên Bái city.
  { code: '15', name: 'Lào Cai', oldIdCodes: ['010', '015'] },
  { code: '19', name: 'Thái Nguyên', oldIdCodes: ['019', '006'] },
  { code: '20', name: 'Lạng Sơn', oldIdCodes: ['020'] },
  { code: '22', name: 'Quảng Ninh', oldIdCodes: ['022'] },
  { code: '24', name: 'Bắc Ninh', oldIdCodes: ['027', '024'] },
  { code: '25', name: 'Phú Thọ', oldIdCodes: ['025', '026', '017'] },
  { code: '31', name: 'Hải Phòng', oldIdCodes: ['031', '030'] },
  { code: '33', name: 'Hưng Yên', oldIdCodes: ['033', '034'] },
  { code: '37', name: 'Ninh Bình', oldIdCodes: ['037', '035', '036'] },
  { code: '38', name: 'Thanh Hóa', oldIdCodes: ['038'] },
  { code: '40', name: 'Nghệ An', oldIdCodes: ['040'] },
  { code: '42', name: 'Hà Tĩnh', oldIdCodes: ['042'] },
  { code: '44', name: 'Quảng Trị', oldIdCodes: ['045', '044'] },
  { code: '46', name: 'Huế', oldIdCodes: ['046'] },
  { code: '48', name: 'Đà Nẵng', oldIdCodes: ['048', '049'] },
  { code: '51', name: 'Quảng Ngãi', oldIdCodes: ['051', '062'] },
  { code: '52', name: 'Gia Lai', oldIdCodes: ['064', '052'] },
  { code: '56', name: 'Khánh Hòa', oldIdCodes: ['056', '058'] },
  { code: '66', name: 'Đắk Lắk', oldIdCodes: ['066', '054'] },
  { code: '68', name: 'Lâm Đồng', oldIdCodes: ['068', '067', '060'] },
  { code: '75', name: 'Đồng Nai', oldIdCodes: ['075', '070'] },
  { code: '79', name: 'TP Hồ Chí Minh', oldIdCodes: ['079', '074', '077'] },
  { code: '80', name: 'Tây Ninh', oldIdCodes: ['072', '080'] },
  { code: '82', name: 'Đồng Tháp', oldIdCodes: ['087', '082'] },
  { code: '86', name: 'Vĩnh Long', oldIdCodes: ['086', '083', '084'] },
  { code: '91', name: 'An Giang', oldIdCodes: ['089', '091'] },
  { code: '92', name: 'Cần Thơ', oldIdCodes: ['092', '094', '093'] },
  { code: '96', name: 'Cà Mau', oldIdCodes: ['096', '095'] },
]

const byCode = new Map(provinces.map((p) => [p.code, p]))

export function findProvince(code: string): Province | undefined {
  return byCode.get(code)
}
