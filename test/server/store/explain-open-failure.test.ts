// Issue #10 item 11: PGlite started on a full disk failed with "PGlite failed to initialize properly" and Node
// printed PGlite's minified source as a dump. Checked by hand on a 48 MB tmpfs (full: refused with one line;
// space back: opens). Here the diagnosis itself, on the figures statfs gives.
import { expect, it } from 'vitest'
import {
  explainOpenFailure,
  freeBytesAt,
  LOW_SPACE_BYTES,
} from '../../../src/server/store/explain-open-failure.ts'
import { isStorageFull } from '../../../src/server/store/storage-state.ts'

const failure = new Error('PGlite failed to initialize properly')

it('names a full disk as such, with the code the start-up recognises', () => {
  const explained = explainOpenFailure(failure, '/srv/ghidanh/data', 1_100_000) as Error & { cause?: unknown }
  expect(explained.message).toBe('PGlite cannot open /srv/ghidanh/data: the disk is full (1074 KB free)')
  expect(isStorageFull(explained)).toBe(true)
  expect(explained.cause).toBe(failure)
})

it('leaves other failures alone', () => {
  expect(explainOpenFailure(failure, '/d', LOW_SPACE_BYTES)).toBe(failure)
  expect(explainOpenFailure(failure, '/d', undefined)).toBe(failure)
})

it('reads free space of a real directory, and nothing for a missing one', async () => {
  expect(await freeBytesAt('.')).toBeGreaterThan(0)
  expect(await freeBytesAt('/no/such/dir/for/ghidanh')).toBeUndefined()
})
