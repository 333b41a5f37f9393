// Personal ID number (số định danh cá nhân): PPP G YY RRRRRR, no check digit (domain.md §4.1).
// Only the 12-digit shape is an error; disagreements with what the person told us are warnings, because
// the card is right more often than the form (birth abroad, typo in the date of birth…).
import type { CheckIssue } from '../registration/field-issue.ts'
import { idProvinceCodes } from './id-province-codes.ts'

export interface IdContext {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY": only the year is compared. */
  dateOfBirth?: string | undefined
  sex?: 'male' | 'female' | undefined
  /** Old 3-digit code of the province where the birth was registered (e.g. "015" Yên Bái). */
  birthProvinceCode?: string | undefined
}

export interface IdParts {
  provinceCode: string
  century: number
  sex: 'male' | 'female'
  birthYear: number
}

/** Reads PPP, G and YY of a 12-digit number; undefined when the shape is wrong. */
export function parseIdNumber(id: string): IdParts | undefined {
  const m = /^(\d{3})(\d)(\d{2})\d{6}$/u.exec(id)
  if (!m) return undefined
  const g = Number(m[2])
  const century = 1900 + Math.floor(g / 2) * 100
  return {
    provinceCode: m[1] ?? '',
    century,
    sex: g % 2 === 0 ? 'male' : 'female',
    birthYear: century + Number(m[3]),
  }
}

const sexVi = { male: 'nam', female: 'nữ' } as const

export function checkIdNumber(id: string, context: IdContext = {}): CheckIssue[] {
  const parts = parseIdNumber(id)
  if (!parts) {
    return [
      {
        severity: 'error',
        code: 'invalid_id_number',
        message: 'Số định danh cá nhân phải gồm đúng 12 chữ số',
      },
    ]
  }
  const issues: CheckIssue[] = []
  const provinceName = idProvinceCodes[parts.provinceCode]
  if (provinceName === undefined) {
    issues.push({
      severity: 'warning',
      code: 'unknown_code',
      message:
        'Ba chữ số đầu của số định danh (mã tỉnh nơi đăng ký khai sinh) không có trong danh mục 63 tỉnh; kiểm tra lại số định danh',
      details: { part: 'province' },
    })
  } else if (context.birthProvinceCode !== undefined && context.birthProvinceCode !== parts.provinceCode) {
    const stated = idProvinceCodes[context.birthProvinceCode] ?? 'đã nhập'
    issues.push({
      severity: 'warning',
      code: 'id_mismatch',
      message: `Ba chữ số đầu của số định danh là mã tỉnh ${provinceName}, khác tỉnh nơi đăng ký khai sinh (${stated})`,
      details: { part: 'province' },
    })
  }
  const statedYear = context.dateOfBirth === undefined ? undefined : Number(context.dateOfBirth.slice(0, 4))
  if (statedYear !== undefined && Number.isInteger(statedYear)) {
    const statedCentury = Math.floor(statedYear / 100) * 100
    if (statedCentury !== parts.century) {
      issues.push({
        severity: 'warning',
        code: 'id_mismatch',
        message: `Chữ số thứ 4 của số định danh ứng với người sinh trong các năm ${parts.century}–${parts.century + 99}, khác năm sinh ${statedYear}`,
        details: { part: 'century' },
      })
    } else if (parts.birthYear !== statedYear) {
      issues.push({
        severity: 'warning',
        code: 'id_mismatch',
        message: `Chữ số thứ 5–6 của số định danh ứng với năm sinh ${parts.birthYear}, khác năm sinh đã nhập ${statedYear}`,
        details: { part: 'year' },
      })
    }
  }
  if (context.sex !== undefined && context.sex !== parts.sex) {
    issues.push({
      severity: 'warning',
      code: 'id_mismatch',
      message: `Chữ số thứ 4 của số định danh ứng với giới tính ${sexVi[parts.sex]}, khác giới tính đã nhập (${sexVi[context.sex]})`,
      details: { part: 'sex' },
    })
  }
  return issues
}
