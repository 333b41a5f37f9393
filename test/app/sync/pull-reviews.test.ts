import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PullResponse } from '../../../src/domain/index.ts'
import { ApiError } from '../../../src/app/api/http.ts'
import { getRegistration } from '../../../src/app/db/registrations-repo.ts'
import { getSetting, setSetting } from '../../../src/app/db/settings.ts'
import { pullReviews } from '../../../src/app/sync/pull-reviews.ts'
import { clearStore, saveRevision, uuid } from './fixtures.ts'

beforeEach(clearStore)

const decided = { decidedBy: 'super1', decidedAt: '2025-09-16T10:00:00+07:00' }

describe('pullReviews', () => {
  it('applies decisions page by page and advances the cursor until no more changes', async () => {
    await saveRevision(uuid(1), 1)
    await saveRevision(uuid(2), 1)
    const pages: Record<string, PullResponse> = {
      start: {
        changes: [{ id: uuid(1), revision: 1, review: { status: 'approved', ...decided } }],
        cursor: 'c1',
      },
      c1: {
        changes: [
          { id: uuid(2), revision: 1, review: { status: 'returned', comment: 'Thiếu xã', ...decided } },
        ],
        cursor: 'c2',
      },
      c2: { changes: [], cursor: 'c2' },
    }
    const asked: (string | undefined)[] = []
    const outcome = await pullReviews(async (cursor) => {
      asked.push(cursor)
      const page = pages[cursor ?? 'start']
      if (!page) throw new Error(`unexpected cursor ${cursor}`)
      return page
    })
    expect(asked).toEqual([undefined, 'c1', 'c2'])
    expect(outcome).toEqual({ pulled: 2 })
    expect(await getSetting('pullCursor')).toBe('c2')
    expect((await getRegistration(uuid(1)))?.review?.status).toBe('approved')
    expect((await getRegistration(uuid(2)))?.review).toMatchObject({
      status: 'returned',
      comment: 'Thiếu xã',
    })
  })

  it('starts from the stored cursor', async () => {
    await setSetting('pullCursor', 'c9')
    const asked: (string | undefined)[] = []
    await pullReviews(async (cursor) => (asked.push(cursor), { changes: [], cursor: 'c9' }))
    expect(asked).toEqual(['c9'])
  })

  it('does not put a decision about an older revision onto a newer local one', async () => {
    await saveRevision(uuid(1), 1)
    await saveRevision(uuid(1), 2)
    const outcome = await pullReviews(async (cursor) =>
      cursor === undefined
        ? {
            changes: [{ id: uuid(1), revision: 1, review: { status: 'returned', comment: 'x', ...decided } }],
            cursor: 'c1',
          }
        : { changes: [], cursor: 'c1' },
    )
    expect(outcome.pulled).toBe(0)
    expect((await getRegistration(uuid(1)))?.review).toBeUndefined()
    expect(await getSetting('pullCursor')).toBe('c1')
  })

  it('a failure keeps the pages already applied and reports the error', async () => {
    await saveRevision(uuid(1), 1)
    const outcome = await pullReviews(async (cursor) => {
      if (cursor === undefined)
        return {
          changes: [{ id: uuid(1), revision: 1, review: { status: 'approved', ...decided } }],
          cursor: 'c1',
        }
      throw new ApiError(503, 'unavailable', 'down')
    })
    expect(outcome.pulled).toBe(1)
    expect(outcome.error).toBeInstanceOf(ApiError)
    expect(await getSetting('pullCursor')).toBe('c1')
  })
})
