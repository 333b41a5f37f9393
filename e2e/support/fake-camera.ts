// A camera for Chromium's fake capture device: `--use-file-for-fake-video-capture=<file.y4m>` plays the file
// in a loop as the rear camera. The file is made here from a QR code of the given text, drawn large, black on
// white with its quiet zone, the way a card held up to a phone fills the frame.
import QRCode from 'qrcode'
import { writeFileSync } from 'node:fs'

const WIDTH = 640
const HEIGHT = 480
/** The QR code's quiet zone, in modules (the standard asks for 4). */
const QUIET = 4
/** Frames in the file; Chromium loops it. A few identical frames keep the file small. */
const FRAMES = 5

/** Writes a YUV4MPEG2 (I420) video of `text` as a QR code to `file`. */
export function writeQrVideo(file: string, text: string): void {
  // One byte segment of the UTF-8 text with no ECI marker, as on the ID cards.
  const qr = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  })
  const size = qr.modules.size
  const scale = Math.floor((Math.min(WIDTH, HEIGHT) - 40) / (size + 2 * QUIET))
  const side = scale * (size + 2 * QUIET)
  const left = Math.floor((WIDTH - side) / 2)
  const top = Math.floor((HEIGHT - side) / 2)

  // Luma: a grey desk around a white card-sized square holding the code.
  const y = Buffer.alloc(WIDTH * HEIGHT, 110)
  for (let row = 0; row < side; row++) {
    for (let col = 0; col < side; col++) {
      const mr = Math.floor(row / scale) - QUIET
      const mc = Math.floor(col / scale) - QUIET
      const dark = mr >= 0 && mc >= 0 && mr < size && mc < size && qr.modules.get(mr, mc) === 1
      y[(top + row) * WIDTH + left + col] = dark ? 16 : 235
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128)
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`, 'ascii')
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), y, chroma])
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]))
}
