// The receipt issuer panel's strings (Vietnamese), their own namespace (ReceiptIssuersPanel.tsx).
export const receiptIssuerVi = {
  title: 'Đơn vị thu trên biên lai',
  intro:
    'Tên, địa chỉ, mã số thuế của đơn vị thu và mẫu số, ký hiệu biên lai in trên mọi biên lai. Đặt cho BHXH tỉnh; tổ nào thu qua đại lý thì đặt riêng cho tổ đó. Điện thoại nhận khi đăng nhập hoặc khi mở biên lai có mạng.',
  scope: 'Áp dụng cho',
  office: 'BHXH tỉnh (mặc định cho mọi tổ)',
  team: 'Tổ {name}',
  unitName: 'Tên đơn vị thu',
  unitAddress: 'Địa chỉ',
  taxCode: 'Mã số thuế',
  formCode: 'Mẫu số biên lai',
  series: 'Ký hiệu',
  save: 'Lưu',
  remove: 'Bỏ thông tin riêng của tổ',
  removeConfirm: 'Bỏ thông tin riêng của tổ này? Biên lai của tổ sẽ in thông tin của BHXH tỉnh.',
  saved: 'Đã lưu.',
  none: 'Chưa đặt',
}
export type ReceiptIssuerMessages = typeof receiptIssuerVi
