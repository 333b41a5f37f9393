import { expect, it } from 'vitest'
import {
  readWithProgress,
  type ReadProgress,
} from '../../../../src/app/features/dashboard/read-with-progress.ts'

function streamOf(parts: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      for (const p of parts) controller.enqueue(encoder.encode(p))
      controller.close()
    },
  })
}

it('reports bytes and CSV lines as chunks arrive, and returns every chunk', async () => {
  const seen: ReadProgress[] = []
  const chunks = await readWithProgress(
    streamOf(['\ufeffSTT,Họ\r\n1,A', '\r\n2,B\r\n']),
    (p) => seen.push(p),
    {
      countLines: true,
    },
  )
  expect(seen.map((p) => p.lines)).toEqual([1, 3])
  expect(seen.at(-1)?.bytes).toBe(chunks.reduce((n, c) => n + c.byteLength, 0))
  expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks))).toBe(
    '\ufeffSTT,Họ\r\n1,A\r\n2,B\r\n',
  )
})

it('binary formats: bytes only', async () => {
  const seen: ReadProgress[] = []
  await readWithProgress(streamOf(['PK\n']), (p) => seen.push(p), { total: 3 })
  expect(seen).toEqual([{ bytes: 3, total: 3 }])
})
