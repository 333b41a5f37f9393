import { findProvince } from '../admin/provinces.ts'
import type { Participant } from '../registration/registration-schema.ts'

export interface AddressCells {
  Matinh: string
  /** Always null: districts were abolished on 2025-07-01 (domain.md §5). */
  Mahuyen: null
  Maxa: string | null
  Diachi_DangSS: string
}

/** The living-address columns shared by D05-TS and D03-TS: "Thôn 1, Xã Bát Xát, Lào Cai". */
export function addressCells(address: Participant['address']): AddressCells {
  const province = findProvince(address.provinceCode)?.name
  const parts = [address.village, address.commune, province].filter(
    (s): s is string => s !== undefined && s.trim() !== '',
  )
  return {
    Matinh: address.provinceCode,
    Mahuyen: null,
    Maxa: address.communeCode ?? null,
    Diachi_DangSS: parts.map((s) => s.normalize('NFC').trim()).join(', '),
  }
}
