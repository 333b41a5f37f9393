// The TK1-TS declaration screen's strings (Vietnamese), their own namespace (declaration-strings.ts).
export const declarationVi = {
  title: 'Tờ khai TK1-TS',
  formTitle: 'TỜ KHAI THAM GIA, ĐIỀU CHỈNH THÔNG TIN BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ',
  formCode: 'Mẫu TK1-TS (Ban hành kèm theo Quyết định số 490/QĐ-BHXH ngày 28/3/2023)',
  part1: 'I. Áp dụng đối với người tham gia chưa được cấp mã số BHXH',
  person: 'Người tham gia: {name}',
  signHere: 'Người kê khai ký, ghi rõ họ tên',
  signPad: 'Ô ký tên của {name}: ký bằng ngón tay',
  clear: 'Ký lại',
  save: 'Lưu chữ ký',
  saved: 'Đã lưu chữ ký. Chữ ký được gửi cùng hồ sơ.',
  signedOn: 'Đã ký lúc {when}',
  needSignature: 'Chưa có chữ ký: hãy ký vào ô trên.',
  print: 'In tờ khai (A4)',
  reviewed: 'Hồ sơ đã được duyệt: không ký thêm được. Có thể in tờ khai để ký tay.',
  notFound: 'Không tìm thấy hồ sơ trên máy này.',
  back: 'Về biên lai',
  failed: 'Không lưu được chữ ký: {message}',
}

export type DeclarationMessages = typeof declarationVi
