// The 54 ethnic groups (Decision 121-TCTK/PPCĐ, 02/03/1979; domain.md §6). Code "01" Kinh; every other
// code is an ethnic minority, which gives VSI support group ETHNIC_MINORITY (30 %).
import { foldName } from '../names/fold-name.ts'

// A list, not an object literal: JS orders integer-like keys ("10"…"54") before "01"…"09".
const table: readonly (readonly [string, string])[] = [
  ['01', 'Kinh'],
  ['02', 'Tày'],
  ['03', 'Thái'],
  ['04', 'Hoa'],
  ['05', 'Khơ-me'],
  ['06', 'Mường'],
  ['07', 'Nùng'],
  ['08', 'Hmông'],
  ['09', 'Dao'],
  ['10', 'Gia Rai'],
  ['11', 'Ngái'],
  ['12', 'Ê Đê'],
  ['13', 'Ba Na'],
  ['14', 'Xơ Đăng'],
  ['15', 'Sán Chay'],
  ['16', 'Cơ Ho'],
  ['17', 'Chăm'],
  ['18', 'Sán Dìu'],
  ['19', 'Hrê'],
  ['20', 'Mnông'],
  ['21', 'Ra Glai'],
  ['22', 'Xtiêng'],
  ['23', 'Bru-Vân Kiều'],
  ['24', 'Thổ'],
  ['25', 'Giáy'],
  ['26', 'Cơ Tu'],
  ['27', 'Giẻ Triêng'],
  ['28', 'Mạ'],
  ['29', 'Khơ Mú'],
  ['30', 'Co'],
  ['31', 'Tà Ôi'],
  ['32', 'Chơ Ro'],
  ['33', 'Kháng'],
  ['34', 'Xinh Mun'],
  ['35', 'Hà Nhì'],
  ['36', 'Chu Ru'],
  ['37', 'Lào'],
  ['38', 'La Chí'],
  ['39', 'La Ha'],
  ['40', 'Phù Lá'],
  ['41', 'La Hủ'],
  ['42', 'Lự'],
  ['43', 'Lô Lô'],
  ['44', 'Chứt'],
  ['45', 'Mảng'],
  ['46', 'Pà Thẻn'],
  ['47', 'Cờ Lao'],
  ['48', 'Cống'],
  ['49', 'Bố Y'],
  ['50', 'Si La'],
  ['51', 'Pu Péo'],
  ['52', 'Brâu'],
  ['53', 'Ơ Đu'],
  ['54', 'Rơ Măm'],
]

/** In code order, for pickers. */
export const ethnicGroupList: readonly { code: string; name: string }[] = table.map(([code, name]) => ({
  code,
  name,
}))
export const ethnicGroups: Readonly<Record<string, string>> = Object.fromEntries(table)

/**
 * Other spellings and sub-group names people give, by code. Matching ignores diacritics, case, spaces,
 * hyphens and apostrophes, so "H'Mông", "Hmong" and "Mông" all find 08. Names shared by two groups
 * (e.g. "Lao" for La Hủ vs Lào) are left out on purpose.
 */
export const ethnicAliases: Readonly<Record<string, readonly string[]>> = {
  '01': ['Việt'],
  '04': ['Hán', 'Người Hoa'],
  '05': ['Khmer', 'Khơ Me', 'Khơme'],
  '08': ['Mông', "H'Mông", 'Mèo'],
  '09': ['Mán'],
  '10': ['Jrai', 'Giarai'],
  '12': ['Êđê', 'Rhade'],
  '13': ['Bahnar'],
  '14': ['Sedang'],
  '15': ['Cao Lan', 'Sán Chỉ'],
  '16': ["K'Ho", 'Koho'],
  '17': ['Chàm', 'Cham'],
  '18': ['Trại'],
  '20': ["M'Nông"],
  '21': ['Raglai'],
  '22': ['Stiêng'],
  '23': ['Bru', 'Vân Kiều'],
  '25': ['Nhắng', 'Dẩng'],
  '26': ['Ka Tu', 'Katu'],
  '27': ['Gié Triêng'],
  '29': ['Khmu'],
  '30': ['Cor'],
  '31': ['Tà-ôi', 'Pa Cô'],
  '32': ['Châu Ro'],
  '34': ['Puộc'],
  '35': ['U Ni', 'Xá U Ni'],
  '40': ['Xa Phó', 'Bồ Khô Pạ'],
  '41': ['Khù Xung'],
  '42': ['Lừ'],
  '43': ['Mun Di'],
  '44': ['Rục', 'Sách', 'Arem'],
  '45': ['Mảng Ư'],
  '46': ['Pà Hưng'],
  '48': ['Xá Cống'],
  '49': ['Tu Dí'],
  '51': ['Ka Pèo'],
  '53': ['Tày Hạt'],
}

const compact = (s: string) => foldName(s).replace(/[^a-z0-9]/gu, '')

const byKey = new Map<string, string>()
for (const [code, name] of Object.entries(ethnicGroups)) byKey.set(compact(name), code)
for (const [code, aliases] of Object.entries(ethnicAliases))
  for (const a of aliases) byKey.set(compact(a), code)

/** The 2-digit code for a name, alias or code as typed ("hmong", "Xa Phó", "8"), or undefined. */
export function findEthnicCode(text: string): string | undefined {
  const key = compact(text)
  if (/^\d{1,2}$/u.test(key)) {
    const code = key.padStart(2, '0')
    return code in ethnicGroups ? code : undefined
  }
  return byKey.get(key)
}

/** Any known code other than "01" (Kinh). */
export function isEthnicMinority(code: string): boolean {
  return code !== '01' && code in ethnicGroups
}
