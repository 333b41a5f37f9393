import { DEMO_PASSWORD } from './app.ts'
import { baseURL } from './browsers.ts'

/** A signed-in HTTP client for checking what the server holds. */
export async function apiAs(username: string) {
  const res = await fetch(`${baseURL}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  if (!res.ok) throw new Error(`sign-in as ${username} failed: ${res.status}`)
  const { token } = (await res.json()) as { token: string }
  return {
    async get<T>(path: string): Promise<T> {
      const r = await fetch(`${baseURL}${path}`, { headers: { Authorization: `Bearer ${token}` } })
      if (!r.ok) throw new Error(`GET ${path}: ${r.status}`)
      return (await r.json()) as T
    },
    async post<T>(path: string, body: unknown): Promise<T> {
      const r = await fetch(`${baseURL}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!r.ok) throw new Error(`POST ${path}: ${r.status}`)
      return (await r.json()) as T
    },
  }
}
