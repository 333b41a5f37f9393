// Regenerates the admin-unit data files of src/domain/admin/units/ (issue #12) from a copy of the public
// repository dvhcvn/20250701 (MIT). Only facts are taken from it: codes, names and the old → new mapping.
//
//   node --import tsx scripts/admin-units/generate.ts <path to a clone or mirror of dvhcvn/20250701> [commit]
//
// The path may be a bare mirror or a normal clone: every file is read through git at the given commit
// (HEAD by default), so the output depends only on that commit. Running it twice gives identical files.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'

const [source, commitArg = 'HEAD'] = process.argv.slice(2)
if (!source) {
  console.error('usage: generate.ts <path to dvhcvn/20250701 clone or mirror> [commit]')
  process.exit(2)
}
const outDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/domain/admin/units')

const git = (args: string[], input?: string): string =>
  execFileSync('git', ['-C', source, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, input })
const commit = git(['rev-parse', `${commitArg}^{commit}`]).trim()
const commitDate = git(['show', '-s', '--format=%cs', commit]).trim()
const show = (path: string): string => git(['show', `${commit}:${path}`])

// --- The 34 provinces (CV 915/CTK-CSCL) -----------------------------------------------------------------
const provinceRows = show('input/docs/915_CTK-CSCL.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([, code, name]) => [must(code), must(name).trim()] as const)
check(provinceRows.length === 34, `34 provinces expected, got ${provinceRows.length}`)

// --- The 3,321 communes and their province (mapping/merges.json, checked against CV 1027/CTK-CSCL) -------
interface Merges {
  data: { level1_id: string; level2s: { level2_id: string; name: string }[] }[]
}
const merges = JSON.parse(show('mapping/merges.json')) as Merges
const communes = merges.data.flatMap((p) =>
  p.level2s.map((c) => ({ code: c.level2_id, name: tidy(c.name), provinceCode: p.level1_id })),
)
const communeByCode = new Map(communes.map((c) => [c.code, c]))
check(communeByCode.size === 3321, `3321 communes expected, got ${communeByCode.size}`)
const provinceCodes = new Set(provinceRows.map(([code]) => code))
for (const c of communes) check(provinceCodes.has(c.provinceCode), `commune ${c.code}: unknown province`)

// Each row of the official list: "| 1   | 00070 | Phường Hoàn Kiếm | Thành phố Hà Nội |"
const officialRows = [
  ...show('input/docs/1027_CTK-CSCL.md').matchAll(/^\|\s*\d+\s*\|\s*(\d{5})\s*\|([^|]+)\|/gmu),
]
check(officialRows.length === 3321, `CV 1027 lists ${officialRows.length} rows, 3321 expected`)
for (const [, code, rawName] of officialRows) {
  const name = tidy(must(rawName).replace(/<br>/gu, ' '))
  const known = communeByCode.get(must(code))
  check(known !== undefined, `CV 1027 code ${code} is missing from merges.json`)
  if (known && fold(known.name) !== fold(name))
    console.warn(`name differs for ${code}: "${known.name}" / "${name}"`)
}

// Errors of the source, corrected from the resolution itself (old commune → new communes). Keep in SOURCE.md.
const corrections = new Map<string, string[]>([
  // Xã Tân Phú (huyện Châu Thành, An Giang): NQ 1654/NQ-UBTVQH15 Điều 1 khoản 31 merges it with thị trấn
  // Vĩnh Bình and xã Vĩnh An into xã Vĩnh An (30604); the source sent it to Đồng Tháp's Tân Phú Trung, the
  // namesake in Châu Thành of the old Đồng Tháp.
  ['30622', ['30604']],
])

// --- The old units (before 2025-07-01) and where each went (mapping/splits.json) -------------------------
interface Splits {
  data: {
    level1_id: string
    name: string
    splits: { new_id: string }[]
    level2s?: { level2_id: string; name: string; splits: { new_id: string }[] }[]
    level3s: { level3_id: string; name: string; splits: { new_id: string }[] }[]
  }[]
}
const splits = JSON.parse(show('mapping/splits.json')) as Splits
check(splits.data.length === 63, `63 old provinces expected, got ${splits.data.length}`)

// The old district of each old commune: the path output/<province>/<district>/<commune>.json and the
// district's name inside its "address" field ("Xã Nậm Tha, Huyện Văn Bàn, Tỉnh Lào Cai").
const outputFiles = git(['ls-tree', '-r', commit, 'output'])
  .trim()
  .split('\n')
  .map((line) => {
    const [meta = '', path = ''] = line.split('\t')
    return { blob: must(meta.split(' ')[2]), parts: path.split('/').slice(1) }
  })
  .filter((f) => f.parts.length >= 2)
const contents = readBlobs(outputFiles.map((f) => f.blob))
const oldCommuneNames = new Map(
  splits.data.flatMap((p) => p.level3s.map((c) => [c.level3_id, c.name] as const)),
)
const districtPrefix = /^(Huyện|Quận|Thị xã|Thành phố) /u
const districtOfCommune = new Map<string, string>()
const districtNames = new Map<string, { provinceCode: string; name: string }>()
outputFiles.forEach((f, i) => {
  const address = (JSON.parse(must(contents[i])) as { address: string }).address
    .split(',')
    .map((s) => s.trim())
  const [provinceCode = '', districtFile = ''] = f.parts
  const districtCode = districtFile.replace(/\.json$/u, '')
  if (f.parts.length === 2) {
    // A district without communes that became a special zone (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo).
    districtNames.set(districtCode, { provinceCode, name: must(address[0]) })
  } else if (f.parts.length === 3) {
    const communeCode = must(f.parts[2]).replace(/\.json$/u, '')
    districtOfCommune.set(communeCode, districtCode)
    // Usually "<commune>, <district>, <province>"; a few files give the district first.
    const others = address.slice(0, -1).filter((part) => part !== oldCommuneNames.get(communeCode))
    const named = others.length === 1 ? others : others.filter((part) => districtPrefix.test(part))
    check(named.length === 1, `old commune ${communeCode}: no district in "${address.join(', ')}"`)
    const districtName = must(named[0])
    const seen = districtNames.get(districtCode)
    check(!seen || seen.name === districtName, `district ${districtCode} has two names`)
    districtNames.set(districtCode, { provinceCode, name: districtName })
  }
})

const oldProvinces = splits.data.map((p) => {
  check(p.splits.length === 1, `old province ${p.level1_id} goes to ${p.splits.length} provinces`)
  const to = must(p.splits[0]).new_id
  check(provinceCodes.has(to), `old province ${p.level1_id} → unknown ${to}`)
  return [p.level1_id, tidy(p.name), to] as const
})
const wholeDistricts = new Map<string, string>()
for (const p of splits.data)
  for (const d of p.level2s ?? []) {
    check(d.splits.length === 1, `old district ${d.level2_id} goes to ${d.splits.length} communes`)
    wholeDistricts.set(d.level2_id, must(d.splits[0]).new_id)
  }
const oldDistricts = [...districtNames]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, d]) => {
    const to = wholeDistricts.get(code)
    return to === undefined ? [d.provinceCode, code, tidy(d.name)] : [d.provinceCode, code, tidy(d.name), to]
  })
