// Issue #12: the 3,321 communes (~30 KB gzipped) and the old → new table (~100 KB) must never weigh on the
// enrol screen's first load (160 KB budget of `npm run bench`). Walks the app's static imports from its entry
// (type-only imports and `import()` aside) and checks no heavy admin-unit module is among them.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const staticImport = /(?:^|\n)\s*(?:import|export)(?!\s+type\b)(?:[^'"]*?\sfrom)?\s*['"](\.[^'"]+)['"]/g

function staticGraph(entry: string): Set<string> {
  const files = new Set<string>()
  const queue = [entry]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue
    files.add(file)
    for (const match of readFileSync(file, 'utf8').matchAll(staticImport)) {
      const specifier = (match[1] ?? '').replace(/\?.*$/, '')
      if (/\.(tsx?|json)$/.test(specifier)) {
        const target = resolve(dirname(file), specifier)
        if (!target.endsWith('.json')) queue.push(target)
        else files.add(target)
      }
    }
  }
  return files
}

it('loads the communes and the old → new table only through import()', () => {
  const files = staticGraph(resolve(root, 'src/app/main.tsx'))
  expect(files.size).toBeGreaterThan(50)
  expect(files).toContain(resolve(root, 'src/app/features/enrol/CommunePicker.tsx'))
  const heavy = [...files].filter((f) =>
    /src\/domain\/admin\/(admin-units|search-communes|old-address)\.ts$|units\//.test(f),
  )
  expect(heavy).toEqual([])
})
