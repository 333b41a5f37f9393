// The lock screens' strings (Vietnamese). Labels here are what the e2e tests select by: keep
// "Mã PIN", "Mở khoá", "Đặt mã PIN", "Nhập lại mã PIN" and the digit buttons' names.
export const lockVi = {
  title: 'Ứng dụng đang khoá',
  prompt: 'Nhập mã PIN 6 số để mở khoá',
  pin: 'Mã PIN',
  erase: 'Xoá',
  clear: 'Xoá hết',
  unlock: 'Mở khoá',
  checking: 'Đang kiểm tra…',
  wrong: 'Sai mã PIN ({failures} lần liên tiếp).',
  wait: 'Thử lại sau {seconds} giây.',
  waitMinutes: 'Thử lại sau {minutes} phút.',
  tooMany: 'Đã nhập sai {failures} lần.',
  signOutOffer:
    'Quên mã PIN? Máy không còn hồ sơ nào chưa gửi: bạn có thể đăng xuất rồi đăng nhập lại để đặt mã PIN mới.',
  signOut: 'Đăng xuất',
  signOutConfirm: 'Đăng xuất sẽ xoá dữ liệu trên máy này. Tiếp tục?',
  unsyncedHelp:
    'Máy còn {count} hồ sơ chưa gửi lên máy chủ, nên không thể đăng xuất: hãy nhớ lại mã PIN hoặc liên hệ giám sát viên.',
  setTitle: 'Đặt mã PIN',
  setIntro:
    'Mã PIN 6 số khoá ứng dụng khi mở lại và khi để yên {minutes} phút. Hồ sơ trên máy được mã hoá bằng mã này: nếu quên, hồ sơ chưa gửi không đọc lại được.',
  setFirst: 'Chọn mã PIN 6 số',
  setAgain: 'Nhập lại mã PIN',
  mismatch: 'Hai lần nhập không khớp. Hãy chọn lại.',
  weak: 'Mã PIN này quá dễ đoán (số lặp lại, dãy số liên tiếp hoặc mã phổ biến). Hãy chọn mã khác.',
  saving: 'Đang tạo khoá…',
  idle: 'Khoá sau khi để yên',
  minutes: '{minutes} phút',
}
