import { toCsv, type ExportColumn, type ExportRow } from '../../../domain/index.ts'

/**
 * CSV of `toCsv` (BOM, header line, CRLF, formula guard), streamed batch by batch: the stream pulls the next
 * batch only when the client has taken the last one, so a slow download never piles rows up in memory.
 */
export function csvStream(
  columns: readonly ExportColumn[],
  batches: AsyncIterator<ExportRow[]>,
  options: {
    headerRow: 'header' | 'key'
    onDone: (rows: number) => Promise<void>
    onError: (e: unknown) => void
  },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  // `toCsv` always starts with the BOM and the header line; batches after the first drop that prefix.
  const prefix = toCsv(columns, [], { headerRow: options.headerRow })
  let rows = 0
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        controller.enqueue(encoder.encode(prefix))
        return
      }
      try {
        const next = await batches.next()
        if (next.done) {
          await options.onDone(rows)
          controller.close()
          return
        }
        rows += next.value.length
        const text = toCsv(columns, next.value, { headerRow: options.headerRow })
        controller.enqueue(encoder.encode(text.slice(prefix.length)))
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
