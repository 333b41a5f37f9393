// The device store's tables as earlier app versions declared them, for the upgrade tests to build an old
// phone from. Frozen copies on purpose: schema.ts moves on, these must not.
export const V5_STORES = {
  registrations: 'id, syncState, savedAt, [eventId+savedAt], *idTags',
  outbox: 'id, enqueuedAt',
  drafts: 'key',
  settings: 'key',
  events: 'id',
  consultations: 'id, syncState, savedAt',
  insured: 'key, communeCode, [communeCode+staged]',
} as const

export const V6_STORES = {
  ...V5_STORES,
  cashLines: 'id, eventId, [eventId+listed]',
  cashTotals: 'eventId',
} as const
