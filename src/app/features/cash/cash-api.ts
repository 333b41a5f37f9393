// The cash handover endpoints (docs/api.md). Types only from src/domain: no classic zod on the device.
import type { HandoverCreate, HandoverConfirm, HandoverReviewRow } from '../../../domain/api/cash.ts'
import { apiFetch } from '../../api/http.ts'

export function postHandover(body: HandoverCreate): Promise<HandoverReviewRow> {
  return apiFetch('/api/cash/handovers', { method: 'POST', json: body })
}

/** A receipt number carried by several registrations (old data, from before pushes refused a second use): `registrations` are those in scope. */
export interface ReceiptCollision {
  receiptNo: string
  total: number
  registrations: { id: string; staffId: string }[]
}

export function listHandovers(
  eventId: string,
): Promise<{ eventId: string; staff: HandoverReviewRow[]; receiptCollisions?: ReceiptCollision[] }> {
  return apiFetch(`/api/cash/handovers?eventId=${encodeURIComponent(eventId)}`)
}

export function confirmHandover(id: string, body: HandoverConfirm): Promise<HandoverReviewRow> {
  return apiFetch(`/api/cash/handovers/${encodeURIComponent(id)}/confirm`, { method: 'POST', json: body })
}
