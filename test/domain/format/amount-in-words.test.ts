import { describe, expect, it } from 'vitest'
import { amountInWords } from '../../../src/domain/format/amount-in-words.ts'

describe('amountInWords (domain.md §9 vectors)', () => {
  it.each([
    [1_366_200, 'Một triệu ba trăm sáu mươi sáu nghìn hai trăm đồng'],
    [3_142_260, 'Ba triệu một trăm bốn mươi hai nghìn hai trăm sáu mươi đồng'],
    [2_376_000, 'Hai triệu ba trăm bảy mươi sáu nghìn đồng'],
    [693_000, 'Sáu trăm chín mươi ba nghìn đồng'],
    [4_918_320, 'Bốn triệu chín trăm mười tám nghìn ba trăm hai mươi đồng'],
    [1_050_000, 'Một triệu không trăm năm mươi nghìn đồng'],
    [2_000_500, 'Hai triệu năm trăm đồng'],
    [105_000, 'Một trăm linh năm nghìn đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
  ])('%i', (n, words) => {
    expect(amountInWords(n)).toBe(words)
  })
})

describe('amountInWords edge cases', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [31, 'Ba mươi mốt đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [12_000_005_000, 'Mười hai tỷ không trăm linh năm nghìn đồng'],
    [2_000_000_000_000, 'Hai nghìn tỷ đồng'],
  ])('%i', (n, words) => {
    expect(amountInWords(n)).toBe(words)
  })

  it('rejects negative and fractional amounts', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError)
    expect(() => amountInWords(1.5)).toThrow(RangeError)
  })
})
