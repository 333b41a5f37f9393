// The housekeeping after a successful pull, in one lazily loaded chunk: approved registrations older than
// the setting leave the phone (their decision has just been pulled), then the agency's list of the chosen
// event's commune is refreshed (by difference after the first time). Neither is a record the collector
// made: a failure of either keeps what is there and never fails the sync run.
import { vietnamDate } from '../../domain/registration/local-date.ts'
import { DEFAULT_KEEP_APPROVED_DAYS, retireApproved } from '../db/retire-approved.ts'
import { getSetting } from '../db/settings.ts'
import { downloadInsured, purgeEndedInsured } from './download-insured.ts'

export async function afterPull(now = Date.now()): Promise<void> {
  await retireOldApproved(now).catch(() => undefined)
  await refreshInsuredList(now).catch(() => undefined)
}

async function retireOldApproved(now: number): Promise<void> {
  await retireApproved(now, (await getSetting('keepApprovedDays')) ?? DEFAULT_KEEP_APPROVED_DAYS)
}

async function refreshInsuredList(now: number): Promise<void> {
  await purgeEndedInsured(
    vietnamDate(new Date(now).toISOString()),
    (await getSetting('insuredKeepDays')) ?? 7,
  )
  const eventId = await getSetting('eventId')
  if (eventId) await downloadInsured(eventId)
}
