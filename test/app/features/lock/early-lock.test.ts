import { expect, it } from 'vitest'
import { earlyStrings, LOCKED_HINT_KEY as earlyKey } from '../../../../src/app/early-lock.ts'
import { LOCKED_HINT_KEY } from '../../../../src/app/features/lock/early-pin.ts'
import { lockEn } from '../../../../src/app/features/lock/lock-en.ts'
import { lockVi } from '../../../../src/app/features/lock/lock-vi.ts'
import { en } from '../../../../src/app/i18n/en.ts'
import { vi } from '../../../../src/app/i18n/vi.ts'

// early-lock.ts may import nothing (it runs before the app's bundle), so it repeats a few strings.
it('the early PIN pad says what the lock screen says, in both languages, under the same hint key', () => {
  expect(earlyKey).toBe(LOCKED_HINT_KEY)
  for (const [language, lock, app] of [
    ['vi', lockVi, vi],
    ['en', lockEn, en],
  ] as const) {
    const { name, online, offline, ...lockStrings } = earlyStrings[language]
    expect({ name, online, offline }).toEqual({
      name: app.app.name,
      online: app.app.online,
      offline: app.app.offline,
    })
    for (const [key, text] of Object.entries(lockStrings)) expect(text).toBe(lock[key as keyof typeof lock])
  }
})
