// Big radio buttons in a row: one tap, no dropdown, readable at arm's length.
import type { UseFormRegisterReturn } from 'react-hook-form'

export interface SegmentedOption {
  value: string
  label: string
}

export function Segmented({
  legend,
  options,
  field,
  idPrefix,
}: {
  legend: string
  options: readonly SegmentedOption[]
  field: UseFormRegisterReturn
  idPrefix: string
}) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div className="segmented-options">
        {options.map((o) => (
          <label key={o.value} htmlFor={`${idPrefix}-${o.value}`}>
            <input type="radio" id={`${idPrefix}-${o.value}`} value={o.value} {...field} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
