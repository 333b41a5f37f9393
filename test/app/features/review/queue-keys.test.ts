import { describe, expect, it } from 'vitest'
import {
  commandForKey,
  initialQueueKeyState,
  reduceQueueKeys,
  type QueueKeyState,
} from '../../../../src/app/features/review/queue-keys.ts'

const body = { tagName: 'BODY' }

describe('commandForKey', () => {
  it('maps the laptop shortcuts', () => {
    expect(
      ['j', 'k', 'x', 'a', 'r', '/', '?', 'Escape'].map((key) => commandForKey({ key, target: body })),
    ).toEqual(['next', 'prev', 'toggleSelect', 'approve', 'return', 'search', 'help', 'escape'])
  })

  it('does not fire while typing in a field, except Escape', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
      expect(commandForKey({ key: 'a', target: { tagName } })).toBeUndefined()
      expect(commandForKey({ key: '/', target: { tagName } })).toBeUndefined()
    }
    expect(commandForKey({ key: 'r', target: { tagName: 'DIV', isContentEditable: true } })).toBeUndefined()
    expect(commandForKey({ key: 'Escape', target: { tagName: 'TEXTAREA' } })).toBe('escape')
  })

  it('leaves browser shortcuts and focused buttons alone', () => {
    expect(commandForKey({ key: 'r', ctrlKey: true, target: body })).toBeUndefined()
    expect(commandForKey({ key: 'a', metaKey: true, target: body })).toBeUndefined()
    expect(commandForKey({ key: 'Enter', target: { tagName: 'BUTTON' } })).toBeUndefined()
    expect(commandForKey({ key: 'Enter', target: body })).toBe('open')
    expect(commandForKey({ key: 'q', target: body })).toBeUndefined()
  })
})

describe('reduceQueueKeys', () => {
  const ids = ['a', 'b', 'c']
  const run = (commands: Parameters<typeof reduceQueueKeys>[1][], list: readonly string[] = ids) =>
    commands.reduce<QueueKeyState>((s, c) => reduceQueueKeys(s, c, list), initialQueueKeyState)

  it('moves down and up, and stops at both ends', () => {
    expect(run(['next']).index).toBe(0)
    expect(run(['next', 'next', 'next', 'next']).index).toBe(2)
    expect(run(['next', 'next', 'prev', 'prev', 'prev']).index).toBe(0)
    expect(run(['next'], []).index).toBe(-1)
  })

  it('x toggles the current row in the selection', () => {
    expect([...run(['next', 'x' as never]).selected]).toEqual([])
    expect([...run(['next', 'toggleSelect', 'next', 'toggleSelect']).selected]).toEqual(['a', 'b'])
    expect([...run(['next', 'toggleSelect', 'toggleSelect']).selected]).toEqual([])
    expect(run(['toggleSelect']).selected.size).toBe(0)
  })

  it('? opens and closes the help; Escape closes it', () => {
    expect(run(['help']).helpOpen).toBe(true)
    expect(run(['help', 'help']).helpOpen).toBe(false)
    expect(run(['help', 'escape']).helpOpen).toBe(false)
  })

  it('side-effect commands leave the state as it was', () => {
    const s = run(['next', 'toggleSelect'])
    for (const c of ['approve', 'return', 'search', 'open'] as const)
      expect(reduceQueueKeys(s, c, ids)).toBe(s)
  })
})
