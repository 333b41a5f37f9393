// A wide table on a narrow screen scrolls sideways inside this box. The box is a named region a keyboard
// can reach (Tab, then the arrow keys), or a table wider than the screen could not be read without a mouse.
// Named "Bảng <name>", apart from the section around it, which the same heading often names.
import type { ReactNode } from 'react'
import { useTranslation } from '../i18n/use-translation.ts'

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('common.tableOf', { name: label })}
      tabIndex={0}
    >
      {children}
    </div>
  )
}