const oldCommunes = splits.data
  .flatMap((p) => p.level3s)
  .map((c) => {
    const district = districtOfCommune.get(c.level3_id)
    check(district !== undefined, `old commune ${c.level3_id} has no district`)
    const to = corrections.get(c.level3_id) ?? c.splits.map((s) => s.new_id)
    for (const code of to) check(communeByCode.has(code), `old commune ${c.level3_id} → unknown ${code}`)
    return [must(district), c.level3_id, tidy(c.name), to.join(' ')] as const
  })
  .sort((a, b) => a[1].localeCompare(b[1]))
const newProvinceOfOld = new Map(oldProvinces.map(([code, , to]) => [code, to]))
for (const [district, code, , to] of oldCommunes)
  for (const target of to.split(' '))
    check(
      communeByCode.get(target)?.provinceCode ===
        newProvinceOfOld.get(districtNames.get(district)?.provinceCode ?? ''),
      `old commune ${code} → ${target}, outside its new province (add a correction?)`,
    )
check(oldCommunes.length === 10047, `10047 old communes expected, got ${oldCommunes.length}`)
for (const code of communeByCode.keys())
  check(
    oldCommunes.some((c) => c[3].split(' ').includes(code)) || [...wholeDistricts.values()].includes(code),
    `new commune ${code} receives no old unit`,
  )

