// checkRegistration answers with wire paths (participants.0.vsi.monthlyIncome); the form shows errors
// at its own fields. Unknown paths stay undefined and are listed at the top of the form.
const byWireField: Record<string, string> = {
  fullName: 'fullName',
  idNumber: 'idNumber',
  dateOfBirth: 'dobYear',
  sex: 'sex',
  ethnicityCode: 'ethnicityCode',
  phone: 'phone',
  'address.provinceCode': 'provinceCode',
  'address.commune': 'commune',
  'address.communeCode': 'commune',
  'address.village': 'village',
  consent: 'consent',
  vsi: 'vsiOn',
  'vsi.monthlyIncome': 'vsiIncome',
  'vsi.months': 'vsiMonths',
  'vsi.supportGroup': 'supportGroup',
  'vsi.amountDue': 'vsiIncome',
  'vsi.priorSupportedMonths': 'vsiPriorMonths',
  'vsi.receivesPensionOrBenefit': 'vsiPension',
  hi: 'hiOn',
  'hi.months': 'hiMonths',
  'hi.householdOrder': 'householdOrder',
  'hi.rankOverride': 'householdOrder',
  'hi.amountDue': 'hiMonths',
  'hi.exclusionOverride': 'hiExclusion',
  'hi.exclusionOverride.reason': 'hiOverrideNote',
  'hi.facility': 'hiFacility',
  'hi.facility.code': 'hiFacility',
  'hi.facility.provinceCode': 'hiFacility',
  hiExclusions: 'hiExclusion',
  'services.vssidAssisted': 'vssidAssisted',
  'services.cashlessPension': 'cashlessPension',
}

export function issuePathToField(path: string): string | undefined {
  if (path.startsWith('payment')) return 'paid'
  const m = /^participants\.(\d+)\.(.+)$/.exec(path)
  if (!m) return undefined
  if (m[2] === 'hi.alreadyValidRanks') return 'alreadyValidRanks'
  const field = byWireField[m[2]!]
  return field ? `participants.${m[1]}.${field}` : undefined
}
