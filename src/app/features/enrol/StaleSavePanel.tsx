// Shown instead of a silent overwrite when this registration was saved elsewhere (another tab of this
// phone) after the form opened it: the fields that differ, what is stored now and what this form holds,
// and two deliberate ways on. Nothing typed is lost meanwhile: the draft still holds it.
import type { UnnumberedRegistration } from '../../../domain/registration/registration-schema.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { RecordDiffTable } from '../../ui/RecordDiffTable.tsx'
import { STALE_SAVE_NS } from './stale-save-strings.ts'

export function StaleSavePanel({
  stored,
  mine,
  onKeepMine,
  onTakeStored,
}: {
  stored: UnnumberedRegistration
  mine: UnnumberedRegistration
  onKeepMine: () => void
  onTakeStored: () => void
}) {
  const h = useTranslation(STALE_SAVE_NS).t
  return (
    <section className="notice warn stale-save" role="alert" aria-labelledby="stale-save-title">
      <h2 id="stale-save-title">{h('title', { revision: stored.revision })}</h2>
      <p>{h('explain')}</p>
      <RecordDiffTable
        theirs={stored}
        mine={mine}
        headings={{ field: h('field'), theirs: h('stored'), mine: h('mine') }}
      />
      <div className="stale-actions">
        <button type="button" className="button primary" onClick={onKeepMine}>
          {h('keepMine', { revision: stored.revision + 1 })}
        </button>
        <button type="button" className="button secondary" onClick={onTakeStored}>
          {h('takeStored')}
        </button>
      </div>
    </section>
  )
}
