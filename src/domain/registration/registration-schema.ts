// Registration v1: the wire format of design.md, shared by the form, the device store and the server.
// Vietnamese terms: voluntary social insurance = BHXH tự nguyện → `vsi`;
// household health insurance = BHYT hộ gia đình → `hi`; personal ID number = số định danh cá nhân.
// zod/mini, not classic zod: the same zod 4 schemas (safeParse, z.infer, identical issues) that the
// device bundle can tree-shake, so the enrol screen stays under its size budget.
import { z } from 'zod/mini'
import { hiExclusionFlags } from '../quote/hi-exclusion-flags.ts'

const uuid = z.string().check(
  z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'Mã không hợp lệ (cần UUID)',
  }),
)

const money = z
  .number({ message: 'Số tiền phải là số' })
  .check(
    z.int({ message: 'Số tiền phải là số nguyên đồng' }),
    z.gte(0, { message: 'Số tiền không được âm' }),
    z.lte(10_000_000_000, { message: 'Số tiền quá lớn' }),
  )

const isNfc = (s: string) => s === s.normalize('NFC')

export const fullNameSchema = z.string({ message: 'Nhập họ và tên' }).check(
  z.minLength(2, { message: 'Họ và tên quá ngắn' }),
  z.maxLength(100, { message: 'Họ và tên tối đa 100 ký tự' }),
  z.refine(isNfc, { message: 'Họ và tên phải ở dạng Unicode NFC' }),
  z.refine((s) => s.trim() === s && !/\s{2,}/.test(s), { message: 'Họ và tên có khoảng trắng thừa' }),
  z.refine((s) => /^[\p{L}\p{M}' .-]+$/u.test(s), { message: 'Họ và tên chỉ gồm chữ cái' }),
  // Latin mixed with Cyrillic or Greek is a look-alike pasted from another keyboard ("Huуền" with a Cyrillic
  // у): it would hide the person from search and the duplicate check.
  z.refine((s) => !(/\p{Script=Latin}/u.test(s) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(s)), {
    message:
      'Họ và tên lẫn chữ Nga hoặc chữ Hy Lạp trông giống chữ Việt: hãy gõ lại bằng bàn phím tiếng Việt',
  }),
)

export const idNumberSchema = z
  .string({ message: 'Nhập số định danh cá nhân' })
  .check(z.regex(/^\d{12}$/, { message: 'Số định danh cá nhân phải gồm đúng 12 chữ số' }))

/** "YYYY-MM-DD", "YYYY-MM" or "YYYY": many elderly villagers know only the year. */
export const partialDateSchema = z.string({ message: 'Nhập ngày sinh' }).check(
  z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: 'Ngày sinh phải có dạng năm, tháng/năm hoặc ngày/tháng/năm',
  }),
  z.refine(isRealPartialDate, { message: 'Ngày sinh không tồn tại' }),
)

export const phoneSchema = z
  .string()
  .check(z.regex(/^0\d{9}$/, { message: 'Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0' }))

export const supportGroups = ['POOR', 'NEAR_POOR', 'ETHNIC_MINORITY', 'OTHER'] as const
export const supportGroupSchema = z.enum(supportGroups, { message: 'Chọn nhóm hỗ trợ' })

export const vsiMonthsSchema = z.union([z.literal(1), z.literal(3), z.literal(6), z.literal(12)], {
  message: 'Phương thức đóng BHXH tự nguyện chỉ là 1, 3, 6 hoặc 12 tháng',
})
export const hiMonthsSchema = z.union([z.literal(3), z.literal(6), z.literal(12)], {
  message: 'BHYT hộ gia đình đóng 3, 6 hoặc 12 tháng',
})

export const addressSchema = z.object({
  provinceCode: z.string().check(z.regex(/^\d{2}$/, { message: 'Chọn tỉnh/thành phố' })),
  communeCode: z.optional(z.string().check(z.regex(/^\d{5}$/, { message: 'Mã xã gồm 5 chữ số' }))),
  commune: z.string().check(z.trim(), z.minLength(1, { message: 'Nhập xã/phường' }), z.maxLength(100)),
  village: z.optional(z.string().check(z.maxLength(100))),
})

export const vsiSchema = z.object({
  monthlyIncome: money,
  months: vsiMonthsSchema,
  supportGroup: supportGroupSchema,
  priorSupportedMonths: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1200))),
  amountDue: money,
  /**
   * "Already receiving a pension, an SI benefit or a monthly allowance?" (Law 41/2024/QH15 Art. 2(4)(a)),
   * asked for every VSI participant since the one rulebook; `true` is refused. Absent: not asked (older clients).
   */
  receivesPensionOrBenefit: z.optional(z.boolean()),
})

export const hiExclusionFlagSchema = z.enum(hiExclusionFlags, { message: 'Đối tượng không hợp lệ' })

const reasonText = (what: string, max: number) =>
  z
    .string({ message: `Nhập ${what}` })
    .check(
      z.trim(),
      z.minLength(3, { message: `Nhập ${what}` }),
      z.maxLength(max, { message: `${what} tối đa ${max} ký tự` }),
    )

export const healthFacilityRefSchema = z.object({
  provinceCode: z.string().check(z.regex(/^\d{2}$/, { message: 'Mã tỉnh gồm 2 chữ số' })),
  code: z.string().check(z.regex(/^[0-9A-Z]{3,10}$/, { message: 'Mã nơi KCB ban đầu không hợp lệ' })),
})

