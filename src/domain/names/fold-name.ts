// Field staff search with a phone keyboard, often without diacritics: "nguyen van a" must find "Nguyễn Văn A".
// The same key drives the soft duplicate flag, so letters that only look Vietnamese must fold like the real
// ones: fullwidth and other compatibility forms (NFKC), Cyrillic and Greek look-alikes pasted from
// another keyboard, and the D-with-stroke family (Ð U+00D0, ð, Ɖ, ɖ) typed for Đ.

// Each look-alike (top) → the Latin letter it passes for (below it). Case matters (Greek Η looks like H, η
// like n), so the map is applied before lower-casing, and once more after NFD (ё is е plus a diaeresis).
const LOOKALIKE_FROM =
  'АВЕКМНОРСТУХІЈЅҺӀҮ' + // Cyrillic capitals
  'авекмнорстухіјѕԁһӏԛԝү' + // Cyrillic small letters
  'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ' + // Greek capitals
  'αικνορτυχ' + // Greek small letters
  'ĐđÐðƉɖ' // D with a stroke or a tail
const LOOKALIKE_TO =
  'abekmhopctyxijshly' + //
  'abekmhopctyxijsdhlqwy' +
  'abezhikmnoptyx' +
  'aikvoptux' +
  'dddddd'
const LOOKALIKES = new Map([...LOOKALIKE_FROM].map((c, i) => [c, LOOKALIKE_TO[i] ?? c]))
const LOOKALIKE = new RegExp(`[${LOOKALIKE_FROM}]`, 'gu')
const unlook = (s: string) => s.replace(LOOKALIKE, (c) => LOOKALIKES.get(c) ?? c)

/** "Đặng Thị Ánh" → "dang thi anh": no diacritics, đ → d, lower case, single spaces; look-alikes folded too. */
export function foldName(name: string): string {
  return unlook(unlook(name.normalize('NFKC')).toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))
    .trim()
    .replace(/\s+/gu, ' ')
}
