// How long a sync request may go unanswered before the engine gives up on it and backs off. Without a limit a
// request the network swallows (a half-open connection after a cell change, a proxy that never answers)
// keeps the run — and the cross-tab sync lock — forever: the outbox never drains, even once the network is
// fine. Giving up is safe: the server answers a resent (id, revision) with `duplicate`.

/** Floor for any push: latency, TLS, the server's per-record transactions. */
const PUSH_BASE_MS = 15_000
/** Then time for the body on a very slow link (~16 kbit/s), so a big batch is not cut off while it uploads. */
const PUSH_BYTES_PER_MS = 2

export function pushTimeoutMs(bodyLength: number): number {
  return PUSH_BASE_MS + Math.ceil(bodyLength / PUSH_BYTES_PER_MS)
}

/** A pull page is at most 1000 small changes. */
export const PULL_TIMEOUT_MS = 60_000
