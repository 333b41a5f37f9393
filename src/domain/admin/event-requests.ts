// Events (campaigns) as an admin or supervisor creates and edits them (issue #5).
import { z } from 'zod'

export const eventKinds = [
  'art_performance',
  'job_fair',
  'village_meeting',
  'post_office_week',
  'other',
] as const
export type EventKind = (typeof eventKinds)[number]

const isoDate = z.iso.date({ message: 'Ngày phải có dạng YYYY-MM-DD' })
const teamId = z.string().regex(/^[a-z0-9-]{2,40}$/, { message: 'Mã tổ không hợp lệ' })

const eventFields = {
  name: z.string().trim().min(2).max(200),
  kind: z.enum(eventKinds, { message: 'Loại sự kiện không hợp lệ' }),
  startsOn: isoDate,
  endsOn: isoDate,
  provinceCode: z.string().regex(/^\d{2}$/, { message: 'Mã tỉnh gồm 2 chữ số' }),
  commune: z.string().trim().min(1).max(100),
}

const datesInOrder = (e: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  e.startsOn === undefined || e.endsOn === undefined || e.endsOn >= e.startsOn
const datesMessage = { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['endsOn'] }

export const eventInputSchema = z
  .object({ ...eventFields, teamId: teamId.nullable().optional() })
  .refine(datesInOrder, datesMessage)
export type EventInput = z.infer<typeof eventInputSchema>

/** Any subset of the fields; `teamId: null` takes the event away from its team. */
export const eventPatchSchema = z
  .object({
    name: eventFields.name.optional(),
    kind: eventFields.kind.optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    provinceCode: eventFields.provinceCode.optional(),
    commune: eventFields.commune.optional(),
    teamId: teamId.nullable().optional(),
  })
  .refine((e) => Object.keys(e).length > 0, { message: 'Không có gì để sửa' })
  .refine(datesInOrder, datesMessage)
export type EventPatch = z.infer<typeof eventPatchSchema>
