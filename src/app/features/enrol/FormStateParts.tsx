// The parts of the enrol form that follow its submit state (saving…, the error count, a top-level field's
// error), each subscribed on its own through useFormState: a tap on Lưu re-renders these few elements, not
// the whole form around them. EnrolForm itself reads no formState.
import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react'
import { useFormState, type Control, type FieldError } from 'react-hook-form'
import type { EnrolFormValues } from './enrol-form-values.ts'

/**
 * Whether a save is under way, for the Save button alone: a state of the form would redraw all of it in the
 * middle of the save. The form sets it; react-hook-form's own `isSubmitting` counts too.
 */
export interface SavingFlag {
  get(): boolean
  set(value: boolean): void
  subscribe(listener: () => void): () => void
}

export function savingFlag(): SavingFlag {
  let value = false
  let shown: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<() => void>()
  const tell = (next: boolean) => {
    if (next === value) return
    value = next
    for (const listener of listeners) listener()
  }
  return {
    get: () => value,
    set(next) {
      clearTimeout(shown)
      if (next) shown = setTimeout(() => tell(true), SAVING_SHOWN_AFTER_MS)
      else tell(false)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * A save that ends sooner than this never changes the button: redrawing it (disabled, new words) at the tap
 * drew a frame and moved the pointer's target in the middle of the save, ~10 ms of a 50 ms save on a cheap
 * phone (#15). A second tap meanwhile is ignored by the form all the same.
 */
export const SAVING_SHOWN_AFTER_MS = 150

export function SaveButton({
  control,
  saving,
  disabled,
  label,
  savingLabel,
  onClick,
}: {
  control: Control<EnrolFormValues>
  saving: SavingFlag
  disabled: boolean
  label: string
  savingLabel: string
  /** Saves; it prevents the form's own submission. */
  onClick: (e: MouseEvent<HTMLButtonElement>) => void
}) {
  const { isSubmitting } = useFormState({ control })
  const busy = useSyncExternalStore(saving.subscribe, saving.get) || isSubmitting
  // Busy, it stays focusable (aria-disabled, not disabled: a disabled button drops the focus to the page) and
  // says so to a screen reader; a tap meanwhile is ignored by the form.
  return (
    <>
      <button
        type="submit"
        className="button primary big"
        disabled={disabled}
        aria-disabled={busy || undefined}
        onClick={onClick}
      >
        {busy ? savingLabel : label}
      </button>
      <span className="sr-only" role="status">
        {busy ? savingLabel : ''}
      </span>
    </>
  )
}

/** The alert above Lưu: the errors no field shows, or how many fields to fix after a tap on Lưu. */
export function ErrorSummary({
  control,
  topErrors,
  fixErrors,
}: {
  control: Control<EnrolFormValues>
  topErrors: readonly string[]
  fixErrors: (count: number) => string
}) {
  const { errors, submitCount } = useFormState({ control })
  const count = submitCount > 0 ? countErrors(errors) : 0
  if (topErrors.length === 0 && count === 0) return null
  return (
    <div className="notice error" role="alert">
      {topErrors.length > 0 ? (
        <ul>
          {topErrors.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : (
        fixErrors(count)
      )}
    </div>
  )
}

/** A field outside the members' sections, drawn with its own error. */
export function WithFieldError({
  control,
  name,
  children,
}: {
  control: Control<EnrolFormValues>
  name: 'alreadyValidRanks' | 'paid'
  children: (error: FieldError | undefined) => ReactNode
}) {
  const { errors } = useFormState({ control, name })
  return <>{children(errors[name])}</>
}

function countErrors(errors: object): number {
  let n = 0
  for (const v of Object.values(errors)) {
    if (v && typeof v === 'object') n += 'message' in v && typeof v.message === 'string' ? 1 : countErrors(v)
  }
  return n
}
