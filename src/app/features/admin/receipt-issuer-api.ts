// The receipt issuer settings (docs/api.md "Receipt issuer"), admin only.
import { apiFetch } from '../../api/http.ts'
import type { ReceiptIssuer } from '../../../domain/receipt/receipt-issuer.ts'

export interface ReceiptIssuerRow extends ReceiptIssuer {
  teamId: string | null
  updatedAt: string
}

const path = (teamId: string | null) =>
  teamId === null ? '/api/receipt-issuers/office' : `/api/receipt-issuers/teams/${encodeURIComponent(teamId)}`

export const listReceiptIssuers = () =>
  apiFetch<{ items: ReceiptIssuerRow[] }>('/api/receipt-issuers').then((a) => a.items)

export const saveReceiptIssuer = (teamId: string | null, body: ReceiptIssuer) =>
  apiFetch<ReceiptIssuerRow>(path(teamId), { method: 'PUT', json: body })

export const deleteReceiptIssuer = (teamId: string) => apiFetch<void>(path(teamId), { method: 'DELETE' })
