// Downloads an export the way the office needs it: the token in the Authorization header (never in the URL,
// where it would sit in history and proxy logs), the streamed body read with progress, then saved through
// a Blob link under the server's file name.
import { ApiError, NetworkError } from '../../api/http.ts'
import { currentToken } from '../../db/session-token.ts'
import { filenameFromDisposition } from './filename-from-disposition.ts'
import { readWithProgress, type ReadProgress } from './read-with-progress.ts'
import { rowsFromLines } from './rows-from-lines.ts'

export type ExportList = 'd05-ts' | 'd03-ts'
export type ExportFormat = 'xlsx' | 'csv' | 'xml'

export interface ExportRequest {
  list: ExportList
  format: ExportFormat
  eventId?: string | undefined
  status?: string | undefined
}

export interface SavedExport {
  filename: string
  bytes: number
  /** CSV and XML: data rows. */
  rows?: number
}

export function exportPath(req: ExportRequest): string {
  const query = new URLSearchParams()
  if (req.eventId) query.set('eventId', req.eventId)
  if (req.status) query.set('status', req.status)
  const qs = query.toString()
  return `/api/exports/${req.list}.${req.format}${qs ? `?${qs}` : ''}`
}

export async function downloadExport(
  req: ExportRequest,
  onProgress: (p: ReadProgress & { filename: string }) => void,
): Promise<SavedExport> {
  const token = currentToken()
  const headers = new Headers()
  if (token) headers.set('Authorization', `Bearer ${token}`)
  let res: Response
  try {
    res = await fetch(exportPath(req), { headers })
  } catch (e) {
    throw new NetworkError(e instanceof Error ? e.message : 'network error')
  }
  if (!res.ok || !res.body) {
    const data = (await res.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string } } | undefined
    throw new ApiError(
      res.status,
      data?.error?.code ?? 'http_error',
      data?.error?.message ?? `HTTP ${res.status}`,
    )
  }
  const filename = filenameFromDisposition(
    res.headers.get('Content-Disposition'),
    `${req.list}.${req.format}`,
  )
  const length = Number(res.headers.get('Content-Length'))
  const countLines = req.format !== 'xlsx'
  const chunks = await readWithProgress(res.body, (p) => onProgress({ ...p, filename }), {
    countLines,
    total: Number.isFinite(length) && length > 0 ? length : undefined,
  })
  const blob = new Blob(chunks as BlobPart[], {
    type: res.headers.get('Content-Type') ?? 'application/octet-stream',
  })
  saveBlob(blob, filename)
  const saved: SavedExport = { filename, bytes: blob.size }
  const rows = rowsFromLines(req.format, lineBreaks(chunks), true)
  if (rows !== undefined) saved.rows = rows
  return saved
}

function lineBreaks(chunks: readonly Uint8Array[]): number {
  let n = 0
  for (const chunk of chunks) for (const byte of chunk) if (byte === 0x0a) n += 1
  return n
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // The browser has taken the file once click() returns; a minute's grace for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
