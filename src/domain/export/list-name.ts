/** "Nguyễn Văn An" → "NGUYỄN VĂN AN": names on BHXH lists are in capitals (domain.md §9), NFC. */
export function listName(fullName: string): string {
  return fullName.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC')
}
