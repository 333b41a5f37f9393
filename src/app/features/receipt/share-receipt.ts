// "Chia sẻ": the receipt image through the phone's share sheet (Zalo, Messenger…) where the browser can
// share files, else a download. The file name carries the receipt number only, never a name.
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled'

export async function shareReceipt(png: Blob, receiptNo: string | null): Promise<ShareOutcome> {
  const name = `bien-lai-${receiptNo ?? 'khong-so'}.png`
  const file = new File([png], name, { type: 'image/png' })
  if (typeof navigator.share === 'function' && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: `Biên lai ${receiptNo ?? ''}`.trim() })
      return 'shared'
    } catch (e) {
      // The person closed the share sheet: not an error.
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled'
      throw e
    }
  }
  const url = URL.createObjectURL(png)
  try {
    const a = document.createElement('a')
    a.href = url
    a.download = name
    document.body.append(a)
    a.click()
    a.remove()
  } finally {
    // Give the download a moment to start before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return 'downloaded'
}
