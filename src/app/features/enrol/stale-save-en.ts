// English for stale-save-vi.ts.
import type { staleSaveVi } from './stale-save-vi.ts'

export const staleSaveEn: Record<keyof typeof staleSaveVi, string> = {
  title: 'This registration was just saved elsewhere (revision {revision})',
  explain:
    'While this screen was open, the registration was changed and saved in another tab of this phone. Nothing from this screen is saved yet. Look at the differences, then choose.',
  field: 'Field',
  stored: 'Saved version',
  mine: 'This screen',
  keepMine: 'Save this screen’s version (as revision {revision})',
  takeStored: 'Open the saved version, drop what is typed here',
}
