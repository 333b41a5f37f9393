// Reads a streamed export to the end, reporting bytes (and CSV/XML rows, counted as line breaks) as they
// arrive: the office sees a 100,000-row list coming in rather than a frozen button.

export interface ReadProgress {
  bytes: number
  /** Line breaks seen so far (CSV and XML write one row per line); undefined for binary formats. */
  lines?: number
  /** Content-Length when the server sent one (streamed answers usually do not). */
  total?: number
}

export async function readWithProgress(
  body: ReadableStream<Uint8Array>,
  onProgress: (p: ReadProgress) => void,
  options: { countLines?: boolean; total?: number | undefined } = {},
): Promise<Uint8Array[]> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  let lines = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    bytes += value.byteLength
    if (options.countLines) {
      for (const byte of value) if (byte === 0x0a) lines += 1
    }
    onProgress({
      bytes,
      ...(options.countLines ? { lines } : {}),
      ...(options.total !== undefined ? { total: options.total } : {}),
    })
  }
  return chunks
}
