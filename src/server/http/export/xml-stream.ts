import {
  declarationXmlEnd,
  declarationXmlRows,
  declarationXmlStart,
  type DeclarationForm,
  type DeclarationHeader,
  type ExportColumn,
  type ExportRow,
} from '../../../domain/index.ts'

/**
 * The e-declaration XML of `declarationXml*` (UTF-8, no BOM), streamed batch by batch like the CSV: the next
 * batch is read only when the client has taken the last one. The `ThongTinKhac` header may depend on the
 * rows (D03-TS: the reference level of the first payment date), so it is written with the first batch.
 */
export function xmlStream(
  form: DeclarationForm,
  columns: readonly ExportColumn[],
  batches: AsyncIterator<ExportRow[]>,
  options: {
    header: (firstRow: ExportRow | undefined) => DeclarationHeader
    onDone: (rows: number) => Promise<void>
    onError: (e: unknown) => void
  },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let rows = 0
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await batches.next()
        let text = ''
        if (!started) {
          started = true
          text += declarationXmlStart(form, options.header(next.done ? undefined : next.value[0]))
        }
        if (next.done) {
          await options.onDone(rows)
          controller.enqueue(encoder.encode(text + declarationXmlEnd(form)))
          controller.close()
          return
        }
        rows += next.value.length
        controller.enqueue(encoder.encode(text + declarationXmlRows(columns, next.value)))
      } catch (e) {
        options.onError(e)
        throw e
      }
    },
    async cancel() {
      await batches.return?.(undefined)
    },
  })
}
