// Probe: the other half of the cycle in cycle-a.ts.
import { a } from './cycle-a.ts'
export const b = (): unknown => a
