// People counts as the office writes them: "1.837" in Vietnamese, "1,837" in English.
import { groupThousands } from '../../../domain/format/format-vnd.ts'

export function formatCount(n: number, language: string): string {
  const vi = groupThousands(n)
  return language === 'vi' ? vi : vi.replace(/\./g, ',')
}

/** 1536 → "1,5 KB"; bytes of a download in progress. */
export function formatBytes(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'B']
  const text = unit === 'B' ? String(value) : value.toFixed(1)
  return `${language === 'vi' ? text.replace('.', ',') : text} ${unit}`
}
