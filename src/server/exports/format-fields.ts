import type { Participant } from '../../domain/index.ts'

/** "YYYY-MM-DD" | "YYYY-MM" | "YYYY" → "dd/mm/yyyy" | "mm/yyyy" | "yyyy" (domain.md §9). */
export function formatPartialDate(iso: string): string {
  return iso.split('-').reverse().join('/')
}

export function formatMonth(isoDate: string): string {
  return `${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`
}

export function formatSex(sex: Participant['sex']): string {
  return sex === 'male' ? 'Nam' : 'Nữ'
}

export function formatAddress(a: Participant['address']): string {
  return [a.village, a.commune].filter((s) => s && s.length > 0).join(', ')
}
