// Laptop shortcuts of the review queue: j/k move, x select, a approve, r return (focus the comment),
// / search, ? help. Pure: the screen maps a keydown to a command, the reducer moves the cursor and the
// selection; approving, returning and focusing are the screen's side effects.

export type QueueCommand =
  'next' | 'prev' | 'toggleSelect' | 'approve' | 'return' | 'search' | 'open' | 'help' | 'escape'

export interface KeyLike {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  target?: { tagName?: string; isContentEditable?: boolean } | null
}

const KEYS: Readonly<Record<string, QueueCommand>> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'prev',
  ArrowUp: 'prev',
  x: 'toggleSelect',
  a: 'approve',
  r: 'return',
  '/': 'search',
  Enter: 'open',
  o: 'open',
  '?': 'help',
  Escape: 'escape',
}

/** True while the reviewer types: then only Escape is a shortcut (to leave the field). */
export function isTyping(target: KeyLike['target']): boolean {
  if (!target) return false
  const tag = target.tagName?.toUpperCase()
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable === true
}

export function commandForKey(e: KeyLike): QueueCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined
  const command = KEYS[e.key]
  if (command === undefined) return undefined
  if (isTyping(e.target) && command !== 'escape') return undefined
  // Arrow keys and Enter on a focused button or link keep their own meaning.
  if ((e.key === 'Enter' || e.key.startsWith('Arrow')) && isControl(e.target)) return undefined
  return command
}

function isControl(target: KeyLike['target']): boolean {
  const tag = target?.tagName?.toUpperCase()
  return tag === 'BUTTON' || tag === 'A'
}

export interface QueueKeyState {
  /** Index of the current row; -1 before the first move. */
  index: number
  selected: ReadonlySet<string>
  helpOpen: boolean
}

export const initialQueueKeyState: QueueKeyState = { index: -1, selected: new Set(), helpOpen: false }

export function reduceQueueKeys(
  state: QueueKeyState,
  command: QueueCommand,
  ids: readonly string[],
): QueueKeyState {
  const last = ids.length - 1
  switch (command) {
    case 'next':
      return { ...state, index: Math.min(state.index + 1, last) }
    case 'prev':
      return { ...state, index: Math.max(Math.min(state.index - 1, last), last < 0 ? -1 : 0) }
    case 'toggleSelect': {
      const id = ids[state.index]
      if (id === undefined) return state
      const selected = new Set(state.selected)
      if (selected.has(id)) selected.delete(id)
      else selected.add(id)
      return { ...state, selected }
    }
    case 'help':
      return { ...state, helpOpen: !state.helpOpen }
    case 'escape':
      return state.helpOpen ? { ...state, helpOpen: false } : state
    default:
      return state
  }
}
