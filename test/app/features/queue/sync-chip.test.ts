import { expect, it } from 'vitest'
import type { LocalRegistration } from '../../../../src/app/db/schema.ts'
import { syncChip } from '../../../../src/app/features/queue/sync-chip.ts'

const base = { id: 'r', revision: 1, record: {} as LocalRegistration['record'], ackedRevision: 0, savedAt: 1 }

it('shows the sync state first, then the review', () => {
  expect(syncChip({ ...base, syncState: 'waiting', review: { status: 'returned' } }).kind).toBe('waiting')
  // Not yet reviewed (pending on the server, or still on the phone): correctable before review.
  expect(syncChip({ ...base, syncState: 'sent' })).toEqual({ kind: 'sent', detail: '', fixable: true })
  expect(syncChip({ ...base, syncState: 'waiting' })).toEqual({ kind: 'waiting', detail: '', fixable: true })
  const voided = {
    ...base,
    record: { void: { reason: 'Thu nhầm', at: '2026-11-25T10:00:00+07:00' } } as LocalRegistration['record'],
  }
  expect(syncChip({ ...voided, syncState: 'waiting' }).fixable).toBe(false)
  expect(syncChip({ ...base, syncState: 'waiting', review: { status: 'approved' } }).fixable).toBe(false)
  expect(syncChip({ ...base, syncState: 'sent', review: { status: 'approved' } }).kind).toBe('approved')
  expect(
    syncChip({ ...base, syncState: 'sent', review: { status: 'returned', comment: 'Sai năm sinh' } }),
  ).toEqual({
    kind: 'returned',
    detail: 'Sai năm sinh',
    fixable: true,
  })
  expect(
    syncChip({ ...base, syncState: 'sent', review: { status: 'rejected', comment: 'Trùng' } }),
  ).toMatchObject({
    kind: 'rejected',
    fixable: false,
  })
  expect(
    syncChip({
      ...base,
      syncState: 'rejected',
      errors: [{ path: 'participants.0.idNumber', code: 'invalid_id_number', message: 'Sai số' }],
    }),
  ).toEqual({ kind: 'error', detail: 'Sai số', fixable: true })
})
