// The commune picker's search over the 3,321 communes: typed without accents or kind words
// ("van ban" finds "Xã Văn Bàn"), or by code. Imports the whole list: the phone loads it only dynamically.
import { bareName, communes, unitKind, type Commune } from './admin-units.ts'

// Folded once, at first use: " van ban" (a leading space so a word start is " " + the typed word), and each
// commune's place in Vietnamese alphabetical order, so results sort by numbers rather than by collation.
let index: { bare: string[]; spaced: string[]; order: Int32Array } | undefined
function folded() {
  if (index) return index
  const bare = communes.map((c) => bareName(c.name))
  const order = new Int32Array(communes.length)
  const collator = new Intl.Collator('vi')
  communes
    .map((c, i) => ({ name: c.name, i }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .forEach(({ i }, place) => {
      order[i] = place
    })
  index = { bare, spaced: bare.map((b) => ` ${b}`), order }
  return index
}

/** Folds the list ahead of the first keystroke (the picker calls it once the chunk has loaded). */
export function prepareSearch(): void {
  folded()
}

/**
 * The communes whose name holds the typed text, best first: the same name, then names starting with it,
 * then a word starting with it, then anywhere; inside each, the given province's first, then by name.
 * Digits search the codes. An empty query finds nothing.
 */
export function searchCommunes(
  query: string,
  options: { provinceCode?: string; limit?: number } = {},
): Commune[] {
  const limit = options.limit ?? 30
  const q = bareName(query)
  // A kind word alone ("xã ", "phường") is the start of a name still being typed.
  if (q === '' || /^(xa|phuong|thi tran|dac khu)$/u.test(q)) return []
  const { bare, spaced, order } = folded()
  const hits: { i: number; rank: number }[] = []
  if (/^\d+$/u.test(q)) {
    const code = query.trim()
    communes.forEach((c, i) => {
      if (c.code.startsWith(code)) hits.push({ i, rank: 0 })
    })
  } else {
    const word = ` ${q}`
    for (let i = 0; i < communes.length; i++) {
      const b = bare[i]!
      const at = b.indexOf(q)
      if (at < 0) continue
      const tier = b === q ? 0 : at === 0 ? 1 : spaced[i]!.includes(word) ? 2 : 3
      hits.push({ i, rank: tier * 2 + (communes[i]!.provinceCode === options.provinceCode ? 0 : 1) })
    }
  }
  return hits
    .sort((a, b) => a.rank - b.rank || order[a.i]! - order[b.i]!)
    .slice(0, limit)
    .map((h) => communes[h.i]!)
}

/** The communes of a province whose name is the given text ("Văn Bàn", "xa van ban"), for a typed name. */
export function communesNamed(name: string, provinceCode: string): Commune[] {
  const q = bareName(name)
  if (q === '') return []
  const { bare } = folded()
  const same = communes.filter((c, i) => c.provinceCode === provinceCode && bare[i] === q)
  // "Văn Lang" and "Văn Lăng" fold alike: with the accents typed, the one written so wins.
  const written = withAccents(name)
  const exact = same.filter((c) => withAccents(c.name) === written)
  if (exact.length > 0) return exact
  const kind = unitKind(name)
  const sameKind = same.filter((c) => unitKind(c.name) === kind)
  return kind !== '' && sameKind.length > 0 ? sameKind : same
}

/** "Xã  Văn Bàn" → "văn bàn": lower case, single spaces, without the kind word, accents kept. */
function withAccents(name: string): string {
  const text = name.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, ' ')
  const kind = /^(xã|phường|thị trấn|đặc khu) /u.exec(text)
  return kind ? text.slice(kind[0].length) : text
}
