// A draft restored from IndexedDB may come from an older app version: completeDraft fills in what it lacks.
import { expect, it } from 'vitest'
import { completeDraft, emptyParticipant } from '../../../../src/app/features/enrol/enrol-form-values.ts'

const person = { ...emptyParticipant('1.500.000'), fullName: 'Lò Thị Mai' }

it('keeps the sum the cash tick was given, and keeps none when the draft had none or a wrong one', () => {
  const ticked = { participants: [person], alreadyValidRanks: '0', paid: true, note: '' }
  expect(completeDraft({ ...ticked, paidFor: 1_366_200 }, '1.500.000')).toEqual({
    ...ticked,
    paidFor: 1_366_200,
  })
  // From before paidFor: the tick stays as stored; the form takes it back, as for a tick for another sum.
  expect(completeDraft(ticked, '1.500.000')).toEqual(ticked)
  expect(completeDraft({ ...ticked, paidFor: '1366200' }, '1.500.000')).toEqual(ticked)
})

it('fills in a person’s missing fields and refuses what is not a draft', () => {
  const { note: _note, ...older } = {
    participants: [{ fullName: 'Lò Thị Mai' }],
    alreadyValidRanks: '0',
    note: '',
  }
  expect(completeDraft(older, '1.500.000')).toEqual({
    participants: [person],
    alreadyValidRanks: '0',
    paid: false,
    note: '',
  })
  expect(completeDraft({ participants: [] }, '1.500.000')).toBeUndefined()
  expect(completeDraft('not a draft', '1.500.000')).toBeUndefined()
})
