import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditLabelsVi } from '../../../../src/app/features/admin/audit-labels-vi.ts'
import { describeAuditEntry } from '../../../../src/app/features/admin/describe-audit-entry.ts'

const labelOf = (key: string) => (auditLabelsVi as Record<string, string>)[key]
const nameOf = (id: string) => (id === 'u-staff1' ? 'Lò Thị Mai' : undefined)

describe('describeAuditEntry', () => {
  it('speaks the office’s language for a push', () => {
    const described = describeAuditEntry(
      {
        action: 'registration.create',
        entity: 'registration',
        detail: { revision: 1, eventId: 'ev-1', participants: 3, hardFlags: 0, softFlags: 1 },
      },
      labelOf,
      nameOf,
    )
    expect(described.action).toBe('Nhận hồ sơ mới')
    expect(described.entity).toBe('Hồ sơ')
    expect(described.details).toEqual([
      { label: 'Bản', value: '1' },
      { label: 'Sự kiện', value: 'ev-1' },
      { label: 'Số người', value: '3' },
      { label: 'Cờ chặn', value: '0' },
      { label: 'Cờ cần xem', value: '1' },
    ])
  })

  it('formats money, decisions, yes/no and names the collector as the other screens do', () => {
    const cash = describeAuditEntry(
      {
        action: 'cash.confirm',
        entity: 'cash_handover',
        detail: { staffId: 'u-staff1', confirmedVnd: 3825360 },
      },
      labelOf,
      nameOf,
    )
    expect(cash.details).toEqual([
      { label: 'Cán bộ thu', value: 'Lò Thị Mai' },
      { label: 'Đã nhận', value: expect.stringMatching(/^3\.825\.360/) },
    ])
    const review = describeAuditEntry(
      { action: 'registration.review', entity: 'registration', detail: { decision: 'reject', batch: true } },
      labelOf,
      nameOf,
    )
    expect(review.details).toEqual([
      { label: 'Quyết định', value: 'từ chối' },
      { label: 'Duyệt hàng loạt', value: 'có' },
    ])
  })

  it('shows an action or key it has no label for as stored, never hides it', () => {
    const described = describeAuditEntry(
      { action: 'future.thing', entity: 'gadget', detail: { widgets: 2, empty: null } },
      labelOf,
      nameOf,
    )
    expect(described).toEqual({
      action: 'future.thing',
      entity: 'gadget',
      details: [{ label: 'widgets', value: '2' }],
    })
  })

  it('has a label for every action and detail key the server writes', () => {
    const server = join(import.meta.dirname, '../../../../src/server')
    const files = (readdirSync(server, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'))
    const source = files.map((f) => readFileSync(join(server, f), 'utf8')).join('\n')
    const actions = [...source.matchAll(/action: '([a-z_]+\.[a-z_.]+)'/g)].map((m) => m[1])
    actions.push('registration.create', 'registration.update')
    expect(actions.length).toBeGreaterThan(15)
    for (const action of new Set(actions)) expect(labelOf(`action.${action}`), action).toBeDefined()
  })
})
