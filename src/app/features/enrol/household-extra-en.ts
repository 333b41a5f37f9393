// English for household-extra-vi.ts.
export const householdExtraEn = {
  exclusion: 'In a group the state pays for?',
  exclusionNone: 'None of these groups',
  override: 'Collect household HI anyway, for the supervisor to decide',
  overrideNote: 'Note for the supervisor',
  blocked: 'No household HI is collected for this person.',
  more: 'More',
  priorMonths: 'Months already supported by the state',
  priorMonthsHint: 'Support is paid for at most {max} months per person. A supervisor checks this.',
  otherModes: 'Other payment modes',
  referToOffice: 'Ask the social security office',
}
