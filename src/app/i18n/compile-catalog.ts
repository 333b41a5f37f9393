// Build time only (lingui-catalog-plugin.ts): turns a catalog as we write it — nested objects of ICU
// MessageFormat strings, `{ enrol: { person: 'Người thứ {n}' } }` — into what Lingui reads at run time:
// dotted ids (`enrol.person`) → compiled messages. The ICU parser never reaches the device bundle.
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage'

export interface Catalog {
  readonly [key: string]: string | Catalog
}

export type CompiledCatalog = Record<string, CompiledMessage>

export function compileCatalog(catalog: Catalog, prefix = ''): CompiledCatalog {
  const out: CompiledCatalog = {}
  for (const [key, value] of Object.entries(catalog)) {
    const id = prefix + key
    if (typeof value === 'string') {
      try {
        out[id] = compileMessageOrThrow(value)
      } catch (e) {
        throw new Error(`Catalog message ${id} is not valid ICU MessageFormat: ${(e as Error).message}`, {
          cause: e,
        })
      }
    } else if (typeof value === 'object' && value !== null) {
      Object.assign(out, compileCatalog(value, `${id}.`))
    } else {
      throw new Error(`Catalog entry ${id} must be a string or a nested catalog`)
    }
  }
  return out
}
