import { laoCaiSampleCommunes } from '../../../domain/admin/lao-cai-communes.ts'
import { foldName } from '../../../domain/names/fold-name.ts'

/** The known commune when the typed name matches one (ignoring case and accents), so the office need not guess. */
export function findCommune(provinceCode: string, name: string): { code: string; name: string } | undefined {
  const folded = foldName(name)
  return laoCaiSampleCommunes.find((c) => c.provinceCode === provinceCode && foldName(c.name) === folded)
}
