// Kept for screens that already import it (review); new code imports src/domain/format/format-vnd.ts.
export { formatVnd, groupThousands as groupDigits } from '../../domain/format/format-vnd.ts'
