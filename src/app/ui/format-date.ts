// Kept for screens that already import it (review); new code imports src/domain/format/format-date-vi.ts.
export {
  formatDateVi as formatPartialDate,
  formatDateVi as formatDateVn,
} from '../../domain/format/format-date-vi.ts'
export { vietnamNowIso } from './vietnam-now-iso.ts'
