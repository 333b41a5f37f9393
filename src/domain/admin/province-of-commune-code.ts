// The province a commune code belongs to, from the runs of consecutive codes one province holds
// (units/commune-code-runs.json, generated with communes.json): 52 rows instead of 3,321 communes, so the
// rulebook can check a code against its province on the phone without loading the commune list.
import data from './units/commune-code-runs.json'

const runs = data.runs as unknown as readonly (readonly [string, string, string])[]

/** The 2-digit province code of the run holding `code`, or undefined outside every run. */
export function provinceOfCommuneCode(code: string): string | undefined {
  let low = 0
  let high = runs.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [first, last, province] = runs[mid]!
    if (code < first) high = mid - 1
    else if (code > last) low = mid + 1
    else return province
  }
  return undefined
}
