// Pushes the consultations waiting on this phone (people advised) after the registrations, in batches, and
// marks what the server stored. Like registrations, nothing is deleted here: a sent consultation stays for
// the home screen's follow-ups until sign-out.
import { MAX_CONSULTATION_BATCH, type ConsultationPushResponse } from '../../domain/api/consultations.ts'
import type { Consultation } from '../../domain/consultation/consultation-schema.ts'
import { openConsultation } from '../db/consultations-repo.ts'
import { requireDataKey } from '../db/data-key.ts'
import { db } from '../db/db.ts'
import { postSync } from './post-sync.ts'

export interface ConsultationPushOutcome {
  pushed: number
  error?: unknown
}

export type SendConsultations = (body: {
  deviceId: string
  consultations: Consultation[]
}) => Promise<ConsultationPushResponse>

export const sendConsultations: SendConsultations = (body) =>
  postSync<ConsultationPushResponse>('/api/sync/consultations', body)

export async function pushConsultations(
  deviceId: string,
  send: SendConsultations = sendConsultations,
): Promise<ConsultationPushOutcome> {
  const outcome: ConsultationPushOutcome = { pushed: 0 }
  const key = requireDataKey()
  const waiting = await db.consultations.where('syncState').equals('waiting').sortBy('savedAt')
  for (let i = 0; i < waiting.length; i += MAX_CONSULTATION_BATCH) {
    const rows = waiting.slice(i, i + MAX_CONSULTATION_BATCH)
    const consultations = await Promise.all(rows.map(async (r) => (await openConsultation(r, key)).record))
    let answer: ConsultationPushResponse
    try {
      answer = await send({ deviceId, consultations })
    } catch (e) {
      return { ...outcome, error: e }
    }
    outcome.pushed += rows.length
    await db.transaction('rw', db.consultations, async () => {
      for (const r of answer.results) {
        if (r.status === 'accepted' || r.status === 'duplicate') {
          await db.consultations.update(r.id, { syncState: 'sent' })
        } else if (r.status === 'rejected') {
          await db.consultations.update(r.id, { syncState: 'rejected', errors: r.errors })
        } else {
          // The id is on the server with other content: nothing to resend; kept and shown as refused.
          await db.consultations.update(r.id, {
            syncState: 'rejected',
            errors: [{ path: 'id', code: 'invalid', message: 'Máy chủ đã có lượt tư vấn khác với mã này' }],
          })
        }
      }
    })
  }
  return outcome
}
