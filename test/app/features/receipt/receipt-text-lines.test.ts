import { expect, it } from 'vitest'
import { receiptTextLines } from '../../../../src/app/features/receipt/receipt-text-lines.ts'
import { receiptOf } from '../../../../src/domain/receipt/receipt-of.ts'
import { defaultRules } from '../../../../src/domain/rules/default-rules.ts'
import { sampleRegistration } from '../../../domain/registration/sample-registration.ts'

it('the shared image carries everything the printed receipt does', () => {
  const receipt = receiptOf(sampleRegistration(), defaultRules, { collector: 'Cán bộ thu 2', event: 'Y Tý' })
  const text = receiptTextLines(receipt)
    .map((l) => (l.amount ? `${l.text} | ${l.amount}` : l.text))
    .join('\n')
  expect(text).toContain('Số: LC017-000123')
  expect(text).toContain('Ngày thu: 25/11/2026')
  expect(text).toContain('Thu tiền đóng BHXH tự nguyện | 3.564.000 đồng')
  expect(text).toContain('Thu tiền đóng BHYT hộ gia đình (người thứ 1) | 1.366.200 đồng')
  expect(text).toContain('Kỳ 11/2026–04/2027 (6 tháng)')
  expect(text).toContain('Tổng cộng | 4.930.200 đồng')
  expect(text).toContain('Bằng chữ: Bốn triệu chín trăm ba mươi nghìn hai trăm đồng')
  expect(text).toContain('Người thu: Cán bộ thu 2')
  expect(text).not.toContain('ĐÃ HUỶ')
})

it('marks a voided receipt at the top and gives the reason', () => {
  const reg = sampleRegistration({ void: { reason: 'Ghi nhầm', at: '2026-11-25T10:00:00+07:00' } })
  const lines = receiptTextLines(receiptOf(reg, defaultRules, { collector: '', event: '' }))
  expect(lines[2]).toMatchObject({ text: '*** ĐÃ HUỶ ***', bold: true })
  expect(lines.at(-1)?.text).toBe('Đã huỷ ngày 25/11/2026. Lý do: Ghi nhầm')
})

const issuer = {
  unitName: 'Bảo hiểm xã hội tỉnh Lào Cai',
  unitAddress: 'Đường Hoàng Liên, Cốc Lếu, Lào Cai',
  taxCode: '5300112233',
  formCode: 'C45-BB',
  series: 'LC/2026',
}

it('prints the collecting unit, tax code, form code and series the office set (issue #13)', () => {
  const receipt = receiptOf(sampleRegistration(), defaultRules, { collector: 'A', event: '', issuer })
  const text = receiptTextLines(receipt).map((l) => l.text)
  expect(text.slice(0, 5)).toEqual([
    'Bảo hiểm xã hội tỉnh Lào Cai',
    'Đường Hoàng Liên, Cốc Lếu, Lào Cai',
    'Mã số thuế: 5300112233',
    'Mẫu số: C45-BB · Ký hiệu: LC/2026',
    'BIÊN LAI THU TIỀN',
  ])
})

it('marks a reprint as a copy', () => {
  const receipt = receiptOf(sampleRegistration(), defaultRules, { collector: 'A', event: '' })
  expect(receiptTextLines(receipt, { copy: true }).map((l) => l.text)).toContain('*** BẢN SAO ***')
  expect(receiptTextLines(receipt).map((l) => l.text)).not.toContain('*** BẢN SAO ***')
})

it('a services-only sitting is a confirmation slip naming the service, not a 0-đồng receipt', () => {
  const base = sampleRegistration()
  const reg = sampleRegistration({
    participants: [
      {
        ...base.participants[0]!,
        vsi: undefined,
        hi: undefined,
        services: { vssidAssisted: true, cashlessPension: true },
      },
    ],
    payment: null,
  })
  const text = receiptTextLines(
    receiptOf(reg, defaultRules, { collector: 'Cán bộ thu 2', event: '', issuer }),
  )
    .map((l) => l.text)
    .join('\n')
  expect(text).toContain('GIẤY XÁC NHẬN HỖ TRỢ DỊCH VỤ')
  expect(text).toContain('Đã được hỗ trợ cài đặt và đăng nhập ứng dụng VssID')
  expect(text).toContain('Đã được hỗ trợ đăng ký nhận lương hưu, trợ cấp BHXH không dùng tiền mặt')
  expect(text).toContain('Người hỗ trợ: Cán bộ thu 2')
  expect(text).not.toContain('BIÊN LAI THU TIỀN')
  expect(text).not.toContain('0 đồng')
  expect(text).not.toContain('Mẫu số')
})
