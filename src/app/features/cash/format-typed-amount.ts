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

/** The đồng a typed amount stands for ("10.695.960" → 10695960), or undefined when it is not one. */
export function typedAmountValue(text: string): number | undefined {
  const digits = text.replace(/[.\s]/g, '')
  return /^\d{1,12}$/.test(digits) ? Number(digits) : undefined
}
