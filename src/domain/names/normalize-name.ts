// Names are stored NFC with their diacritics (domain.md §9); typing on phones mixes NFD input, curly
// apostrophes and stray spaces, which would make the same person look like two.

/** "  nguyễn   văn  a " → "Nguyễn Văn A"; "h’hen niê" → "H'Hen Niê". */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[’‘ʼ`]/gu, "'")
    .trim()
    .replace(/\s+/gu, ' ')
    .toLowerCase()
    .replace(/(^|[ '-])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())
}
