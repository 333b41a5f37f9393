// Expected failures are values: a closed set of machine-readable codes, each with a Vietnamese message.
export const issueCodes = [
  'invalid',
  'required',
  'invalid_id_number',
  'invalid_phone',
  'invalid_date',
  'amount_mismatch',
  'ineligible',
  'out_of_range',
  'id_mismatch',
  'unknown_code',
] as const
export type IssueCode = (typeof issueCodes)[number]

export interface FieldIssue {
  /** Dotted path into the registration, e.g. `participants.0.idNumber`. */
  path: string
  code: IssueCode
  message: string
  details?: Record<string, unknown>
}

/** Errors block a save; warnings are shown and kept, and a supervisor decides. */
export type Severity = 'error' | 'warning'

/** A finding of a field check (ID number, phone) before the caller knows which field path it belongs to. */
export interface CheckIssue extends Omit<FieldIssue, 'path'> {
  severity: Severity
}
