import { describe, expect, it } from 'vitest'
import { decidePush, type StoredHead } from '../../../src/server/store/decide-push.ts'

const head: StoredHead = { revision: 3, ownerId: 'u1', contentHash: 'h3', reviewStatus: 'returned' }
const incoming = (
  revision: number,
  contentHash: string,
  ownerId = 'u1',
  storedHashOfSameRevision?: string,
) => ({
  revision,
  contentHash,
  ownerId,
  storedHashOfSameRevision,
})

describe('decidePush', () => {
  it('inserts a new id', () => {
    expect(decidePush(undefined, incoming(1, 'h'))).toEqual({ action: 'insert' })
  })
  it('updates to a higher revision of one’s own registration', () => {
    expect(decidePush(head, incoming(4, 'h4'))).toEqual({ action: 'update' })
  })
  it('treats the exact stored revision as a duplicate, even an older one', () => {
    expect(decidePush(head, incoming(3, 'h3', 'u1', 'h3'))).toEqual({ action: 'duplicate' })
    expect(decidePush(head, incoming(2, 'h2', 'u1', 'h2'))).toEqual({ action: 'duplicate' })
  })
  it('conflicts on other owner, lower revision, changed content, or a final rejection', () => {
    expect(decidePush(head, incoming(3, 'h3', 'u2', 'h3'))).toEqual({
      action: 'conflict',
      reason: 'other_owner',
    })
    expect(decidePush(head, incoming(2, 'hx'))).toEqual({ action: 'conflict', reason: 'stale_revision' })
    expect(decidePush(head, incoming(2, 'hx', 'u1', 'h2'))).toEqual({
      action: 'conflict',
      reason: 'content_differs',
    })
    expect(decidePush(head, incoming(3, 'hx', 'u1', 'h3'))).toEqual({
      action: 'conflict',
      reason: 'content_differs',
    })
    expect(decidePush({ ...head, reviewStatus: 'rejected' }, incoming(4, 'h4'))).toEqual({
      action: 'conflict',
      reason: 'final',
    })
  })
  it('takes the void of a rejected registration’s receipt, and only that, after a rejection (issue #9)', () => {
    const rejected = { ...head, reviewStatus: 'rejected' as const }
    expect(decidePush(rejected, { ...incoming(4, 'h4'), voidsHead: true })).toEqual({
      action: 'void_rejected',
    })
    expect(decidePush(rejected, { ...incoming(4, 'h4'), voidsHead: false })).toEqual({
      action: 'conflict',
      reason: 'final',
    })
    // Not rejected: a void is an ordinary update that goes back to the supervisor.
    expect(decidePush(head, { ...incoming(4, 'h4'), voidsHead: true })).toEqual({ action: 'update' })
  })
})
