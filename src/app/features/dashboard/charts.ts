// Chart options for the dashboard: the four campaign figures per day (lines with points: a quiet day reads
// as a dip to 0) and registrations per collector (bars, one per name).
import uPlot from 'uplot'
import { shortDay, type DailySeries, type TallyRow } from './tally-series.ts'
import { CAMPAIGN_KEYS } from './tally-types.ts'

export const SERIES_COLOURS: Readonly<Record<(typeof CAMPAIGN_KEYS)[number], string>> = {
  vsiNew: '#0b5cad',
  hiNew: '#116329',
  hiRenewed: '#4a8c5c',
  vssidAssisted: '#b35900',
  cashlessPension: '#7a1fa2',
  advised: '#5c5c5c',
}

export function dailyChart(
  series: DailySeries,
  labels: Readonly<Record<(typeof CAMPAIGN_KEYS)[number], string>>,
  dayLabel: string,
): { options: Omit<uPlot.Options, 'width' | 'height'>; data: uPlot.AlignedData } {
  const x = series.days.map((_, i) => i)
  return {
    data: [x, ...CAMPAIGN_KEYS.map((k) => series.values[k])],
    options: {
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] } },
      axes: [
        {
          values: (_u, splits) =>
            splits.map((i) => series.days[Math.round(i)] ?? '').map((d) => (d ? shortDay(d) : '')),
          incrs: [1, 2, 7, 14, 30],
        },
        { values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) },
      ],
      series: [
        {
          label: dayLabel,
          value: (_u, i) => {
            const day = i === null ? undefined : series.days[Math.round(i)]
            return day ? shortDay(day) : '—'
          },
        },
        ...CAMPAIGN_KEYS.map((k) => ({
          label: labels[k],
          stroke: SERIES_COLOURS[k],
          width: 2,
          points: { show: true, size: 6 },
        })),
      ],
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
    },
  }
}

export function staffChart(
  rows: readonly TallyRow[],
  label: string,
): { options: Omit<uPlot.Options, 'width' | 'height'>; data: uPlot.AlignedData } {
  const x = rows.map((_, i) => i)
  const bars = uPlot.paths.bars?.({ size: [0.6, 80] })
  return {
    data: [x, rows.map((r) => r.registrations)],
    options: {
      scales: {
        x: { time: false, range: () => [-0.5, Math.max(0.5, rows.length - 0.5)] },
        y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] },
      },
      axes: [
        {
          values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (rows[i]?.label ?? '') : '')),
          incrs: [1],
          rotate: 0,
          size: 40,
        },
        { values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) },
      ],
      series: [
        { value: (_u, i) => (i === null ? '' : (rows[Math.round(i)]?.label ?? '')) },
        {
          label,
          fill: '#0b5cadcc',
          stroke: '#0b5cad',
          width: 1,
          ...(bars ? { paths: bars } : {}),
          points: { show: false },
        },
      ],
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
    },
  }
}
