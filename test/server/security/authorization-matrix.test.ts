// Issue #6, point 5: every endpoint of docs/api.md × role × scope, one test per cell, with the expected answer.
//
// Roles: anonymous, staff of team A (staff1), staff of team B (staff3), supervisor of team A (super1),
// supervisor of team B (super2, created here), admin. Scope is where the resource lives, seen from the caller:
// `own` (theirs), `same team` (a teammate's), `other team`; `—` for routes without a resource. The admin belongs
// to no team: for them "same team" is team A and "other team" team B. Anonymous callers use team A's resources.
//
// A cell is a status, or "status detail" where the detail is what the route answers inside a 200 (a push
// result, a batch item, a search count) or the error code of a 4xx.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'
import { createTestApp, type Answer, type TestApp } from '../helpers/test-app.ts'

const ROLES = ['anonymous', 'staffA', 'staffB', 'supA', 'supB', 'admin'] as const
type Role = (typeof ROLES)[number]
type Scope = 'own' | 'same team' | 'other team' | '—'
type Cell = number | `${number} ${string}`
type Row = [endpoint: string, scope: Scope, cells: [Cell, Cell, Cell, Cell, Cell, Cell]]

// prettier-ignore
const MATRIX: Row[] = [
  //                                                                     anonymous  staffA                staffB                supA                     supB                     admin
  ['GET /api/health',                                   '—',          [200,      200,                  200,                  200,                     200,                     200]],
  ['POST /api/session',                                 '—',          [200,      200,                  200,                  200,                     200,                     200]],
  ['GET /api/session',                                  '—',          [401,      200,                  200,                  200,                     200,                     200]],
  ['DELETE /api/session',                               '—',          [401,      204,                  204,                  204,                     204,                     204]],
  ['POST /api/devices',                                 '—',          [401,      201,                  201,                  201,                     201,                     201]],
  ['GET /api/devices',                                  '—',          [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['POST /api/devices/:deviceId/revoke',                'own',        [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['POST /api/devices/:deviceId/revoke',                'same team',  [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['POST /api/devices/:deviceId/revoke',                'other team', [401,      '403 forbidden',      '403 forbidden',      '404 not_found',         '404 not_found',         200]],
  ['POST /api/sync/push',                               'own',        [401,      '200 accepted',       '200 accepted',       '200 accepted',          '200 accepted',          '200 accepted']],
  ['POST /api/sync/push',                               'same team',  [401,      '200 conflict',       '200 conflict',       '200 conflict',          '200 conflict',          '200 conflict']],
  ['POST /api/sync/push',                               'other team', [401,      '200 conflict',       '200 conflict',       '200 conflict',          '200 conflict',          '200 conflict']],
  ['POST /api/sync/push (their device)',                'same team',  [401,      '403 device_not_registered', '403 device_not_registered', '403 device_not_registered', '403 device_not_registered', '403 device_not_registered']],
  ['POST /api/sync/push (their device)',                'other team', [401,      '403 device_not_registered', '403 device_not_registered', '403 device_not_registered', '403 device_not_registered', '403 device_not_registered']],
  ['GET /api/sync/pull',                                '—',          [401,      200,                  200,                  200,                     200,                     200]],
  ['GET /api/registrations',                            '—',          [401,      200,                  200,                  200,                     200,                     200]],
  ['POST /api/registrations/search',                    'own',        [401,      '200 1',              '200 1',              '200 1',                 '200 1',                 '200 1']],
  ['POST /api/registrations/search',                    'same team',  [401,      '200 0',              '200 0',              '200 1',                 '200 1',                 '200 1']],
  ['POST /api/registrations/search',                    'other team', [401,      '200 0',              '200 0',              '200 0',                 '200 0',                 '200 1']],
  ['GET /api/registrations/:id',                        'own',        [401,      200,                  200,                  200,                     200,                     200]],
  ['GET /api/registrations/:id',                        'same team',  [401,      '404 not_found',      '404 not_found',      200,                     200,                     200]],
  ['GET /api/registrations/:id',                        'other team', [401,      '404 not_found',      '404 not_found',      '404 not_found',         '404 not_found',         200]],
  ['POST /api/registrations/:id/review',                'own',        [401,      '403 forbidden',      '403 forbidden',      '403 own_registration',  '403 own_registration',  '403 own_registration']],
  ['POST /api/registrations/:id/review',                'same team',  [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['POST /api/registrations/:id/review',                'other team', [401,      '403 forbidden',      '403 forbidden',      '404 not_found',         '404 not_found',         200]],
  ['POST /api/registrations/review-batch',              'own',        [401,      '403 forbidden',      '403 forbidden',      '200 own_registration',  '200 own_registration',  '200 own_registration']],
  ['POST /api/registrations/review-batch',              'same team',  [401,      '403 forbidden',      '403 forbidden',      '200 approved',          '200 approved',          '200 approved']],
  ['POST /api/registrations/review-batch',              'other team', [401,      '403 forbidden',      '403 forbidden',      '200 not_found',         '200 not_found',         '200 approved']],
  ['GET /api/events',                                   '—',          [401,      200,                  200,                  200,                     200,                     200]],
  ['POST /api/events',                                  'same team',  [401,      '403 forbidden',      '403 forbidden',      201,                     201,                     201]],
  ['POST /api/events',                                  'other team', [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         201]],
  ['POST /api/events (no team)',                        '—',          [401,      '403 forbidden',      '403 forbidden',      201,                     201,                     201]],
  ['PATCH /api/events/:id',                             'same team',  [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['PATCH /api/events/:id',                             'other team', [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['PATCH /api/events/:id (no team)',                   '—',          [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['PATCH /api/events/:id (hand to other team)',        'same team',  [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['GET /api/users',                                    '—',          [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['POST /api/users',                                   'same team',  [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         201]],
  ['PATCH /api/users/:id',                              'own',        [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['PATCH /api/users/:id',                              'same team',  [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['PATCH /api/users/:id',                              'other team', [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['POST /api/users/:id/password',                      'same team',  [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         204]],
  ['POST /api/users/:id/password',                      'other team', [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         204]],
  ['GET /api/teams',                                    '—',          [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['POST /api/teams',                                   '—',          [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         201]],
  ['GET /api/receipt-issuers',                          '—',          [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['PUT /api/receipt-issuers/office',                   '—',          [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['PUT /api/receipt-issuers/teams/:teamId',            'same team',  [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['DELETE /api/receipt-issuers/teams/:teamId',         'same team',  [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         204]],
  ['GET /api/receipt-issuer',                           '—',          [401,      200,                  200,                  200,                     200,                     200]],
  ['GET /api/health-facilities',                        '—',          [401,      200,                  200,                  200,                     200,                     200]],
  ['POST /api/health-facilities/import',                '—',          [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['GET /api/reports/tally',                            '—',          [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['GET /api/exports/:list.:format',                    '—',          [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['GET /api/audit',                                    '—',          [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['POST /api/cash/handovers',                          '—',          [401,      201,                  201,                  201,                     201,                     201]],
  ['GET /api/cash/handovers',                           '—',          [401,      200,                  200,                  200,                     200,                     200]],
  // Four eyes on cash: nobody confirms a hand-over they declared themselves.
  ['POST /api/cash/handovers/:id/confirm',              'own',        [401,      '403 forbidden',      '403 forbidden',      '403 own_handover',      '403 own_handover',      '403 own_handover']],
  ['POST /api/cash/handovers/:id/confirm',              'same team',  [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['POST /api/cash/handovers/:id/confirm',              'other team', [401,      '403 forbidden',      '403 forbidden',      '404 not_found',         '404 not_found',         200]],
  ['POST /api/sync/consultations',                      'own',        [401,      '200 accepted',       '200 accepted',       '200 accepted',          '200 accepted',          '200 accepted']],
  ['POST /api/sync/consultations (their device)',       'same team',  [401,      '403 device_not_registered', '403 device_not_registered', '403 device_not_registered', '403 device_not_registered', '403 device_not_registered']],
  ['GET /api/consultations/follow-ups',                 '—',          [401,      '403 forbidden',      '403 forbidden',      200,                     200,                     200]],
  ['POST /api/insured/import',                          '—',          [401,      '403 forbidden',      '403 forbidden',      '403 forbidden',         '403 forbidden',         200]],
  ['GET /api/events/:eventId/insured',                  'same team',  [401,      200,                  200,                  200,                     200,                     200]],
  ['GET /api/events/:eventId/insured',                  'other team', [401,      '404 not_found',      '404 not_found',      '404 not_found',         '404 not_found',         200]],
  ['GET /api/unknown-route',                            '—',          [404,      404,                  404,                  404,                     404,                     404]],
]

// Who plays each role, whose resources are "same team" and "other team" for them, and their team.
const ACCOUNT: Record<Role, string | null> = {
  anonymous: null,
  staffA: 'staff1',
  staffB: 'staff3',
  supA: 'super1',
  supB: 'super2',
  admin: 'admin',
}
const TEAMMATE: Record<Role, string> = {
  anonymous: 'staff2',
  staffA: 'staff2',
  staffB: 'super2',
  supA: 'staff1',
  supB: 'staff3',
  admin: 'staff1',
}
const OUTSIDER: Record<Role, string> = {
  anonymous: 'staff3',
  staffA: 'staff3',
  staffB: 'staff1',
  supA: 'staff3',
  supB: 'staff1',
  admin: 'staff3',
}
const TEAM: Record<Role, 'team-a' | 'team-b'> = {
  anonymous: 'team-a',
  staffA: 'team-a',
  staffB: 'team-b',
  supA: 'team-a',
  supB: 'team-b',
  admin: 'team-a',
}
const ISSUER = {
  unitName: 'BHXH tỉnh Lào Cai',
  unitAddress: 'Đường Hoàng Liên, phường Cốc Lếu, Lào Cai',
  taxCode: '5300100123',
  formCode: 'C45-BB',
  series: 'LC26',
}
const otherTeam = (role: Role) => (TEAM[role] === 'team-a' ? 'team-b' : 'team-a')
const PUSHERS = ['staff1', 'staff2', 'staff3', 'super1', 'super2', 'admin']

let t: TestApp
const tokens: Record<string, string> = {}
const devices: Record<string, { deviceId: string; prefix: string }> = {}
const userIds: Record<string, string> = {}
const teamOfUser = new Map<string, string | null>()
/** One pending registration per account, pushed before the matrix runs, with its ID number. */
const base: Record<string, { id: string; idNumber: string }> = {}
const spare: Record<'team-a' | 'team-b', string> = { 'team-a': '', 'team-b': '' }

beforeAll(async () => {
  t = await createTestApp()
  tokens['admin'] = await t.signIn('admin')
  for (const [username, role, teamId] of [
    ['super2', 'supervisor', 'team-b'],
    ['spare-a', 'staff', 'team-a'],
    ['spare-b', 'staff', 'team-b'],
  ] as const) {
    const res = await t.call('POST', '/api/users', {
      token: tokens['admin'],
      json: { username, displayName: `Tài khoản ${username}`, role, teamId, password: DEMO_PASSWORD },
    })
    expect(res.status).toBe(201)
  }
  const users = await t.call<{ id: string; username: string; teamId: string | null }[]>('GET', '/api/users', {
    token: tokens['admin'],
  })
  for (const u of users.body) {
    userIds[u.username] = u.id
    teamOfUser.set(u.id, u.teamId)
  }
  spare['team-a'] = userIds['spare-a'] ?? ''
  spare['team-b'] = userIds['spare-b'] ?? ''
  for (const username of PUSHERS) {
    if (!tokens[username]) tokens[username] = await t.signIn(username)
    const deviceId = randomUUID()
    const res = await t.call('POST', '/api/devices', { token: tokens[username], json: { deviceId } })
    devices[username] = { deviceId, prefix: res.body.receiptPrefix }
    const reg = await pushFresh(username)
    base[username] = { id: reg.id, idNumber: reg.participants[0]?.idNumber ?? '' }
  }
})
afterAll(() => t.close())

/** A new valid registration by `username`, pushed from their device and answered `accepted`. */
async function pushFresh(username: string) {
  const device = devices[username]
  if (!device) throw new Error(`no device for ${username}`)
  const reg = registration(
    { deviceId: device.deviceId, participants: [vsiPerson({ idNumber: freshIdNumber() })] },
    device.prefix,
  )
  const res = await t.call('POST', '/api/sync/push', {
    token: tokens[username],
    json: { deviceId: device.deviceId, registrations: [reg] },
  })
  expect(res.body.results?.[0]?.status).toBe('accepted')
  return reg
}

function ownerOf(role: Role, scope: Scope): string {
  if (scope === 'own') return ACCOUNT[role] ?? 'staff1'
  return scope === 'same team' ? TEAMMATE[role] : OUTSIDER[role]
}

/** A consultation with a follow-up, so the office's list has something to scope. */
function consultation(deviceId: string) {
  return {
    id: randomUUID(),
    deviceId,
    eventId: 'lao-cai-demo',
    recordedAt: '2026-11-25T19:30:00+07:00',
    people: 1,
    topics: ['vsi'],
    interested: true,
    person: { fullName: 'Lường Thị Mai', consent: true },
    followUpOn: '2026-12-01',
  }
}

async function freshEvent(teamId: string | null) {
  const res = await t.call('POST', '/api/events', {
    token: tokens['admin'],
    json: {
      name: 'Hội nghị thôn',
      kind: 'village_meeting',
      startsOn: '2026-11-25',
      endsOn: '2026-11-26',
      provinceCode: '15',
      commune: 'Xã Y Tý',
      teamId,
    },
  })
  return res.body.id as string
}

type Request = (
  role: Role,
  scope: Scope,
  token: string | undefined,
) => Promise<{ answer: Answer; detail?: (a: Answer) => string | undefined; check?: (a: Answer) => void }>

const errorCode = (a: Answer) => a.body?.error?.code as string | undefined

/** What the caller may see of registrations: their own (staff), their team's (supervisor), all (admin). */
function visibleTo(role: Role): (ownerId: string) => boolean {
  const me = ACCOUNT[role]
  if (role === 'admin') return () => true
  if (role === 'supA' || role === 'supB') return (id) => teamOfUser.get(id) === TEAM[role]
  return (id) => id === userIds[me ?? '']
}

const REQUESTS: Record<string, Request> = {
  'GET /api/health': async (_r, _s, token) => ({ answer: await t.call('GET', '/api/health', { token }) }),
  'POST /api/session': async (role, _s, token) => ({
    answer: await t.call('POST', '/api/session', {
      token,
      json: { username: ACCOUNT[role] ?? 'staff2', password: DEMO_PASSWORD },
    }),
  }),
  'GET /api/session': async (_r, _s, token) => ({ answer: await t.call('GET', '/api/session', { token }) }),
  'DELETE /api/session': async (role) => {
    // Its own fresh token: revoking the shared one would break the other cells.
    const token = ACCOUNT[role] ? await t.signIn(ACCOUNT[role]) : undefined
    const answer = await t.call('DELETE', '/api/session', { token })
    return {
      answer,
      check: async () => {
        if (token) expect((await t.call('GET', '/api/session', { token })).status).toBe(401)
      },
    }
  },
  'POST /api/devices': async (_r, _s, token) => ({
    answer: await t.call('POST', '/api/devices', { token, json: { deviceId: randomUUID(), label: 'Máy' } }),
  }),
  'GET /api/devices': async (role, _s, token) => ({
    answer: await t.call('GET', '/api/devices', { token }),
    check: (a) => {
      const seen = new Set((a.body as { deviceId: string }[]).map((d) => d.deviceId))
      const mine = devices[role === 'supB' ? 'staff3' : 'staff1']?.deviceId
      const theirs = devices[role === 'supB' ? 'staff1' : 'staff3']?.deviceId
      expect(seen.has(mine ?? '')).toBe(true)
      expect(seen.has(theirs ?? '')).toBe(role === 'admin')
    },
  }),
  'POST /api/devices/:deviceId/revoke': async (role, scope, token) => {
    const owner = ownerOf(role, scope)
    const deviceId = randomUUID()
    await t.call('POST', '/api/devices', { token: tokens[owner], json: { deviceId } })
    return { answer: await t.call('POST', `/api/devices/${deviceId}/revoke`, { token }), detail: errorCode }
  },
  'POST /api/sync/push': async (role, scope, token) => {
    const me = ACCOUNT[role] ?? 'staff1'
    const device = devices[me] as { deviceId: string; prefix: string }
    const reg = registration(
      { deviceId: device.deviceId, participants: [vsiPerson({ idNumber: freshIdNumber() })] },
      device.prefix,
    )
    // Not own: the id of someone else's registration, as a newer revision.
    if (scope !== 'own') Object.assign(reg, { id: base[ownerOf(role, scope)]?.id, revision: 2 })
    const answer = await t.call('POST', '/api/sync/push', {
      token,
      json: { deviceId: device.deviceId, registrations: [reg] },
    })
    return { answer, detail: (a) => a.body.results?.[0]?.status ?? errorCode(a) }
  },
  'POST /api/sync/push (their device)': async (role, scope, token) => {
    const device = devices[ownerOf(role, scope)] as { deviceId: string; prefix: string }
    const reg = registration({ deviceId: device.deviceId }, device.prefix)
    const answer = await t.call('POST', '/api/sync/push', {
      token,
      json: { deviceId: device.deviceId, registrations: [reg] },
    })
    return { answer, detail: errorCode }
  },
  'GET /api/sync/pull': async (role, _s, token) => ({
    answer: await t.call('GET', '/api/sync/pull', { token }),
    check: async (a) => {
      const ids = (a.body.changes as { id: string }[]).map((c) => c.id)
      expect(ids).toContain(base[ACCOUNT[role] ?? '']?.id)
      const owners = await t.db.query<{ owner_id: string }>(
        'SELECT DISTINCT owner_id FROM registrations WHERE id = ANY($1::uuid[])',
        [ids],
      )
      expect(owners.map((o) => o.owner_id)).toEqual([userIds[ACCOUNT[role] ?? '']])
    },
  }),
  'GET /api/registrations': async (role, _s, token) => ({
    answer: await t.call('GET', '/api/registrations?limit=200', { token }),
    check: (a) => {
      const items = a.body.items as { id: string; collector: { id: string } }[]
      const visible = visibleTo(role)
      for (const item of items) expect(visible(item.collector.id)).toBe(true)
      // Everything visible is listed: the base registrations of every account in scope.
      const ids = new Set(items.map((i) => i.id))
      for (const u of PUSHERS) expect(ids.has(base[u]?.id ?? '')).toBe(visible(userIds[u] ?? ''))
    },
  }),
  'POST /api/registrations/search': async (role, scope, token) => ({
    answer: await t.call('POST', '/api/registrations/search', {
      token,
      json: { q: base[ownerOf(role, scope)]?.idNumber },
    }),
    detail: (a) => (a.status === 200 ? String(a.body.items.length) : errorCode(a)),
  }),
  'GET /api/registrations/:id': async (role, scope, token) => ({
    answer: await t.call('GET', `/api/registrations/${base[ownerOf(role, scope)]?.id}`, { token }),
    detail: errorCode,
  }),
  'POST /api/registrations/:id/review': async (role, scope, token) => {
    const reg = await pushFresh(ownerOf(role, scope))
    const answer = await t.call('POST', `/api/registrations/${reg.id}/review`, {
      token,
      json: { revision: 1, decision: 'approve' },
    })
    return { answer, detail: errorCode }
  },
  'POST /api/registrations/review-batch': async (role, scope, token) => {
    const reg = await pushFresh(ownerOf(role, scope))
    const answer = await t.call('POST', '/api/registrations/review-batch', {
      token,
      json: { items: [{ id: reg.id, revision: 1 }], decision: 'approve' },
    })
    const item = (a: Answer) => a.body.results?.[0]
    return { answer, detail: (a) => item(a)?.error?.code ?? item(a)?.review?.status ?? errorCode(a) }
  },
  'GET /api/events': async (_r, _s, token) => ({ answer: await t.call('GET', '/api/events', { token }) }),
  'POST /api/events': async (role, scope, token) => ({
    answer: await t.call('POST', '/api/events', {
      token,
      json: {
        name: 'Ngày hội việc làm',
        kind: 'job_fair',
        startsOn: '2026-12-01',
        endsOn: '2026-12-02',
        provinceCode: '15',
        commune: 'Xã Bát Xát',
        teamId: scope === 'same team' ? TEAM[role] : otherTeam(role),
      },
    }),
    detail: errorCode,
  }),
  'POST /api/events (no team)': async (_r, _s, token) => ({
    answer: await t.call('POST', '/api/events', {
      token,
      json: {
        name: 'Tuần lễ bưu điện',
        kind: 'post_office_week',
        startsOn: '2026-12-01',
        endsOn: '2026-12-07',
        provinceCode: '15',
        commune: 'Xã Bát Xát',
      },
    }),
    detail: errorCode,
  }),
  'PATCH /api/events/:id': async (role, scope, token) => {
    const id = await freshEvent(scope === 'same team' ? TEAM[role] : otherTeam(role))
    const answer = await t.call('PATCH', `/api/events/${id}`, { token, json: { name: 'Sự kiện đã sửa' } })
    return { answer, detail: errorCode }
  },
  'PATCH /api/events/:id (no team)': async (_r, _s, token) => {
    const id = await freshEvent(null)
    const answer = await t.call('PATCH', `/api/events/${id}`, { token, json: { name: 'Sự kiện đã sửa' } })
    return { answer, detail: errorCode }
  },
  'PATCH /api/events/:id (hand to other team)': async (role, _s, token) => {
    const id = await freshEvent(TEAM[role])
    const answer = await t.call('PATCH', `/api/events/${id}`, { token, json: { teamId: otherTeam(role) } })
    return { answer, detail: errorCode }
  },
  'GET /api/users': async (role, _s, token) => ({
    answer: await t.call('GET', '/api/users', { token }),
    check: (a) => {
      const teams = new Set((a.body as { teamId: string | null }[]).map((u) => u.teamId))
      expect([...teams].sort()).toEqual(role === 'admin' ? [null, 'team-a', 'team-b'].sort() : [TEAM[role]])
    },
  }),
  'POST /api/users': async (role, _s, token) => ({
    answer: await t.call('POST', '/api/users', {
      token,
      json: {
        username: `new-${randomUUID().slice(0, 8)}`,
        displayName: 'Cán bộ mới',
        role: 'staff',
        teamId: TEAM[role],
        password: 'mat-khau-moi-dai',
      },
    }),
    detail: errorCode,
  }),
  'PATCH /api/users/:id': async (role, scope, token) => {
    const target =
      scope === 'own'
        ? userIds[ACCOUNT[role] ?? 'staff1']
        : spare[scope === 'same team' ? TEAM[role] : otherTeam(role)]
    const answer = await t.call('PATCH', `/api/users/${target}`, { token, json: { displayName: 'Tên mới' } })
    return { answer, detail: errorCode }
  },
  'POST /api/users/:id/password': async (role, scope, token) => {
    const target = spare[scope === 'same team' ? TEAM[role] : otherTeam(role)]
    const answer = await t.call('POST', `/api/users/${target}/password`, {
      token,
      json: { password: DEMO_PASSWORD },
    })
    return { answer, detail: errorCode }
  },
  'GET /api/teams': async (_r, _s, token) => ({
    answer: await t.call('GET', '/api/teams', { token }),
    detail: errorCode,
  }),
  'POST /api/teams': async (_r, _s, token) => ({
    answer: await t.call('POST', '/api/teams', {
      token,
      json: { id: `t-${randomUUID().slice(0, 8)}`, name: 'Tổ mới' },
    }),
    detail: errorCode,
  }),
  'GET /api/receipt-issuers': async (_r, _s, token) => ({
    answer: await t.call('GET', '/api/receipt-issuers', { token }),
    detail: errorCode,
  }),
  'PUT /api/receipt-issuers/office': async (_r, _s, token) => ({
    answer: await t.call('PUT', '/api/receipt-issuers/office', { token, json: ISSUER }),
    detail: errorCode,
  }),
  'PUT /api/receipt-issuers/teams/:teamId': async (role, _s, token) => ({
    answer: await t.call('PUT', `/api/receipt-issuers/teams/${TEAM[role]}`, { token, json: ISSUER }),
    detail: errorCode,
  }),
  'DELETE /api/receipt-issuers/teams/:teamId': async (role, _s, token) => {
    const team = TEAM[role]
    // Something to delete: the admin sets the team's issuer first (others are refused before it matters).
    await t.call('PUT', `/api/receipt-issuers/teams/${team}`, { token: tokens['admin'], json: ISSUER })
    return {
      answer: await t.call('DELETE', `/api/receipt-issuers/teams/${team}`, { token }),
      detail: errorCode,
    }
  },
  'GET /api/health-facilities': async (_r, _s, token) => ({
    answer: await t.call('GET', '/api/health-facilities?provinceCode=15', { token }),
    detail: errorCode,
  }),
  'POST /api/health-facilities/import': async (_r, _s, token) => ({
    answer: await t.call('POST', '/api/health-facilities/import', {
      token,
      json: {
        provinceCode: '15',
        fileName: 'kcb.csv',
        content: 'Mã tỉnh,Mã KCB,Tên,Địa chỉ\n15,15901,Trạm Y tế xã Bát Xát (dữ liệu mẫu),',
      },
    }),
    detail: errorCode,
  }),
  'GET /api/receipt-issuer': async (_r, _s, token) => ({
    answer: await t.call('GET', '/api/receipt-issuer', { token }),
    detail: errorCode,
  }),
  'GET /api/reports/tally': async (role, _s, token) => ({
    answer: await t.call('GET', '/api/reports/tally', { token }),
    detail: errorCode,
    check: (a) => {
      const visible = visibleTo(role)
      for (const staffId of Object.keys(a.body.byStaff)) expect(visible(staffId)).toBe(true)
    },
  }),
  'GET /api/exports/:list.:format': async (role, _s, token) => ({
    answer: await t.call('GET', '/api/exports/d05-ts.csv?status=pending', { token }),
    detail: errorCode,
    check: (a) => {
      const visible = visibleTo(role)
      for (const u of PUSHERS) {
        expect(a.text.includes(base[u]?.idNumber ?? '-')).toBe(visible(userIds[u] ?? ''))
      }
    },
  }),
  'GET /api/audit': async (_r, _s, token) => ({
    answer: await t.call('GET', '/api/audit', { token }),
    detail: errorCode,
  }),
  'POST /api/cash/handovers': async (_r, _s, token) => ({
    answer: await t.call('POST', '/api/cash/handovers', {
      token,
      json: { eventId: 'lao-cai-demo', declaredVnd: 0, receiptNos: [] },
    }),
  }),
  'GET /api/cash/handovers': async (role, _s, token) => ({
    answer: await t.call('GET', '/api/cash/handovers?eventId=lao-cai-demo', { token }),
    check: (a) => {
      const visible = visibleTo(role)
      const rows = a.body.staff as { staffId: string }[]
      for (const row of rows) expect(visible(row.staffId)).toBe(true)
    },
  }),
  'POST /api/cash/handovers/:id/confirm': async (role, scope, token) => {
    const declared = await t.call('POST', '/api/cash/handovers', {
      token: tokens[ownerOf(role, scope)],
      json: { eventId: 'lao-cai-demo', declaredVnd: 0, receiptNos: [] },
    })
    const id = declared.body.handover?.id as string
    const answer = await t.call('POST', `/api/cash/handovers/${id}/confirm`, {
      token,
      json: { confirmedVnd: 0 },
    })
    return { answer, detail: errorCode }
  },
  'POST /api/sync/consultations': async (role, _s, token) => {
    const device = devices[ACCOUNT[role] ?? 'staff1'] as { deviceId: string }
    const answer = await t.call('POST', '/api/sync/consultations', {
      token,
      json: { deviceId: device.deviceId, consultations: [consultation(device.deviceId)] },
    })
    return { answer, detail: (a) => a.body.results?.[0]?.status ?? errorCode(a) }
  },
  'POST /api/sync/consultations (their device)': async (role, scope, token) => {
    const device = devices[ownerOf(role, scope)] as { deviceId: string }
    const answer = await t.call('POST', '/api/sync/consultations', {
      token,
      json: { deviceId: device.deviceId, consultations: [consultation(device.deviceId)] },
    })
    return { answer, detail: errorCode }
  },
  'GET /api/consultations/follow-ups': async (role, _s, token) => ({
    answer: await t.call('GET', '/api/consultations/follow-ups?dueBy=2027-01-01', { token }),
    detail: errorCode,
    check: (a) => {
      const visible = visibleTo(role)
      for (const f of a.body.followUps as { staffId: string }[]) expect(visible(f.staffId)).toBe(true)
    },
  }),
  'POST /api/insured/import': async (_r, _s, token) => ({
    answer: await t.call('POST', '/api/insured/import?provinceCode=15&fileName=ds.csv', {
      token,
      body: 'SoDinhDanh;HoTen;NgaySinh;GioiTinh;MaXa\n010190001234;Lường Thị Mai;1990;Nữ;02683\n',
      headers: { 'Content-Type': 'text/csv' },
    }),
    detail: errorCode,
  }),
  'GET /api/events/:eventId/insured': async (role, scope, token) => {
    const id = await freshEvent(scope === 'same team' ? TEAM[role] : otherTeam(role))
    return { answer: await t.call('GET', `/api/events/${id}/insured`, { token }), detail: errorCode }
  },
  'GET /api/unknown-route': async (_r, _s, token) => ({
    answer: await t.call('GET', '/api/unknown-route', { token }),
  }),
}

describe('authorization matrix: endpoint × role × scope', () => {
  it('covers every route of docs/api.md', async () => {
    const { readFile } = await import('node:fs/promises')
    const doc = await readFile(new URL('../../../docs/api.md', import.meta.url), 'utf8')
    const documented = new Set(
      [...doc.matchAll(/^\| `(GET|POST|PATCH|PUT|DELETE) (\/api\/[^?` ]*)/gm)].map((m) => `${m[1]} ${m[2]}`),
    )
    const covered = new Set(MATRIX.map(([endpoint]) => endpoint.replace(/ \(.*\)$/, '')))
    expect(documented.size).toBeGreaterThan(20)
    expect([...documented].filter((e) => !covered.has(e))).toEqual([])
  })

  for (const [endpoint, scope, cells] of MATRIX) {
    ROLES.forEach((role, i) => {
      const cell = cells[i] as Cell
      it(`${endpoint} · ${role} · ${scope} → ${cell}`, async () => {
        const request = REQUESTS[endpoint]
        if (!request) throw new Error(`no request for ${endpoint}`)
        const token = ACCOUNT[role] ? tokens[ACCOUNT[role]] : undefined
        const { answer, detail, check } = await request(role, scope, token)
        const [status, expected] = String(cell).split(' ') as [string, string | undefined]
        expect(answer.status, answer.text.slice(0, 300)).toBe(Number(status))
        if (expected !== undefined) expect((detail ?? errorCode)(answer)).toBe(expected)
        if (answer.status === 401) expect(answer.headers.get('www-authenticate')).toBe('Bearer')
        if (answer.status < 300 && check) await check(answer)
      })
    })
  }
})
