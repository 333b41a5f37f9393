import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCccdQr } from '../../../src/domain/identity/parse-cccd-qr.ts'

// Made-up people in the layout of real cards: PPP 015/010 (Yên Bái/Lào Cai), G 0 = man 1900s, 3 = woman 2000s.
const PAO =
  '015085001234|123456789|LÙ VĂN PÁO|02041985|Nam|Thôn Pờ Hồ, Xã Bát Xát, Huyện Bát Xát, Lào Cai|15032021'
const MAI_NO_OLD_ID =
  '010303654321||GIÀNG THỊ MAI|12072003|Nữ|Bản Tả Van, Xã Tả Van, Thị xã Sa Pa, Lào Cai|20082022'
// A card issued after 2024-07-01: more fields after the issue date (parents' names), a trailing `|`.
const NEW_CARD =
  '015190004321||Hoàng Thị Dung|05111990|Nữ|Tổ 3, Phường Yên Bái, Lào Cai|01082024|Hoàng Văn Sinh|Lò Thị Ín|'
// NAPAS VietQR (EMVCo) for a bank transfer.
const VIETQR =
  '00020101021238570010A00000072701270006970436011300110123456780208QRIBFTTA53037045802VN62150811Thu BHYT 6304A1B2'

describe('parseCccdQr', () => {
  it('reads a card with every field, diacritics kept', () => {
    const r = parseCccdQr(PAO)
    expect(r).toEqual({
      kind: 'cccd',
      card: {
        idNumber: '015085001234',
        oldIdNumber: '123456789',
        fullName: 'LÙ VĂN PÁO',
        dateOfBirth: '1985-04-02',
        sex: 'male',
        address: 'Thôn Pờ Hồ, Xã Bát Xát, Huyện Bát Xát, Lào Cai',
        issuedOn: '2021-03-15',
        extra: [],
      },
      issues: [],
    })
  })

  it('reads a card with an empty old-ID field', () => {
    const r = parseCccdQr(MAI_NO_OLD_ID)
    expect(r.kind).toBe('cccd')
    if (r.kind !== 'cccd') return
    expect(r.card).not.toHaveProperty('oldIdNumber')
    expect(r.card).toMatchObject({ fullName: 'GIÀNG THỊ MAI', dateOfBirth: '2003-07-12', sex: 'female' })
    expect(r.issues).toEqual([])
  })

  it('reads a newer card with extra fields and a trailing separator', () => {
    const r = parseCccdQr(NEW_CARD)
    expect(r.kind).toBe('cccd')
    if (r.kind !== 'cccd') return
    expect(r.card).toMatchObject({
      idNumber: '015190004321',
      fullName: 'Hoàng Thị Dung',
      dateOfBirth: '1990-11-05',
      sex: 'female',
      address: 'Tổ 3, Phường Yên Bái, Lào Cai',
      issuedOn: '2024-08-01',
      extra: ['Hoàng Văn Sinh', 'Lò Thị Ín', ''],
    })
  })

  it('gives the name in NFC whatever the decoder produced, with single spaces', () => {
    const nfd = PAO.replace('LÙ VĂN PÁO', '  LÙ  VĂN PÁO ').normalize('NFD')
    const r = parseCccdQr(`\uFEFF${nfd}\r\n`)
    expect(r.kind).toBe('cccd')
    if (r.kind !== 'cccd') return
    expect(r.card.fullName).toBe('LÙ VĂN PÁO'.normalize('NFC'))
    expect(r.card.fullName.normalize('NFC')).toBe(r.card.fullName)
    expect(r.card.sex).toBe('male')
    expect(parseCccdQr(MAI_NO_OLD_ID.normalize('NFD'))).toMatchObject({ card: { sex: 'female' } })
  })

  it('repairs UTF-8 read as Latin-1 by the decoder', () => {
    const latin1 = String.fromCharCode(...new TextEncoder().encode(MAI_NO_OLD_ID))
    expect(latin1).toContain('Ã')
    expect(parseCccdQr(latin1)).toMatchObject({ kind: 'cccd', card: { fullName: 'GIÀNG THỊ MAI' } })
  })

  it('keeps what is known of an elderly person’s birth date (00 for an unknown day or month)', () => {
    const withDob = (dob: string) => PAO.replace('02041985', dob)
    expect(parseCccdQr(withDob('00001950'))).toMatchObject({ card: { dateOfBirth: '1950' } })
    expect(parseCccdQr(withDob('00031950'))).toMatchObject({ card: { dateOfBirth: '1950-03' } })
    expect(parseCccdQr(withDob('1950'))).toMatchObject({ card: { dateOfBirth: '1950' } })
    expect(parseCccdQr(withDob('02/04/1985'))).toMatchObject({ card: { dateOfBirth: '1985-04-02' } })
    for (const bad of ['31021985', '02131985', 'abc', '']) {
      const r = parseCccdQr(withDob(bad))
      expect(r.kind).toBe('cccd')
      if (r.kind === 'cccd') expect(r.card).not.toHaveProperty('dateOfBirth')
    }
    expect(parseCccdQr(withDob('29022000'))).toMatchObject({ card: { dateOfBirth: '2000-02-29' } })
    expect(parseCccdQr(PAO.replace('15032021', '00002021')).kind).toBe('cccd')
  })

  it('runs the ID checks on what was scanned', () => {
    // G digit 0 = a man born in the 1900s; the card says Nữ and 2003.
    const r = parseCccdQr(PAO.replace('Nam', 'Nữ').replace('02041985', '02042003'))
    expect(r.kind).toBe('cccd')
    if (r.kind !== 'cccd') return
    expect(r.issues.map((i) => [i.code, i.details])).toEqual([
      ['id_mismatch', { part: 'century' }],
      ['id_mismatch', { part: 'sex' }],
    ])
    expect(r.issues.every((i) => i.severity === 'warning')).toBe(true)
  })

  it('keeps a card whose later fields are missing or empty', () => {
    expect(parseCccdQr('015085001234||LÙ VĂN PÁO')).toEqual({
      kind: 'cccd',
      card: { idNumber: '015085001234', fullName: 'LÙ VĂN PÁO', extra: [] },
      issues: [],
    })
    expect(parseCccdQr('015085001234||LÙ VĂN PÁO|||||')).toMatchObject({ kind: 'cccd' })
  })

  it('says a link is not a card', () => {
    for (const url of [
      'https://vneid.gov.vn/?ref=poster',
      'HTTP://EXAMPLE.VN/x',
      'www.baohiemxahoi.gov.vn',
      'zalo://qr/p/abc',
    ]) {
      expect(parseCccdQr(url)).toMatchObject({ kind: 'not_cccd', reason: 'url' })
    }
  })

  it('says a VietQR payment code is not a card', () => {
    const r = parseCccdQr(VIETQR)
    expect(r).toEqual({
      kind: 'not_cccd',
      reason: 'payment',
      message: 'Đây là mã QR thanh toán, không phải mã QR trên thẻ căn cước',
    })
  })

  it('says garbage is not a card', () => {
    for (const text of [
      'hello',
      '|||',
      '015085001234',
      '01508500123|123456789|LÙ VĂN PÁO|02041985|Nam|x|15032021',
      '015085001234|123456789||02041985|Nam|x|15032021',
      '015085001234|123456789|12345|02041985|Nam|x|15032021',
      'WIFI:S:Nha Van Hoa;T:WPA;P:12345678;;',
      'BEGIN:VCARD\nVERSION:3.0\nFN:Lù Văn Páo\nEND:VCARD',
      '\u0000\u0001\u00ff\ufffd',
    ]) {
      expect(parseCccdQr(text)).toMatchObject({ kind: 'not_cccd', reason: 'not_id_card' })
    }
    expect(parseCccdQr('  \n')).toMatchObject({ kind: 'not_cccd', reason: 'empty' })
  })

  it('never throws, whatever the code holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 12 }).map((a) => a.join('|')),
        ),
        (text) => {
          const r = parseCccdQr(text)
          expect(['cccd', 'not_cccd']).toContain(r.kind)
        },
      ),
    )
  })
})
