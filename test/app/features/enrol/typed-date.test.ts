import { describe, expect, it } from 'vitest'
import { splitWholeDate, typeDatePart } from '../../../../src/app/features/enrol/typed-date.ts'

describe('typeDatePart', () => {
  it('moves on after two digits', () => {
    expect(typeDatePart('day', '0')).toEqual({ value: '0', advance: false })
    expect(typeDatePart('day', '07')).toEqual({ value: '07', advance: true })
    expect(typeDatePart('month', '12')).toEqual({ value: '12', advance: true })
  })

  it('moves on after one digit that no second digit could follow', () => {
    expect(typeDatePart('day', '3')).toEqual({ value: '3', advance: false })
    expect(typeDatePart('day', '4')).toEqual({ value: '4', advance: true })
    expect(typeDatePart('month', '1')).toEqual({ value: '1', advance: false })
    expect(typeDatePart('month', '2')).toEqual({ value: '2', advance: true })
  })

  it('moves on at a separator and keeps only digits', () => {
    expect(typeDatePart('day', '7/')).toEqual({ value: '7', advance: true })
    expect(typeDatePart('month', '1 ')).toEqual({ value: '1', advance: true })
    expect(typeDatePart('day', '/')).toEqual({ value: '', advance: false })
    expect(typeDatePart('day', '123')).toEqual({ value: '12', advance: true })
  })
})

describe('splitWholeDate', () => {
  it('splits a whole date typed or pasted into the day box', () => {
    expect(splitWholeDate('07/03/1990')).toEqual({ day: '07', month: '03', year: '1990' })
    expect(splitWholeDate('7-3-1990')).toEqual({ day: '7', month: '3', year: '1990' })
    expect(splitWholeDate(' 7.3.1990 ')).toEqual({ day: '7', month: '3', year: '1990' })
    expect(splitWholeDate('07031990')).toEqual({ day: '07', month: '03', year: '1990' })
  })

  it('leaves anything else to the box', () => {
    expect(splitWholeDate('07')).toBeUndefined()
    expect(splitWholeDate('7/3')).toBeUndefined()
    expect(splitWholeDate('0703199')).toBeUndefined()
  })
})
