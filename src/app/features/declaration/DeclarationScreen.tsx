// /declaration/:id — the TK1-TS declaration of each person of a registration, filled from what was
// registered, signed on the glass, printable on A4. The signature is saved as the registration's next
// revision, so it is sealed on the phone and pushed with the record like any correction. Once a supervisor
// has decided, the record is closed: the sheet can still be printed and signed by hand.
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Link } from 'wouter'
import { tk1tsBoxes } from '../../../domain/declaration/tk1ts-fields.ts'
import { signaturePath, type PadPoint } from '../../../domain/declaration/signature-path.ts'
import { formatDateTimeVi } from '../../../domain/format/format-date-vi.ts'
import {
  SIGNATURE_BOX,
  type Participant,
  type Registration,
} from '../../../domain/registration/registration-schema.ts'
import { db } from '../../db/db.ts'
import { openRegistration } from '../../db/registrations-repo.ts'
import { saveRegistration } from '../../db/save-registration.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { vietnamNowIso } from '../../ui/vietnam-now-iso.ts'
import { SignaturePad } from './SignaturePad.tsx'
import { DECLARATION_NS } from './declaration-strings.ts'
import './declaration.css'

export function DeclarationScreen({ id }: { id: string }) {
  const { t } = useTranslation(DECLARATION_NS)
  const local = useLiveQuery(async () => {
    const row = await db.registrations.get(id)
    return row ? await openRegistration(row) : null
  }, [id])
  useMarkReady(local !== undefined)
  if (local === undefined) return <main className="screen" aria-busy="true" />
  if (local === null) {
    return (
      <main className="screen">
        <p className="notice">{t('notFound')}</p>
      </main>
    )
  }
  const open = !local.record.void && (local.review === undefined || local.review.status === 'pending')
  return (
    <main className="screen declaration-screen">
      <h1 className="no-print">{t('title')}</h1>
      {!open && <p className="notice no-print">{t('reviewed')}</p>}
      {local.record.participants.map((p, i) => (
        <Tk1tsSheet key={i} record={local.record} index={i} participant={p} canSign={open} />
      ))}
      <div className="no-print actions">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <Link href={`/receipt/${id}`} className="button secondary">
          {t('back')}
        </Link>
      </div>
    </main>
  )
}

function Tk1tsSheet({
  record,
  index,
  participant,
  canSign,
}: {
  record: Registration
  index: number
  participant: Participant
  canSign: boolean
}) {
  const { t } = useTranslation(DECLARATION_NS)
  const [strokes, setStrokes] = useState<PadPoint[][]>([])
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>()
  const [busy, setBusy] = useState(false)
  // A new pad after each save: the saved signature shows above, the box is empty for a fresh one.
  const [padKey, setPadKey] = useState(0)
  const signature = participant.signature

  const save = async () => {
    const svgPath = signaturePath(strokes)
    if (svgPath === '') {
      setMessage({ error: true, text: t('needSignature') })
      return
    }
    setBusy(true)
    try {
      const participants = record.participants.map((p, i) =>
        i === index ? { ...p, signature: { svgPath, signedAt: vietnamNowIso() } } : p,
      )
      await saveRegistration({ ...record, revision: record.revision + 1, participants })
      setStrokes([])
      setPadKey((k) => k + 1)
      setMessage({ error: false, text: t('saved') })
    } catch (e) {
      setMessage({ error: true, text: t('failed', { message: e instanceof Error ? e.message : String(e) }) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <article className="tk1ts" aria-label={t('person', { name: participant.fullName })}>
      <header className="tk1ts-head">
        <p className="tk1ts-code">{t('formCode')}</p>
        <h2>{t('formTitle')}</h2>
        <p className="tk1ts-part">{t('part1')}</p>
      </header>
      <dl className="tk1ts-boxes">
        {tk1tsBoxes(participant).map((box) => (
          <div key={box.code}>
            <dt>
              [{box.code}] {box.label}:
            </dt>
            <dd>{box.value}</dd>
          </div>
        ))}
      </dl>
      <div className="tk1ts-sign">
        <p>{t('signHere')}</p>
        {signature && (
          <>
            <svg
              className="signature"
              data-testid="signature"
              role="img"
              aria-label={t('signedOn', { when: formatDateTimeVi(signature.signedAt) })}
              viewBox={`0 0 ${SIGNATURE_BOX.width} ${SIGNATURE_BOX.height}`}
            >
              <path d={signature.svgPath} />
            </svg>
            <p className="muted">{t('signedOn', { when: formatDateTimeVi(signature.signedAt) })}</p>
          </>
        )}
        <p className="tk1ts-name">{participant.fullName}</p>
      </div>
      {canSign && (
        <div className="no-print">
          <SignaturePad
            key={padKey}
            label={t('signPad', { name: participant.fullName })}
            clearLabel={t('clear')}
            onChange={setStrokes}
          />
          <button type="button" className="button primary" disabled={busy} onClick={() => void save()}>
            {t('save')}
          </button>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice error' : 'notice'}>
          {message.text}
        </p>
      )}
    </article>
  )
}
