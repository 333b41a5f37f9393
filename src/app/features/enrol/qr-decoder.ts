// Finds a QR code in a camera frame. The browser's BarcodeDetector where it has one (Chrome on Android);
// otherwise zxing-wasm, whose module and .wasm file come from our own origin (never its default CDN), load
// only when the scanner opens and are precached by the service worker so the scanner works offline.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url'

export interface QrDecoder {
  /** Which engine runs: shown nowhere, but the e2e and the bench print it. */
  engine: 'barcode-detector' | 'zxing-wasm'
  /** The text of each QR code found in the frame (none: []). */
  decode(frame: ImageData): Promise<string[]>
}

interface BarcodeDetectorLike {
  detect(image: ImageData): Promise<{ rawValue: string }[]>
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats(): Promise<string[]>
}

export async function createQrDecoder(): Promise<QrDecoder> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
  if (Detector) {
    try {
      if ((await Detector.getSupportedFormats()).includes('qr_code')) {
        const detector = new Detector({ formats: ['qr_code'] })
        return {
          engine: 'barcode-detector',
          decode: async (frame) => (await detector.detect(frame)).map((b) => b.rawValue),
        }
      }
    } catch {
      // Some WebViews expose the class but throw on use: fall through to the WASM decoder.
    }
  }
  const zxing = await import('zxing-wasm/reader')
  // Fetch and compile the .wasm now, so that a missing file (offline before the first visit) is a failure
  // of the decoder here, not of the first frame.
  await zxing.prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  })
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  return {
    engine: 'zxing-wasm',
    decode: async (frame) => {
      const results = await zxing.readBarcodes(frame, {
        formats: ['QRCode'],
        maxNumberOfSymbols: 1,
        tryHarder: true,
      })
      // The card writes UTF-8 with no ECI marker; zxing guesses the character set from the bytes, which
      // can go wrong on a short name. Read the raw bytes as UTF-8 first.
      return results
        .filter((r) => r.isValid)
        .map((r) => {
          try {
            return utf8.decode(r.bytes)
          } catch {
            return r.text
          }
        })
    },
  }
}
