// One request a form sends: busy while it runs (the button says so and cannot be pressed twice), and
// the error as a sentence when it fails. What was typed stays in the form either way.
import { useState } from 'react'

export function useSending(describe: (error: unknown) => string) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>(undefined)
  const send = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(undefined)
    try {
      await work()
    } catch (e) {
      setError(describe(e))
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, setError, send }
}
