// Who issues the receipt (domain.md §7.4): the collecting unit (đơn vị thu: the province BHXH office or a
// collection agent), its address and tax code (mã số thuế), and the receipt form code (mẫu số) and series
// (ký hiệu). Set by the office per province office or per team (an agent), synced to phones, printed on
// every receipt. Optional everywhere: phones from before issue #13 have none and still print.
import { z } from 'zod'

export const receiptIssuerSchema = z.object({
  unitName: z.string().trim().min(2, 'Nhập tên đơn vị thu').max(160),
  unitAddress: z.string().trim().min(2, 'Nhập địa chỉ đơn vị thu').max(200),
  // 10 digits, or 10 digits, a dash and 3 digits for a branch (Luật Quản lý thuế; NĐ 123/2020).
  taxCode: z
    .string()
    .regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, dấu gạch, 3 chữ số)'),
  formCode: z.string().trim().min(1, 'Nhập mẫu số biên lai').max(30),
  series: z.string().trim().min(1, 'Nhập ký hiệu biên lai').max(30),
})
export type ReceiptIssuer = z.infer<typeof receiptIssuerSchema>
