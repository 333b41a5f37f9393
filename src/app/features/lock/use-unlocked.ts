// Whether the data key is in memory, for React: re-renders on lock and unlock.
import { useSyncExternalStore } from 'react'
import { isToldUnlocked, subscribeDataKey } from '../../db/data-key.ts'

export function useUnlocked(): boolean {
  // Told, not merely usable: a re-render during the unlock's read-ahead (data-key.ts publishDataKey) must not
  // draw the app before what it starts from is read.
  return useSyncExternalStore(subscribeDataKey, isToldUnlocked, isToldUnlocked)
}
