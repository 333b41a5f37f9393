// Why a print did not happen, as a closed set the screen turns into a Vietnamese sentence. The registration
// is saved before any of this runs, so none of these touches it.
export type PrinterFailure =
  /** This browser has no Web Bluetooth / Web Serial (iPhone, Firefox, desktop without the flag). */
  | 'unsupported'
  /** The person closed the chooser. */
  | 'cancelled'
  /** The paired printer did not answer: off, out of range, or taken by another phone. */
  | 'unreachable'
  /** Connected, but the device has no characteristic to write to: not a printer we know. */
  | 'not_a_printer'
  /** The connection dropped or a write was refused part-way: out of paper, battery, range. */
  | 'write_failed'

export class PrinterError extends Error {
  constructor(
    readonly failure: PrinterFailure,
    cause?: unknown,
  ) {
    super(failure, cause === undefined ? undefined : { cause })
    this.name = 'PrinterError'
  }
}
