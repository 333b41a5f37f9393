// The device bundle's budget (issue #3) rests on what the app imports: zod/mini, never classic zod (the
// server's schemas); Lingui, never i18next; and domain modules by path, never the src/domain barrel, which
// would drag every server-side schema in with it. Walks the app's imports from its entry, type-only
// imports aside (erased at build).
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const importPattern =
  /(?:^|\n)\s*(?:import|export)(?!\s+type\b)(?:[^'"]*?\sfrom)?\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

function walk(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = [entry]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue
    files.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(importPattern)) {
      const specifier = (match[1] ?? match[2] ?? '').replace(/\?.*$/, '')
      if (specifier.startsWith('.')) {
        if (/\.tsx?$/.test(specifier)) queue.push(resolve(dirname(file), specifier))
      } else packages.add(specifier)
    }
  }
  return { files, packages }
}

it('the app loads no classic zod, no i18next and not the src/domain barrel', () => {
  const { files, packages } = walk(resolve(root, 'src/app/main.tsx'))
  expect(files.size).toBeGreaterThan(50)
  expect(packages).toContain('zod/mini')
  expect(packages).toContain('@lingui/core')
  expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/v4') || /i18next/.test(p))).toEqual([])
  expect([...files].filter((f) => f === resolve(root, 'src/domain/index.ts'))).toEqual([])
})
