// The file name the server gives an export (Content-Disposition), so the saved file is named like the
// office's lists: `d05-ts-lao-cai-demo-2026-11-25.xlsx`. Anything that could escape a folder is dropped.

export function filenameFromDisposition(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  let name: string | undefined
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim())
    } catch {
      name = undefined
    }
  }
  if (name === undefined) {
    const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(header)
    const bare = /filename\s*=\s*([^;"\s]+)/.exec(header)
    name = quoted?.[1]?.replace(/\\(.)/g, '$1') ?? bare?.[1]
  }
  const safe = name?.replace(/[/\\]/g, '-').replace(/^\.+/, '').trim()
  return safe ? safe : fallback
}
