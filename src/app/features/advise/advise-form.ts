// The advice form's values as typed, and the Consultation they make. Pure: the screen checks the result
// with the domain's schema (the server runs the same one).
import type { Consultation, ConsultationTopic } from '../../../domain/consultation/consultation-schema.ts'
import { normalizeName } from '../../../domain/names/normalize-name.ts'
import { normalizePhone } from '../../../domain/phone/normalize-phone.ts'

export interface AdviseFormValues {
  people: string
  topics: ConsultationTopic[]
  interested: '' | 'yes' | 'no'
  withPerson: boolean
  fullName: string
  phone: string
  consent: boolean
  followUpOn: string
  note: string
}

export const emptyAdviseForm = (): AdviseFormValues => ({
  people: '1',
  topics: [],
  interested: '',
  withPerson: false,
  fullName: '',
  phone: '',
  consent: false,
  followUpOn: '',
  note: '',
})

export interface AdviseContext {
  id: string
  deviceId: string
  eventId: string
  recordedAt: string
  communeCode?: string | undefined
}

/** What the form says, as the wire record. A person's fields count only when "one person" is ticked. */
export function toConsultation(v: AdviseFormValues, ctx: AdviseContext): unknown {
  const note = v.note.trim().replace(/\s+/g, ' ').normalize('NFC')
  const phone = normalizePhone(v.phone)
  return {
    id: ctx.id,
    deviceId: ctx.deviceId,
    eventId: ctx.eventId,
    recordedAt: ctx.recordedAt,
    people: /^\d+$/.test(v.people.trim()) ? Number(v.people.trim()) : Number.NaN,
    topics: v.topics,
    ...(v.interested === '' ? {} : { interested: v.interested === 'yes' }),
    ...(ctx.communeCode ? { communeCode: ctx.communeCode } : {}),
    ...(v.withPerson
      ? {
          person: {
            fullName: normalizeName(v.fullName),
            ...(phone ? { phone } : {}),
            consent: v.consent,
          },
          ...(v.followUpOn ? { followUpOn: v.followUpOn } : {}),
        }
      : {}),
    ...(note ? { note } : {}),
  } satisfies Partial<Record<keyof Consultation, unknown>>
}

/** The −/+ buttons: one person at a time, never below 1. */
export function stepPeople(typed: string, by: 1 | -1): string {
  const n = /^\d+$/.test(typed.trim()) ? Number(typed.trim()) : 1
  return String(Math.max(1, n + by))
}
