// Which rule tables have no row in force on a date: a phone clock set years back, or a payment before the
// first row. Asked once, up front, so that "no figure for this date" is an answer the caller shows
// (`valueOn` then never throws for it; its RangeError stays a sign of a bug).
import { rowOn, type DatedRow, type IsoDate } from './dated.ts'
import type { RuleSet } from './rule-set.ts'

export function rulesMissingOn(rules: RuleSet, on: IsoDate): (keyof RuleSet)[] {
  const tables: Record<keyof RuleSet, readonly DatedRow<unknown>[]> = rules
  return (Object.keys(tables) as (keyof RuleSet)[]).filter((name) => rowOn(tables[name], on) === undefined)
}
