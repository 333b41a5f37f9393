// Strings of the commune picker on the enrol screen, its own namespace (commune-picker-strings.ts);
// both languages are tiny and ship with the form. e2e tests select by the field's label "Xã/phường".
export const communePickerVi = {
  placeholder: 'Gõ tên xã/phường, không cần dấu',
  loading: 'Đang tải danh sách xã/phường…',
  loadFailed: 'Không tải được danh sách xã/phường. Tải lại trang khi có mạng.',
  eventCommunes: 'Xã/phường của đợt thu',
  recent: 'Chọn gần đây',
  results: 'Kết quả',
  noResult: 'Không thấy xã/phường nào có tên này.',
  chosen: 'Mã xã {code} · {province}',
  optionMeta: '{province} · mã {code}',
  notInList: 'Không có trong danh sách',
  noteLabel: 'Vì sao không có trong danh sách (tổ trưởng sẽ xem)',
  backToList: 'Chọn lại trong danh sách',
}
