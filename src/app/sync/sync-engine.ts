// The sync loop: push the outbox, then pull review decisions. Runs at start, when the network returns
// (online event, Background Sync via the service worker), on a timer (slow when idle, backoff with jitter
// after failures), soon after a new save, and on syncNow(). It never blocks the form: everything here is
// asynchronous and failures become status, not exceptions.
//
// createSyncEngine holds its state in the engine it returns, not in the module: a test makes its own with
// a fake clock and scheduler and drives it against the real server. The app uses the one made below.
import { liveQuery } from 'dexie'
import { apiFetch } from '../api/http.ts'
import { isUnlocked, subscribeDataKey } from '../db/data-key.ts'
import { db } from '../db/db.ts'
import { currentToken, subscribeToken } from '../db/session-token.ts'
import { getSetting } from '../db/settings.ts'
import { backoffDelay } from './backoff.ts'
import { classifyFailure, type SyncFailure } from './classify-failure.ts'
import { pullReviews, type PullOutcome } from './pull-reviews.ts'
import { pushOutbox, type PushOutcome } from './push-outbox.ts'
import { isSyncRequested, SYNC_TAG } from './sw-messages.ts'
import { getEngineState, setEngineState } from './sync-status-store.ts'
import { withSyncLock } from './with-sync-lock.ts'

export interface SyncReport {
  pushed: number
  accepted: number
  rejected: number
  conflicts: number
  pulled: number
  /** Set when the run stopped early (Vietnamese, for the status line). */
  error?: string
}

export const IDLE_INTERVAL_MS = 2 * 60_000
/** A save usually comes in a burst (save, then next household): wait a moment, push them together. */
export const AFTER_SAVE_DELAY_MS = 1_500
const MIN_RETRY_MS = 500
/** A network that drops packets instead of refusing them would hold the probe open until the OS gives up. */
const PROBE_TIMEOUT_MS = 10_000

export interface SyncEngineDeps {
  clock: { now(): number }
  /** Runs `run` after `ms`; returns how to cancel it. */
  schedule: (run: () => void, ms: number) => () => void
  push: (deviceId: string) => Promise<PushOutcome>
  pull: () => Promise<PullOutcome>
  /** One run at a time across tabs (Web Locks in the app). */
  locks: <T>(run: () => Promise<T>) => Promise<T>
  /** In [0, 1): the backoff's jitter. */
  random: () => number
  /** False when the browser knows it is offline: an automatic run would only burn a backoff step. */
  online: () => boolean
  /**
   * One small request that the server answers when it can be reached; it throws as a sync request would.
   * An automatic run after one that found no network asks it first.
   */
  probe: () => Promise<void>
  /**
   * Asks to be woken when the browser finds the network again (Background Sync in the app). Asked only when
   * the browser knows it is offline: while it believes it is online it wakes the page at once, and a server
   * out of reach (down, or a hotspot without data) turned that into a run every few milliseconds, past the
   * backoff, until the network came back (#15).
   */
  wakeWhenOnline: () => void
}

export interface SyncEngine {
  /** Push the outbox and pull review decisions now. Never throws for network faults. */
  syncNow(): Promise<SyncReport>
  /** Starts background sync (start, online event, timer with backoff, SW wake-up). Returns a stop function. */
  start(): () => void
}

