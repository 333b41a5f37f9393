// Initial health facilities for the demo's province (Lào Cai), so a first enrolment can choose one. DEMO
// DATA: the names are of the kind a commune has (its health station, the district-level health centre),
// the codes are made up in the 15xxx form and are not the agency's. The office replaces them by importing
// its own list (Quản lý → Nơi KCB ban đầu).
import type { HealthFacility } from '../../domain/api/health-facilities.ts'

export const demoFacilities: readonly HealthFacility[] = [
  {
    provinceCode: '15',
    code: '15901',
    name: 'Trạm Y tế xã Bát Xát (dữ liệu mẫu)',
    address: 'Xã Bát Xát, Lào Cai',
  },
  { provinceCode: '15', code: '15902', name: 'Trạm Y tế xã Y Tý (dữ liệu mẫu)', address: 'Xã Y Tý, Lào Cai' },
  { provinceCode: '15', code: '15903', name: 'Trung tâm Y tế khu vực Bát Xát (dữ liệu mẫu)', address: null },
]
