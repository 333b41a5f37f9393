// Amount in words for receipts (domain.md §9): northern usage, capitalised, ends "đồng".

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const
const SCALES = ['', 'nghìn', 'triệu'] as const

/** 1366200 → "Một triệu ba trăm sáu mươi sáu nghìn hai trăm đồng". */
export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError('Amount must be a non-negative whole number of đồng')
  }
  if (amount === 0) return 'Không đồng'
  const groups: number[] = []
  for (let n = amount; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000)
  const words: string[] = []
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0
    if (group === 0) continue // all-zero groups are skipped
    words.push(readGroup(group, i === groups.length - 1), scaleName(i))
  }
  const text = words.filter((w) => w !== '').join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} đồng`
}

// Group i counts thousands: 0 '', 1 nghìn, 2 triệu, 3 tỷ, 4 nghìn tỷ, 5 triệu tỷ, 6 tỷ tỷ…
function scaleName(i: number): string {
  return [SCALES[i % 3] ?? '', ...Array<string>(Math.floor(i / 3)).fill('tỷ')].filter(Boolean).join(' ')
}

function readGroup(n: number, leading: boolean): string {
  const h = Math.floor(n / 100)
  const t = Math.floor(n / 10) % 10
  const u = n % 10
  const out: string[] = []
  // The leading group drops its zero hundreds ("năm mươi nghìn"); later groups say "không trăm".
  const sayHundreds = !leading || h > 0
  if (sayHundreds) out.push(DIGITS[h] ?? '', 'trăm')
  if (t === 0) {
    if (u !== 0) out.push(...(sayHundreds ? ['linh'] : []), DIGITS[u] ?? '')
  } else {
    out.push(t === 1 ? 'mười' : `${DIGITS[t]} mươi`)
    if (u !== 0) out.push(unitAfterTens(t, u))
  }
  return out.join(' ')
}

function unitAfterTens(t: number, u: number): string {
  if (u === 5) return 'lăm'
  if (t >= 2 && u === 1) return 'mốt'
  if (t >= 2 && u === 4) return 'tư'
  return DIGITS[u] ?? ''
}
