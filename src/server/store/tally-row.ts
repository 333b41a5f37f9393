// What the tally facts (tally-facts.ts) read of one registration.

export interface TallyRow {
  record: string
  owner_id: string
  at: string
  id: string
  team_id: string | null
}

// The compact record as text, parsed by the caller: on the embedded database every value crosses a thread
// boundary, and a parsed object costs more there than the text.
export const TALLY_COLUMNS = `r.tally_record::text AS record, r.owner_id::text AS owner_id, r.collected_at::text AS at,
       r.id::text AS id, r.team_id`
