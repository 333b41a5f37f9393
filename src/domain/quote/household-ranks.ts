// Household HI ranks at one sitting (domain.md §3.1, §3.5): the one place the ladder order is decided, used by
// the enrol form to fill in `householdOrder` and by checkRegistration to see whether a rank was typed by hand.

export interface RankedMember {
  /** Paying household HI at this sitting. */
  inHi: boolean
  /** A §3.4 flag is set and not overridden: covered elsewhere, neither enrolled nor counted. */
  excluded: boolean
  /** A rank typed by hand (lapsed-card edge case); it still takes its place in the count. */
  rankOverride?: number | undefined
}

/**
 * The rank of each member in listed order, `undefined` for members not ranked. Ranks continue after
 * `alreadyValidRanks` members whose card paid earlier this year is still valid (domain.md §3.1).
 */
export function householdRanks(
  members: readonly RankedMember[],
  alreadyValidRanks = 0,
): (number | undefined)[] {
  const start = Number.isInteger(alreadyValidRanks) && alreadyValidRanks > 0 ? alreadyValidRanks : 0
  let position = 0
  return members.map((m) => {
    if (!m.inHi || m.excluded) return undefined
    position += 1
    return m.rankOverride ?? start + position
  })
}
