import { FieldError } from './FieldError.tsx'

/**
 * A short free-text reason the supervisor will read (why a receipt is voided, why a person is enrolled again):
 * a textarea with its label, an optional hint and its error, wired for screen readers. Typing clears the error.
 */
export function ReasonField({
  id,
  label,
  value,
  error,
  hint,
  required = false,
  onChange,
}: {
  id: string
  label: string
  value: string
  error: string | undefined
  hint?: string
  required?: boolean
  onChange: (value: string) => void
}) {
  const errorId = `${id}-error`
  const hintId = hint === undefined ? undefined : `${id}-hint`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={300}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : hintId}
        required={required}
      />
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  )
}
