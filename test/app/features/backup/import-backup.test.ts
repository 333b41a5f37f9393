// Backup export → import round trip, and a table of bad files: each refused with its reason and not one
// row changed on the device.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Registration } from '../../../../src/domain/registration/registration-schema.ts'
import { db } from '../../../../src/app/db/db.ts'
import { getRegistration, listRegistrations } from '../../../../src/app/db/registrations-repo.ts'
import { saveRegistration } from '../../../../src/app/db/save-registration.ts'
import { getSetting, setSetting } from '../../../../src/app/db/settings.ts'
import { applyPushResults } from '../../../../src/app/sync/apply-push-results.ts'
import { backupVi } from '../../../../src/app/features/backup/backup-vi.ts'
import { exportBackup, noteBackupWritten } from '../../../../src/app/features/backup/export-backup.ts'
import { followUpsDue, saveConsultation } from '../../../../src/app/db/consultations-repo.ts'
import { signOut } from '../../../../src/app/db/sign-out.ts'
import {
  importBackup,
  type ImportFailure,
  type ImportFailureCode,
} from '../../../../src/app/features/backup/import-backup.ts'
import { fromBase64, toBase64 } from '../../../../src/app/features/backup/base64.ts'
import { unlockForTest } from '../../db/test-data-key.ts'

const FAST = 100_000 // the envelope's floor; the real count is exercised in keyring.test.ts
const PASS = 'núi-Fansipan-3143'
const staff1 = { id: 'u-staff1', username: 'staff1' }
const DEVICE_A = '0b0b0b0b-0000-4000-8000-00000000000a'
const DEVICE_B = '0b0b0b0b-0000-4000-8000-00000000000b'

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

function registration(n: number, deviceId = DEVICE_A, revision = 1): Registration {
  return {
    id: uuid(n),
    revision,
    deviceId,
    eventId: 'ev-1',
    collectedAt: '2026-11-25T09:00:00+07:00',
    participants: [
      {
        fullName: 'Giàng A Páo',
        idNumber: '010090001234',
        dateOfBirth: '1990',
        sex: 'male',
        ethnicityCode: '08',
        address: { provinceCode: '15', commune: 'Xã Y Tý' },
        consent: true,
        hi: { months: 12, householdOrder: 1, amountDue: 1_366_200 },
        services: { vssidAssisted: false, cashlessPension: false },
      },
    ],
    payment: { method: 'cash', amountCollected: 1_366_200, receiptNo: 'X' },
  }
}

/** A phone: cleared store, unlocked, registered device with `prefix`. */
async function phone(deviceId: string, prefix: string): Promise<void> {
  await Promise.all(db.tables.map((t) => t.clear()))
  await unlockForTest()
  await setSetting('device', { deviceId, receiptPrefix: prefix })
}

/** Everything on the device, raw: what "nothing changed" is compared against. */
async function snapshot() {
  return {
    registrations: await db.registrations.toArray(),
    outbox: await db.outbox.toArray(),
    settings: await db.settings.toArray(),
  }
}

async function makeBackup(scope: 'unsynced' | 'all' = 'unsynced') {
  return exportBackup({ passphrase: PASS, scope, user: staff1, iterations: FAST })
}

beforeEach(() => phone(DEVICE_A, 'LC017'))

