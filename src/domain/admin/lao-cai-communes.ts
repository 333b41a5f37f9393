// SAMPLE communes of Lào Cai (15) for demo data (domain.md §5.1): codes CONFIRMED (sec.) only —
// verify against QĐ 19/2025/QĐ-TTg before real use. Not the full list of the province.

export interface Commune {
  code: string
  name: string
  provinceCode: string
}

const sample: readonly (readonly [string, string])[] = [
  ['02647', 'Phường Lào Cai'],
  ['02683', 'Xã Bát Xát'],
  ['02686', 'Xã A Mú Sung'],
  ['02701', 'Xã Y Tý'],
  ['02761', 'Xã Mường Khương'],
  ['02809', 'Xã Si Ma Cai'],
  ['02839', 'Xã Bắc Hà'],
  ['02842', 'Xã Tả Củ Tỷ'],
  ['02905', 'Xã Bảo Thắng'],
  ['02947', 'Xã Bảo Yên'],
  ['02953', 'Xã Nghĩa Đô'],
  ['03006', 'Phường Sa Pa'],
  ['03037', 'Xã Tả Van'],
  ['03082', 'Xã Văn Bàn'],
  ['04252', 'Phường Yên Bái'],
  ['04303', 'Xã Lục Yên'],
  ['04456', 'Xã Mù Cang Chải'],
  ['04606', 'Xã Trạm Tấu'],
]

export const laoCaiSampleCommunes: readonly Commune[] = sample.map(([code, name]) => ({
  code,
  name,
  provinceCode: '15',
}))
