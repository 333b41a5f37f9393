// Bytes over the wire, from the built app in dist/ as the server sends it (the brotli copy beside each text
// file, precompress.ts; images, fonts and wasm as they are). A first install is everything the service worker
// precaches, plus the worker itself. An update downloads the new worker and only the files whose names
// changed: a changed chunk gets a new hash, so does every file that names it, and so on up to index.html.
// Printed per chunk changed alone (what one screen's fix costs a phone on mobile data), not asserted.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export function measureWireBytes(dist = 'dist'): void {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8')
  const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '')
  const sent = (path: string) => {
    const br = join(dist, `${path}.br`)
    return statSync(existsSync(br) ? br : join(dist, path)).size
  }
  const worker = sent('sw.js')
  const install = precached.reduce((sum, path) => sum + sent(path), worker)

  // Which files name which: a file's text mentions another's base name (imports, the preload map, links).
  const texts = new Map<string, string>()
  for (const path of precached.filter((p) => /\.(js|css|html)$/.test(p))) {
    texts.set(path, readFileSync(join(dist, path), 'utf8'))
  }
  const namedBy = (path: string) => {
    const base = path.slice(path.lastIndexOf('/') + 1)
    return [...texts].filter(([other, text]) => other !== path && text.includes(base)).map(([other]) => other)
  }
  const updateOf = (changed: string) => {
    const renewed = new Set([changed])
    for (const path of renewed) for (const other of namedBy(path)) renewed.add(other)
    let bytes = worker
    for (const path of renewed) bytes += sent(path)
    return { bytes, files: renewed.size + 1 }
  }
  const chunks = [...texts.keys()].filter((p) => p.startsWith('assets/') && p.endsWith('.js'))
  const updates = chunks.map((path) => ({ path, ...updateOf(path) })).sort((a, b) => a.bytes - b.bytes)
  const at = (q: number) => updates[Math.min(updates.length - 1, Math.floor(q * updates.length))]
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`
  console.log('\nBytes over the wire (brotli where the server has it):')
  console.log(`  first install: ${precached.length} precached files + the worker    ${kb(install)}`)
  for (const [label, u] of [
    ['an update changing one chunk, median', at(0.5)],
    ['                               90th percentile', at(0.9)],
    ['                               largest', updates.at(-1)],
  ] as const) {
    if (u) console.log(`  ${label}: ${kb(u.bytes)} in ${u.files} files (${u.path})`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) measureWireBytes()
