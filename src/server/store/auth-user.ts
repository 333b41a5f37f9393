export const roles = ['staff', 'supervisor', 'admin'] as const
export type Role = (typeof roles)[number]

/** The signed-in account as every route sees it. */
export interface AuthUser {
  id: string
  username: string
  role: Role
  displayName: string
  teamId: string | null
}

export interface UserRow {
  id: string
  username: string
  role: Role
  display_name: string
  team_id: string | null
}

export function toAuthUser(row: UserRow): AuthUser {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    displayName: row.display_name,
    teamId: row.team_id,
  }
}
