// The office's import of the agency's participant list (docs/insured-list.md): one header row naming the
// columns (any order, any case), then one person a line. Every bad line is named with its reason; a file
// with any bad line imports nothing.
import { normalizeName } from '../names/normalize-name.ts'
import { parseIdNumber } from '../identity/check-id-number.ts'
import type { InsuredPerson } from './insured-person.ts'
import { provinceOfCommuneCode } from '../admin/province-of-commune-code.ts'

/** The columns, by the agency's field names where it has one (agency-formats.md), else our own. */
export const INSURED_COLUMNS = {
  idNumber: 'SoDinhDanh',
  fullName: 'HoTen',
  dateOfBirth: 'NgaySinh',
  sex: 'GioiTinh',
  communeCode: 'MaXa',
  householdCode: 'MaHo',
  hiFrom: 'HanTheTu',
  hiTo: 'HanTheDen',
  facilityCode: 'MaBenhVien',
  vsiPaidTo: 'DongBHXHDenThang',
} as const

const REQUIRED = ['idNumber', 'fullName', 'dateOfBirth', 'sex', 'communeCode'] as const

export interface InsuredImport {
  people: InsuredPerson[]
  /** Line numbers as the spreadsheet shows them (the header is line 1). */
  errors: { line: number; reason: string }[]
}

/** At most this many errors are listed: a wrong file would otherwise answer half a million lines. */
const MAX_ERRORS = 200

/** `provinceCode`: the office's province; a commune code of another province is a bad line. */
export function readInsuredLines(lines: readonly (readonly string[])[], provinceCode: string): InsuredImport {
  const header = (lines[0] ?? []).map((h) => h.trim().toLowerCase())
  const at = Object.fromEntries(
    Object.entries(INSURED_COLUMNS).map(([key, name]) => [key, header.indexOf(name.toLowerCase())]),
  ) as Record<keyof typeof INSURED_COLUMNS, number>
  const missing = REQUIRED.filter((k) => at[k] < 0).map((k) => INSURED_COLUMNS[k])
  if (missing.length > 0) {
    return { people: [], errors: [{ line: 1, reason: `thiếu cột ${missing.join(', ')}` }] }
  }
  const people: InsuredPerson[] = []
  const errors: InsuredImport['errors'] = []
  const seen = new Set<string>()
  for (let i = 1; i < lines.length && errors.length < MAX_ERRORS; i++) {
    const cells = lines[i] ?? []
    const cell = (k: keyof typeof INSURED_COLUMNS) => (at[k] < 0 ? '' : (cells[at[k]] ?? '').trim())
    if (cells.every((c) => c.trim() === '')) continue
    const read = readPerson(cell)
    if (typeof read === 'string') errors.push({ line: i + 1, reason: read })
    else if (provinceOfCommuneCode(read.communeCode) !== provinceCode)
      errors.push({ line: i + 1, reason: `mã xã ${read.communeCode} không thuộc tỉnh ${provinceCode}` })
    else if (seen.has(read.idNumber))
      errors.push({ line: i + 1, reason: `số định danh ${read.idNumber} lặp lại` })
    else {
      seen.add(read.idNumber)
      people.push(read)
    }
  }
  if (people.length === 0 && errors.length === 0) errors.push({ line: 2, reason: 'tệp không có dòng nào' })
  return { people, errors }
}

function readPerson(cell: (k: keyof typeof INSURED_COLUMNS) => string): InsuredPerson | string {
  const idNumber = cell('idNumber')
  if (!parseIdNumber(idNumber)) return `số định danh "${idNumber}" phải gồm đúng 12 chữ số`
  const fullName = normalizeName(cell('fullName'))
  if (fullName.length < 2 || fullName.length > 100) return 'họ tên phải có 2–100 ký tự'
  const dateOfBirth = readDay(cell('dateOfBirth'), true)
  if (dateOfBirth === undefined) return `ngày sinh "${cell('dateOfBirth')}" không đúng dạng dd/mm/yyyy`
  const sexText = cell('sex').toLowerCase()
  const sex =
    sexText === 'nam' || sexText === '1'
      ? 'male'
      : sexText === 'nữ' || sexText === 'nu' || sexText === '2'
        ? 'female'
        : undefined
  if (!sex) return `giới tính "${cell('sex')}" phải là Nam hoặc Nữ`
  const communeCode = cell('communeCode')
  if (!/^\d{5}$/.test(communeCode)) return `mã xã "${communeCode}" phải gồm 5 chữ số`
  const householdCode = cell('householdCode')
  if (householdCode !== '' && !/^[0-9A-Za-z-]{1,20}$/.test(householdCode))
    return `mã hộ "${householdCode}" không hợp lệ`
  const hiFrom = cell('hiFrom') === '' ? '' : readDay(cell('hiFrom'), false)
  const hiTo = cell('hiTo') === '' ? '' : readDay(cell('hiTo'), false)
  if (hiFrom === undefined || hiTo === undefined) return 'hạn thẻ phải có dạng dd/mm/yyyy'
  if ((hiFrom === '') !== (hiTo === '')) return 'hạn thẻ cần cả ngày bắt đầu và ngày kết thúc'
  if (hiFrom !== '' && hiTo < hiFrom) return 'hạn thẻ kết thúc trước khi bắt đầu'
  const facilityCode = cell('facilityCode')
  if (facilityCode !== '' && !/^[0-9A-Z]{3,10}$/.test(facilityCode))
    return `mã bệnh viện "${facilityCode}" không hợp lệ`
  const paid = cell('vsiPaidTo')
  const vsiMatch = /^(\d{1,2})\/(\d{4})$/.exec(paid)
  if (paid !== '' && (!vsiMatch || Number(vsiMatch[1]) < 1 || Number(vsiMatch[1]) > 12))
    return `tháng đóng BHXH "${paid}" phải có dạng mm/yyyy`
  return {
    idNumber,
    fullName,
    dateOfBirth,
    sex,
    communeCode,
    ...(householdCode ? { householdCode } : {}),
    ...(hiFrom ? { hiFrom, hiTo } : {}),
    ...(facilityCode ? { facilityCode } : {}),
    ...(vsiMatch ? { vsiPaidTo: `${vsiMatch[2]}-${vsiMatch[1]!.padStart(2, '0')}` } : {}),
  }
}

/** "dd/mm/yyyy" (or "yyyy-mm-dd"; a birth date may be "yyyy" or "mm/yyyy") → ISO, undefined when wrong. */
function readDay(text: string, partial: boolean): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : []
  if (y && m && d) {
    const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
    const date = new Date(`${day}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) && y >= '1900'
      ? day
      : undefined
  }
  if (!partial) return undefined
  const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(text)
  if (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12)
    return `${monthYear[2]}-${monthYear[1]!.padStart(2, '0')}`
  if (/^(19|20)\d{2}$/.test(text)) return text
  return undefined
}
