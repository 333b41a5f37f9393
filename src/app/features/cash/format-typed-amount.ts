// The hand-over amount as it is typed: digits only, grouped with vi-VN thousands dots at each keystroke
// ("10695960" → "10.695.960"). Starts empty (it used to start with the expected sum, and typing
// after it made "1069596010.695.960").
import { groupThousands } from '../../../domain/format/format-vnd.ts'

export function formatTypedAmount(text: string): string {
  const digits = text
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '')
    .slice(0, 12)
  return digits === '' ? '' : groupThousands(Number(digits))
}
