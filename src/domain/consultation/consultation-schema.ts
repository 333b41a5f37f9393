// A consultation (tư vấn): someone was advised at a booth or a meeting, with no money and no enrolment. The
// office counts "người được tư vấn" per event, day, commune and staff, and a promised follow-up comes back
// on the collector's home screen. Synced like a registration (idempotent by id), never reviewed.
import { z } from 'zod/mini'
import { fullNameSchema, phoneSchema } from '../registration/registration-schema.ts'
import { vietnamDate } from '../registration/local-date.ts'

export const CONSULTATION_TOPICS = ['vsi', 'hi', 'vssid', 'pension'] as const
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number]

/** A booth counts heads: one entry may stand for many people advised together. */
export const MAX_PEOPLE_PER_CONSULTATION = 500

const isoDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng YYYY-MM-DD' }),
  z.refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Ngày không có thật',
    },
  ),
)

export const consultationSchema = z
  .object({
    id: z.string().check(
      z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
        message: 'Mã không hợp lệ (cần UUID)',
      }),
    ),
    deviceId: z.string().check(z.regex(/^[0-9a-f-]{36}$/i, { message: 'Mã máy không hợp lệ' })),
    eventId: z.string().check(z.minLength(1, { message: 'Chọn sự kiện' }), z.maxLength(64)),
    // In this century: a phone whose clock fell back says so at once, and year 0 (well-formed, but not a
    // year PostgreSQL has) was a 500 that stopped every later push of the phone's consultations.
    recordedAt: z.iso.datetime({ offset: true, message: 'Thời điểm phải là ISO-8601 có múi giờ' }).check(
      z.refine((s) => s >= '2000' && s < '2100', {
        message: 'Thời điểm phải trong khoảng 2000–2099 (ngày giờ trên máy có đúng không?)',
      }),
    ),
    people: z.number({ message: 'Nhập số người được tư vấn' }).check(
      z.int({ message: 'Số người phải là số nguyên' }),
      z.gte(1, { message: 'Ít nhất 1 người' }),
      z.lte(MAX_PEOPLE_PER_CONSULTATION, {
        message: `Tối đa ${MAX_PEOPLE_PER_CONSULTATION} người một lần ghi`,
      }),
    ),
    topics: z
      .array(z.enum(CONSULTATION_TOPICS, { message: 'Nội dung tư vấn không hợp lệ' }))
      .check(z.minLength(1, { message: 'Chọn ít nhất một nội dung tư vấn' }), z.maxLength(4)),
    interested: z.boolean({ message: 'Chọn có quan tâm hay không' }),
    /** The 5-digit code of the commune where it happened, when known. */
    communeCode: z.optional(z.string().check(z.regex(/^\d{5}$/, { message: 'Mã xã phải gồm 5 chữ số' }))),
    /** One person who agreed to be contacted again: their name and phone, with their consent. */
    person: z.optional(
      z.object({
        fullName: fullNameSchema,
        phone: z.optional(phoneSchema),
        consent: z.literal(true, { message: 'Cần người được tư vấn đồng ý lưu tên và số điện thoại' }),
      }),
    ),
    /** The day to come back to this person (Vietnam calendar day). */
    followUpOn: z.optional(isoDay),
    note: z.optional(z.string().check(z.maxLength(300, { message: 'Ghi chú tối đa 300 ký tự' }))),
  })
  .check(
    z.refine((c) => c.followUpOn === undefined || c.person !== undefined, {
      message: 'Hẹn lại cần tên và số điện thoại của người được tư vấn',
      path: ['followUpOn'],
    }),
    z.refine(
      (c) =>
        c.followUpOn === undefined ||
        Number.isNaN(Date.parse(c.recordedAt)) ||
        c.followUpOn >= vietnamDate(c.recordedAt),
      {
        message: 'Ngày hẹn lại không thể trước ngày tư vấn',
        path: ['followUpOn'],
      },
    ),
  )

export type Consultation = z.infer<typeof consultationSchema>
