// Strings of the "saved elsewhere meanwhile" panel (StaleSavePanel.tsx), a lazy chunk of its own.
export const staleSaveVi = {
  title: 'Hồ sơ này vừa được lưu ở nơi khác (bản {revision})',
  explain:
    'Trong lúc màn hình này đang mở, hồ sơ đã được sửa và lưu ở một thẻ khác trên máy. Chưa lưu gì từ màn hình này. Hãy xem khác biệt rồi chọn.',
  field: 'Mục',
  stored: 'Bản đã lưu',
  mine: 'Màn hình này',
  keepMine: 'Lưu bản của màn hình này (thành bản {revision})',
  takeStored: 'Mở bản đã lưu, bỏ phần đang nhập',
}
