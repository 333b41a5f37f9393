import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { linguiCatalogPlugin } from './src/app/i18n/lingui-catalog-plugin.ts'

export default defineConfig({
  plugins: [
    // Compiles the i18n catalogs (`./vi.ts?lingui`) for Lingui, so no message parser ships to the device.
    linguiCatalogPlugin(),
    react(),
    earlyLockEntry(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // The app registers the worker itself (workbox-window) so an update never interrupts a form.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // .wasm: the ID-card scanner's QR decoder (zxing-wasm, ~0.9 MB), so the scanner works offline after
        // the first visit. It is fetched by the worker at install, never by the enrol screen's first load.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2,wasm}'],
      },
      manifest: {
        name: 'Ghi Danh — đăng ký BHXH, BHYT',
        short_name: 'Ghi Danh',
        description: 'Đăng ký BHXH tự nguyện và BHYT hộ gia đình tại chỗ, không cần mạng',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  server: { proxy: { '/api': 'http://localhost:8080' } },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first screen loads goes in one `shared` chunk, except the modules that import a lazy
          // chunk (and those above them): a lazy chunk's name changes with its code, so only those few
          // modules are renamed by an update, not every chunk that imports shared code.
          groups: [{ name: sharedUnlessNamesLazyChunks, tags: ['$initial'] }],
        },
      },
    },
  },
})

type ChunkingContext = {
  getModuleInfo(id: string): { importedIds: string[]; dynamicallyImportedIds: string[] } | null
}

function sharedUnlessNamesLazyChunks(id: string, ctx: ChunkingContext): string | null {
  // The early PIN pad is an entry of its own that must load nothing else (src/app/early-lock.ts).
  if (id.endsWith('/src/app/early-lock.ts')) return null
  return namesLazyChunk(id, ctx, new Set()) ? null : 'shared'
}

// Memoised only when true: a false answer met inside an import cycle may be incomplete.
const namesLazy = new Set<string>()
function namesLazyChunk(id: string, ctx: ChunkingContext, visited: Set<string>): boolean {
  if (namesLazy.has(id)) return true
  if (visited.has(id)) return false
  visited.add(id)
  const info = ctx.getModuleInfo(id)
  const result =
    info !== null &&
    (info.dynamicallyImportedIds.length > 0 ||
      info.importedIds.some((child) => namesLazyChunk(child, ctx, visited)))
  if (result) namesLazy.add(id)
  return result
}

/**
 * The early PIN pad (src/app/early-lock.ts) as an entry of its own, `/early-lock.js`, run before the app's
 * script: Vite would bundle every module script of index.html into one entry. Built only (in development
 * the app draws its own lock screen, as before).
 */
function earlyLockEntry(): Plugin {
  return {
    name: 'ghidanh:early-lock',
    apply: 'build',
    buildStart() {
      if (this.environment.name !== 'client') return
      this.emitFile({ type: 'chunk', id: 'src/app/early-lock.ts', fileName: 'early-lock.js' })
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'script', attrs: { type: 'module', src: '/early-lock.js' }, injectTo: 'head-prepend' },
      ],
    },
  }
}
