import type { InsuredSearchMessages } from './insured-search-vi.ts'

export const insuredSearchEn: InsuredSearchMessages = {
  label: 'Search the social insurance list',
  hint: 'Type a name without accents (add the birth year if several match) or an ID number. List version {version}, {count} people.',
  none: 'Nobody matches. This person may never have joined: enrol them as new.',
  household: 'Household {code}',
  noHousehold: 'No household code',
  born: 'Born {date}',
  cardTo: 'HI card until {date}',
  cardLapsed: 'HI card lapsed {date}',
  noCard: 'No household HI card',
  vsiTo: 'Voluntary SI paid until {month}',
  renew: 'Renew HI',
  enrolThis: 'Enrol this person',
  loading: 'Opening the list…',
}
