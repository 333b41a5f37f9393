// Field staff search with a phone keyboard, often without diacritics: "nguyen van a" must find "Nguyễn Văn A".

/** "Đặng Thị Ánh" → "dang thi anh": no diacritics, đ → d, lower case, single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .trim()
    .replace(/\s+/gu, ' ')
}
