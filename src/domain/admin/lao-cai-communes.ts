// SAMPLE communes of Lào Cai (15) for demo and bench data (domain.md §5.1), not the full list of the province:
// the app uses admin-units.ts (all 3,321 communes), whose test checks these 18 codes and names.

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
