// Six dots and a numeric keypad with big keys: one thumb, a 360 px screen, no system keyboard (which
// would cover half the screen and offer letters). A hardware or desktop keyboard works too.
import { useLayoutEffect } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { LOCK_NS } from './lock-strings.ts'

export const PIN_LENGTH = 6
const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

export function PinPad({
  label,
  value,
  onChange,
  disabled = false,
}: {
  label: string
  value: string
  onChange: (next: string) => void
  disabled?: boolean
}) {
  const { t } = useTranslation(LOCK_NS)
  const press = (digit: string) => {
    if (!disabled && value.length < PIN_LENGTH) onChange(value + digit)
  }
  const erase = () => {
    if (!disabled) onChange(value.slice(0, -1))
  }

  // A layout effect: listening from the commit that replaced the early pad (early-lock.ts), which stopped
  // listening in the same task, so no key press falls in between.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return
      if (/^\d$/.test(e.key)) press(e.key)
      else if (e.key === 'Backspace') erase()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  return (
    <div className="pin-pad">
      <div className="pin-dots" role="img" aria-label={`${label}: ${value.length}/${PIN_LENGTH}`}>
        {Array.from({ length: PIN_LENGTH }, (_, i) => (
          <span key={i} className={i < value.length ? 'dot filled' : 'dot'} />
        ))}
      </div>
      <div className="pin-keys">
        {keys.map((k) => (
          <button key={k} type="button" className="pin-key" disabled={disabled} onClick={() => press(k)}>
            {k}
          </button>
        ))}
        <button
          type="button"
          className="pin-key small"
          disabled={disabled || value === ''}
          onClick={() => onChange('')}
        >
          {t('clear')}
        </button>
        <button type="button" className="pin-key" disabled={disabled} onClick={() => press('0')}>
          0
        </button>
        <button
          type="button"
          className="pin-key small"
          disabled={disabled || value === ''}
          onClick={erase}
          aria-label={t('erase')}
        >
          ⌫
        </button>
      </div>
    </div>
  )
}
