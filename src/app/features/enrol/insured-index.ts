// The office's list of a commune as the enrol screen uses it, built once per list version while the app
// runs: decrypting and folding 50,000 names takes a moment, searching them afterwards does not.
import type { InsuredPerson } from '../../../domain/insured/insured-person.ts'
import { fromRow } from '../../../domain/insured/insured-person.ts'
import { buildInsuredIndex, type InsuredIndex } from '../../../domain/insured/search-insured.ts'
import { readInsured, type InsuredListState } from '../../db/insured-store.ts'

const indexes = new Map<string, Promise<InsuredIndex>>()

export function insuredIndexOf(list: InsuredListState): Promise<InsuredIndex> {
  const key = `${list.communeCode}@${list.version}`
  let index = indexes.get(key)
  if (!index) {
    index = readInsured(list.communeCode).then(buildInsuredIndex)
    indexes.set(key, index)
    index.catch(() => indexes.delete(key))
  }
  return index
}

/** The person with this ID number on the list, if any. */
export function findInsured(index: InsuredIndex, idNumber: string): InsuredPerson | undefined {
  const row = index.byId.get(idNumber)
  return row === undefined ? undefined : fromRow(index.rows[row]!)
}
