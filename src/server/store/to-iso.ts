/** timestamptz comes back as a Date from both drivers, but be lenient with strings. */
export function toIso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString()
}
