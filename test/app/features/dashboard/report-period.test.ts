import { expect, it } from 'vitest'
import { dayVi, reportPeriod } from '../../../../src/app/features/dashboard/report-period.ts'
import { formatBytes, formatCount } from '../../../../src/app/features/dashboard/format-count.ts'

const event = { startsOn: '2024-05-13', endsOn: '2024-05-19' }

it('the report names the dates asked for, else the event’s, else the days with figures', () => {
  expect(reportPeriod({ from: '2024-05-14', to: '2024-05-15' }, event, [])).toEqual({
    from: '2024-05-14',
    to: '2024-05-15',
  })
  expect(reportPeriod({}, event, ['2024-05-16'])).toEqual({ from: '2024-05-13', to: '2024-05-19' })
  expect(reportPeriod({}, undefined, ['2024-05-16', '2024-05-13'])).toEqual({
    from: '2024-05-13',
    to: '2024-05-16',
  })
  expect(reportPeriod({}, undefined, [])).toBeUndefined()
  expect(dayVi('2024-05-13')).toBe('13/05/2024')
})

it('counts read as the office writes them: the Lào Cai week of May 2024', () => {
  expect([262, 1837, 519, 101].map((n) => formatCount(n, 'vi'))).toEqual(['262', '1.837', '519', '101'])
  expect(formatCount(1837, 'en')).toBe('1,837')
  expect(formatBytes(512, 'vi')).toBe('512 B')
  expect(formatBytes(1536, 'vi')).toBe('1,5 KB')
  expect(formatBytes(3 * 1024 * 1024, 'en')).toBe('3.0 MB')
})
