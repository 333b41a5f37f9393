// Vite plugin: `import messages from './vi.ts?lingui'` gives the catalog module's one export compiled for
// Lingui (compile-catalog.ts), at build time and in the dev server alike. Catalogs stay plain, readable
// TypeScript (typed, commented); the device downloads only compiled messages and the ~2 KB runtime.
import { runnerImport, type Plugin } from 'vite'
import { compileCatalog, type Catalog } from './compile-catalog.ts'

const QUERY = '?lingui'

export function linguiCatalogPlugin(): Plugin {
  return {
    name: 'ghi-danh:lingui-catalog',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(QUERY)) return null
      const file = id.slice(0, -QUERY.length)
      const { module, dependencies } = await runnerImport<Record<string, unknown>>(file, {
        configFile: false,
        logLevel: 'silent',
      })
      for (const dependency of [file, ...dependencies]) this.addWatchFile(dependency)
      const exported = Object.values(module)
      if (exported.length !== 1 || typeof exported[0] !== 'object' || exported[0] === null) {
        throw new Error(`${file}: a catalog module exports exactly one catalog object`)
      }
      return `export default ${JSON.stringify(compileCatalog(exported[0] as Catalog))}`
    },
  }
}