// --- Write: one row per line, so a change of the source shows as a readable diff ------------------------
const sourceField = { repository: 'dvhcvn/20250701', commit, date: commitDate }
const rows = (list: readonly (readonly string[])[]) => list.map((r) => `    ${JSON.stringify(r)}`).join(',\n')
await writeFormatted(
  join(outDir, 'communes.json'),
  `{\n  "source": ${JSON.stringify(sourceField)},\n` +
    `  "provinces": [\n${rows(provinceRows)}\n  ],\n` +
    `  "communes": [\n${rows(communes.map((c) => [c.code, c.provinceCode, c.name]))}\n  ]\n}\n`,
)
await writeFormatted(
  join(outDir, 'old-units.json'),
  `{\n  "source": ${JSON.stringify(sourceField)},\n` +
    `  "provinces": [\n${rows(oldProvinces)}\n  ],\n` +
    `  "districts": [\n${rows(oldDistricts)}\n  ],\n` +
    `  "communes": [\n${rows(oldCommunes)}\n  ]\n}\n`,
)
// Which province each run of commune codes belongs to: ~50 rows the phone's rulebook can carry to check a
// commune code against the province without loading the 3,321 communes.
const codeRuns: [string, string, string][] = []
for (const c of [...communes].sort((a, b) => a.code.localeCompare(b.code))) {
  const last = codeRuns.at(-1)
  if (last && last[2] === c.provinceCode) last[1] = c.code
  else codeRuns.push([c.code, c.code, c.provinceCode])
}
await writeFormatted(
  join(outDir, 'commune-code-runs.json'),
  `{
  "source": ${JSON.stringify(sourceField)},
  "runs": [
${rows(codeRuns)}
  ]
}
`,
)
console.log(
  `${provinceRows.length} provinces, ${communes.length} communes; ${oldProvinces.length} old provinces, ` +
    `${oldDistricts.length} old districts, ${oldCommunes.length} old communes (${commit.slice(0, 12)}, ${commitDate})`,
)

// --- Helpers ---------------------------------------------------------------------------------------------
/** Written as the repository's Prettier prints it, so `prettier --check .` passes on regenerated files. */
async function writeFormatted(path: string, text: string): Promise<void> {
  writeFileSync(path, await format(text, { ...(await resolveConfig(path)), filepath: path }))
}
function readBlobs(ids: string[]): string[] {
  const out = execFileSync('git', ['-C', source!, 'cat-file', '--batch'], {
    input: ids.join('\n') + '\n',
    maxBuffer: 1 << 30,
  })
  const texts: string[] = []
  let at = 0
  for (let i = 0; i < ids.length; i++) {
    const eol = out.indexOf(10, at)
    const size = Number(out.subarray(at, eol).toString('latin1').split(' ')[2])
    texts.push(out.subarray(eol + 1, eol + 1 + size).toString('utf8'))
    at = eol + 1 + size + 1
  }
  return texts
}
function tidy(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ')
}
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase()
}
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('unexpected shape of the source files')
  return value
}
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message)
}
