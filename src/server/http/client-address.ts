import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The address a request came from, for the per-address sign-in throttle. Behind a reverse proxy
 * (`TRUST_PROXY=1`) that is the last hop the proxy appended to `X-Forwarded-For` — the earlier entries are the
 * client's own claim and cannot be trusted. Without a socket (in-process tests) every request shares "unknown".
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const hops = (c.req.header('X-Forwarded-For') ?? '').split(',').map((h) => h.trim())
    const last = hops.at(-1)
    if (last) return last
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
