// The shell's own notices, English.
import type { shellVi } from './shell-vi.ts'

export const shellEn: Record<keyof typeof shellVi, string> = {
  storageMissing:
    'This browser does not let Ghi Danh store data on the phone (usually a private/incognito window, or storage is blocked). Ghi Danh keeps registrations on the phone to work offline, so it cannot run here.',
  storageHelp:
    'Open Ghi Danh in a normal Chrome window (not incognito), check the phone has free space, then reload.',
  storageErrorName: 'Error: {name}',
  reload: 'Reload',
  outdated: 'A newer version of the data is in use',
  blocked:
    'Ghi Danh is open in another tab with an older version, so the data on this phone cannot be upgraded yet. Switch to that tab and close it (or reload it). Ghi Danh will carry on here by itself; no registration is lost.',
  storageFull:
    'Browser storage is {percent}% full. Sync your registrations and free up space on the phone, or new ones may not save.',
}
