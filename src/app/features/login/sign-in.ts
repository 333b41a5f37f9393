// First sign-in needs the network: session, device registration (receipt prefix) and events. After
// that the app starts from IndexedDB alone.
import { ApiError, apiFetch, NetworkError } from '../../api/http.ts'
import { refreshEvents } from '../../api/refresh-events.ts'
import { currentToken, rememberSession, restoreSession } from '../../db/session-token.ts'
import {
  deleteSetting,
  getSetting,
  setSetting,
  type DeviceInfo,
  type SessionUser,
} from '../../db/settings.ts'

export type SignInResult =
  | { ok: true }
  | { ok: false; reason: 'bad_credentials' | 'network' | 'other' | 'other_user'; message: string }

/**
 * `sameUser`: signing in again after the token expired. Registrations still waiting on the device were
 * collected by this account, and the server takes the collector from the token, so nobody else may
 * take over the session here.
 */
export async function signIn(username: string, password: string, sameUser?: string): Promise<SignInResult> {
  if (sameUser !== undefined && username !== sameUser) {
    return { ok: false, reason: 'other_user', message: sameUser }
  }
  const previous = await getSetting('session')
  const previousToken = currentToken()
  try {
    const answer = await apiFetch<{ token: string; user: SessionUser }>('/api/session', {
      method: 'POST',
      json: { username, password },
    })
    await rememberSession(answer)
    try {
      // The device id is made once and kept across sign-outs, like the receipt counter.
      const deviceId = (await getSetting('device'))?.deviceId ?? crypto.randomUUID()
      const device = await registerDevice(deviceId).catch((e: unknown) => {
        // A device id belongs to the account that registered it first: a second collector on a shared
        // phone gets a new id (and prefix); the receipt counter only ever goes up, so no number repeats.
        if (e instanceof ApiError && e.code === 'device_taken') return registerDevice(crypto.randomUUID())
        throw e
      })
      await setSetting('device', { deviceId: device.deviceId, receiptPrefix: device.receiptPrefix })
      // A server from before receipt issuers sends none: the receipts then print without the issuer block. Loaded
      // on demand: its schema has no place in the first screen's bundle (bench: 160 KB budget).
      const { storeReceiptIssuer } = await import('../../api/refresh-receipt-issuer.ts')
      await storeReceiptIssuer(device.receiptIssuer)
      const events = await refreshEvents()
      const eventId = await getSetting('eventId')
      if (events.length === 1 && events[0] && !eventId) await setSetting('eventId', events[0].id)
    } catch (e) {
      // Half signed in is worse than not signed in: without a receipt prefix nothing can be saved.
      if (previous) await restoreSession(previous, previousToken)
      else {
        await deleteSetting('session')
        await restoreSession(undefined, null)
      }
      throw e
    }
    return { ok: true }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401)
      return { ok: false, reason: 'bad_credentials', message: e.message }
    if (e instanceof NetworkError) return { ok: false, reason: 'network', message: e.message }
    return { ok: false, reason: 'other', message: e instanceof Error ? e.message : String(e) }
  }
}

function registerDevice(deviceId: string): Promise<DeviceInfo & { receiptIssuer?: unknown }> {
  return apiFetch<DeviceInfo & { receiptIssuer?: unknown }>('/api/devices', {
    method: 'POST',
    json: { deviceId },
  })
}
