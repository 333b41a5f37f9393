// English for household-vi.ts.
export const householdEn = {
  alreadyValidRanks: 'Household members whose household HI card is already valid this year',
  alreadyValidRanksHint: 'People paying today are ranked after them, from number {next}.',
  rankAuto: 'Member {rank} of the household · {percent}% of the rate',
  rankOverrideHint: 'Leave empty to compute; change only when an earlier card lapsed this year.',
  perMonth: 'Per month',
  inTotal: 'All {months} months',
  grossLine: 'Contribution 22%',
  stateSupport: 'State support',
  supportedMonths: 'State support ({months} months)',
  localSupport: 'Provincial support',
  pays: 'Participant pays',
  hiLine: 'HI member {rank} · {months} months',
  members: 'Each person',
  memberLine: '{n}. {name}',
  unnamed: '(no name yet)',
  householdTotal: 'Household pays',
  cannotCompute: 'Cannot compute yet',
  totalInvalid:
    'The total cannot be computed: a product is not valid (see the errors above). Fix it to save.',
  paysSupportedMonths: '{amount} × {months} months with support',
  paysUnsupportedMonths: '{amount} × {months} months without support',
}
