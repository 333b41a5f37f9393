// Probe: imports cycle-b.ts, which imports this file back. import-x/no-cycle must report it.
import { b } from './cycle-b.ts'
export const a = () => b()