describe('backup round trip', () => {
  it('exports the unsynced registrations and restores them on another phone with ids and revisions', async () => {
    await saveRegistration(registration(1), { now: 1 })
    await saveRegistration(registration(2), { now: 2 })
    await saveRegistration(registration(2, DEVICE_A, 2), { now: 3 }) // a correction: revision 2
    await saveRegistration(registration(3), { now: 4 })
    await applyPushResults([{ id: uuid(3), revision: 1, status: 'accepted' }])
    const before = await listRegistrations()

    const file = await makeBackup()
    expect(file.count).toBe(2)
    expect(file.pairs.sort()).toEqual([`${uuid(1)}@1`, `${uuid(2)}@2`])
    expect(file.fileName).toMatch(/^ghidanh-staff1-\d{8}-\d{4}\.ghidanh$/)
    // Nothing personal in the file's clear text.
    expect(file.text).not.toMatch(/Giàng|010090001234|Y Tý|staff1|LC017/)

    await phone(DEVICE_B, 'LC020')
    await setSetting('receiptSeq', 4)
    const result = await importBackup(file.text, PASS, staff1, 100)
    expect(result).toEqual({ ok: true, added: 2, updated: 0, kept: 0, receiptSeqRaised: false })
    for (const id of [uuid(1), uuid(2)]) {
      const restored = await getRegistration(id)
      expect(restored).toMatchObject(before.find((r) => r.id === id)!)
      expect(restored?.record.payment?.receiptNo).toMatch(/^LC017-00000[12]$/)
    }
    expect((await db.outbox.toArray()).map((e) => [e.id, e.revision])).toEqual([
      [uuid(1), 1],
      [uuid(2), 2],
    ])
    // Another prefix: the records keep their numbers, this phone's counter is untouched.
    expect(await getSetting('receiptSeq')).toBe(4)
    // Sealed here under this phone's key, like any other row.
    expect(JSON.stringify(await db.registrations.toArray())).not.toContain('Giàng')
  })

  it('on the same prefix, raises the receipt counter so no number is issued twice', async () => {
    await saveRegistration(registration(1))
    await saveRegistration(registration(2))
    const file = await makeBackup()
    await phone(DEVICE_A, 'LC017') // reinstalled, same prefix, counter back at 0
    const result = await importBackup(file.text, PASS, staff1)
    expect(result).toMatchObject({ ok: true, added: 2, receiptSeqRaised: true })
    expect(await getSetting('receiptSeq')).toBe(2)
    expect((await saveRegistration(registration(9))).receiptNo).toBe('LC017-000003')
  })

  it('never overwrites a local record with a lower or equal revision, and updates an older one', async () => {
    await saveRegistration(registration(1))
    await saveRegistration(registration(2))
    await saveRegistration(registration(2, DEVICE_A, 2)) // revision 2
    const file = await makeBackup()
    await phone(DEVICE_B, 'LC020')
    await saveRegistration(registration(1, DEVICE_B)) // revision 1 here: older than the file's? equal
    await saveRegistration(registration(1, DEVICE_B, 2)) // now revision 2 here, the file has 1
    await saveRegistration(registration(2, DEVICE_B)) // revision 1 here, the file has 2
    const result = await importBackup(file.text, PASS, staff1)
    expect(result).toEqual({ ok: true, added: 0, updated: 1, kept: 1, receiptSeqRaised: false })
    expect((await getRegistration(uuid(1)))?.record.deviceId).toBe(DEVICE_B)
    expect((await getRegistration(uuid(1)))?.revision).toBe(2)
    expect((await getRegistration(uuid(2)))?.record.deviceId).toBe(DEVICE_A)
    expect(await db.outbox.get(uuid(2))).toMatchObject({ revision: 2 })
  })

  it('"all" includes what the server already has, without queueing it again', async () => {
    await saveRegistration(registration(1))
    await applyPushResults([{ id: uuid(1), revision: 1, status: 'accepted' }])
    expect((await makeBackup()).count).toBe(0)
    const file = await makeBackup('all')
    expect(file.count).toBe(1)
    await phone(DEVICE_B, 'LC020')
    expect(await importBackup(file.text, PASS, staff1)).toMatchObject({ ok: true, added: 1 })
    expect(await db.outbox.count()).toBe(0)
    expect((await getRegistration(uuid(1)))?.syncState).toBe('sent')
  })
})

/** The message the restore screen shows (backup-vi.ts), with its values filled in. */
function message(failure: ImportFailure): string {
  const template = backupVi[`error_${failure.code}` as keyof typeof backupVi]
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(failure.details[name] ?? `{${name}}`))
}

describe('people advised in the backup', () => {
  const booth = {
    id: uuid(900),
    deviceId: DEVICE_A,
    eventId: 'ev-1',
    recordedAt: '2026-11-25T19:30:00+07:00',
    people: 12,
    topics: ['vsi' as const, 'hi' as const],
    interested: true,
    person: { fullName: 'Lường Thị Mai', phone: '0912345678', consent: true as const },
    followUpOn: '2026-12-01',
  }

  it('carries the consultations the server does not have, restores them waiting, and lets sign-out go', async () => {
    await saveConsultation(booth, 1)
    expect((await signOut({ allowBackedUp: true })).ok).toBe(false)
    const file = await makeBackup()
    expect(file.pairs).toContain(`consultation:${booth.id}@1`)
    await noteBackupWritten(file)
    expect(await signOut({ allowBackedUp: true })).toEqual({ ok: true })

    await phone(DEVICE_B, 'LC018')
    const restored = await importBackup(file.text, PASS, staff1)
    expect(restored.ok).toBe(true)
    const row = await db.consultations.get(booth.id)
    expect(row?.syncState).toBe('waiting')
    expect((await followUpsDue('2026-12-01')).map((f) => f.record.person?.fullName)).toEqual([
      'Lường Thị Mai',
    ])
    // Imported again: nothing doubles.
    expect((await importBackup(file.text, PASS, staff1)).ok).toBe(true)
    expect(await db.consultations.count()).toBe(1)
  })
})

