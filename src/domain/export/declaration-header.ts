import type { IsoDate } from '../rules/dated.ts'
import { valueOn } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import type { ExportCell } from './export-column.ts'

/** The `ThongTinKhac` block of an e-declaration list: element name → value, in the schema's order. */
export type DeclarationHeader = ReadonlyArray<readonly [name: string, value: ExportCell]>

/**
 * D05-TS `ThongTinKhac`: only `SoSoBHXH`, which the app has no value for (docs/agency-lists.md).
 */
export function d05Header(): DeclarationHeader {
  return [['SoSoBHXH', null]]
}

/**
 * D03-TS `ThongTinKhac` for household HI collected on `on` (the first row's payment date): group `GD`
 * (hộ gia đình, domain.md §7.3), the reference level then in force, and no state support (households in a
 * state-supported group are refused, §3.4). Card number, payment source and calculation method stay empty.
 */
export function d03Header(on: IsoDate, rules: RuleSet): DeclarationHeader {
  return [
    ['SoTheBHYT', null],
    ['LuongCoSo', valueOn(rules.referenceLevel, on, 'reference level')],
    ['TyleNSNN', 0],
    ['LoaiDoiTuong', 'GD'],
    ['NguonDong', null],
    ['TenDoiTuong', 'Hộ gia đình'],
    ['HinhThucTinh', null],
  ]
}