const skipped = (error?: string): SyncReport => ({
  pushed: 0,
  accepted: 0,
  rejected: 0,
  conflicts: 0,
  pulled: 0,
  ...(error === undefined ? {} : { error }),
})

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  let failures = 0
  // The last run found no network: the next automatic one probes before it opens anything.
  let offline = false
  let cancelTimer: (() => void) | undefined
  let starts = 0
  let current: Promise<SyncReport> | null = null
  let queued: Promise<SyncReport> | null = null
  // A tap on "sync now" that joins a queued automatic run makes it a manual one (no probe first).
  let queuedReason: 'auto' | 'manual' = 'auto'
  // Asked to be woken when the network is back, since a run was last asked while the browser said it was online.
  let wakeAsked = false

  function requestRun(reason: 'auto' | 'manual'): Promise<SyncReport> {
    if (deps.online()) wakeAsked = false
    if (!isUnlocked()) return Promise.resolve(skipped())
    if (reason === 'auto') {
      if (getEngineState().needsSignIn) return Promise.resolve(skipped())
      if (!deps.online()) {
        askWake()
        return Promise.resolve(skipped())
      }
    }
    if (current) {
      // Something may have been saved after the running pass read the outbox: run once more after it.
      if (reason === 'manual') queuedReason = 'manual'
      queued ??= current.then(() => {
        queued = null
        const next = queuedReason
        queuedReason = 'auto'
        return requestRun(next)
      })
      return queued
    }
    current = deps
      .locks(() => runGuarded(reason))
      .finally(() => {
        current = null
      })
    return current
  }

  async function runGuarded(reason: 'auto' | 'manual'): Promise<SyncReport> {
    setEngineState({ ...getEngineState(), running: true })
    let report: SyncReport
    let failure: SyncFailure | undefined
    try {
      ;({ report, failure } = await runOnce(reason))
    } catch (error) {
      // The loop's top is the edge for unexpected faults (disk full, a bug): report, keep the data, retry.
      failure = classifyFailure(error)
      report = skipped(failure.message)
      console.error('sync run failed', failure.kind, failure.message)
    }
    const state = getEngineState()
    if (failure) {
      setEngineState({
        ...state,
        running: false,
        lastError: failure.message,
        needsSignIn: failure.kind === 'sign-in',
      })
    } else {
      const { lastError: _cleared, ...rest } = state
      setEngineState({ ...rest, running: false, needsSignIn: false, lastSyncAt: deps.clock.now() })
    }
    offline = failure?.kind === 'offline'
    scheduleNext(failure)
    return report
  }

  async function runOnce(reason: 'auto' | 'manual'): Promise<{ report: SyncReport; failure?: SyncFailure }> {
    const session = await getSetting('session')
    if (!session) {
      const failure: SyncFailure = { kind: 'sign-in', message: 'Cần đăng nhập để gửi dữ liệu' }
      return { report: skipped(failure.message), failure }
    }
    // In a village without data, a run starts after every save and on every backoff step. Without this, each
    // one decrypted and sent a batch of up to 100 waiting records, then marked each of them as tried, while
    // the collector typed the next household. A tap on "sync now" goes straight to the push.
    if (reason === 'auto' && offline) {
      try {
        await deps.probe()
      } catch (error) {
        return failed(skipped(), error)
      }
    }
    const device = await getSetting('device')
    const report = skipped()
    if (device) {
      const push = await deps.push(device.deviceId)
      report.pushed = push.pushed
      report.accepted = push.accepted + push.duplicate
      report.rejected = push.rejected
      report.conflicts = push.conflicts
      if (push.error !== undefined) return failed(report, push.error)
    }
    const pull = await deps.pull()
    report.pulled = pull.pulled
    if (pull.error !== undefined) return failed(report, pull.error)
    return { report }
  }

  function failed(report: SyncReport, error: unknown): { report: SyncReport; failure: SyncFailure } {
    const failure = classifyFailure(error)
    if (failure.kind === 'offline' && !deps.online()) askWake()
    return { report: { ...report, error: failure.message }, failure }
  }

  /**
   * Something waits and the browser knows it is offline: wake us when it is back. Once per stretch offline (a
   * browser whose wake-up does not agree with navigator.onLine would otherwise wake a skipped run at once).
   */
  function askWake(): void {
    if (wakeAsked) return
    wakeAsked = true
    deps.wakeWhenOnline()
  }

  function scheduleNext(failure: SyncFailure | undefined): void {
    cancelTimer?.()
    cancelTimer = undefined
    if (starts === 0) return
    if (failure?.kind === 'sign-in') return
    let delay = IDLE_INTERVAL_MS
    if (failure) {
      failures++
      delay = Math.max(MIN_RETRY_MS, backoffDelay(failures, deps.random))
    } else {
      failures = 0
    }
    cancelTimer = deps.schedule(() => void requestRun('auto'), delay)
  }

  function start(): () => void {
    starts++
    const onOnline = () => {
      failures = 0
      void requestRun('auto')
    }
    const onVisible = () => {
      if (document.visibilityState === 'visible') void requestRun('auto')
    }
    const onSwMessage = (event: MessageEvent) => {
      if (isSyncRequested(event.data)) void requestRun('auto')
    }
    window.addEventListener('online', onOnline)
    document.addEventListener('visibilitychange', onVisible)
    navigator.serviceWorker?.addEventListener('message', onSwMessage)

    let lastCount: number | undefined
    let cancelAfterSave: (() => void) | undefined
    // A save (a registration's revision or a consultation) grows what waits: push it shortly.
    const waiting = async () =>
      (await db.outbox.count()) + (await db.consultations.where('syncState').equals('waiting').count())
    const outboxWatch = liveQuery(waiting).subscribe({
      next: (count) => {
        if (lastCount !== undefined && count > lastCount) {
          cancelAfterSave?.()
          cancelAfterSave = deps.schedule(() => void requestRun('auto'), AFTER_SAVE_DELAY_MS)
        }
        lastCount = count
      },
      error: () => {},
    })

    let lastToken = currentToken()
    const unsubscribeToken = subscribeToken(() => {
      const token = currentToken()
      // Signed in again after a 401: auto-retry resumes. (A token opened by unlocking is not a new sign-in.)
      if (token && lastToken !== null && token !== lastToken && getEngineState().needsSignIn) {
        setEngineState({ ...getEngineState(), needsSignIn: false })
        failures = 0
        void requestRun('auto')
      }
      if (token) lastToken = token
    })

    // Locked, the engine waits (records cannot be decrypted to push, comments cannot be sealed); it runs
    // again the moment the PIN opens the app.
    const unsubscribeKey = subscribeDataKey(() => {
      if (isUnlocked()) void requestRun('auto')
    })

    void requestRun('auto')

    return () => {
      unsubscribeKey()
      unsubscribeToken()
      starts--
      window.removeEventListener('online', onOnline)
      document.removeEventListener('visibilitychange', onVisible)
      navigator.serviceWorker?.removeEventListener('message', onSwMessage)
      outboxWatch.unsubscribe()
      cancelAfterSave?.()
      if (starts === 0) {
        cancelTimer?.()
        cancelTimer = undefined
      }
    }
  }

  return { syncNow: () => requestRun('manual'), start }
}

