// One audit entry in the office's words: the action and the object as labels, each detail as "label: value".
// The log stores codes so that it never holds a citizen's name; this is where the codes become words.
// An action or key with no label yet is shown as stored rather than hidden: the log must never drop a fact.
import { formatVnd } from '../../../domain/format/format-vnd.ts'

/** A label by key (`action.<action>`, `entity.<entity>`, `detail.<key>`, `value.<code>`), or undefined. */
export type LabelOf = (key: string) => string | undefined

export interface DescribedAuditEntry {
  action: string
  entity: string
  details: { label: string; value: string }[]
}

/** People by id, so a detail naming an account shows the name the other screens show. */
export type NameOf = (userId: string) => string | undefined

export function describeAuditEntry(
  entry: { action: string; entity: string; detail: Record<string, unknown> },
  labelOf: LabelOf,
  nameOf: NameOf,
): DescribedAuditEntry {
  const details = Object.entries(entry.detail)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => ({ label: labelOf(`detail.${key}`) ?? key, value: describeValue(key, value) }))
  return {
    action: labelOf(`action.${entry.action}`) ?? entry.action,
    entity: labelOf(`entity.${entry.entity}`) ?? entry.entity,
    details,
  }

  function describeValue(key: string, value: unknown): string {
    if (typeof value === 'number' && key.endsWith('Vnd')) return formatVnd(value)
    if (typeof value === 'boolean') return labelOf(`value.${value}`) ?? String(value)
    if (typeof value !== 'string') return String(value)
    if (key === 'staffId') return nameOf(value) ?? value
    if (key === 'fields') return value.split(',').join(', ')
    return labelOf(`value.${value}`) ?? value
  }
}
