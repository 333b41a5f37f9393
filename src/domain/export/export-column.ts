// A column of a BHXH list: `key` is the field code of the e-declaration XML, `header` the Vietnamese label.
// Cell values: numbers in đồng or counts, dates as ISO "YYYY-MM-DD" (writers make real date cells of them),
// text as NFC strings, null for a cell the office fills in.

export type ExportCellType = 'string' | 'number' | 'date'

export interface ExportColumn<K extends string = string> {
  key: K
  header: string
  type: ExportCellType
  /**
   * `false`: a column the spreadsheets carry after the form's own columns (receipt, collector) that the
   * e-declaration XML has no element for; the XML writer leaves it out.
   */
  inXml?: false
}

export type ExportCell = string | number | null

export type ExportRow<K extends string = string> = Readonly<Record<K, ExportCell>>
