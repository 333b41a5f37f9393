import { describe, expect, it } from 'vitest'
import { d03Header, d05Header } from '../../../src/domain/export/declaration-header.ts'
import { d03Columns } from '../../../src/domain/export/d03-columns.ts'
import { d03Rows } from '../../../src/domain/export/d03-rows.ts'
import { d05Columns } from '../../../src/domain/export/d05-columns.ts'
import { d05Rows } from '../../../src/domain/export/d05-rows.ts'
import {
  declarationXmlEnd,
  declarationXmlRows,
  declarationXmlStart,
  escapeXml,
} from '../../../src/domain/export/to-declaration-xml.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from '../registration/sample-registration.ts'
import { validateDeclaration } from './validate-declaration.ts'

// A village name is free text: everything that could close an element, open one or end the document.
const HOSTILE_VILLAGE = `Thôn </Diachi_DangSS><HoTen>X</HoTen> & "A" 'B' ]]> <!-- \u0001\u0008\u000B\uFFFF`

describe('declarationXml*', () => {
  it('writes a D05-TS document that the schema accepts, rows in LaoDong without the spreadsheet-only columns', async () => {
    const reg = sampleRegistration({
      participants: [sampleParticipant({ hi: undefined })],
    })
    const rows = d05Rows([reg], defaultRules, [{ collectorCode: 'staff1', enrolledBefore: [false] }])
    const xml =
      declarationXmlStart('D05-TS', d05Header()) +
      declarationXmlRows(d05Columns, rows) +
      declarationXmlEnd('D05-TS')
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<D05-TS>\n<ThongTinKhac><SoSoBHXH/></ThongTinKhac>',
      ),
    ).toBe(true)
    expect(xml).toContain('<STT>1</STT><HoTen>NGUYỄN VĂN AN</HoTen><MasoBHXH>010085123456</MasoBHXH>')
    expect(xml).toContain('<Tuthang>11/2026</Tuthang>')
    expect(xml).toContain('<PA>TM</PA>')
    expect(xml).toContain(
      '<Matinh_DangSS>15</Matinh_DangSS><Mahuyen_DangSS/><Maxa_DangSS>02683</Maxa_DangSS>',
    )
    expect(xml).not.toContain('SoBienLai')
    expect(xml).not.toContain('MaNhanvienThu')
    expect(await validateDeclaration('D05-TS', xml)).toEqual([])
  })

  it('writes a D03-TS document with the header block and receipt date as dd/mm/yyyy', async () => {
    const reg = sampleRegistration({ participants: [sampleParticipant({ vsi: undefined })] })
    const xml =
      declarationXmlStart('D03-TS', d03Header('2026-11-25', defaultRules)) +
      declarationXmlRows(d03Columns, d03Rows([reg], defaultRules)) +
      declarationXmlEnd('D03-TS')
    expect(xml).toContain(
      '<ThongTinKhac><SoTheBHYT/><LuongCoSo>2530000</LuongCoSo><TyleNSNN>0</TyleNSNN><LoaiDoiTuong>GD</LoaiDoiTuong>' +
        '<NguonDong/><TenDoiTuong>Hộ gia đình</TenDoiTuong><HinhThucTinh/></ThongTinKhac>',
    )
    expect(xml).toContain('<NgayBienLai>25/11/2026</NgayBienLai><SoBienLai>LC017-000123</SoBienLai>')
    expect(xml).toContain('<TuNgay>25/12/2026</TuNgay>')
    expect(await validateDeclaration('D03-TS', xml)).toEqual([])
  })

  it('escapes markup and drops what XML cannot hold, so a hostile address adds no element', async () => {
    expect(escapeXml(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;')
    expect(escapeXml('x\u0000\u001F\uD800y\tz\r\n')).toBe('xy\tz&#13;&#10;')
    expect(escapeXml('😀 Hmông')).toBe('😀 Hmông')
    const reg = sampleRegistration({
      participants: [
        sampleParticipant({
          fullName: "H'Hen Niê",
          hi: undefined,
          address: {
            provinceCode: '15',
            communeCode: '02683',
            commune: 'Xã <Bát> Xát',
            village: HOSTILE_VILLAGE,
          },
        }),
      ],
    })
    const xml =
      declarationXmlStart('D05-TS', d05Header()) +
      declarationXmlRows(d05Columns, d05Rows([reg], defaultRules)) +
      declarationXmlEnd('D05-TS')
    expect(await validateDeclaration('D05-TS', xml)).toEqual([])
    expect(xml.match(/<HoTen>/g)).toHaveLength(1)
    expect(xml).toContain('<HoTen>H&apos;HEN NIÊ</HoTen>')
    expect(xml).toContain('Thôn &lt;/Diachi_DangSS&gt;&lt;HoTen&gt;X&lt;/HoTen&gt; &amp; &quot;A&quot;')
  })

  it('a document with no rows is valid too', async () => {
    const xml = declarationXmlStart('D05-TS', d05Header()) + declarationXmlEnd('D05-TS')
    expect(await validateDeclaration('D05-TS', xml)).toEqual([])
  })
})
