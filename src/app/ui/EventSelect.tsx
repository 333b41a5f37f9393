// The one event picker of the office screens (cash, review, reports, exports): events by name, optionally
// with an "any event" first line. `undefined` is "any"; an empty value never reaches the caller.

export interface EventOption {
  id: string
  name: string
}

export function EventSelect({
  id,
  events,
  value,
  onChange,
  anyLabel,
}: {
  id: string
  events: readonly EventOption[]
  value: string | undefined
  onChange: (eventId: string | undefined) => void
  /** The "any event" line; without it an event must be chosen. */
  anyLabel?: string
}) {
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {events.map((event) => (
        <option key={event.id} value={event.id}>
          {event.name}
        </option>
      ))}
    </select>
  )
}