/** Where the browser has Background Sync, the worker wakes us when the network is back (even in a
 * backgrounded tab). Elsewhere the online event and the timer do the job. */
async function registerBackgroundSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration()
    const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync
    await sync?.register(SYNC_TAG)
  } catch {
    // Not supported or not allowed: the timer still retries.
  }
}

/** The app's engine: the browser's clock, timers, locks and network flag. */
const appEngine = createSyncEngine({
  clock: { now: () => Date.now() },
  schedule: (run, ms) => {
    const timer = setTimeout(run, ms)
    return () => clearTimeout(timer)
  },
  // Registrations first (money), then the consultations (people advised) in the same run.
  push: async (deviceId) => {
    const registrations = await pushOutbox({ deviceId })
    if (registrations.error !== undefined) return registrations
    // Loaded only when a consultation waits: not with the first screen (enrol bundle budget).
    if ((await db.consultations.where('syncState').equals('waiting').count()) === 0) return registrations
    const { pushConsultations } = await import('./push-consultations.ts')
    const advised = await pushConsultations(deviceId)
    return { ...registrations, pushed: registrations.pushed + advised.pushed, error: advised.error }
  },
  // Review decisions, then the housekeeping after them (after-pull.ts: old approved registrations leave,
  // the agency's list is refreshed), which never fails the run. Loaded when the first sync gets this far,
  // not with the first screen (enrol bundle budget).
  pull: async () => {
    const reviews = await pullReviews()
    if (reviews.error === undefined) {
      await import('./after-pull.ts').then((m) => m.afterPull()).catch(() => undefined)
    }
    return reviews
  },
  locks: withSyncLock,
  random: Math.random,
  online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  wakeWhenOnline: () => void registerBackgroundSync(),
  probe: () =>
    apiFetch<unknown>('/api/health', {
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    }).then(() => undefined),
})

/** Push the outbox and pull review decisions now. Never throws for network faults. */
export const syncNow = (): Promise<SyncReport> => appEngine.syncNow()

/** Starts background sync for the app. Returns a stop function. */
export const startSyncEngine = (): (() => void) => appEngine.start()
