// Who issues the receipt (domain.md §7.4): the collecting unit (đơn vị thu: the province BHXH office or a
// collection agent), its address and tax code (mã số thuế), and the receipt form code (mẫu số) and series
// (ký hiệu). Set by the office per province office or per team (an agent), synced to phones, printed on
// every receipt. Optional everywhere: phones from before receipt issuers existed have none and still print.
// zod/mini: the phone parses what the server sends with this schema too, and the device bundle loads no
// classic zod (test/app/device-imports.test.ts).
import { z } from 'zod/mini'

const text = (min: string, max: number) =>
  z.string().check(z.trim(), z.minLength(1, { message: min }), z.maxLength(max))

export const receiptIssuerSchema = z.object({
  unitName: text('Nhập tên đơn vị thu', 160),
  unitAddress: text('Nhập địa chỉ đơn vị thu', 200),
  // 10 digits, or 10 digits, a dash and 3 digits for a branch (Luật Quản lý thuế; NĐ 123/2020).
  taxCode: z.string().check(
    z.regex(/^\d{10}(-\d{3})?$/, {
      message: 'Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, dấu gạch, 3 chữ số)',
    }),
  ),
  formCode: text('Nhập mẫu số biên lai', 30),
  series: text('Nhập ký hiệu biên lai', 30),
})
export type ReceiptIssuer = z.infer<typeof receiptIssuerSchema>
