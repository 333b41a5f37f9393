// The thermal printer's strings (Vietnamese), their own namespace (print-strings.ts).
// e2e tests select by "In biên lai", "Kết nối máy in Bluetooth" and "In qua hộp thoại hệ thống".
export const printVi = {
  print: 'In biên lai',
  printing: 'Đang in… {percent} %',
  printed: 'Đã in trên {name}.',
  printedCopy: 'Đã in bản sao trên {name}.',
  printer: 'Máy in nhiệt',
  printerNone: 'Chưa kết nối máy in. "In biên lai" sẽ mở hộp thoại in của máy.',
  printerPaired: 'Máy in: {name} (khổ {paper} mm)',
  pairBle: 'Kết nối máy in Bluetooth',
  pairSerial: 'Kết nối máy in qua cổng serial / USB',
  forget: 'Bỏ kết nối máy in',
  systemPrint: 'In qua hộp thoại hệ thống',
  a5System: 'Khổ A5 in qua hộp thoại hệ thống.',
  preview: 'Xem bản vừa in',
  paired: 'Đã kết nối {name}. Từ nay "In biên lai" in thẳng ra máy này.',
  unnamed: 'máy in',
  failUnsupported:
    'Trình duyệt này không kết nối được máy in Bluetooth. Dùng Chrome trên Android, hoặc "In qua hộp thoại hệ thống".',
  failCancelled: 'Chưa chọn máy in.',
  failUnreachable:
    'Không kết nối được máy in. Kiểm tra máy in đã bật, còn pin và ở gần điện thoại, rồi bấm "In biên lai" lại.',
  failNotAPrinter: 'Thiết bị đã chọn không phải máy in nhiệt. Bỏ kết nối và chọn lại máy in.',
  failWrite:
    'Máy in ngừng nhận dữ liệu giữa chừng (hết giấy, hết pin hoặc ra xa). Kiểm tra máy in rồi in lại: biên lai in lại sẽ ghi "BẢN SAO".',
  safe: 'Hồ sơ đã được lưu trên máy, không bị ảnh hưởng.',
}
export type PrintMessages = typeof printVi
