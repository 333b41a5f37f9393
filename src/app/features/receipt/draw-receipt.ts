// The receipt as a PNG, drawn on a canvas from its text lines: no HTML-to-image library, nothing to load,
// works offline. Width like an 80 mm thermal slip, so it reads well in a chat app.
import type { TextLine } from './receipt-text-lines.ts'

const SHARE_WIDTH = 576
const SHARE_PAD = 24
const SHARE_SCALE = 2
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif'
const SIZES = { small: 18, normal: 21, large: 26 } as const

interface Row {
  text: string
  amount?: string | undefined
  font: string
  size: number
  center: boolean
  rule: boolean
}

/** Resolves to the PNG; rejects when the browser cannot draw (no canvas, no toBlob). */
export async function drawReceipt(lines: readonly TextLine[]): Promise<Blob> {
  const canvas = drawReceiptCanvas(lines, { width: SHARE_WIDTH, pad: SHARE_PAD, scale: SHARE_SCALE })
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  )
}

/**
 * The same drawing on a canvas `width × scale` pixels wide. The thermal printer path (src/app/print) draws at
 * scale 1 and the print head's width in dots (384 or 576), so one pixel is one dot and nothing is resampled.
 */
export function drawReceiptCanvas(
  lines: readonly TextLine[],
  { width, pad, scale }: { width: number; pad: number; scale: number },
): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas unavailable')
  const rows = layout(ctx, lines, width, pad)
  const height = rows.reduce((h, r) => h + lineHeight(r) + (r.rule ? 12 : 0), pad * 2)
  canvas.width = width * scale
  canvas.height = height * scale
  ctx.scale(scale, scale)
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, width, height)
  ctx.fillStyle = '#000'
  ctx.strokeStyle = '#000'
  ctx.textBaseline = 'top'
  let y = pad
  for (const r of rows) {
    if (r.rule) {
      ctx.beginPath()
      ctx.moveTo(pad, y + 4)
      ctx.lineTo(width - pad, y + 4)
      ctx.setLineDash([4, 4])
      ctx.stroke()
      y += 12
    }
    ctx.font = r.font
    ctx.textAlign = r.center ? 'center' : 'left'
    ctx.fillText(r.text, r.center ? width / 2 : pad, y)
    if (r.amount) {
      ctx.textAlign = 'right'
      ctx.fillText(r.amount, width - pad, y)
    }
    y += lineHeight(r)
  }
  return canvas
}

function lineHeight(r: Row): number {
  return Math.round(r.size * 1.45)
}

/** Wraps each line to the width left after its amount. */
function layout(
  ctx: CanvasRenderingContext2D,
  lines: readonly TextLine[],
  width: number,
  pad: number,
): Row[] {
  const rows: Row[] = []
  for (const l of lines) {
    const size = SIZES[l.size ?? 'normal']
    const font = `${l.bold ? '700 ' : ''}${size}px ${FONT}`
    ctx.font = font
    const amountWidth = l.amount ? ctx.measureText(l.amount).width + 16 : 0
    const max = width - pad * 2 - amountWidth
    const words = l.text.split(' ')
    let current = ''
    let first = true
    const push = (text: string) => {
      rows.push({
        text,
        amount: first ? l.amount : undefined,
        font,
        size,
        center: l.center === true,
        rule: first && l.rule === true,
      })
      first = false
    }
    for (const w of words) {
      const next = current === '' ? w : `${current} ${w}`
      if (current !== '' && ctx.measureText(next).width > max) {
        push(current)
        current = w
      } else current = next
    }
    push(current)
  }
  return rows
}
