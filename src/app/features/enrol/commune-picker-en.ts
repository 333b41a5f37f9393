// English for commune-picker-vi.ts.
export const communePickerEn = {
  placeholder: 'Type the commune’s name, accents optional',
  loading: 'Loading the list of communes…',
  loadFailed: 'Could not load the list of communes. Reload the page when online.',
  eventCommunes: 'Communes of this event',
  recent: 'Recently chosen',
  results: 'Results',
  noResult: 'No commune has this name.',
  chosen: 'Commune code {code} · {province}',
  optionMeta: '{province} · code {code}',
  notInList: 'Not in the list',
  noteLabel: 'Why it is not in the list (the supervisor reads this)',
  backToList: 'Choose from the list again',
}
