// PostgreSQL cannot store U+0000 in text or jsonb, nor a lone UTF-16 surrogate in jsonb: a string with either
// would reach the database and fail there as a 500. Found at the edge instead, as the client's mistake.
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** The dotted path of the first string (object key or value) PostgreSQL cannot store, or undefined. */
export function findUnstorableText(value: unknown): string | undefined {
  // Iterative: a body can nest 10,000 levels deep, and recursion would overflow the stack.
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }]
  while (stack.length > 0) {
    const { value: v, path } = stack.pop() as { value: unknown; path: string }
    if (typeof v === 'string') {
      if (UNSTORABLE.test(v)) return path
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        const at = path === '' ? key : `${path}.${key}`
        if (UNSTORABLE.test(key)) return at
        stack.push({ value: child, path: at })
      }
    }
  }
  return undefined
}

export const UNSTORABLE_TEXT_MESSAGE = 'Có ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng)'
