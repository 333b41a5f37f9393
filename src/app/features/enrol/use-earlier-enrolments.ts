// The enrol form's "already on this phone": the registrations holding the ID numbers typed, found through
// their keyed tags (db/id-tags.ts) and opened, never the whole table. Live: a save that adds one shows.
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { getDataKey, LockedError } from '../../db/data-key.ts'
import { idTagsOf, rowsWithIdTags } from '../../db/id-tags.ts'
import { openRegistrations } from '../../db/registrations-repo.ts'
import { earlierEnrolments, type EarlierEnrolment } from './earlier-enrolments.ts'

/** Shorter than any ID number the schema takes (9-digit CMND, 12-digit CCCD): not looked up yet. */
const MIN_ID_LENGTH = 9
const NONE: ReadonlyMap<string, EarlierEnrolment> = new Map()

export function useEarlierEnrolments(
  idNumbers: readonly string[],
  exceptId: string | undefined,
): ReadonlyMap<string, EarlierEnrolment> {
  const wanted = [...new Set(idNumbers.filter((id) => id.length >= MIN_ID_LENGTH))].sort().join(' ')
  const [tagged, setTagged] = useState({ wanted: '', tags: '' })
  useEffect(() => {
    const dataKey = getDataKey()
    if (wanted === '' || !dataKey) return
    let alive = true
    idTagsOf(wanted.split(' '), dataKey)
      .then((tags) => {
        if (alive) setTagged({ wanted, tags: tags.join(' ') })
      })
      // Locked meanwhile: the form is leaving; nothing to warn about.
      .catch((e: unknown) => {
        if (!(e instanceof LockedError)) throw e
      })
    return () => {
      alive = false
    }
  }, [wanted])
  const tags = wanted !== '' && tagged.wanted === wanted ? tagged.tags : ''
  const found = useLiveQuery(async () => {
    if (tags === '') return NONE
    // Dexie reads first, so the live query knows what to watch; then the opening (WebCrypto).
    const rows = await rowsWithIdTags(tags.split(' '))
    return earlierEnrolments(await openRegistrations(rows), exceptId)
  }, [tags, exceptId])
  return tags === '' ? NONE : (found ?? NONE)
}
