import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDraftWriter } from '../../../../src/app/features/enrol/draft-writer.ts'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('createDraftWriter', () => {
  it('writes the last values once, after typing stops', async () => {
    const written: string[] = []
    const drafts = createDraftWriter(async (v: string) => void written.push(v), 300)
    drafts.schedule('Gi')
    await vi.advanceTimersByTimeAsync(200)
    drafts.schedule('Giàng')
    await vi.advanceTimersByTimeAsync(299)
    expect(written).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(written).toEqual(['Giàng'])
  })

  it('a flush on leaving writes what was typed 50 ms before, and the timer writes nothing more', async () => {
    const written: string[] = []
    const drafts = createDraftWriter(async (v: string) => void written.push(v), 300)
    drafts.schedule('010090001234')
    await vi.advanceTimersByTimeAsync(50)
    await drafts.flush()
    expect(written).toEqual(['010090001234'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(written).toEqual(['010090001234'])
    await drafts.flush()
    expect(written).toHaveLength(1)
  })

  it('cancel forgets (saved or cleared), and a failed write is reported, not thrown', async () => {
    const errors: unknown[] = []
    const drafts = createDraftWriter(
      async () => {
        throw new Error('locked')
      },
      300,
      (e) => errors.push(e),
    )
    drafts.schedule('x')
    drafts.cancel()
    await drafts.flush()
    expect(errors).toEqual([])
    drafts.schedule('y')
    await expect(drafts.flush()).resolves.toBeUndefined()
    expect(errors).toHaveLength(1)
  })
})
