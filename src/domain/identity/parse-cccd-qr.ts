// The QR code on the chip ID card (CCCD; "thẻ căn cước" since 2024-07-01, domain.md §4.1) holds the card's
// front as `|`-separated text: ID (12 digits) | old 9-digit ID (may be empty) | full name | date of birth
// ddmmyyyy | Nam/Nữ | address | issue date ddmmyyyy. Cards issued since 2024-07-01 may carry more fields
// after these. A collector also points the camera at whatever QR is near (a payment code, a poster's link),
// so anything that is not a card is an answer with a reason, never an exception.
import type { CheckIssue } from '../registration/field-issue.ts'
import { checkIdNumber } from './check-id-number.ts'

export interface CccdCard {
  /** Personal identification number, 12 digits. */
  idNumber: string
  /** The 9-digit (or older 12-digit) number of the card this one replaced, when printed. */
  oldIdNumber?: string
  /** As printed (usually capitals), Unicode NFC, single spaces. */
  fullName: string
  /** "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when the card has 00 for an unknown day or month. */
  dateOfBirth?: string
  sex?: 'male' | 'female'
  /** Place of residence as printed: the addresses from before 2025-07-01 name the district too. */
  address?: string
  issuedOn?: string
  /** Fields after the seventh (newer cards), as read. */
  extra: string[]
}

export const notCccdReasons = ['empty', 'url', 'payment', 'not_id_card'] as const
export type NotCccdReason = (typeof notCccdReasons)[number]

export type CccdQrResult =
  | {
      kind: 'cccd'
      card: CccdCard
      /** The domain's ID checks on what was scanned (warnings: ID digits disagreeing with the birth date or sex). */
      issues: CheckIssue[]
    }
  | { kind: 'not_cccd'; reason: NotCccdReason; message: string }

const messages: Record<NotCccdReason, string> = {
  empty: 'Mã QR không có nội dung',
  url: 'Đây là mã QR của một đường link, không phải mã QR trên thẻ căn cước',
  payment: 'Đây là mã QR thanh toán, không phải mã QR trên thẻ căn cước',
  not_id_card: 'Mã QR này không phải mã trên thẻ căn cước (CCCD)',
}

const notCccd = (reason: NotCccdReason): CccdQrResult => ({
  kind: 'not_cccd',
  reason,
  message: messages[reason],
})

export function parseCccdQr(raw: string): CccdQrResult {
  const text = repairMojibake(raw.replace(/^\uFEFF/u, '')).trim()
  if (text === '') return notCccd('empty')
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(text) || /^www\./iu.test(text)) return notCccd('url')
  // EMVCo merchant-presented codes (VietQR, NAPAS 247) start with the payload-format field "000201".
  if (/^000201/u.test(text)) return notCccd('payment')

  const fields = text.split('|').map((f) => f.trim())
  const idNumber = fields[0] ?? ''
  const fullName = cleanName(fields[2] ?? '')
  if (fields.length < 3 || !/^\d{12}$/u.test(idNumber) || !/\p{L}/u.test(fullName)) {
    return notCccd('not_id_card')
  }

  const card: CccdCard = { idNumber, fullName, extra: fields.slice(7) }
  const oldId = fields[1] ?? ''
  if (/^(\d{9}|\d{12})$/u.test(oldId)) card.oldIdNumber = oldId
  const dateOfBirth = readDate(fields[3] ?? '', true)
  if (dateOfBirth !== undefined) card.dateOfBirth = dateOfBirth
  const sex = readSex(fields[4] ?? '')
  if (sex !== undefined) card.sex = sex
  const address = (fields[5] ?? '').normalize('NFC').replace(/\s+/gu, ' ')
  if (address !== '') card.address = address
  const issuedOn = readDate(fields[6] ?? '', false)
  if (issuedOn !== undefined) card.issuedOn = issuedOn

  return {
    kind: 'cccd',
    card,
    issues: checkIdNumber(idNumber, { dateOfBirth: card.dateOfBirth, sex: card.sex }),
  }
}

function cleanName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

function readSex(text: string): 'male' | 'female' | undefined {
  const s = text.normalize('NFC').toLowerCase()
  if (s === 'nam' || s === 'male') return 'male'
  if (s === 'nữ' || s === 'nu' || s === 'female') return 'female'
  return undefined
}

/**
 * "02041985" → "1985-04-02". Elderly people whose day or month is unknown have 00 on the card: "00001950" →
 * "1950". `partial` allows that (a birth date); an issue date must be whole.
 */
function readDate(text: string, partial: boolean): string | undefined {
  const m = /^(\d{2})\/?(\d{2})\/?(\d{4})$/u.exec(text) ?? /^()()(\d{4})$/u.exec(text)
  if (!m) return undefined
  const [, dd = '', mm = '', yyyy = ''] = m
  const year = Number(yyyy)
  if (year < 1900) return undefined
  if (dd === '' || (dd === '00' && mm === '00')) return partial ? yyyy : undefined
  const month = Number(mm)
  if (month < 1 || month > 12) return undefined
  if (dd === '00') return partial ? `${yyyy}-${mm}` : undefined
  const day = Number(dd)
  const daysInMonth = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
  if (day < 1 || day > daysInMonth) return undefined
  return `${yyyy}-${mm}-${dd}`
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/**
 * A decoder that guessed Latin-1 for the card's UTF-8 bytes gives "LÃ²" for "Lò". When every
 * character fits in a byte and those bytes are valid UTF-8 with some non-ASCII, read them as UTF-8.
 */
function repairMojibake(text: string): string {
  const bytes: number[] = []
  let nonAscii = false
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    if (c > 0xff) return text
    if (c > 0x7f) nonAscii = true
    bytes.push(c)
  }
  if (!nonAscii) return text
  return decodeUtf8(bytes) ?? text
}

/** Strict UTF-8 → string; undefined on any malformed sequence. */
function decodeUtf8(bytes: readonly number[]): string | undefined {
  let out = ''
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return undefined
    let code = length === 1 ? b : b & (0xff >> (length + 1))
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0
      if ((next & 0xc0) !== 0x80) return undefined
      code = (code << 6) | (next & 0x3f)
    }
    const min = [0, 0, 0x80, 0x800, 0x10000][length] ?? 0
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
    out += String.fromCodePoint(code)
    i += length
  }
  return out
}
