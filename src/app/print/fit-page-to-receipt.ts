// System print of a thermal slip on a page as long as the slip. CSS cannot say "as long as the
// content": `size: 80mm auto` is invalid and was dropped, so the 58 mm slip printed on a 297 mm page and
// wasted about 10 cm of roll. Chrome takes `size: <width> <length>`, so the length is measured (a hidden copy
// of the receipt laid out at the print width and font) and set on the receipt's named page for this print.
// A constructed stylesheet, not a <style> element: the CSP allows styles from this origin only.
const PX_TO_MM = 25.4 / 96

const PAGES = {
  '58': { margin: 2 },
  '80': { margin: 3 },
} as const

/** Sets the page length for the receipt on screen; returns the undo. No-op for A5 or no receipt. */
export function fitPageToReceipt(doc: Document = document): () => void {
  const receipt = doc.querySelector<HTMLElement>('[data-testid="receipt"]')
  const size = receipt?.dataset.printSize
  if (!receipt || (size !== '58' && size !== '80')) return () => undefined
  const box = doc.createElement('div')
  box.className = 'print-measure'
  box.setAttribute('aria-hidden', 'true')
  box.append(receipt.cloneNode(true))
  doc.body.append(box)
  const px = (box.firstElementChild as HTMLElement).getBoundingClientRect().height
  box.remove()
  const { margin } = PAGES[size]
  // The copy follows the print rules only approximately (rem sizes follow the screen's 16 px root, not the
  // print's 11 pt), so it comes out some 15 % longer than the printed slip: used as it is, plus 6 mm, it
  // leaves a short blank tail, never a slip cut onto a second page (e2e: print-to-bluetooth-printer.spec.ts).
  const length = Math.ceil(px * PX_TO_MM + 2 * margin + 6)
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(`@page receipt${size} { size: ${size}mm ${length}mm; margin: ${margin}mm; }`)
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)
  }
}
