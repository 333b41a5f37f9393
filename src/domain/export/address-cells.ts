import { findProvince } from '../admin/provinces.ts'
import type { Participant } from '../registration/registration-schema.ts'

// The element names carry the `_DangSS` suffix (đang sinh sống, living address) in both lists' XML
// (docs/agency-lists.md); before the e-declaration XML the keys here were `Matinh`/`Mahuyen`/`Maxa`.
export interface AddressCells {
  Matinh_DangSS: string
  /** Always null: districts were abolished on 2025-07-01 (domain.md §5). */
  Mahuyen_DangSS: null
  Maxa_DangSS: string | null
  Diachi_DangSS: string
}

/** The living-address columns shared by D05-TS and D03-TS: "Thôn 1, Xã Bát Xát, Lào Cai". */
export function addressCells(address: Participant['address']): AddressCells {
  const province = findProvince(address.provinceCode)?.name
  const parts = [address.village, address.commune, province].filter(
    (s): s is string => s !== undefined && s.trim() !== '',
  )
  return {
    Matinh_DangSS: address.provinceCode,
    Mahuyen_DangSS: null,
    Maxa_DangSS: address.communeCode ?? null,
    Diachi_DangSS: parts.map((s) => s.normalize('NFC').trim()).join(', '),
  }
}
