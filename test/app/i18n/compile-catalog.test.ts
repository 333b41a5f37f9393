import { setupI18n, type Messages } from '@lingui/core'
import { describe, expect, it } from 'vitest'
import { compileCatalog, type Catalog } from '../../../src/app/i18n/compile-catalog.ts'
import { en } from '../../../src/app/i18n/en.ts'
import { vi } from '../../../src/app/i18n/vi.ts'
import { reviewEn } from '../../../src/app/features/review/review-en.ts'
import { reviewVi } from '../../../src/app/features/review/review-vi.ts'

function flatten(catalog: Catalog, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : flatten(value, `${prefix}${key}.`),
  )
}

/** What the device shows for `id`: the compiled message run through Lingui's runtime, as in the app. */
function render(messages: Messages, id: string, values: Record<string, string>): string {
  const i18n = setupI18n({ locale: 'x', messages: { x: messages } })
  i18n.setMessagesCompiler(() => {
    throw new Error(`${id} reached the runtime uncompiled`)
  })
  return i18n._(id, values)
}

const catalogs = { vi, en, reviewVi, reviewEn }

describe('compileCatalog', () => {
  it('gives dotted ids and compiled tokens', () => {
    expect(compileCatalog({ enrol: { person: 'Người thứ {n}', title: 'Ghi danh' } })).toEqual({
      'enrol.person': ['Người thứ ', ['n']],
      'enrol.title': ['Ghi danh'],
    })
  })

  it('fails the build on a message that is not ICU MessageFormat, naming it', () => {
    expect(() => compileCatalog({ home: { hello: 'Xin chào {name' } })).toThrow(/home\.hello/)
  })

  for (const [name, catalog] of Object.entries(catalogs)) {
    it(`${name}: every message reads back exactly as written, values filled in`, () => {
      const compiled = compileCatalog(catalog)
      for (const [id, source] of flatten(catalog)) {
        expect(source, `${id} still uses i18next's {{…}}`).not.toMatch(/\{\{/)
        const names = [...source.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '')
        const values = Object.fromEntries(names.map((n) => [n, `<${n}>`]))
        expect(render(compiled, id, values), id).toBe(source.replace(/\{(\w+)\}/g, '<$1>'))
      }
    })
  }

  it('English has every id Vietnamese has, with the same values', () => {
    const ids = (c: Catalog) => flatten(c).map(([id, s]) => `${id} ${[...s.matchAll(/\{\w+\}/g)].join()}`)
    expect(ids(en)).toEqual(ids(vi))
    expect(ids(reviewEn)).toEqual(ids(reviewVi))
  })
})
