// A box to sign in with a finger (or a mouse on a laptop). Pointer events, so touch, pen and mouse are one
// path; the strokes leave as points from 0 to 1 across the box, whatever its size on this screen.
import { useRef, useState } from 'react'
import type { PadPoint } from '../../../domain/declaration/signature-path.ts'
import { SIGNATURE_BOX } from '../../../domain/registration/registration-schema.ts'

export function SignaturePad({
  label,
  clearLabel,
  onChange,
}: {
  label: string
  clearLabel: string
  onChange: (strokes: PadPoint[][]) => void
}) {
  const [strokes, setStrokes] = useState<PadPoint[][]>([])
  const drawing = useRef(false)
  const box = useRef<SVGSVGElement>(null)

  const pointOf = (e: React.PointerEvent): PadPoint => {
    const rect = box.current!.getBoundingClientRect()
    return { x: (e.clientX - rect.left) / rect.width, y: (e.clientY - rect.top) / rect.height }
  }
  const update = (next: PadPoint[][]) => {
    setStrokes(next)
    onChange(next)
  }

  return (
    <div className="signature-pad">
      <svg
        ref={box}
        role="img"
        aria-label={label}
        data-testid="signature-pad"
        viewBox={`0 0 ${SIGNATURE_BOX.width} ${SIGNATURE_BOX.height}`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId)
          drawing.current = true
          update([...strokes, [pointOf(e)]])
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return
          const last = strokes.at(-1) ?? []
          update([...strokes.slice(0, -1), [...last, pointOf(e)]])
        }}
        onPointerUp={() => {
          drawing.current = false
        }}
        onPointerCancel={() => {
          drawing.current = false
        }}
      >
        {strokes.map((stroke, i) => (
          <polyline
            key={i}
            points={stroke.map((p) => `${p.x * SIGNATURE_BOX.width},${p.y * SIGNATURE_BOX.height}`).join(' ')}
          />
        ))}
      </svg>
      <button
        type="button"
        className="link-button"
        onClick={() => update([])}
        disabled={strokes.length === 0}
      >
        {clearLabel}
      </button>
    </div>
  )
}
