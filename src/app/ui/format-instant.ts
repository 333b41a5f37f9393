// "dd/mm/yyyy hh:mm" on the Vietnam clock, whatever the reviewer's laptop is set to.
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

export function formatInstant(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const part = Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]))
  return `${part['day']}/${part['month']}/${part['year']} ${part['hour']}:${part['minute']}`
}
