// Every Dexie version lives here and nowhere else. Keep each version that has an upgrade forever:
// a phone that last opened the app months ago must still upgrade cleanly.
import { Dexie, type EntityTable } from 'dexie'
import type { FieldIssue, Registration, Review } from '../../domain/index.ts'

/** Where a registration stands from this device's point of view. */
export type SyncState = 'waiting' | 'sent' | 'rejected' | 'conflict'

export interface LocalRegistration {
  id: string
  revision: number
  /** The wire record as last saved on this device. */
  record: Registration
  syncState: SyncState
  /** Revision the server last acknowledged (accepted or duplicate). */
  ackedRevision: number
  review?: Review
  errors?: FieldIssue[]
  /** Local save time, ms since epoch: orders the queue. */
  savedAt: number
  /** Voided receipt: kept, never reused. */
  voided?: { reason: string; at: string }
}

/** One entry per registration: the revision still to be pushed. Written only with its registration. */
export interface OutboxEntry {
  id: string
  revision: number
  enqueuedAt: number
  attempts: number
  lastError?: string
}

export interface Draft {
  key: string
  values: unknown
  savedAt: number
}

export interface Setting {
  key: string
  value: unknown
}

export interface LocalEvent {
  id: string
  name: string
  kind: string
  startsOn: string
  endsOn: string
  provinceCode: string
  commune: string
}

export class GhiDanhDb extends Dexie {
  registrations!: EntityTable<LocalRegistration, 'id'>
  outbox!: EntityTable<OutboxEntry, 'id'>
  drafts!: EntityTable<Draft, 'key'>
  settings!: EntityTable<Setting, 'key'>
  events!: EntityTable<LocalEvent, 'id'>

  constructor(name = 'ghidanh') {
    super(name)
    // v1: first schema.
    this.version(1).stores({
      registrations: 'id, syncState, savedAt, [record.eventId+savedAt]',
      outbox: 'id, enqueuedAt',
      drafts: 'key',
      settings: 'key',
      events: 'id',
    })
  }
}
