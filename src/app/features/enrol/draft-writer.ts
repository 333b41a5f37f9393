// The enrol form's draft autosave: a write shortly after typing stops, and a flush that writes the pending
// values at once. The form flushes when it closes (any navigation unmounts it), when the page is hidden (the
// phone switches app, the screen locks) and on pagehide (reload, tab closed): the last field typed before
// leaving is never lost to a cancelled timer.

export interface DraftWriter<T> {
  /** Remembers `values` and writes them after the delay, unless newer values come first. */
  schedule(values: T): void
  /** Writes the pending values now, if any; resolves when written. */
  flush(): Promise<void>
  /** Forgets the pending values (the form was saved or cleared). */
  cancel(): void
}

export function createDraftWriter<T>(
  write: (values: T) => Promise<void>,
  delayMs: number,
  onError: (e: unknown) => void = () => {},
): DraftWriter<T> {
  let pending: { values: T } | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = (): Promise<void> => {
    clearTimeout(timer)
    timer = undefined
    const next = pending
    pending = undefined
    if (!next) return Promise.resolve()
    return write(next.values).then(
      () => {},
      (e: unknown) => {
        onError(e)
      },
    )
  }
  return {
    schedule(values) {
      pending = { values }
      clearTimeout(timer)
      timer = setTimeout(() => void run(), delayMs)
    },
    flush: run,
    cancel() {
      clearTimeout(timer)
      timer = undefined
      pending = undefined
    },
  }
}
