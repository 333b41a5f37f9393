// Whether the data key is in memory, for React: re-renders on lock and unlock.
import { useSyncExternalStore } from 'react'
import { isUnlocked, subscribeDataKey } from '../../db/data-key.ts'

export function useUnlocked(): boolean {
  return useSyncExternalStore(subscribeDataKey, isUnlocked, isUnlocked)
}
