// After `vite build`: writes a brotli (.br) and a gzip (.gz) copy beside every text asset of dist/ (and the
// QR decoder's .wasm), so the server sends ~3–4× fewer bytes over a village's mobile data without compressing on
// each request. The server picks the copy the browser accepts (serve-app-shell.ts); the worker's precache list
// names only the originals.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|wasm|txt|xml)$/
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (COMPRESSIBLE.test(entry.name)) yield path
  }
}

export async function precompress(
  dir: string,
): Promise<{ files: number; bytes: number; br: number; gzip: number }> {
  const totals = { files: 0, bytes: 0, br: 0, gzip: 0 }
  for await (const path of files(dir)) {
    if ((await stat(path)).size < MIN_BYTES) continue
    const data = await readFile(path)
    const [br, gzipped] = await Promise.all([
      brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
      gz(data, { level: constants.Z_BEST_COMPRESSION }),
    ])
    await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)])
    totals.files += 1
    totals.bytes += data.length
    totals.br += br.length
    totals.gzip += gzipped.length
  }
  return totals
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist'
  const t = await precompress(dir)
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`
  process.stdout.write(
    `precompress: ${t.files} files in ${dir}, ${kb(t.bytes)} → brotli ${kb(t.br)}, gzip ${kb(t.gzip)}\n`,
  )
}
