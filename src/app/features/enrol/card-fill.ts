// What a scanned ID card puts into one person's block of the enrol form (issue #12). The card's address
// predates the 2025-07-01 reorganisation: the province is matched by name (whole provinces were merged, and
// a new province bears the name of one of its old ones), the hamlet and the old commune are filled as text
// for the collector to check, and the card's address is kept to show beside them.
import { provinces } from '../../../domain/admin/provinces.ts'
import type { CccdCard } from '../../../domain/identity/parse-cccd-qr.ts'
import { foldName } from '../../../domain/names/fold-name.ts'
import { normalizeName } from '../../../domain/names/normalize-name.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'

export const cardFields = [
  'fullName',
  'idNumber',
  'dobDay',
  'dobMonth',
  'dobYear',
  'sex',
  'provinceCode',
  'commune',
  'village',
] as const
export type CardField = (typeof cardFields)[number]

export interface CardFill {
  /** The form values the card gave; a field stays marked "from the card" while it still holds this value. */
  values: Partial<Pick<ParticipantFormValues, CardField>>
  /** The address as printed on the card. */
  address?: string
}

export function fillFromCard(card: CccdCard): CardFill {
  const values: CardFill['values'] = {
    fullName: normalizeName(card.fullName),
    idNumber: card.idNumber,
  }
  if (card.dateOfBirth !== undefined) {
    const [year = '', month = '', day = ''] = card.dateOfBirth.split('-')
    Object.assign(values, { dobYear: year, dobMonth: month, dobDay: day })
  }
  if (card.sex !== undefined) values.sex = card.sex
  const fill: CardFill = { values }
  if (card.address !== undefined) {
    fill.address = card.address
    Object.assign(values, splitCardAddress(card.address))
  }
  return fill
}

const communePrefix = /^(xa|phuong|thi tran|dac khu) /u
const provincePrefix = /^(tinh|thanh pho|tp\.?) */u

/** "Thôn Pờ Hồ, Xã Bát Xát, Huyện Bát Xát, Lào Cai" → hamlet, commune and, when it still exists, province. */
export function splitCardAddress(
  address: string,
): Partial<Pick<ParticipantFormValues, 'provinceCode' | 'commune' | 'village'>> {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const out: Partial<Pick<ParticipantFormValues, 'provinceCode' | 'commune' | 'village'>> = {}
  const communeAt = parts.findLastIndex((p) => communePrefix.test(foldName(p)))
  if (communeAt >= 0) {
    out.commune = parts[communeAt] ?? ''
    if (communeAt > 0) out.village = parts.slice(0, communeAt).join(', ')
  }
  const last = parts.length > 1 ? foldName(parts[parts.length - 1] ?? '').replace(provincePrefix, '') : ''
  const province = provinces.find((p) => foldName(p.name).replace(provincePrefix, '') === last)
  if (province) out.provinceCode = province.code
  return out
}

/** The fields that still hold what the card gave (a field typed over loses its mark). */
export function fieldsFromCard(fill: CardFill | undefined, current: ParticipantFormValues): CardField[] {
  if (!fill) return []
  return cardFields.filter((k) => {
    const value = fill.values[k]
    return value !== undefined && value !== '' && value === current[k]
  })
}
