// The boxes of the TK1-TS declaration (Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT; QĐ 490/QĐ-BHXH
// 2023, Part I, domain.md §7.1) filled from one participant of a registration. Boxes the registration does
// not know ([08] e-mail, [09] place of birth registration, [10] guardian) are left empty for the citizen
// to fill in by hand on the printed sheet; [14] district stays empty for addresses since 2025-07-01.
import { findProvince } from '../admin/provinces.ts'
import { ethnicGroups } from '../ethnic/ethnic-groups.ts'
import { formatDateVi } from '../format/format-date-vi.ts'
import type { Participant } from '../registration/registration-schema.ts'

export interface Tk1tsBox {
  /** The box number printed on the form: "01" … "15". */
  code: string
  label: string
  value: string
}

export function tk1tsBoxes(p: Participant): Tk1tsBox[] {
  const box = (code: string, label: string, value = ''): Tk1tsBox => ({ code, label, value })
  return [
    box('01', 'Họ và tên (viết chữ in hoa)', p.fullName.toLocaleUpperCase('vi-VN')),
    box('02', 'Giới tính', p.sex === 'female' ? 'Nữ' : 'Nam'),
    box('03', 'Ngày, tháng, năm sinh', formatDateVi(p.dateOfBirth)),
    box('04', 'Quốc tịch', 'Việt Nam'),
    box('05', 'Dân tộc', ethnicGroups[p.ethnicityCode] ?? ''),
    box('06', 'Số CCCD/ĐDCN/Hộ chiếu', p.idNumber),
    box('07', 'Điện thoại liên hệ', p.phone ?? ''),
    box('08', 'Email'),
    box('09', 'Nơi đăng ký khai sinh'),
    box('10', 'Họ tên cha/mẹ/người giám hộ (trẻ em dưới 6 tuổi)'),
    box('11', 'Nhận kết quả giải quyết thủ tục hành chính', 'Điện tử'),
    box('12', 'Số nhà, đường phố, thôn, xóm', p.address.village ?? ''),
    box('13', 'Xã, phường, đặc khu', p.address.commune),
    box('14', 'Quận, huyện, thị xã, thành phố thuộc tỉnh'),
    box('15', 'Tỉnh, thành phố', findProvince(p.address.provinceCode)?.name ?? ''),
  ]
}
