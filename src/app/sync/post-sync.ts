// One POST to a sync route: JSON, the protocol version header, and a timeout that grows with the body.
import { PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../domain/api/sync.ts'
import { apiFetch } from '../api/http.ts'
import { pushTimeoutMs } from './sync-request-timeout.ts'

export function postSync<T>(path: string, body: unknown): Promise<T> {
  const json = JSON.stringify(body)
  return apiFetch<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION) },
    body: json,
    signal: AbortSignal.timeout(pushTimeoutMs(json.length)),
  })
}
