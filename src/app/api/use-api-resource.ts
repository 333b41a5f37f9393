// A server answer a screen shows: loaded when `load` changes, reloaded on demand, and an answer that
// arrives after the screen moved on (another id, another filter, unmounted) is dropped, never shown
// under the wrong heading. Errors become the sentence `describe` gives; the last good answer stays.
import { useCallback, useEffect, useRef, useState } from 'react'

export interface ApiResource<T> {
  data: T | undefined
  error: string | undefined
  loading: boolean
  reload: () => void
}

/** `load` and `describe` must be stable (useCallback): a new `load` means "fetch again". */
export function useApiResource<T>(
  load: () => Promise<T>,
  describe: (error: unknown) => string,
): ApiResource<T> {
  const [data, setData] = useState<T | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [loading, setLoading] = useState(true)
  const latest = useRef(0)

  const run = useCallback(() => {
    const ticket = ++latest.current
    setLoading(true)
    setError(undefined)
    load().then(
      (answer) => {
        if (ticket !== latest.current) return
        setData(answer)
        setLoading(false)
      },
      (e: unknown) => {
        if (ticket !== latest.current) return
        setError(describe(e))
        setLoading(false)
      },
    )
  }, [load, describe])

  // Moving on (new `load`, unmount) voids the answer still in flight.
  const forget = useCallback(() => {
    latest.current++
  }, [])
  useEffect(() => {
    run()
    return forget
  }, [run, forget])

  return { data, error, loading, reload: run }
}
