// Revisions side by side: every field of every revision as one row, and for each revision whether the
// field changed since the revision before it. Registrations are flattened to dotted paths
// ("participants.0.address.commune"), so a participant added or removed shows as its fields appearing or
// disappearing rather than as one opaque blob.

export interface RevisionRow {
  path: string
  /** The field's text in each revision, oldest first; undefined where the revision has no such field. */
  values: (string | undefined)[]
  /** `changed[i]`: revision i differs from revision i − 1 here (always false for the first). */
  changed: boolean[]
}

// The revision number is the column heading; it changes every time by definition.
const SKIPPED = new Set(['revision'])

export function flattenRecord(value: unknown, prefix = '', into = new Map<string, string>()) {
  if (value === null || value === undefined) {
    if (prefix) into.set(prefix, value === null ? '—' : '')
    return into
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => flattenRecord(item, prefix ? `${prefix}.${i}` : String(i), into))
    return into
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key
      if (!SKIPPED.has(path)) flattenRecord(item, path, into)
    }
    return into
  }
  into.set(prefix, String(value))
  return into
}

/** Rows in first-seen order (the form's order), so the table reads like the registration. */
export function diffRevisions(revisions: readonly unknown[]): RevisionRow[] {
  const flat = revisions.map((r) => flattenRecord(r))
  const paths: string[] = []
  const seen = new Set<string>()
  for (const map of flat) {
    for (const path of map.keys()) {
      if (!seen.has(path)) {
        seen.add(path)
        paths.push(path)
      }
    }
  }
  return paths.map((path) => {
    const values = flat.map((map) => map.get(path))
    return { path, values, changed: values.map((v, i) => i > 0 && v !== values[i - 1]) }
  })
}

/** The paths that differ between two revisions. */
export function changedPaths(before: unknown, after: unknown): string[] {
  return diffRevisions([before, after])
    .filter((row) => row.changed[1])
    .map((row) => row.path)
}
