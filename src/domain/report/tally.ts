// The figures of one campaign tally (domain.md §8). The first six names are the answer of
// GET /api/reports/tally (design.md); `stateSupportVnd` is the optional money sum §8 allows, added alongside.

export interface Tally {
  /** Distinct people (by ID number) newly enrolled in VSI. */
  vsiNew: number
  /** Distinct people newly enrolled in household HI. */
  hiNew: number
  /**
   * Distinct people whose household HI card on the office's list was renewed ("Gia hạn"): kept insured,
   * counted apart from the new ones.
   */
  hiRenewed: number
  /** Distinct people helped to install and sign in to VssID. */
  vssidAssisted: number
  /** Distinct pensioners helped to switch to payment into a bank account. */
  cashlessPension: number
  /** Approved, not voided registrations (one receipt each). */
  registrations: number
  /** Cash collected on those registrations, in đồng. */
  collectedVnd: number
  /** Central-budget VSI support (NSNN) on those registrations, in đồng. */
  stateSupportVnd: number
  /**
   * People advised (người được tư vấn), from the consultations recorded: heads counted at a booth, so a
   * person advised twice counts twice. Nobody is enrolled by it.
   */
  advised: number
}
