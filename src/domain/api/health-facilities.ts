// The initial health facilities (nơi đăng ký khám chữa bệnh ban đầu) the office keeps per province: the
// phone offers them for every household-HI participant, D03-TS carries the choice. Public data, not
// personal: the phone keeps the list unsealed for offline use.
import { z } from 'zod/mini'

export interface HealthFacility {
  provinceCode: string
  code: string
  name: string
  address: string | null
}

/** One line of the office's spreadsheet or CSV, as read: province code, facility code, name, address. */
export type FacilityLine = readonly string[]

export interface FacilityImport {
  facilities: HealthFacility[]
  /** Line numbers as the spreadsheet shows them (the header is line 1). */
  errors: { line: number; reason: string }[]
}

export const MAX_FACILITIES = 2000

/**
 * The lines of an import (header first: "Mã tỉnh", "Mã KCB", "Tên", "Địa chỉ"), checked one by one. A file
 * with any error imports nothing: the caller shows every line and reason, the office fixes and resends.
 */
export function readFacilityLines(lines: readonly FacilityLine[], provinceCode: string): FacilityImport {
  const facilities: HealthFacility[] = []
  const errors: FacilityImport['errors'] = []
  const seen = new Set<string>()
  for (const [i, cells] of lines.slice(1).entries()) {
    const line = i + 2
    const [province = '', code = '', name = '', address = ''] = cells.map((c) => c.trim())
    if (province === '' && code === '' && name === '') continue
    const reason =
      province !== provinceCode
        ? `mã tỉnh "${province}" không phải ${provinceCode}`
        : !/^[0-9A-Z]{3,10}$/.test(code)
          ? `mã KCB "${code}" phải gồm 3–10 chữ số hoặc chữ in hoa`
          : name.length < 3 || name.length > 200
            ? 'tên cơ sở phải có 3–200 ký tự'
            : seen.has(code)
              ? `mã KCB ${code} lặp lại`
              : undefined
    if (reason) {
      errors.push({ line, reason })
      continue
    }
    seen.add(code)
    facilities.push({ provinceCode, code, name, address: address === '' ? null : address })
  }
  if (facilities.length === 0 && errors.length === 0)
    errors.push({ line: 2, reason: 'tệp không có dòng nào' })
  if (facilities.length > MAX_FACILITIES)
    errors.push({ line: 1, reason: `tối đa ${MAX_FACILITIES} cơ sở mỗi tỉnh` })
  return { facilities, errors }
}

/** POST /api/health-facilities/import: the file as sent by the admin's browser. */
export const facilityImportSchema = z.object({
  provinceCode: z.string().check(z.regex(/^\d{2}$/, { message: 'Mã tỉnh gồm 2 chữ số' })),
  fileName: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The file's bytes in base64 (XLSX), or its text (CSV). */
  content: z.string().check(z.minLength(1), z.maxLength(4_000_000, { message: 'Tệp quá lớn (tối đa 3 MB)' })),
})
export type FacilityImportRequest = z.infer<typeof facilityImportSchema>
