import type { Registration } from '../../domain/index.ts'
import { vietnamDate } from '../../domain/registration/local-date.ts'
import type { Db } from './db.ts'
import { personRow } from './person-row.ts'
import { rebuildAllFlags } from './refresh-flags.ts'
import { takeChangeLock } from './take-change-seq.ts'

const BATCH = 500

/**
 * Fills the search and paid-period columns of people stored before migrations 0002 and 0021 (folding and
 * dates are TypeScript, not SQL), then computes every duplicate flag once. Nothing to do — one cheap query — on every later start.
 */
export async function backfillPeople(db: Db, now: Date): Promise<number> {
  let done = 0
  for (;;) {
    const rows = await db.query<{ registration_id: string; participant_index: number; record: Registration }>(
      `SELECT p.registration_id, p.participant_index, r.record
         FROM registration_people p JOIN registrations r ON r.id = p.registration_id
        WHERE p.folded_name IS NULL LIMIT ${BATCH}`,
    )
    if (rows.length === 0) break
    await db.transaction(async (tx) => {
      await takeChangeLock(tx)
      for (const row of rows) {
        const p = row.record.participants[row.participant_index]
        if (!p) throw new Error('registration_people row without its participant')
        const values = personRow(p, row.participant_index, vietnamDate(row.record.collectedAt))
        const [, , , , , , folded, words, year, code, commune, collectedOn, vsiUntil, hiUntil] = values
        await tx.query(
          `UPDATE registration_people SET folded_name = $3, name_words = $4, birth_year = $5, commune_code = $6,
              commune_folded = $7, collected_on = $8, vsi_until = $9, hi_until = $10
            WHERE registration_id = $1 AND participant_index = $2`,
          [
            row.registration_id,
            row.participant_index,
            folded,
            words,
            year,
            code,
            commune,
            collectedOn,
            vsiUntil,
            hiUntil,
          ],
        )
      }
    })
    done += rows.length
  }
  if (done > 0) await rebuildAllFlags(db, now)
  return done
}
