import { laoCaiSampleCommunes } from '../../../domain/admin/lao-cai-communes.ts'
import { foldName } from '../../../domain/names/fold-name.ts'

/** The 5-digit code when the typed commune matches a known one, so the office need not guess. */
export function communeCodeOf(provinceCode: string, name: string): string | undefined {
  const folded = foldName(name)
  return laoCaiSampleCommunes.find((c) => c.provinceCode === provinceCode && foldName(c.name) === folded)
    ?.code
}
