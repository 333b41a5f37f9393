// What a scanned ID card puts into one person's block of the enrol form. The card's address
// predates the 2025-07-01 reorganisation. At once, the hamlet and the old commune are filled as text and the
// province by name (whole provinces were merged, and a new province bears the name of one of its old ones);
// then withAddressMatch puts in today's commune from the old → new table (mapOldAddress, a lazy chunk), or the
// few candidates for the collector to choose from. The card's address is kept to show beside them.
import type { OldAddressMatch } from '../../../domain/admin/old-address.ts'
import { provinces } from '../../../domain/admin/provinces.ts'
import type { CccdCard } from '../../../domain/identity/parse-cccd-qr.ts'
import { foldName } from '../../../domain/names/fold-name.ts'
import { normalizeName } from '../../../domain/names/normalize-name.ts'
import type { CardFill } from './card-fields.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'

/** At most this many candidates are offered (an old urban ward may touch many new ones). */
export const MAX_CANDIDATES = 6

/** The fill once the card's address went through the old → new table. */
export function withAddressMatch(fill: CardFill, match: OldAddressMatch): CardFill {
  const values = { ...fill.values }
  if (match.provinceCode !== undefined) values.provinceCode = match.provinceCode
  const out: CardFill = { values }
  if (fill.address !== undefined) out.address = fill.address
  const only = match.communeCode === undefined ? undefined : match.candidates[0]
  if (only) {
    values.commune = only.name
    values.communeCode = only.code
    if (match.village !== undefined) values.village = match.village
  } else if (match.candidates.length > 0) {
    // Leaving the old name in would save a commune with no code: the collector chooses among today's.
    values.commune = ''
    values.communeCode = ''
    if (match.village !== undefined) values.village = match.village
    out.candidates = match.candidates.slice(0, MAX_CANDIDATES).map(({ code, name }) => ({ code, name }))
  }
  return out
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
): Partial<Pick<ParticipantFormValues, 'provinceCode' | 'commune' | 'communeCode' | 'village'>> {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const out: Partial<Pick<ParticipantFormValues, 'provinceCode' | 'commune' | 'communeCode' | 'village'>> = {}
  const communeAt = parts.findLastIndex((p) => communePrefix.test(foldName(p)))
  if (communeAt >= 0) {
    out.commune = parts[communeAt] ?? ''
    // The card's commune is an old one until the table says which it is today: no code yet.
    out.communeCode = ''
    if (communeAt > 0) out.village = parts.slice(0, communeAt).join(', ')
  }
  const last = parts.length > 1 ? foldName(parts[parts.length - 1] ?? '').replace(provincePrefix, '') : ''
  const province = provinces.find((p) => foldName(p.name).replace(provincePrefix, '') === last)
  if (province) out.provinceCode = province.code
  return out
}
