// An address as the chip ID card prints it, mostly from before the 2025-07-01 reorganisation
// ("Thôn Nà Mười, Xã Nậm Tha, Huyện Văn Bàn, Tỉnh Lào Cai"), mapped to today's province and commune through the
// old → new table (units/old-units.json, about 100 KB gzipped: import this file only dynamically on the phone).
// Newer cards print the two-level address ("Xã Văn Bàn, Tỉnh Lào Cai"): that is matched against today's list.
// The collector always confirms; an old commune split between several new ones gives all of them as candidates.
import data from './units/old-units.json'
import { foldName } from '../names/fold-name.ts'
import {
  bareName,
  communesOfProvince,
  provinceOfficialNames,
  findCommuneByCode,
  unitKind,
  type Commune,
} from './admin-units.ts'

export interface OldAddressMatch {
  /** Today's province, when the text names one (old or new name). */
  provinceCode?: string
  /** Today's commune, only when exactly one is possible. */
  communeCode?: string
  /** Today's communes the address may be in, most likely first; one when certain, none when not found. */
  candidates: Commune[]
  /** What came before the commune in the text (hamlet, street), when the commune was found. */
  village?: string
  /** The old commune as the text names it, when it was matched in the old table ("Xã Nậm Tha"). */
  oldCommune?: string
}

interface OldProvince {
  code: string
  newCode: string
  bare: string
}
interface OldDistrict {
  code: string
  provinceCode: string
  bare: string
  /** A district with no communes that became one special zone (Côn Đảo, Lý Sơn…). */
  wholeTo?: string
}
interface OldCommune {
  code: string
  districtCode: string
  name: string
  bare: string
  kind: string
  newCodes: readonly string[]
}

const oldProvinces: OldProvince[] = data.provinces.map(([code, name, newCode]) => ({
  code: code as string,
  newCode: newCode as string,
  bare: bareName(name as string),
}))
const oldDistricts: OldDistrict[] = data.districts.map(([provinceCode, code, name, wholeTo]) => ({
  code: code as string,
  provinceCode: provinceCode as string,
  bare: bareName(name as string),
  ...(wholeTo !== undefined ? { wholeTo } : {}),
}))
const districtProvince = new Map(oldDistricts.map((d) => [d.code, d.provinceCode]))
const oldCommunes: OldCommune[] = data.communes.map(([districtCode, code, name, newCodes]) => ({
  code: code as string,
  districtCode: districtCode as string,
  name: name as string,
  bare: bareName(name as string),
  kind: unitKind(name as string),
  newCodes: (newCodes as string).split(' '),
}))
const oldProvinceOf = (c: OldCommune) => districtProvince.get(c.districtCode) ?? ''

// Today's provinces by name: "Lào Cai", "Thành phố Huế", and the old ones that merged into them.
const provinceKeys = new Map<string, string[]>()
const addProvinceKey = (key: string, oldCode: string) =>
  provinceKeys.set(key, [...(provinceKeys.get(key) ?? []), oldCode])
for (const p of oldProvinces) addProvinceKey(p.bare, p.code)
const newCodeOfOld = new Map(oldProvinces.map((p) => [p.code, p.newCode]))
// Names only today's provinces carry (Huế, since Thừa Thiên Huế), and common short forms.
const extraProvinceNames: readonly (readonly [string, string])[] = [
  ['hue', '46'],
  ['hcm', '79'],
  ['tp hcm', '79'],
  ['tphcm', '79'],
  ['sai gon', '79'],
]
for (const [key, oldCode] of extraProvinceNames) addProvinceKey(key, oldCode)
// A two-level address names today's province ("Tỉnh Đồng Nai"); "Tỉnh Bình Phước" can only be an old address.
const currentProvinceNames = new Set([
  ...[...provinceOfficialNames.values()].map(bareName),
  ...extraProvinceNames.map(([key]) => key),
])

/** The text's parts, each with its folded name both as written and without its kind ("xa nam tha" / "nam tha"). */
function partsOf(text: string): { raw: string; keys: string[]; kind: string }[] {
  return text
    .normalize('NFC')
    .split(/[,;\n]/u)
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '')
    .map((raw) => ({
      raw,
      keys: [...new Set([bareName(raw), foldName(raw).replace(/\b0+(\d)/gu, '$1')])],
      kind: unitKind(raw),
    }))
}

const districtKinds = new Set(['huyen', 'quan', 'thi xa', 'thanh pho'])
const communeKinds = new Set(['xa', 'phuong', 'thi tran', 'dac khu'])

/**
 * "Thôn Nà Mười, Xã Nậm Tha, Huyện Văn Bàn, Tỉnh Lào Cai" → Lào Cai (15), Xã Chiềng Ken (03091), village
 * "Thôn Nà Mười". Accents, case and the kind words ("Xã", "Thị trấn", "Huyện"…) may be missing.
 */
