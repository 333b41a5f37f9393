// Runs in Chromium (bench/print-slip.ts bundles it): draws a household of four's receipt at both head widths
// the way "In biên lai" does, and encodes it, so the figures are the real slip's bytes.
import { drawReceiptCanvas } from '../../src/app/features/receipt/draw-receipt.ts'
import { receiptTextLines } from '../../src/app/features/receipt/receipt-text-lines.ts'
import { encodeRaster } from '../../src/app/print/encode-raster.ts'
import { HEAD_DOTS, toOneBit } from '../../src/app/print/one-bit-image.ts'
import { receiptOf } from '../../src/domain/receipt/receipt-of.ts'
import { defaultRules } from '../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from '../../test/domain/registration/sample-registration.ts'

const household = sampleRegistration({
  participants: [
    sampleParticipant({ fullName: 'Thào A Sùng', idNumber: '010085774401' }),
    sampleParticipant({
      fullName: 'Giàng Thị Dế',
      idNumber: '010187774402',
      sex: 'female',
      vsi: undefined,
      hi: { months: 12, householdOrder: 2, amountDue: 956_340 },
    }),
    sampleParticipant({
      fullName: 'Thào A Chư',
      idNumber: '010205774404',
      vsi: undefined,
      hi: { months: 12, householdOrder: 3, amountDue: 819_720 },
    }),
    sampleParticipant({
      fullName: 'Thào Thị Mỷ',
      idNumber: '010322774403',
      sex: 'female',
      vsi: undefined,
      hi: undefined,
      services: { vssidAssisted: true, cashlessPension: false },
    }),
  ],
  payment: { method: 'cash', amountCollected: 6_706_260, receiptNo: 'LC017-000123' },
})
const issuer = {
  unitName: 'Bảo hiểm xã hội tỉnh Lào Cai',
  unitAddress: 'Đường Hoàng Liên, phường Cốc Lếu, Lào Cai',
  taxCode: '5300112233',
  formCode: 'C45-BB',
  series: 'LC/2026',
}

declare global {
  interface Window {
    slipFigures: () => { paper: string; dots: number; rows: number; bytes: number; ms: number }[]
  }
}

window.slipFigures = () => {
  const receipt = receiptOf(household, defaultRules, { collector: 'Cán bộ thu 2', event: 'Y Tý', issuer })
  return (['58', '80'] as const).map((paper) => {
    const started = performance.now()
    const dots = HEAD_DOTS[paper]
    const canvas = drawReceiptCanvas(receiptTextLines(receipt), { width: dots, pad: 8, scale: 1 })
    const ctx = canvas.getContext('2d')!
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
    const bytes = encodeRaster(toOneBit(data, width, height), { columns: paper === '58' ? 32 : 48 })
    return { paper, dots, rows: height, bytes: bytes.length, ms: Math.round(performance.now() - started) }
  })
}
