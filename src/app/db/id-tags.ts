// Finding a person's earlier registrations on this phone by ID number without opening every row. Each row
// keeps, in clear and indexed (`*idTags`, schema v5), a keyed tag of each participant's ID number:
// HMAC-SHA-256 under a key of its own, cut to 96 bits. The tag key is random, sealed with the data key in
// settings, so someone who copies the database without the PIN cannot tell whose number a tag is (only
// which rows share a person, and how many people a row has), and two phones tag the same person
// differently. A lookup opens only the rows whose tags match, then compares the real ID
// numbers. Rows saved before the tags existed are tagged after an unlock (tag-untagged-rows.ts); until that
// sweep has finished, the lookup opens the untagged rows too, so it is never wrong, only slower once.
import type { Registration } from '../../domain/registration/registration-schema.ts'
import { LockedError } from './data-key.ts'
import { db } from './db.ts'
import type { Keyring } from './keyring.ts'
import { seal, unseal } from './sealed-box.ts'
import { getSetting, setSetting } from './settings.ts'
import type { StoredRegistration } from './schema.ts'

const CONTEXT = 'id-tag-key'
const TAG_BYTES = 12

let cached: { dataKey: CryptoKey; tagKey: Promise<CryptoKey> } | undefined

/** The HMAC key of this phone's tags, made on first use; first writer wins across tabs. */
function tagKeyFor(dataKey: CryptoKey): Promise<CryptoKey> {
  if (cached?.dataKey !== dataKey) {
    const tagKey = loadOrCreateTagKey(dataKey)
    cached = { dataKey, tagKey }
    tagKey.catch(() => {
      if (cached?.tagKey === tagKey) cached = undefined
    })
  }
  return cached.tagKey
}

async function loadOrCreateTagKey(dataKey: CryptoKey): Promise<CryptoKey> {
  let stored = await getSetting('idTagKey')
  if (!stored) {
    const ring = ringOf(await getSetting('keyring'))
    const fresh = await seal(dataKey, [...crypto.getRandomValues(new Uint8Array(32))], CONTEXT)
    stored = await db.transaction('rw', db.settings, async () => {
      // Signed out (or a new PIN set) meanwhile: a key sealed with that data key must not outlive it.
      if (ringOf(await getSetting('keyring')) !== ring) throw new LockedError()
      const meanwhile = await getSetting('idTagKey')
      if (meanwhile) return meanwhile
      await setSetting('idTagKey', fresh)
      return fresh
    })
  }
  const raw = new Uint8Array(await unseal<number[]>(dataKey, stored, CONTEXT))
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
}

/** The tags of these ID numbers, as stored: each distinct number once, in the order given. */
export async function idTagsOf(idNumbers: readonly string[], dataKey: CryptoKey): Promise<string[]> {
  const key = await tagKeyFor(dataKey)
  const encoder = new TextEncoder()
  const distinct = [...new Set(idNumbers.filter((id) => id.length > 0))]
  return Promise.all(
    distinct.map(async (id) => {
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(id)))
      return btoa(String.fromCharCode(...mac.subarray(0, TAG_BYTES)))
    }),
  )
}

export const recordIdTags = (record: Registration, dataKey: CryptoKey): Promise<string[]> =>
  idTagsOf(
    record.participants.map((p) => p.idNumber),
    dataKey,
  )

/**
 * The rows that may hold one of these tags: the tagged ones through the index, and, until the sweep has
 * finished, every row without tags. Dexie reads only (for useLiveQuery); the caller opens them and checks
 * the ID numbers themselves.
 */
export async function rowsWithIdTags(tags: readonly string[]): Promise<StoredRegistration[]> {
  if (tags.length === 0) return []
  const tagged = await db.registrations.where('idTags').anyOf(tags).distinct().toArray()
  if (await getSetting('idTagsComplete')) return tagged
  const untagged = await db.registrations.filter((r) => r.idTags === undefined).toArray()
  return [...tagged, ...untagged]
}

/** Which keyring (its salt, as text): the tag key belongs to the data key that keyring wraps. */
const ringOf = (k: Keyring | undefined) => (k ? btoa(String.fromCharCode(...k.kdf.salt)) : '')