describe('a bad file changes nothing and says why', () => {
  type Case = [
    name: string,
    make: (good: string) => string | Promise<string>,
    code: ImportFailureCode,
    shown: RegExp,
    passphrase?: string,
  ]

  const envelope = (text: string) => JSON.parse(text) as Record<string, Record<string, unknown> & unknown>
  const flipCiphertext = (good: string) => {
    const e = envelope(good)
    const bytes = fromBase64(e['ciphertext'] as unknown as string)!
    bytes[10] = (bytes[10] ?? 0) ^ 0x01
    return JSON.stringify({ ...e, ciphertext: toBase64(bytes) })
  }
  const cutCiphertext = (good: string) => {
    const e = envelope(good)
    const bytes = fromBase64(e['ciphertext'] as unknown as string)!
    return JSON.stringify({ ...e, ciphertext: toBase64(bytes.subarray(0, bytes.length - 30)) })
  }
  /** A genuine file (right passphrase, intact seal) holding a record whose ID number fails its check. */
  const badIdInside = async () => {
    await saveRegistration(registration(5))
    const row = (await listRegistrations()).find((r) => r.id === uuid(5))!
    const bad = structuredClone(row)
    bad.record.participants[0]!.idNumber = '01009000123X'
    await db.registrations.delete(uuid(5))
    const { sealRegistration } = await import('../../../../src/app/db/registrations-repo.ts')
    const { requireDataKey } = await import('../../../../src/app/db/data-key.ts')
    await db.registrations.put(await sealRegistration(bad, requireDataKey()))
    return (await makeBackup()).text
  }

  const cases: Case[] = [
    ['empty file', () => '', 'empty', /Tệp rỗng/],
    ['not JSON (a photo)', () => '\u00ff\u00d8\u00ff\u00e0JFIF', 'not_json', /không phải tệp sao lưu/],
    ['bad JSON', (g) => g.replace('"format"', 'format'), 'not_json', /không phải tệp sao lưu/],
    ['file cut in the middle', (g) => g.slice(0, Math.floor(g.length / 2)), 'truncated', /cắt cụt/],
    ['ciphertext cut short', cutCiphertext, 'truncated', /cắt cụt/],
    [
      'someone else’s JSON',
      () => '{"name":"ghi-danh","version":"0.1.0"}',
      'foreign',
      /không phải tệp sao lưu Ghi Danh/,
    ],
    ['a future version', (g) => JSON.stringify({ ...envelope(g), version: 2 }), 'version', /phiên bản 2/],
    [
      'an envelope field missing',
      (g) => {
        const e = envelope(g)
        delete e['kdf']
        return JSON.stringify(e)
      },
      'bad_envelope',
      /phần kdf/,
    ],
    [
      'one PBKDF2 iteration (a doctored file)',
      (g) => {
        const e = envelope(g)
        return JSON.stringify({ ...e, kdf: { ...e['kdf'], iterations: 1 } })
      },
      'bad_envelope',
      /kdf\.iterations/,
    ],
    ['wrong passphrase', (g) => g, 'wrong_passphrase', /Sai mật khẩu/, 'nui-fansipan-3143'],
    ['one ciphertext byte flipped', flipCiphertext, 'damaged', /bị thay đổi/],
    [
      'a record with a bad ID number inside',
      badIdInside,
      'bad_record',
      /Hồ sơ thứ 1 \(biên lai LC017-000003\).*participants\.0\.idNumber/,
    ],
  ]

  it.each(cases)('%s', async (_name, make, code, shown, passphrase = PASS) => {
    await saveRegistration(registration(1))
    await saveRegistration(registration(2))
    const good = (await makeBackup()).text
    const text = await make(good)
    // The phone the file is restored on already has work of its own.
    await phone(DEVICE_B, 'LC020')
    await saveRegistration(registration(7, DEVICE_B))
    await setSetting('receiptSeq', 1)
    const before = await snapshot()

    const result = await importBackup(text, passphrase, staff1)
    expect(result).toMatchObject({ ok: false, code })
    expect(message(result as ImportFailure)).toMatch(shown)
    expect(await snapshot()).toEqual(before)
  })

  it('a record the rules refuse today (saved under older rules) still comes back, for the server to judge', async () => {
    // A 3-year-old charged household HI: accepted before the under-6 rule, refused now.
    await saveRegistration(registration(8))
    const row = (await listRegistrations()).find((r) => r.id === uuid(8))!
    const old = structuredClone(row)
    old.record.participants[0]!.dateOfBirth = '2023-05-01'
    old.record.participants[0]!.idNumber = '010223001234'
    const { sealRegistration } = await import('../../../../src/app/db/registrations-repo.ts')
    const { requireDataKey } = await import('../../../../src/app/db/data-key.ts')
    await db.registrations.put(await sealRegistration(old, requireDataKey()))
    const text = (await makeBackup()).text
    await phone(DEVICE_B, 'LC020')
    expect(await importBackup(text, PASS, staff1)).toMatchObject({ ok: true })
    const back = (await listRegistrations()).find((r) => r.id === uuid(8))
    expect(back?.record.participants[0]?.dateOfBirth).toBe('2023-05-01')
    expect(await db.outbox.count()).toBe(1)
  })

  it('a backup made by another account', async () => {
    await saveRegistration(registration(1))
    const file = await exportBackup({
      passphrase: PASS,
      scope: 'unsynced',
      user: { id: 'u-staff3', username: 'staff3' },
      iterations: FAST,
    })
    await phone(DEVICE_B, 'LC020')
    const before = await snapshot()
    const result = await importBackup(file.text, PASS, staff1)
    expect(result).toEqual({ ok: false, code: 'other_user', details: { username: 'staff3' } })
    expect(message(result as ImportFailure)).toMatch(/tài khoản staff3/)
    expect(await snapshot()).toEqual(before)
  })
})
