// The agency's participant list on the phone, per commune: sealed slices (schema.ts InsuredChunk) and a
// clear settings row with the list version, the events it serves and a download in progress. Nothing here
// talks to the network: sync/download-insured.ts does.
import type { InsuredRow } from '../../domain/insured/insured-person.ts'
import { requireDataKey } from './data-key.ts'
import { db } from './db.ts'
import { seal, unseal } from './sealed-box.ts'
import type { InsuredChunk } from './schema.ts'

export const INSURED_CHUNK_ROWS = 2000

/** Clear: names nobody. */
export interface InsuredListState {
  communeCode: string
  /** The list version the live slices hold (0: none yet). */
  version: number
  people: number
  eventIds: string[]
  downloadedAt: number
  /** A download cut off midway: resume after this ID number towards `version`, from `since`. */
  pending?: { version: number; since: number; after: string; staged: number }
}

const stateKey = (communeCode: string) => `insured:${communeCode}`
const chunkKey = (communeCode: string, chunk: number, staged: 0 | 1) =>
  `${communeCode}:${staged ? 'staged:' : ''}${chunk}`
const context = (key: string) => `insured:${key}`

export async function getInsuredState(communeCode: string): Promise<InsuredListState | undefined> {
  return (await db.settings.get(stateKey(communeCode)))?.value as InsuredListState | undefined
}

export async function putInsuredState(state: InsuredListState): Promise<void> {
  await db.settings.put({ key: stateKey(state.communeCode), value: state })
}

export async function listInsuredStates(): Promise<InsuredListState[]> {
  const rows = await db.settings.where('key').startsWith('insured:').toArray()
  return rows.map((r) => r.value as InsuredListState)
}

async function sealChunk(communeCode: string, chunk: number, staged: 0 | 1, rows: InsuredRow[]) {
  const key = chunkKey(communeCode, chunk, staged)
  const sealed = await seal(requireDataKey(), rows, context(key))
  return { key, communeCode, chunk, staged, sealed } satisfies InsuredChunk
}

async function openChunks(chunks: readonly InsuredChunk[]): Promise<InsuredRow[]> {
  const key = requireDataKey()
  const parts = await Promise.all(chunks.map((c) => unseal<InsuredRow[]>(key, c.sealed, context(c.key))))
  return parts.flat()
}

/** Every person of the commune the phone holds (the live slices). */
export async function readInsured(communeCode: string): Promise<InsuredRow[]> {
  return openChunks(await db.insured.where({ communeCode, staged: 0 }).sortBy('chunk'))
}

/** One page of a download in progress, kept sealed so a dropped connection loses nothing received. */
export async function stageInsuredPage(
  communeCode: string,
  index: number,
  rows: InsuredRow[],
): Promise<void> {
  await db.insured.put(await sealChunk(communeCode, index, 1, rows))
}

export async function readStaged(communeCode: string): Promise<InsuredRow[]> {
  return openChunks(await db.insured.where({ communeCode, staged: 1 }).sortBy('chunk'))
}

/** The whole commune after a download: the live slices replaced at once, the staged ones dropped. */
export async function replaceInsured(
  state: Omit<InsuredListState, 'pending'>,
  rows: InsuredRow[],
): Promise<void> {
  const chunks: InsuredChunk[] = []
  for (let i = 0; i * INSURED_CHUNK_ROWS < rows.length; i++)
    chunks.push(
      await sealChunk(
        state.communeCode,
        i,
        0,
        rows.slice(i * INSURED_CHUNK_ROWS, (i + 1) * INSURED_CHUNK_ROWS),
      ),
    )
  await db.transaction('rw', [db.insured, db.settings], async () => {
    await db.insured.where('communeCode').equals(state.communeCode).delete()
    await db.insured.bulkPut(chunks)
    await db.settings.put({ key: stateKey(state.communeCode), value: state })
  })
}

/** The commune's list gone from the phone (its events ended long enough ago, or sign-out). */
export async function dropInsured(communeCode: string): Promise<void> {
  await db.transaction('rw', [db.insured, db.settings], async () => {
    await db.insured.where('communeCode').equals(communeCode).delete()
    await db.settings.delete(stateKey(communeCode))
  })
}
