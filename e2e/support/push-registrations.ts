// Registrations pushed straight through the real API, as a collector's phone would: for specs that start
// where the phones have already synced (the office's screens).
import { randomUUID } from 'node:crypto'
import { quoteHi } from '../../src/domain/quote/hi-quote.ts'
import { formatReceiptNo } from '../../src/domain/receipt/receipt-no.ts'
import type { Participant, Registration } from '../../src/domain/registration/registration-schema.ts'
import { vietnamDate } from '../../src/domain/registration/local-date.ts'
import { defaultRules } from '../../src/domain/rules/default-rules.ts'
import { DEMO_PASSWORD } from './app.ts'
import { baseURL } from './browsers.ts'

const FAMILY = ['Giàng', 'Lù', 'Sùng', 'Vàng', 'Tẩn', 'Lò', 'Hoàng', 'Thào', 'Ly', 'Má']
const GIVEN = [
  'Thị Mai',
  'Văn Páo',
  'A Chư',
  'Thị Dua',
  'Thị Dín',
  'Văn Sáng',
  'Thị Sử',
  'A Tủa',
  'Thị Mỷ',
  'Văn Pản',
]

/** `count` household-HI sign-ups of one person each, collected a minute apart at `collectedOn`. */
export async function pushHiRegistrations(
  username: string,
  eventId: string,
  count: number,
  collectedOn: string,
): Promise<Registration[]> {
  const session = await call<{ token: string }>('/api/session', { username, password: DEMO_PASSWORD })
  const post = <T>(path: string, body: unknown) => call<T>(path, body, session.token)
  const deviceId = randomUUID()
  const { receiptPrefix } = await post<{ receiptPrefix: string }>('/api/devices', { deviceId, label: 'e2e' })
  const on = vietnamDate(`${collectedOn}T09:00:00+07:00`)
  const quote = quoteHi({ months: 12, householdOrder: 1 }, defaultRules, on)
  if (!quote.ok) throw new Error(quote.issue.message)
  const serial = randomUUID().replace(/\D/g, '').slice(0, 4).padEnd(4, '0')
  const registrations = Array.from({ length: count }, (_, i): Registration => {
    const person: Participant = {
      fullName: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 3) % GIVEN.length]}`,
      // Province 015, century-and-sex digit, year 85, then six digits of its own.
      idNumber: `015${i % 2 === 0 ? '1' : '0'}85${serial}${String(i).padStart(2, '0')}`,
      dateOfBirth: `1985-0${(i % 9) + 1}-1${i % 9}`,
      sex: i % 2 === 0 ? 'female' : 'male',
      ethnicityCode: '08',
      address: { provinceCode: '15', communeCode: '02683', commune: 'Xã Bát Xát', village: 'Thôn Tả Pờ Hồ' },
      consent: true,
      services: { vssidAssisted: false, cashlessPension: false },
      hi: { months: 12, householdOrder: 1, amountDue: quote.quote.amount },
    }
    const minute = String(i % 60).padStart(2, '0')
    return {
      id: randomUUID(),
      revision: 1,
      deviceId,
      eventId,
      collectedAt: `${collectedOn}T${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${minute}:00+07:00`,
      participants: [person],
      payment: {
        method: 'cash',
        amountCollected: quote.quote.amount,
        receiptNo: formatReceiptNo(receiptPrefix, i + 1),
      },
    }
  })
  const answer = await post<{ results: { status: string }[] }>('/api/sync/push', { deviceId, registrations })
  const refused = answer.results.filter((r) => r.status !== 'accepted')
  if (refused.length > 0) throw new Error(`push refused ${refused.length}: ${JSON.stringify(refused[0])}`)
  return registrations
}

async function call<T>(path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${baseURL}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}
