import 'fake-indexeddb/auto'
import { beforeEach, expect, it } from 'vitest'
import { db } from '../../../src/app/db/db.ts'
import { deleteDraft, enrolDraftKey, loadDraft, saveDraft } from '../../../src/app/db/drafts.ts'
import { lockNow } from '../../../src/app/db/data-key.ts'
import { unlockForTest } from './test-data-key.ts'

beforeEach(async () => {
  await db.drafts.clear()
  await unlockForTest()
})

it('round-trips a draft and keeps new and correction drafts apart', async () => {
  const values = { participants: [{ fullName: 'Lò Thị Mai', dobYear: '1985' }], paid: false }
  await saveDraft(enrolDraftKey(), values)
  await saveDraft(enrolDraftKey('abc'), { other: true })
  expect(await loadDraft(enrolDraftKey())).toEqual(values)
  expect(await loadDraft('enrol:abc')).toEqual({ other: true })
  await deleteDraft('enrol')
  expect(await loadDraft('enrol')).toBeUndefined()
  expect(await loadDraft('enrol:abc')).toEqual({ other: true })
})

it('stores the values sealed and needs the key to read them back', async () => {
  await saveDraft('enrol', { fullName: 'Lò Thị Mai' })
  expect(JSON.stringify(await db.drafts.get('enrol'))).not.toContain('Mai')
  lockNow()
  await expect(loadDraft('enrol')).rejects.toThrow(/khoá/)
  await expect(saveDraft('enrol', {})).rejects.toThrow(/khoá/)
})