export function mapOldAddress(text: string): OldAddressMatch {
  const parts = partsOf(text)

  // The province: the last part that names one (old or new name).
  let provinceAt = -1
  let oldProvinceCodes: string[] = []
  let currentName = false
  for (let i = parts.length - 1; i >= 0 && provinceAt < 0; i--) {
    const key = parts[i]!.keys.find((k) => provinceKeys.has(k))
    // A commune-kind part is never the province ("Phường Lào Cai").
    if (key !== undefined && !communeKinds.has(parts[i]!.kind)) {
      provinceAt = i
      oldProvinceCodes = provinceKeys.get(key) ?? []
      currentName = currentProvinceNames.has(key)
    }
  }
  const newProvinceCodes = [...new Set(oldProvinceCodes.map((c) => newCodeOfOld.get(c) ?? ''))]
  const provinceCode = newProvinceCodes.length === 1 ? newProvinceCodes[0] : undefined
  const before = provinceAt < 0 ? parts : parts.slice(0, provinceAt)
  const inProvince = (oldProvince: string) =>
    oldProvinceCodes.length === 0 || oldProvinceCodes.includes(oldProvince)

  // The old district: the last part before the province that names one of the province's districts (a lone
  // first part only when it says it is a district: "Huyện Văn Bàn"; bare, it is more likely a commune).
  let districtAt = -1
  let districts: OldDistrict[] = []
  for (let i = before.length - 1; i >= 0 && districtAt < 0; i--) {
    const part = before[i]!
    if (communeKinds.has(part.kind) || (i === 0 && !districtKinds.has(part.kind))) continue
    const found = oldDistricts.filter((d) => inProvince(d.provinceCode) && part.keys.includes(d.bare))
    if (found.length > 0) {
      districtAt = i
      districts = found
    }
  }
  // An island district became one special zone: "Huyện Côn Đảo, Tỉnh Bà Rịa - Vũng Tàu".
  const island = districts.length === 1 ? districts[0]!.wholeTo : undefined
  if (island !== undefined) return result(provinceCode, [island], before.slice(0, districtAt), undefined)

  const communeParts = districtAt < 0 ? before : before.slice(0, districtAt)
  const districtCodes = new Set(districts.map((d) => d.code))
  // The commune: the last part (before the district) that names an old commune there or, for a two-level
  // address with no old district, a commune of today's province. A kind word that agrees wins; with no
  // kind word and no district, both readings are offered ("Khánh Yên": today's Xã Khánh Yên, or the old
  // Thị trấn Khánh Yên, now Xã Văn Bàn).
  for (let i = communeParts.length - 1; i >= 0; i--) {
    const part = communeParts[i]!
    if (districtKinds.has(part.kind)) continue
    const today =
      districtAt >= 0 || !currentName
        ? []
        : newProvinceCodes
            .flatMap((code) => communesOfProvince(code))
            .filter((c) => part.keys.includes(bareName(c.name)))
    const old = oldCommunes.filter(
      (c) =>
        part.keys.includes(c.bare) &&
        (districtAt < 0 ? inProvince(oldProvinceOf(c)) : districtCodes.has(c.districtCode)),
    )
    const todaySame = today.filter((c) => unitKind(c.name) === part.kind)
    const oldSame = old.filter((c) => c.kind === part.kind)
    let codes: string[]
    let oldNamed: OldCommune[] = []
    if (part.kind !== '' && todaySame.length > 0) codes = todaySame.map((c) => c.code)
    else if (part.kind !== '' && oldSame.length > 0) {
      oldNamed = oldSame
      codes = oldSame.flatMap((c) => c.newCodes)
    } else {
      oldNamed = old
      codes = [...today.map((c) => c.code), ...old.flatMap((c) => c.newCodes)]
    }
    if (codes.length === 0) continue
    const provinces = [...new Set(codes.map((code) => findCommuneByCode(code)?.provinceCode))]
    return result(
      provinceCode ?? (provinces.length === 1 ? provinces[0] : undefined),
      codes,
      communeParts.slice(0, i),
      oldNamed.length === 1 && today.length === 0 ? oldNamed[0]!.name : undefined,
    )
  }
  // No part names a commune: a lone old district gives the communes its communes went to.
  if (districts.length > 0) {
    const codes = oldCommunes.filter((c) => districtCodes.has(c.districtCode)).flatMap((c) => c.newCodes)
    return result(provinceCode, codes, [], undefined)
  }
  return provinceCode === undefined ? { candidates: [] } : { provinceCode, candidates: [] }
}

function result(
  provinceCode: string | undefined,
  codes: readonly string[],
  villageParts: readonly { raw: string }[],
  oldCommune: string | undefined,
): OldAddressMatch {
  const candidates = [...new Set(codes)].map((code) => findCommuneByCode(code)).filter((c) => c !== undefined)
  const out: OldAddressMatch = { candidates }
  if (provinceCode !== undefined) out.provinceCode = provinceCode
  if (candidates.length === 1) out.communeCode = candidates[0]!.code
  if (villageParts.length > 0) out.village = villageParts.map((p) => p.raw).join(', ')
  if (oldCommune !== undefined) out.oldCommune = oldCommune
  return out
}
