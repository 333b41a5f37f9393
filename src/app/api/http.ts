// The one place the page talks HTTP to the server. Errors follow the contract: { error: { code, message, details? } }.
import { currentToken } from '../db/session-token.ts'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

/** No network, DNS failure, connection cut: the request may or may not have reached the server. */
export class NetworkError extends Error {}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const token = currentToken()
  const headers = new Headers(init.headers)
  if (token) headers.set('Authorization', `Bearer ${token}`)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(init.json)
  }
  let res: Response
  try {
    res = await fetch(path, { ...init, headers, body: body ?? null })
  } catch (e) {
    throw new NetworkError(e instanceof Error ? e.message : 'network error')
  }
  const text = await res.text()
  let data: unknown = undefined
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    // A proxy or captive portal answered with HTML: treat as a network fault, not data.
    throw new NetworkError(`Unexpected response (${res.status})`)
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
      ?.error
    throw new ApiError(
      res.status,
      err?.code ?? 'http_error',
      err?.message ?? `HTTP ${res.status}`,
      err?.details,
    )
  }
  return data as T
}
