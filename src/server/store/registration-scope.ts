import type { AuthUser } from './auth-user.ts'

/**
 * Who may read which registrations (design.md): staff their own, supervisors their team's, admins all.
 * Returns a SQL condition on alias `r` whose only parameter is numbered `$<index>`.
 */
export function registrationScope(user: AuthUser, index: number): { sql: string; params: unknown[] } {
  switch (user.role) {
    case 'admin':
      return { sql: 'TRUE', params: [] }
    case 'supervisor':
      return user.teamId === null
        ? { sql: 'FALSE', params: [] }
        : { sql: `r.team_id = $${index}`, params: [user.teamId] }
    case 'staff':
      return { sql: `r.owner_id = $${index}`, params: [user.id] }
  }
}
