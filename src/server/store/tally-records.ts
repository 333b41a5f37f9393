import type { AdvisedRecord, CampaignTally, RuleSet, TallyScope } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { countTallyFacts, type TallyOf } from './count-tally-facts.ts'
import { rebuildingElsewhere, refreshTallyFacts } from './tally-facts.ts'

/**
 * The campaign tally (`tallyCampaign`, src/domain) of the approved, not voided registrations the user sees:
 * an office's, every record; a supervisor's, their team's, with the team's own history (someone enrolled
 * earlier by another team still counts as new there). Counted by SQL from the facts kept per participant
 * (tally-facts.ts), brought up to date first.
 *
 * Not narrowed by event or start date: earlier records are the history that decides whether a person is
 * "new", and the facts were worked out from all of it. Records collected after `scope.to` cannot change
 * anything in the window.
 *
 * While another server (or this one's background refresh) works every fact out again under new rules, the
 * facts of before are counted at once and the answer says so (`recalculating`), rather than waiting for it.
 */
export async function tallyApproved(
  db: Db,
  user: AuthUser,
  scope: TallyScope,
  rules: RuleSet,
  advised: readonly AdvisedRecord[],
): Promise<CampaignTally & { recalculating?: true }> {
  const recalculating = await rebuildingElsewhere(db, rules)
  if (!recalculating) await refreshTallyFacts(db, rules)
  const tally = await countTallyFacts(db, scope, tallyOf(user), advised)
  return recalculating ? { ...tally, recalculating } : tally
}

function tallyOf(user: AuthUser): TallyOf {
  switch (user.role) {
    case 'admin':
      return 'office'
    case 'supervisor':
      return { team: user.teamId }
    case 'staff':
      // The route lets no collector ask (design.md); their own records are not a team's history.
      throw new Error('A collector has no campaign tally')
  }
}
