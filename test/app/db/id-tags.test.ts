import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Registration } from '../../../src/domain/index.ts'
import { lockNow, requireDataKey } from '../../../src/app/db/data-key.ts'
import { db } from '../../../src/app/db/db.ts'
import { idTagsOf, rowsWithIdTags } from '../../../src/app/db/id-tags.ts'
import { openRegistrations, sealRegistration } from '../../../src/app/db/registrations-repo.ts'
import { saveRegistration } from '../../../src/app/db/save-registration.ts'
import { getSetting, setSetting } from '../../../src/app/db/settings.ts'
import { signOut } from '../../../src/app/db/sign-out.ts'
import { tagUntaggedRows } from '../../../src/app/db/tag-untagged-rows.ts'
import { setUpPin } from '../../../src/app/db/unlock.ts'
import { earlierEnrolments } from '../../../src/app/features/enrol/earlier-enrolments.ts'
import { freshUnlockedPhone, TEST_DEVICE, unlockForTest } from './test-data-key.ts'

const DEVICE = TEST_DEVICE
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const PAO = '010090001234'
const MAI = '010090005678'
const SUA = '010090009999'

function registration(
  id: string,
  idNumbers: string[],
  collectedAt = '2026-11-25T09:00:00+07:00',
): Registration {
  return {
    id,
    revision: 1,
    deviceId: DEVICE,
    eventId: 'ev-1',
    collectedAt,
    participants: idNumbers.map((idNumber, i) => ({
      fullName: 'Giàng A Páo',
      idNumber,
      dateOfBirth: '1990',
      sex: 'male' as const,
      ethnicityCode: '08',
      address: { provinceCode: '15', commune: 'Xã Y Tý' },
      consent: true,
      hi: { months: 12 as const, householdOrder: i + 1, amountDue: 1_366_200 },
      services: { vssidAssisted: false, cashlessPension: false },
    })),
    payment: null,
  }
}

/** What the enrol form shows: ID number → the earliest standing registration holding it. */
async function lookUp(idNumbers: string[]) {
  const rows = await rowsWithIdTags(await idTagsOf(idNumbers, requireDataKey()))
  return { rows: rows.length, earlier: earlierEnrolments(await openRegistrations(rows), undefined) }
}

/** A row as versions before the tags wrote it. */
async function putUntagged(record: Registration) {
  const { idTags: _tags, ...row } = await sealRegistration(
    { id: record.id, revision: 1, record, syncState: 'sent', ackedRevision: 1, savedAt: 1 },
    requireDataKey(),
  )
  await db.registrations.put(row)
}

beforeEach(freshUnlockedPhone)

describe('ID tags', () => {
  it('find the rows of the ID numbers typed and no others; the tags never show the numbers', async () => {
    await setSetting('idTagsComplete', true)
    await saveRegistration(registration(uuid(1), [PAO, MAI]))
    await saveRegistration(registration(uuid(2), [SUA]))
    const row = await db.registrations.get(uuid(1))
    expect(row?.idTags).toHaveLength(2)
    expect(JSON.stringify(row?.idTags)).not.toMatch(/0100900/)

    const mai = await lookUp([MAI])
    expect(mai.rows).toBe(1)
    expect(mai.earlier.get(MAI)?.id).toBe(uuid(1))
    expect((await lookUp(['010090000000'])).rows).toBe(0)
  })

  it('are keyed per phone: the same number tags differently under another data key', async () => {
    const here = await idTagsOf([PAO], requireDataKey())
    await db.settings.delete('idTagKey')
    await unlockForTest()
    const there = await idTagsOf([PAO], requireDataKey())
    expect(there).toHaveLength(1)
    expect(there).not.toEqual(here)
  })

  it('still find rows saved before tags existed, and the sweep after unlock tags them', async () => {
    await putUntagged(registration(uuid(1), [PAO], '2026-11-20T09:00:00+07:00'))
    await putUntagged(registration(uuid(2), [SUA]))
    await saveRegistration(registration(uuid(3), [PAO]))

    // Before the sweep: the untagged rows are opened too, and the earliest registration wins.
    const before = await lookUp([PAO])
    expect(before.rows).toBe(3)
    expect(before.earlier.get(PAO)?.id).toBe(uuid(1))

    expect(await tagUntaggedRows(requireDataKey())).toBe(2)
    expect(await getSetting('idTagsComplete')).toBe(true)
    const after = await lookUp([PAO])
    expect(after.rows).toBe(2)
    expect(after.earlier.get(PAO)?.id).toBe(uuid(1))
    expect(await tagUntaggedRows(requireDataKey())).toBe(0)
  })

  it('a save while the sweep runs keeps the tags of what it saved', async () => {
    await putUntagged(registration(uuid(1), [PAO]))
    const key = requireDataKey()
    // Saved again (with tags) while the sweep runs, before or after its read: that version's tags stand.
    const sweep = tagUntaggedRows(key)
    await saveRegistration({ ...registration(uuid(1), [MAI]), revision: 2 })
    await sweep
    const row = await db.registrations.get(uuid(1))
    expect(row?.revision).toBe(2)
    expect(row?.idTags).toEqual(await idTagsOf([MAI], key))
  })

  it('never keep a key made while the collector signed out: the next one on the phone can save', async () => {
    lockNow()
    await db.settings.clear()
    await setUpPin('482915', 1000)
    await setSetting('device', { deviceId: DEVICE, receiptPrefix: 'LC017' })
    // The tag key's first use (the sweep after unlock, or the first ID typed) is still making it…
    const making = idTagsOf([PAO], requireDataKey())
    // …when the collector signs out, with nothing unsynced; then someone else sets a PIN.
    expect(await signOut()).toEqual({ ok: true })
    await making.catch(() => undefined)
    await setUpPin('135790', 1000)
    await setSetting('device', { deviceId: DEVICE, receiptPrefix: 'LC017' })
    await expect(saveRegistration(registration(uuid(1), [PAO]))).resolves.toMatchObject({ id: uuid(1) })
    expect((await lookUp([PAO])).earlier.get(PAO)?.id).toBe(uuid(1))
  })

  it('lose their key at sign-out with the keyring', async () => {
    await idTagsOf([PAO], requireDataKey())
    expect(await getSetting('idTagKey')).toBeDefined()
    expect(await signOut()).toEqual({ ok: true })
    expect(await getSetting('idTagKey')).toBeUndefined()
    lockNow()
  })
})
