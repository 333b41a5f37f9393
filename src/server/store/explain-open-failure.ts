import { statfs } from 'node:fs/promises'

/** Below this much free space PGlite cannot start (it writes a 16 MB WAL segment and its control file). */
export const LOW_SPACE_BYTES = 16 * 1024 * 1024

/**
 * PGlite reports a start on a full disk as "PGlite failed to initialize properly", and Node then prints its
 * minified source as a dump. When the data directory's disk is (nearly) full, say so instead, with the
 * ENOSPC code the start-up and the error edge recognise (storage-state.ts). Anything else is left as it is.
 */
export function explainOpenFailure(error: unknown, dataDir: string, freeBytes: number | undefined): unknown {
  if (freeBytes === undefined || freeBytes >= LOW_SPACE_BYTES) return error
  return Object.assign(
    new Error(`PGlite cannot open ${dataDir}: the disk is full (${Math.floor(freeBytes / 1024)} KB free)`),
    { code: 'ENOSPC', cause: error },
  )
}

/** Free bytes for an unprivileged writer on the disk holding `path` (or its nearest existing parent). */
export async function freeBytesAt(path: string): Promise<number | undefined> {
  try {
    const s = await statfs(path)
    return s.bavail * s.bsize
  } catch {
    return undefined
  }
}
