// The collectors a supervisor may filter by (GET /api/users: own team; an admin sees everyone).
import { useEffect, useState } from 'react'
import { listStaff, type StaffMember } from './review-api.ts'

export function useStaff(): StaffMember[] {
  const [staff, setStaff] = useState<StaffMember[]>([])
  useEffect(() => {
    let live = true
    listStaff().then(
      (users) => {
        if (live)
          setStaff(
            users
              .filter((u) => u.role !== 'admin')
              .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi')),
          )
      },
      () => {},
    )
    return () => {
      live = false
    }
  }, [])
  return staff
}
