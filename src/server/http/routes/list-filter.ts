import {
  foldName,
  registrationFilterSchema,
  type RegistrationFilter,
  type RegistrationQuery,
} from '../../../domain/index.ts'
import type { ListFilter } from '../../store/list-registrations.ts'
import { nameWords } from '../../store/person-row.ts'
import { HttpError } from '../http-error.ts'
import { parseWith } from '../read-body.ts'
import { decodeListCursor } from './list-cursor.ts'

// Names and ID numbers are personal data: in a URL they land in access logs, proxies and browser history.
const PERSONAL_PARAMS = ['q', 'idNumber', 'fullName', 'name', 'phone']

/** The GET list's query string: non-personal filters only. */
export function filterFromQuery(query: Record<string, string>): RegistrationFilter {
  const personal = PERSONAL_PARAMS.filter((k) => query[k] !== undefined)
  if (personal.length > 0) {
    throw new HttpError(
      400,
      'personal_data_in_url',
      'Không tìm theo tên hoặc số định danh trên địa chỉ (dữ liệu cá nhân không được nằm trong URL). Hãy dùng POST /api/registrations/search.',
      { params: personal },
    )
  }
  // Absent and empty mean the same: "no filter".
  const present = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''))
  return parseWith(registrationFilterSchema, present)
}

/** A parsed filter or search as the store queries it: the name folded, the cursor decoded. */
export function toListFilter(query: RegistrationQuery): ListFilter {
  const q = query.q
  let person: ListFilter['person']
  if (q !== undefined) {
    const folded = foldName(q)
    person = /^\d{12}$/.test(q) ? { idNumber: q } : { words: nameWords(folded), prefix: folded }
  }
  return {
    status: query.status,
    eventId: query.eventId,
    ownerId: query.ownerId,
    communeCode: query.communeCode,
    commune: query.commune === undefined ? undefined : foldName(query.commune),
    flagged: query.flagged,
    person,
    after: query.cursor ? decodeListCursor(query.cursor) : undefined,
    limit: query.limit,
  }
}
