// `node --import tsx bench/print-slip.ts`: bytes of a household of four's receipt as the thermal printer gets
// it, at 58 mm and 80 mm, and the time to draw and encode it in Chromium; with the time the bytes take over
// Bluetooth LE at a few link speeds (the printer itself is not here: these are the link's share only).
import { buildSync } from 'esbuild'
import { chromium } from '@playwright/test'

const bundle = buildSync({
  entryPoints: [new URL('./print-slip/slip-entry.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'es2022',
})
const script = bundle.outputFiles[0]!.text

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
try {
  const page = await browser.newPage()
  await page.setContent('<!doctype html><meta charset="utf-8"><body></body>')
  await page.addScriptTag({ content: script })
  // Warm once (fonts, JIT), then measure.
  await page.evaluate(() => window.slipFigures())
  const figures = await page.evaluate(() => window.slipFigures())
  console.log('\nHousehold of four, thermal slip (ESC/POS raster):')
  for (const f of figures) {
    const link = [5, 20].map((kbps) => `${((f.bytes / 1024 / kbps) * 1000).toFixed(0)} ms at ${kbps} KB/s`)
    console.log(
      `  ${f.paper} mm: ${f.dots} × ${f.rows} dots (${((f.rows / 8) | 0) + 1} mm of paper), ${f.bytes} bytes, ` +
        `drawn and encoded in ${f.ms} ms; on the link ${link.join(', ')}`,
    )
  }
} finally {
  await browser.close()
}
