// Registration v1: the wire format of design.md, shared by the form, the device store and the server.
// Vietnamese terms: voluntary social insurance = BHXH tự nguyện → `vsi`;
// household health insurance = BHYT hộ gia đình → `hi`; personal ID number = số định danh cá nhân.
import { z } from 'zod'

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
  message: 'Mã không hợp lệ (cần UUID)',
})

const money = z
  .number({ message: 'Số tiền phải là số' })
  .int({ message: 'Số tiền phải là số nguyên đồng' })
  .min(0, { message: 'Số tiền không được âm' })
  .max(10_000_000_000, { message: 'Số tiền quá lớn' })

const isNfc = (s: string) => s === s.normalize('NFC')

export const fullNameSchema = z
  .string({ message: 'Nhập họ và tên' })
  .min(2, { message: 'Họ và tên quá ngắn' })
  .max(100, { message: 'Họ và tên tối đa 100 ký tự' })
  .refine(isNfc, { message: 'Họ và tên phải ở dạng Unicode NFC' })
  .refine((s) => s.trim() === s && !/\s{2,}/.test(s), { message: 'Họ và tên có khoảng trắng thừa' })
  .refine((s) => /^[\p{L}\p{M}' .-]+$/u.test(s), { message: 'Họ và tên chỉ gồm chữ cái' })

export const idNumberSchema = z
  .string({ message: 'Nhập số định danh cá nhân' })
  .regex(/^\d{12}$/, { message: 'Số định danh cá nhân phải gồm đúng 12 chữ số' })

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY": many elderly villagers know only the year. */
export const partialDateSchema = z
  .string({ message: 'Nhập ngày sinh' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: 'Ngày sinh phải có dạng năm, tháng/năm hoặc ngày/tháng/năm',
  })
  .refine(isRealPartialDate, { message: 'Ngày sinh không tồn tại' })

export const phoneSchema = z
  .string()
  .regex(/^0\d{9}$/, { message: 'Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0' })

export const supportGroups = ['POOR', 'NEAR_POOR', 'ETHNIC_MINORITY', 'OTHER'] as const
export const supportGroupSchema = z.enum(supportGroups, { message: 'Chọn nhóm hỗ trợ' })

export const vsiMonthsSchema = z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)], {
  message: 'Phương thức đóng BHXH tự nguyện chỉ là 1, 3, 6 hoặc 12 tháng',
})
export const hiMonthsSchema = z.union([z.literal(3), z.literal(6), z.literal(12)], {
  message: 'BHYT hộ gia đình đóng 3, 6 hoặc 12 tháng',
})

export const addressSchema = z.object({
  provinceCode: z.string().regex(/^\d{2}$/, { message: 'Chọn tỉnh/thành phố' }),
  communeCode: z
    .string()
    .regex(/^\d{5}$/, { message: 'Mã xã gồm 5 chữ số' })
    .optional(),
  commune: z.string().trim().min(1, { message: 'Nhập xã/phường' }).max(100),
  village: z.string().max(100).optional(),
})

export const vsiSchema = z.object({
  monthlyIncome: money,
  months: vsiMonthsSchema,
  supportGroup: supportGroupSchema,
  priorSupportedMonths: z.number().int().min(0).max(1200).optional(),
  amountDue: money,
})

export const hiSchema = z.object({
  months: hiMonthsSchema,
  householdOrder: z.number().int().min(1, { message: 'Thứ tự trong hộ bắt đầu từ 1' }).max(100),
  amountDue: money,
})

export const servicesSchema = z.object({
  vssidAssisted: z.boolean(),
  cashlessPension: z.boolean(),
})

export const participantSchema = z
  .object({
    fullName: fullNameSchema,
    idNumber: idNumberSchema,
    dateOfBirth: partialDateSchema,
    sex: z.enum(['male', 'female'], { message: 'Chọn giới tính' }),
    ethnicityCode: z.string().regex(/^(0[1-9]|[1-4]\d|5[0-4])$/, { message: 'Chọn dân tộc' }),
    phone: phoneSchema.optional(),
    address: addressSchema,
    consent: z.literal(true, { message: 'Người tham gia phải đồng ý cho thu thập thông tin' }),
    vsi: vsiSchema.optional(),
    hi: hiSchema.optional(),
    services: servicesSchema,
  })
  .refine((p) => p.vsi || p.hi || p.services.vssidAssisted || p.services.cashlessPension, {
    message: 'Chọn ít nhất một loại: BHXH tự nguyện, BHYT hoặc dịch vụ hỗ trợ',
    path: ['vsi'],
  })

export const paymentSchema = z.object({
  method: z.literal('cash'),
  amountCollected: money,
  receiptNo: z.string().regex(/^[A-Z0-9]{1,12}-\d{6}$/, { message: 'Số biên lai không hợp lệ' }),
})

export const registrationSchema = z.object({
  id: uuid,
  revision: z.number().int().min(1).max(1_000_000),
  deviceId: uuid,
  eventId: z.string().min(1).max(64),
  collectedAt: z.iso.datetime({ offset: true, message: 'Thời điểm thu phải là ISO-8601 có múi giờ' }),
  participants: z
    .array(participantSchema)
    .min(1, { message: 'Cần ít nhất một người tham gia' })
    .max(10, { message: 'Tối đa 10 người một lần thu' }),
  payment: paymentSchema.nullable(),
  note: z.string().max(500, { message: 'Ghi chú tối đa 500 ký tự' }).optional(),
})

export type Registration = z.infer<typeof registrationSchema>
export type Participant = z.infer<typeof participantSchema>
export type Payment = z.infer<typeof paymentSchema>
export type SupportGroup = z.infer<typeof supportGroupSchema>
export type VsiMonths = z.infer<typeof vsiMonthsSchema>
export type HiMonths = z.infer<typeof hiMonthsSchema>

function isRealPartialDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number)
  if (y === undefined || y < 1900) return false
  if (m === undefined) return true
  if (m < 1 || m > 12) return false
  if (d === undefined) return true
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return d >= 1 && d <= daysInMonth
}
