// uPlot in React: the chart is built once per data/options change and resized with its box. Canvas, not
// SVG: a campaign of 60 days and 40 collectors draws in a millisecond on a cheap phone.
import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

export function UPlotChart({
  options,
  data,
  label,
  height = 240,
}: {
  options: Omit<uPlot.Options, 'width' | 'height'>
  data: uPlot.AlignedData
  /** Said to screen readers; the same figures are in the table next to the chart. */
  label: string
  height?: number
}) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = box.current
    if (!el) return undefined
    const width = () => Math.max(240, Math.floor(el.clientWidth))
    const chart = new uPlot({ ...options, width: width(), height }, data, el)
    const observer = new ResizeObserver(() => chart.setSize({ width: width(), height }))
    observer.observe(el)
    return () => {
      observer.disconnect()
      chart.destroy()
    }
  }, [options, data, height])
  return <div ref={box} className="chart" role="img" aria-label={label} />
}
