// The session token is a key to the collector's citizens on the server: never in clear at rest.
import 'fake-indexeddb/auto'
import { beforeEach, expect, it } from 'vitest'
import { lockNow } from '../../../src/app/db/data-key.ts'
import { db } from '../../../src/app/db/db.ts'
import { currentToken, rememberSession } from '../../../src/app/db/session-token.ts'
import { getSetting, setSetting } from '../../../src/app/db/settings.ts'
import { setUpPin, unlockWithPin } from '../../../src/app/db/unlock.ts'

const TOKEN = 'v1.3f9c2a7b5e.0123456789abcdef'
const user = { id: 'u1', username: 'staff1', role: 'staff' as const, displayName: 'Cán bộ thu 1' }
const PIN = '482915'
// Few PBKDF2 rounds: the test is about where the token sits, not about the key stretching.
const FAST = 1000

/** Every settings row as stored, binary decoded as text: a clear token would show. */
async function rawSettings(): Promise<string> {
  const decoder = new TextDecoder()
  return JSON.stringify(await db.settings.toArray(), (_k, v: unknown) =>
    v instanceof ArrayBuffer
      ? decoder.decode(v)
      : ArrayBuffer.isView(v)
        ? decoder.decode(v as Uint8Array)
        : v,
  )
}

beforeEach(async () => {
  lockNow()
  await Promise.all(db.tables.map((t) => t.clear()))
})

it('signed in before the PIN: the token waits in memory, and is sealed when the PIN is set', async () => {
  await rememberSession({ token: TOKEN, user })
  expect(currentToken()).toBe(TOKEN)
  expect(await rawSettings()).not.toContain(TOKEN)
  await setUpPin(PIN, FAST)
  expect((await getSetting('session'))?.sealedToken).toBeDefined()
  expect(await rawSettings()).not.toContain(TOKEN)
  expect(currentToken()).toBe(TOKEN)
})

it('locking forgets the token; the PIN opens it again', async () => {
  await rememberSession({ token: TOKEN, user })
  await setUpPin(PIN, FAST)
  lockNow()
  expect(currentToken()).toBeNull()
  expect(await unlockWithPin(PIN)).toEqual({ ok: true })
  expect(currentToken()).toBe(TOKEN)
})

it('a phone from before keeps working: its clear token is sealed at the next unlock and the copy deleted', async () => {
  await rememberSession({ token: 'placeholder', user })
  await setUpPin(PIN, FAST)
  lockNow()
  // What an older version left: the token in clear beside the user.
  await setSetting('session', { token: TOKEN, user })
  expect(await rawSettings()).toContain(TOKEN)
  expect(await unlockWithPin(PIN)).toEqual({ ok: true })
  expect(currentToken()).toBe(TOKEN)
  const session = await getSetting('session')
  expect(session?.token).toBeUndefined()
  expect(session?.sealedToken).toBeDefined()
  expect(await rawSettings()).not.toContain(TOKEN)
})
