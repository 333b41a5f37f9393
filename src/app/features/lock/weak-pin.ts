// PINs a passer-by guesses first: all one digit, a run up or down (wrapping 9→0 too), and the
// most common 6-digit PINs in published leak studies. The PIN is the only lock on citizens' data.
const COMMON = new Set([
  '123123',
  '121212',
  '112233',
  '111222',
  '123321',
  '654321',
  '666666',
  '696969',
  '000000',
  '159753',
  '147258',
  '789456',
  '520520',
  '520131',
  '131313',
  '101010',
  '100200',
  '102030',
  '123654',
  '147852',
  '159357',
  '112358',
  '246810',
  '135790',
  '998877',
  '010203',
])

export function isWeakPin(pin: string): boolean {
  if (!/^\d{6}$/.test(pin)) return true
  const digits = [...pin].map(Number)
  const steps = digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10)
  const allSame = steps.every((s) => s === 0)
  const ascending = steps.every((s) => s === 1)
  const descending = steps.every((s) => s === 9)
  if (allSame || ascending || descending) return true
  if (COMMON.has(pin)) return true
  // A pair or a triple said twice over ("121212", "258258") is as easy to see over a shoulder.
  const pairs = pin.slice(0, 2) === pin.slice(2, 4) && pin.slice(2, 4) === pin.slice(4)
  return pairs || pin.slice(0, 3) === pin.slice(3)
}
