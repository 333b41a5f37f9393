// A follow-up becomes a registration: the enrol form starts with what the consultation recorded (the
// person's name and phone, the products they were advised about) and a note naming the day of the advice.
import type { Consultation } from '../../../domain/consultation/consultation-schema.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { vietnamDate } from '../../../domain/registration/local-date.ts'
import { emptyForm, type EnrolFormValues } from './enrol-form-values.ts'

export function formFromFollowUp(c: Consultation, defaultIncome: string): EnrolFormValues {
  const form = emptyForm(defaultIncome)
  const [first] = form.participants
  if (!first) return form
  return {
    ...form,
    participants: [
      {
        ...first,
        fullName: c.person?.fullName ?? '',
        phone: c.person?.phone ?? '',
        vsiOn: c.topics.includes('vsi'),
        hiOn: c.topics.includes('hi'),
      },
    ],
    note: `Hẹn lại từ buổi tư vấn ngày ${formatDateVi(vietnamDate(c.recordedAt))}`,
  }
}
