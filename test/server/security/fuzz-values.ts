// Hostile values for the fuzz tests: what a broken or malicious client can put in a JSON body. Some cannot be
// written as JavaScript values (10,000-level nesting is fine as a value, but `__proto__` keys and invalid
// escapes are not), so a value can be raw JSON text spliced into the body after JSON.stringify.
import fc from 'fast-check'

/** Raw JSON text to splice in place of a value. */
export class Raw {
  constructor(readonly json: string) {}
}

const DEEP = 10_000

export const hostileStrings: string[] = [
  '',
  ' ',
  'x'.repeat(100_001),
  '\u0000',
  'Nguyễn\u0000Văn',
  '\ud800',
  'Lan\udfff',
  '\udc00\ud800',
  '\u202eLan',
  '\ufeff',
  '\uffff',
  '😀'.repeat(60),
  "Robert'); DROP TABLE registrations;--",
  "O'Brien",
  "' OR '1'='1",
  '$1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil")',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00',
  '\\u0000',
  '9'.repeat(400),
  'A\u0301',
  'Nguyễn Văn A',
  '0000-01-01',
  '9999-12-31',
  '2026-02-29',
  '2026-13-01',
  '-001-01-01',
  '2026-11-25T25:00:00Z',
]

export const hostileNumbers: number[] = [
  -1,
  -0,
  0.5,
  -1.5,
  1e308,
  -1e308,
  2 ** 53,
  2 ** 31,
  2 ** 63,
  Number.MAX_SAFE_INTEGER + 2,
  1e-300,
  10_000_000_001,
]

/** JSON text no JavaScript value serializes to. */
export const rawFragments: string[] = [
  '['.repeat(DEEP) + ']'.repeat(DEEP),
  '{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP),
  '{"__proto__":{"isAdmin":true,"role":"admin"}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '"\\ud800"',
  '"\\udfff\\ud800"',
  '"\\u0000"',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e999',
  '123456789012345678901234567890',
  '0.1e-999',
  'undefined',
  "'single'",
  '[1,]',
  '{"a":1,}',
  '"\\x41"',
]

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, [], {}, [null], { a: 1 }),
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom(...rawFragments).map((j) => new Raw(j)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
)

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return []
  const out: (string | number)[][] = []
  for (const [k, v] of Object.entries(value)) {
    const key = Array.isArray(value) ? Number(k) : k
    out.push([...prefix, key], ...pathsOf(v, [...prefix, key]))
  }
  return out
}

export type Mutation =
  | { kind: 'set'; path: (string | number)[]; value: unknown }
  | { kind: 'delete'; path: (string | number)[] }
  | { kind: 'addKey'; path: (string | number)[]; key: string; value: unknown }

/** A copy of `base` with the mutations applied; hostile `Raw` values stay as markers for `toJsonText`. */
export function mutate<T>(base: T, mutations: Mutation[]): unknown {
  const copy = structuredClone(base) as unknown
  let root = copy
  for (const m of mutations) {
    if (m.path.length === 0) {
      if (m.kind === 'set') root = m.value
      continue
    }
    let parent = root as Record<string | number, unknown> | null
    for (const key of m.path.slice(0, -1)) {
      const next = parent?.[key]
      parent = next !== null && typeof next === 'object' ? (next as Record<string | number, unknown>) : null
    }
    const last = m.path[m.path.length - 1] as string | number
    if (!parent || typeof parent !== 'object') continue
    // Each insertion gets its own copy: one generated value set at two places, then a key set inside it,
    // would otherwise make the body refer to itself (a cycle no phone can send, and JSON cannot write).
    if (m.kind === 'set') parent[last] = copyValue(m.value)
    else if (m.kind === 'delete') delete parent[last]
    else {
      const target = parent[last]
      // defineProperty: a key named `__proto__` must become an own key, not the object's prototype.
      if (target !== null && typeof target === 'object')
        Object.defineProperty(target, m.key, {
          value: copyValue(m.value),
          enumerable: true,
          configurable: true,
        })
    }
  }
  return root
}

/** A deep copy of a generated value that keeps `Raw` markers as they are (structuredClone would not). */
function copyValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Raw) return value
  if (Array.isArray(value)) return value.map(copyValue)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    Object.defineProperty(out, k, {
      value: copyValue(v),
      enumerable: true,
      configurable: true,
      writable: true,
    })
  }
  return out
}

/** JSON text of `value` with every `Raw` spliced in as written, and `__proto__` keys kept as real keys. */
export function toJsonText(value: unknown): string {
  const raws: string[] = []
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Raw) {
      raws.push(v.json)
      return `@@RAW${raws.length - 1}@@`
    }
    return v
  })
  return (text ?? 'null').replace(/"@@RAW(\d+)@@"/g, (_m, i: string) => raws[Number(i)] ?? 'null')
}
