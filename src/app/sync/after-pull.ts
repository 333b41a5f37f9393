// The housekeeping after a successful pull, in one lazily loaded chunk. Old records whose work is done leave
// the phone (retire-approved.ts): approved registrations older than the setting (their decision has just
// been pulled), and people advised as long ago whom the server has and who wait for no follow-up. Then the
// agency's list of the chosen event's commune is refreshed (by difference after the first time). A failure
// of either keeps what is there and never fails the sync run.
import { vietnamDate } from '../../domain/registration/local-date.ts'
import { DEFAULT_KEEP_APPROVED_DAYS, retireAdvised, retireApproved } from '../db/retire-approved.ts'
import { getSetting } from '../db/settings.ts'
import { downloadInsured, purgeEndedInsured } from './download-insured.ts'

export async function afterPull(now = Date.now()): Promise<void> {
  await retireOldApproved(now).catch(() => undefined)
  await refreshInsuredList(now).catch(() => undefined)
}

async function retireOldApproved(now: number): Promise<void> {
  const keepDays = (await getSetting('keepApprovedDays')) ?? DEFAULT_KEEP_APPROVED_DAYS
  await retireApproved(now, keepDays)
  await retireAdvised(now, keepDays)
}

async function refreshInsuredList(now: number): Promise<void> {
  await purgeEndedInsured(
    vietnamDate(new Date(now).toISOString()),
    (await getSetting('insuredKeepDays')) ?? 7,
  )
  const eventId = await getSetting('eventId')
  if (eventId) await downloadInsured(eventId)
}