export const hiSchema = z.object({
  months: hiMonthsSchema,
  householdOrder: z
    .number()
    .check(z.int(), z.gte(1, { message: 'Thứ tự trong hộ bắt đầu từ 1' }), z.lte(100)),
  amountDue: money,
  // Issue #4 extensions, all optional so older clients stay valid:
  /** Members whose household HI card paid earlier this year is still valid: the ladder continues after them. */
  alreadyValidRanks: z.optional(z.number().check(z.int(), z.gte(0), z.lte(20))),
  /** The collector typed `householdOrder` by hand instead of taking the computed rank. */
  rankOverride: z.optional(z.boolean()),
  /** Enrolled as household HI although a §3.4 flag is set: the reason is for the supervisor. */
  exclusionOverride: z.optional(z.object({ reason: reasonText('ghi chú cho giám sát', 300) })),
  /**
   * The initial health facility (nơi đăng ký KCB ban đầu), from the office's list for the province: D03-TS
   * columns 6–7. Optional: older phones omit it and the office fills it in.
   */
  facility: z.optional(healthFacilityRefSchema),
  /**
   * The last day of the card this payment renews, as the office's participant list has it ("Gia hạn"): the
   * person is counted as a renewal, not a new participant. Optional: a new card has none.
   */
  renewsCardTo: z.optional(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Hạn thẻ cũ phải có dạng YYYY-MM-DD' })),
  ),
})

/** A participant with no product and no service: the form says the same before it can build one. */
export const NOTHING_CHOSEN_MESSAGE = 'Chọn ít nhất một loại: BHXH tự nguyện, BHYT hoặc dịch vụ hỗ trợ'

export const servicesSchema = z.object({
  vssidAssisted: z.boolean(),
  cashlessPension: z.boolean(),
})

/**
 * The participant's signature on the TK1-TS declaration, drawn with a finger on the phone: the strokes as an
 * SVG path in a 600 × 200 box ("M12 80L14 82…", whole numbers), so it prints sharp and weighs a few KB.
 * Optional: phones from before it omit it. Personal data like the rest of the record (sealed on the phone).
 */
export const SIGNATURE_BOX = { width: 600, height: 200 } as const
export const signatureSchema = z.object({
  svgPath: z
    .string()
    .check(
      z.regex(/^(?:[ML]\d{1,3} \d{1,3})+$/, { message: 'Chữ ký không đọc được' }),
      z.maxLength(20_000, { message: 'Chữ ký quá dài: hãy ký lại' }),
    ),
  signedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/)),
})
export type Signature = z.infer<typeof signatureSchema>

export const participantSchema = z
  .object({
    fullName: fullNameSchema,
    idNumber: idNumberSchema,
    dateOfBirth: partialDateSchema,
    sex: z.enum(['male', 'female'], { message: 'Chọn giới tính' }),
    ethnicityCode: z.string().check(z.regex(/^(0[1-9]|[1-4]\d|5[0-4])$/, { message: 'Chọn dân tộc' })),
    phone: z.optional(phoneSchema),
    address: addressSchema,
    consent: z.literal(true, { message: 'Người tham gia phải đồng ý cho thu thập thông tin' }),
    vsi: z.optional(vsiSchema),
    hi: z.optional(hiSchema),
    /** §3.4 groups the state already pays HI for (domain.md), as ticked by the collector. */
    hiExclusions: z.optional(z.array(hiExclusionFlagSchema).check(z.maxLength(10))),
    services: servicesSchema,
    signature: z.optional(signatureSchema),
  })
  .check(
    z.refine((p) => p.vsi || p.hi || p.services.vssidAssisted || p.services.cashlessPension, {
      message: NOTHING_CHOSEN_MESSAGE,
      path: ['vsi'],
    }),
  )

export const paymentSchema = z.object({
  method: z.literal('cash'),
  amountCollected: money,
  receiptNo: z.string().check(z.regex(/^[A-Z0-9]{1,12}-\d{6}$/, { message: 'Số biên lai không hợp lệ' })),
})

export const registrationSchema = z.object({
  id: uuid,
  revision: z.number().check(z.int(), z.gte(1), z.lte(1_000_000)),
  deviceId: uuid,
  eventId: z.string().check(z.minLength(1), z.maxLength(64)),
  collectedAt: z.iso.datetime({ offset: true, message: 'Thời điểm thu phải là ISO-8601 có múi giờ' }),
  participants: z
    .array(participantSchema)
    .check(
      z.minLength(1, { message: 'Cần ít nhất một người tham gia' }),
      z.maxLength(10, { message: 'Tối đa 10 người một lần thu' }),
    ),
  payment: z.nullable(paymentSchema),
  note: z.optional(z.string().check(z.maxLength(500, { message: 'Ghi chú tối đa 500 ký tự' }))),
  /**
   * The receipt was cancelled: kept as a revision, its number never reused. Amounts are still
   * checked; only the cash summary, tallies and exports treat it as not collected.
   */
  void: z.optional(
    z.object({
      reason: reasonText('lý do huỷ biên lai', 300),
      at: z.iso.datetime({ offset: true, message: 'Thời điểm huỷ phải là ISO-8601 có múi giờ' }),
    }),
  ),
})

export type Registration = z.infer<typeof registrationSchema>

/**
 * A registration as the enrol form builds it, before its first save: the phone gives the receipt number
 * inside the save transaction (src/app/db/save-registration.ts), so a new one has none yet. A correction
 * carries the number its first revision was given.
 */
export const unnumberedRegistrationSchema = z.extend(registrationSchema, {
  payment: z.nullable(z.extend(paymentSchema, { receiptNo: z.optional(paymentSchema.shape.receiptNo) })),
})
export type UnnumberedRegistration = z.infer<typeof unnumberedRegistrationSchema>
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
export type HiDetails = z.infer<typeof hiSchema>
export type ReceiptVoid = NonNullable<Registration['void']>
