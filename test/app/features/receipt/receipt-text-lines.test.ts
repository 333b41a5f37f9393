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
