import type { Context } from 'hono'
import type { z } from 'zod'
import { zodIssuesToFieldIssues } from '../../domain/index.ts'
import { HttpError } from './http-error.ts'

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
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    throw new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
      issues: zodIssuesToFieldIssues(parsed.error.issues),
    })
  }
  return parsed.data
}

export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  return parseWith(schema, await readJson(c))
}
