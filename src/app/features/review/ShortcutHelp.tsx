// The "?" sheet: every shortcut of the queue, as a modal dialog (Escape or the button closes it).
import { useEffect, useRef } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { REVIEW_NS } from './review-strings.ts'

const rows = [
  ['j / ↓', 'key_next'],
  ['k / ↑', 'key_prev'],
  ['x', 'key_select'],
  ['a', 'key_approve'],
  ['r', 'key_return'],
  ['/', 'key_search'],
  ['Enter / o', 'key_open'],
  ['?', 'key_help'],
  ['Esc', 'key_escape'],
] as const

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(REVIEW_NS)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])
  return (
    <dialog ref={dialog} className="shortcut-help" aria-labelledby="shortcut-help-title" onClose={onClose}>
      <h2 id="shortcut-help-title">{t('shortcuts')}</h2>
      <dl>
        {rows.map(([keys, label]) => (
          <div className="row" key={label}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button small secondary" onClick={onClose}>
        {t('close')}
      </button>
    </dialog>
  )
}
