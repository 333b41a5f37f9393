import { randomUUID } from 'node:crypto'
import { vietnamDate, type RuleSet } from '../../domain/index.ts'
import { hashPassword } from '../auth/password-hash.ts'
import { appendAudit } from '../store/append-audit.ts'
import type { AuthUser } from '../store/auth-user.ts'
import type { Db } from '../store/db.ts'
import { registerDevice } from '../store/device-store.ts'
import { createEvent } from '../store/event-store.ts'
import { replaceFacilities } from '../store/health-facility-store.ts'
import { demoFacilities } from './demo-facilities.ts'
import { savePushedRegistration } from '../store/save-pushed-registration.ts'
import { DEMO_EVENT_ID, demoAccounts, demoTeams, type DemoAccount } from './demo-accounts.ts'
import { sampleRegistrations } from './sample-registrations.ts'

export interface SeedResult {
  seeded: boolean
  accounts: readonly DemoAccount[]
  users: Record<string, AuthUser>
  eventId: string
  samples: number
}

const DAY = 86_400_000

/** On an empty database only: the two teams, the demo event and the five demo accounts; samples on request. */
export async function seedDemo(
  db: Db,
  options: { password: string; now: Date; rules: RuleSet; withSamples?: boolean },
): Promise<SeedResult> {
  const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users')
  if ((count?.n ?? 0) > 0)
    return { seeded: false, accounts: demoAccounts, users: {}, eventId: DEMO_EVENT_ID, samples: 0 }
  const { now } = options
  const hashes = await Promise.all(demoAccounts.map(() => hashPassword(options.password)))
  const users: Record<string, AuthUser> = {}
  await db.transaction(async (tx) => {
    for (const t of demoTeams) await tx.query('INSERT INTO teams (id, name) VALUES ($1, $2)', [t.id, t.name])
    for (const [i, a] of demoAccounts.entries()) {
      const id = randomUUID()
      await tx.query(
        'INSERT INTO users (id, username, password_hash, role, team_id, display_name) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, a.username, hashes[i], a.role, a.teamId, a.displayName],
      )
      await appendAudit(
        tx,
        { actorId: null, action: 'user.create', entity: 'user', entityId: id, detail: { role: a.role } },
        now,
      )
      users[a.username] = {
        id,
        username: a.username,
        role: a.role,
        displayName: a.displayName,
        teamId: a.teamId,
      }
    }
  })
  await createEvent(
    db,
    {
      id: DEMO_EVENT_ID,
      name: 'Đêm văn nghệ tuyên truyền BHXH tự nguyện, BHYT hộ gia đình — Bát Xát',
      kind: 'art_performance',
      startsOn: vietnamDate(new Date(now.getTime() - DAY).toISOString()),
      endsOn: vietnamDate(new Date(now.getTime() + 2 * DAY).toISOString()),
      provinceCode: '15',
      commune: 'Xã Bát Xát',
    },
    null,
    now,
  )
  const admin = users['admin']
  if (admin) await replaceFacilities(db, '15', demoFacilities, admin.id, now)
  let samples = 0
  const staff1 = users['staff1']
  if (options.withSamples && staff1) {
    const deviceId = '00000000-0000-4000-8000-00000000d3a0'
    const device = await registerDevice(db, { deviceId, label: 'Máy mẫu', userId: staff1.id }, now)
    if ('refused' in device) throw new Error(`demo device ${device.refused}`)
    const regs = sampleRegistrations(
      {
        deviceId,
        eventId: DEMO_EVENT_ID,
        collectedAt: vietnamInstant(now),
        receiptPrefix: device.receiptPrefix,
      },
      options.rules,
    )
    for (const r of regs) await savePushedRegistration(db, r, staff1, now)
    samples = regs.length
  }
  return { seeded: true, accounts: demoAccounts, users, eventId: DEMO_EVENT_ID, samples }
}

/** `2026-11-25T19:30:00+07:00`: how a phone in Vietnam writes collectedAt. */
function vietnamInstant(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00'
}
