/** Now as ISO-8601 with the +07:00 offset the field staff's clock means (Vietnam has no DST). */
export function vietnamNowIso(now = Date.now()): string {
  return `${new Date(now + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`
}
