// Big radio buttons in a row: one tap, no dropdown, readable at arm's length. Controlled through
// react-hook-form: uncontrolled radios in a field array lost their first tap after a re-render.
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'

export interface SegmentedOption {
  value: string
  label: string
}

export function Segmented<T extends FieldValues>({
  legend,
  options,
  name,
  control,
  idPrefix,
}: {
  legend: string
  options: readonly SegmentedOption[]
  name: FieldPath<T>
  control: Control<T>
  idPrefix: string
}) {
  const { field, fieldState } = useController({ name, control })
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div className="segmented-options">
        {options.map((o, i) => (
          <label key={o.value} htmlFor={`${idPrefix}-${o.value}`}>
            <input
              type="radio"
              id={`${idPrefix}-${o.value}`}
              name={field.name}
              value={o.value}
              checked={field.value === o.value}
              onChange={() => field.onChange(o.value)}
              onBlur={field.onBlur}
              ref={i === 0 ? field.ref : undefined}
              aria-invalid={fieldState.error ? true : undefined}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
