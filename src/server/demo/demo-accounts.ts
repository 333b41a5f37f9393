import type { Role } from '../store/auth-user.ts'

export const DEMO_PASSWORD = 'ghidanh-demo'
export const DEMO_EVENT_ID = 'lao-cai-demo'

export const demoTeams = [
  { id: 'team-a', name: 'Tổ thu A — Bát Xát' },
  { id: 'team-b', name: 'Tổ thu B — Sa Pa' },
] as const

export interface DemoAccount {
  username: string
  role: Role
  teamId: string | null
  displayName: string
}

// design.md fixes these five; e2e tests and the README rely on them.
export const demoAccounts: readonly DemoAccount[] = [
  { username: 'staff1', role: 'staff', teamId: 'team-a', displayName: 'Cán bộ thu 1' },
  { username: 'staff2', role: 'staff', teamId: 'team-a', displayName: 'Cán bộ thu 2' },
  { username: 'staff3', role: 'staff', teamId: 'team-b', displayName: 'Cán bộ thu 3' },
  { username: 'super1', role: 'supervisor', teamId: 'team-a', displayName: 'Tổ trưởng tổ A' },
  { username: 'admin', role: 'admin', teamId: null, displayName: 'Quản trị viên' },
]
