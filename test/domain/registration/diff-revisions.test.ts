import { describe, expect, it } from 'vitest'
import {
  changedPaths,
  diffRevisions,
  flattenRecord,
} from '../../../src/domain/registration/diff-revisions.ts'

const first = {
  id: 'r1',
  revision: 1,
  participants: [{ fullName: 'Giàng Thị Mai', address: { commune: 'Xã Bát Xát' }, vsi: { months: 3 } }],
  payment: { amountCollected: 660_000 },
}
const second = {
  id: 'r1',
  revision: 2,
  participants: [
    { fullName: 'Giàng Thị Mai', address: { commune: 'Xã Y Tý' }, vsi: { months: 3 } },
    { fullName: 'Lù Văn Páo', address: { commune: 'Xã Y Tý' } },
  ],
  payment: null,
  note: 'sửa xã',
}

describe('flattenRecord', () => {
  it('names every leaf by its dotted path and leaves the revision number out', () => {
    expect([...flattenRecord(first)]).toEqual([
      ['id', 'r1'],
      ['participants.0.fullName', 'Giàng Thị Mai'],
      ['participants.0.address.commune', 'Xã Bát Xát'],
      ['participants.0.vsi.months', '3'],
      ['payment.amountCollected', '660000'],
    ])
  })
})

describe('diffRevisions', () => {
  it('marks each field that changed since the revision before', () => {
    const rows = diffRevisions([first, second])
    const byPath = new Map(rows.map((r) => [r.path, r]))
    expect(byPath.get('id')?.changed).toEqual([false, false])
    expect(byPath.get('participants.0.fullName')?.changed).toEqual([false, false])
    expect(byPath.get('participants.0.address.commune')).toEqual({
      path: 'participants.0.address.commune',
      values: ['Xã Bát Xát', 'Xã Y Tý'],
      changed: [false, true],
    })
    // A field that appears, and a group that became null.
    expect(byPath.get('participants.1.fullName')?.values).toEqual([undefined, 'Lù Văn Páo'])
    expect(byPath.get('payment.amountCollected')).toMatchObject({ values: ['660000', undefined] })
    expect(byPath.get('payment')).toMatchObject({ values: [undefined, '—'], changed: [false, true] })
  })

  it('keeps the first-seen order and compares each revision with the one before, not the first', () => {
    const third = { ...second, revision: 3, note: 'sửa xã' }
    const rows = diffRevisions([first, second, third])
    expect(rows[0]?.path).toBe('id')
    expect(rows.find((r) => r.path === 'note')?.changed).toEqual([false, true, false])
  })

  it('one revision: nothing changed', () => {
    expect(diffRevisions([first]).every((r) => r.changed.every((c) => !c))).toBe(true)
  })
})

describe('changedPaths', () => {
  it('lists only the differing paths', () => {
    expect(changedPaths(first, second)).toEqual([
      'participants.0.address.commune',
      'payment.amountCollected',
      'participants.1.fullName',
      'participants.1.address.commune',
      'payment',
      'note',
    ])
  })
})
