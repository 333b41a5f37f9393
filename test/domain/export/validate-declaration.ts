import { readFile } from 'node:fs/promises'
import { validateXML } from 'xmllint-wasm'

/**
 * Validates an e-declaration XML document against the schema kept in docs/xsd/ with libxml2 (xmllint built to
 * WebAssembly): the answer is libxml2's list of errors, empty when the document is valid.
 */
export async function validateDeclaration(form: 'D05-TS' | 'D03-TS', xml: string): Promise<string[]> {
  const file = form === 'D05-TS' ? 'd05-ts.xsd' : 'd03-ts.xsd'
  const schema = await readFile(new URL(`../../../docs/xsd/${file}`, import.meta.url), 'utf8')
  const result = await validateXML({
    xml: [{ fileName: 'list.xml', contents: xml }],
    schema: [{ fileName: file, contents: schema }],
    // 100,000-row lists are tens of MB; the default 16 MiB of WebAssembly memory is too small.
    maxMemoryPages: 16_384,
  })
  if (result.valid) return []
  return result.errors.length > 0 ? result.errors.map((e) => e.rawMessage) : [result.rawOutput]
}
