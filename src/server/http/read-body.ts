import type { Context } from 'hono'
import { z } from 'zod/mini'
import { zodIssuesToFieldIssues } from '../../domain/index.ts'
import { HttpError } from './http-error.ts'
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from './unstorable-text.ts'

/** The raw JSON body, or 400 `invalid_json`. */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text()
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new HttpError(400, 'invalid_json', 'Nội dung gửi lên không phải JSON hợp lệ')
  }
}

/** `value` parsed by `schema`, or 400 `invalid_request` with field issues in the form's shape. */
export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown): z.infer<S> {
  // The contract's schemas are zod/mini (src/domain/api) and the routes' own small ones classic zod: both
  // are zod 4 underneath, parsed the same way.
  const parsed = z.safeParse(schema, value)
  if (!parsed.success) {
    throw new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
      issues: zodIssuesToFieldIssues(parsed.error.issues),
    })
  }
  return parsed.data
}

/** 400 `invalid_request` when a string of `value` could not be stored (NUL, a lone surrogate). */
export function rejectUnstorableText(value: unknown): void {
  const path = findUnstorableText(value)
  if (path === undefined) return
  throw new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
    issues: [{ path, code: 'invalid', message: UNSTORABLE_TEXT_MESSAGE }],
  })
}

export async function readBody<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const raw = await readJson(c)
  rejectUnstorableText(raw)
  return parseWith(schema, raw)
}
