import { expect, it } from 'vitest'
import { filenameFromDisposition } from '../../../../src/app/features/dashboard/filename-from-disposition.ts'

it('reads the quoted file name the server sends', () => {
  expect(filenameFromDisposition('attachment; filename="d05-ts-lao-cai-demo-2026-11-25.xlsx"', 'x')).toBe(
    'd05-ts-lao-cai-demo-2026-11-25.xlsx',
  )
})

it('prefers filename* (RFC 5987) and decodes it', () => {
  expect(
    filenameFromDisposition(`attachment; filename="d03.csv"; filename*=UTF-8''danh-s%C3%A1ch-d03.csv`, 'x'),
  ).toBe('danh-sách-d03.csv')
})

it('takes an unquoted name, and falls back when there is none', () => {
  expect(filenameFromDisposition('attachment; filename=d03-ts.csv', 'x')).toBe('d03-ts.csv')
  expect(filenameFromDisposition('attachment', 'd03-ts.csv')).toBe('d03-ts.csv')
  expect(filenameFromDisposition(null, 'd05-ts.xlsx')).toBe('d05-ts.xlsx')
})

it('never gives a path', () => {
  expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('-..-etc-passwd')
  expect(filenameFromDisposition('attachment; filename="..\\a.csv"', 'x')).toBe('a.csv')
})
